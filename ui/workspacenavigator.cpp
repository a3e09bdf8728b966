// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacenavigator.h"

#include "analysiscontroller.h"
#include "documentcontroller.h"
#include "riskpalette.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStandardItemModel>
#include <QTreeView>

#include <functional>
#include <optional>

namespace sg::ui {
namespace {

enum NavigatorColumn {
    NameColumn,
    FindingsColumn,
    NavigatorColumnCount
};

QStandardItem *item(const QString &text, WorkspaceNavigator::Kind kind, int index)
{
    auto *out = new QStandardItem(text);
    out->setEditable(false);
    out->setData(int(kind), WorkspaceNavigator::KindRole);
    out->setData(index, WorkspaceNavigator::IndexRole);
    return out;
}

QList<QStandardItem *> row(QStandardItem *name)
{
    auto *findings = new QStandardItem;
    findings->setEditable(false);
    return {name, findings};
}

// Walks every item of the model, depth first.
void forEachItem(QStandardItem *parent, const std::function<void(QStandardItem *)> &visit)
{
    for (int r = 0; r < parent->rowCount(); ++r) {
        QStandardItem *child = parent->child(r, NameColumn);
        visit(child);
        forEachItem(child, visit);
    }
}

} // namespace

WorkspaceNavigator::WorkspaceNavigator(DocumentController *document, AnalysisController *analysis, QWidget *parent)
    : QDockWidget(tr("Workspace"), parent),
      m_document(document),
      m_analysis(analysis),
      m_model(new QStandardItemModel(0, NavigatorColumnCount, this)),
      m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("navigatorDock"));
    m_model->setHorizontalHeaderLabels({tr("Group or interface"), tr("Findings")});
    m_view->setObjectName(QStringLiteral("navigatorTree"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true); // thousands of groups and interfaces
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsColumn, QHeaderView::ResizeToContents);
    m_view->header()->setResizeContentsPrecision(100); // thousands of interfaces: measure a sample
    setWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_following)
                    activated(current);
            });
    connect(m_document, &DocumentController::documentReset, this, &WorkspaceNavigator::rebuild);
    connect(m_document, &DocumentController::contentChanged, this, &WorkspaceNavigator::updateLabels);
    connect(m_document, &DocumentController::viewChanged, this, &WorkspaceNavigator::followView);
    connect(m_analysis, &AnalysisController::analysisChanged, this, &WorkspaceNavigator::updateFindings);
    connect(m_analysis, &AnalysisController::resultsStale, this, &WorkspaceNavigator::updateFindings);
    rebuild();
}

QModelIndex WorkspaceNavigator::indexOf(Kind kind, int index) const
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), KindRole, int(kind), -1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &candidate : found) {
        if (candidate.data(IndexRole).toInt() == index)
            return candidate;
    }
    return {};
}

void WorkspaceNavigator::select(Kind kind, int index)
{
    const QModelIndex target = indexOf(kind, index);
    if (target.isValid())
        m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void WorkspaceNavigator::rebuild()
{
    m_model->removeRows(0, m_model->rowCount());
    const Workspace workspace = m_document->workspace();
    QStandardItem *root = m_model->invisibleRootItem();

    auto *groups = item(tr("Groups (%L1)").arg(workspace.groups.size()), HeadingKind, 0);
    for (qsizetype g = 0; g < workspace.groups.size(); ++g)
        groups->appendRow(row(item(QString(), GroupKind, int(g))));
    root->appendRow(row(groups));

    if (workspace.attachmentsKnown) {
        auto *interfaces = item(tr("Network interfaces (%L1)").arg(workspace.interfaces.size()), HeadingKind, 1);
        const auto interfaceItem = [&](qsizetype i) {
            const NetworkInterface &eni = workspace.interfaces.at(i);
            QString text = eni.id;
            if (!eni.privateIps.isEmpty())
                text += QStringLiteral(" · ") + eni.privateIps.first();
            auto *out = item(text, InterfaceKind, int(i));
            out->setToolTip(tr("%1: the rules of %2 evaluated together").arg(eni.id, eni.groupIds.join(QStringLiteral(", "))));
            for (const QString &id : eni.groupIds) {
                const qsizetype g = workspace.indexOfGroup(id);
                auto *child = item(id, g >= 0 ? GroupKind : HeadingKind, int(g));
                if (g < 0) {
                    child->setText(tr("%1 (not in the workspace)").arg(id));
                    child->setEnabled(false);
                }
                out->appendRow(row(child));
            }
            return out;
        };
        // Instances with their interfaces; interfaces of no instance on their own.
        QHash<QString, QStandardItem *> instances;
        for (qsizetype i = 0; i < workspace.interfaces.size(); ++i) {
            const NetworkInterface &eni = workspace.interfaces.at(i);
            if (eni.instanceId.isEmpty()) {
                interfaces->appendRow(row(interfaceItem(i)));
                continue;
            }
            QStandardItem *&instance = instances[eni.instanceId];
            if (!instance) {
                instance = item(eni.instanceId, InstanceKind, int(i));
                instance->setToolTip(tr("Instance %1: its network interfaces").arg(eni.instanceId));
                interfaces->appendRow(row(instance));
            }
            instance->appendRow(row(interfaceItem(i)));
        }
        root->appendRow(row(interfaces));
    }
    updateLabels();
    updateFindings();
    m_view->expand(m_model->index(0, 0));
    if (m_model->rowCount() > 1 && workspace.interfaces.size() <= 50)
        m_view->expandRecursively(m_model->index(1, 0));
    followView();
}

void WorkspaceNavigator::updateLabels()
{
    const Workspace workspace = m_document->workspace();
    forEachItem(m_model->invisibleRootItem(), [&](QStandardItem *it) {
        if (it->data(KindRole).toInt() != GroupKind)
            return;
        const int g = it->data(IndexRole).toInt();
        if (g < 0 || g >= workspace.groups.size())
            return;
        const WorkspaceGroup &group = workspace.groups.at(g);
        const QString key = group.key();
        const QString &name = group.ruleSet.group.name;
        it->setText(name.isEmpty() || name == key ? key : tr("%1 · %2").arg(key, name));
        it->setToolTip(tr("%1: %n rule(s)", nullptr, int(group.ruleSet.rules.size())).arg(key)
                       + (group.source.file.isEmpty() ? QString() : u'\n' + group.source.file));
    });
}

void WorkspaceNavigator::updateFindings()
{
    const bool current = m_analysis->isCurrent();
    const WorkspaceAnalysis &analysis = m_analysis->workspaceAnalysis();
    const RiskPalette palette(this->palette());
    const Workspace workspace = hasKind(InterfaceKind) ? m_document->workspace() : Workspace();
    forEachItem(m_model->invisibleRootItem(), [&](QStandardItem *it) {
        QStandardItem *parent = it->parent() ? it->parent() : m_model->invisibleRootItem();
        QStandardItem *findings = parent->child(it->row(), FindingsColumn);
        if (!findings)
            return;
        const int kind = it->data(KindRole).toInt();
        const int index = it->data(IndexRole).toInt();
        if ((kind != GroupKind && kind != InterfaceKind) || index < 0) {
            findings->setText(QString());
            return;
        }
        if (!current || (kind == GroupKind && index >= analysis.groups.size())) {
            findings->setText(tr("…"));
            findings->setIcon(QIcon());
            findings->setToolTip(tr("Analysing…"));
            return;
        }
        if (kind == InterfaceKind) {
            // What is exposed on the interface itself: its groups' exposures reachable on it.
            if (index >= workspace.interfaces.size())
                return;
            const NetworkInterface &eni = workspace.interfaces.at(index);
            int reachable = 0;
            std::optional<Severity> worst;
            for (const QString &id : eni.groupIds) {
                const qsizetype g = workspace.indexOfGroup(id);
                if (g < 0 || g >= analysis.groups.size())
                    continue;
                for (const Finding &finding : analysis.groups.at(g).findings) {
                    if (finding.suppressed() || !finding.reachableOn() || !finding.reachableOn()->contains(eni.id))
                        continue;
                    ++reachable;
                    worst = worst ? std::max(*worst, finding.severity) : finding.severity;
                }
            }
            findings->setIcon(worst ? palette.severityIcon(*worst) : QIcon());
            findings->setText(worst ? tr("%1 · %L2").arg(displayName(*worst)).arg(reachable) : tr("none"));
            findings->setToolTip(worst ? tr("%n exposure(s) reachable on this interface, the worst %1", nullptr, reachable)
                                             .arg(displayName(*worst))
                                       : tr("No exposure is reachable on this interface"));
            return;
        }
        const AnalysisResult &result = analysis.groups.at(index);
        // Findings are sorted most severe first; those a baseline accepts do not count.
        const auto worst = std::find_if(result.findings.cbegin(), result.findings.cend(),
                                        [](const Finding &f) { return !f.suppressed(); });
        const int accepted = result.suppressedCount();
        const QString acceptedNote = accepted == 0 ? QString() : u'\n' + tr("%n accepted in the baseline", nullptr, accepted);
        if (worst == result.findings.cend()) {
            findings->setText(tr("none"));
            findings->setIcon(QIcon());
            findings->setToolTip(tr("No findings") + acceptedNote);
            return;
        }
        const int counted = int(result.findings.size()) - accepted;
        findings->setIcon(palette.severityIcon(worst->severity));
        findings->setText(tr("%1 · %L2").arg(displayName(worst->severity)).arg(counted));
        findings->setToolTip(tr("%n finding(s), the worst %1", nullptr, counted).arg(displayName(worst->severity)) + acceptedNote);
    });
}

bool WorkspaceNavigator::hasKind(Kind kind) const
{
    return !m_model->match(m_model->index(0, 0), KindRole, int(kind), 1, Qt::MatchExactly | Qt::MatchRecursive).isEmpty();
}

void WorkspaceNavigator::followView()
{
    // Show what the table shows, without asking the document to show it again.
    const int group = m_document->currentGroup();
    const int interface = m_document->currentInterface();
    QModelIndex target;
    if (interface >= 0)
        target = indexOf(InterfaceKind, interface);
    else if (group >= 0)
        target = indexOf(GroupKind, group);
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.siblingAtColumn(0).data(KindRole) == target.data(KindRole)
        && current.siblingAtColumn(0).data(IndexRole) == target.data(IndexRole)
        && current.siblingAtColumn(0).data(KindRole).toInt() != InstanceKind)
        return; // already there (a group is listed under each interface too)
    m_following = true;
    if (target.isValid()) {
        m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(target);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_following = false;
}

void WorkspaceNavigator::activated(const QModelIndex &index)
{
    const QModelIndex name = index.siblingAtColumn(NameColumn);
    const int value = name.data(IndexRole).toInt();
    switch (Kind(name.data(KindRole).toInt())) {
    case GroupKind: m_document->showGroup(value); break;
    case InterfaceKind: m_document->showInterface(value); break;
    case InstanceKind: m_document->showInterface(value); break; // its first interface
    case HeadingKind: break;
    }
}

} // namespace sg::ui
