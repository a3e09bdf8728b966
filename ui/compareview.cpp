// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "analysis/analyzer.h"
#include "riskpalette.h"
#include "ruleitemdelegate.h"
#include "table/ruletablemodel.h"

#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sg::ui {

// Marks the rows of one side of a comparison: "+" added, "−" removed, "~" changed in the row
// header (so that the mark does not rely on colour), with a tint and a tooltip naming the fields.
class DiffMarkProxy : public QIdentityProxyModel
{
public:
    enum class Mark {
        Added,
        Removed,
        Changed
    };

    using QIdentityProxyModel::QIdentityProxyModel;

    void setMarks(QHash<int, Mark> marks, QHash<int, QString> notes)
    {
        m_marks = std::move(marks);
        m_notes = std::move(notes);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto mark = m_marks.constFind(index.row());
        if (mark != m_marks.cend()) {
            if (role == Qt::BackgroundRole) {
                // Translucent, so that the tint sits on the light or dark base alike.
                switch (*mark) {
                case Mark::Added: return QColor(0x2e, 0xa0, 0x43, 70);
                case Mark::Removed: return QColor(0xd3, 0x2f, 0x2f, 60);
                case Mark::Changed: return QColor(0x1f, 0x6f, 0xd6, 55);
                }
            }
            if (role == Qt::ToolTipRole && m_notes.contains(index.row()))
                return m_notes.value(index.row());
        }
        return QIdentityProxyModel::data(index, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical && role == Qt::DisplayRole) {
            const auto mark = m_marks.constFind(section);
            const QString sign = mark == m_marks.cend() ? QStringLiteral("  ")
                : *mark == Mark::Added                  ? QStringLiteral("+ ")
                : *mark == Mark::Removed                ? QStringLiteral("\u2212 ")
                                                        : QStringLiteral("~ ");
            return QString(sign + QString::number(section + 1));
        }
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

private:
    QHash<int, Mark> m_marks;
    QHash<int, QString> m_notes;
};

namespace {

QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setItemDelegate(new RuleItemDelegate(view));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->moveSection(RuleTableModel::RiskColumn, 0);
    view->setColumnHidden(RuleTableModel::GroupColumn, true); // one group a side
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->resizeColumnsToContents();
    return view;
}

// Findings of `set`'s analysis.
void fillFindings(QListWidget *list, const QList<Finding> &findings, const RuleSet &set, const QPalette &palette)
{
    const RiskPalette risk(palette);
    for (const Finding &finding : findings) {
        auto *item = new QListWidgetItem(risk.severityIcon(finding.severity),
                                         QStringLiteral("%1: %2").arg(displayName(finding.severity), finding.message(set)), list);
        item->setToolTip(finding.recommendation);
    }
}

} // namespace

CompareView::Comparison CompareView::compare(const RuleSet &before, const RuleSet &after)
{
    Comparison out;
    out.before = before;
    out.after = after;
    out.diff = diffRuleSets(before, after);
    out.beforeAnalysis = Analyzer().analyze(before);
    out.afterAnalysis = Analyzer().analyze(after);
    return out;
}

CompareView::CompareView(const Comparison &comparison, const QString &beforeName, const QString &afterName, QWidget *parent)
    : QWidget(parent),
      m_diff(comparison.diff),
      m_beforeModel(new RuleTableModel(ServiceCatalogue::builtIn(), this)),
      m_afterModel(new RuleTableModel(ServiceCatalogue::builtIn(), this)),
      m_beforeView(nullptr),
      m_afterView(nullptr),
      m_summary(new QLabel(this)),
      m_introduced(new QListWidget(this)),
      m_resolved(new QListWidget(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_beforeModel->setRuleSet(comparison.before);
    m_beforeModel->setAnalysis(comparison.beforeAnalysis);
    m_afterModel->setRuleSet(comparison.after);
    m_afterModel->setAnalysis(comparison.afterAnalysis);

    QHash<int, DiffMarkProxy::Mark> beforeMarks;
    QHash<int, DiffMarkProxy::Mark> afterMarks;
    QHash<int, QString> beforeNotes;
    QHash<int, QString> afterNotes;
    for (int rule : m_diff.removed) {
        beforeMarks.insert(rule - 1, DiffMarkProxy::Mark::Removed);
        beforeNotes.insert(rule - 1, tr("Removed"));
    }
    for (int rule : m_diff.added) {
        afterMarks.insert(rule - 1, DiffMarkProxy::Mark::Added);
        afterNotes.insert(rule - 1, tr("Added"));
    }
    for (const RuleChange &change : m_diff.changed) {
        const QString note = tr("Changed: %1 (rule %2 before, %3 after)")
                                 .arg(change.fields.join(QStringLiteral(", ")))
                                 .arg(change.before)
                                 .arg(change.after);
        beforeMarks.insert(change.before - 1, DiffMarkProxy::Mark::Changed);
        afterMarks.insert(change.after - 1, DiffMarkProxy::Mark::Changed);
        beforeNotes.insert(change.before - 1, note);
        afterNotes.insert(change.after - 1, note);
    }
    auto *beforeProxy = new DiffMarkProxy(this);
    beforeProxy->setSourceModel(m_beforeModel);
    beforeProxy->setMarks(beforeMarks, beforeNotes);
    auto *afterProxy = new DiffMarkProxy(this);
    afterProxy->setSourceModel(m_afterModel);
    afterProxy->setMarks(afterMarks, afterNotes);
    m_beforeView = makeView(beforeProxy, QStringLiteral("compareBefore"), this);
    m_afterView = makeView(afterProxy, QStringLiteral("compareAfter"), this);

    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    QString summary = tr("%1 added, %2 removed, %3 changed; %4 findings introduced, %5 resolved.")
                          .arg(m_diff.added.size())
                          .arg(m_diff.removed.size())
                          .arg(m_diff.changed.size())
                          .arg(m_diff.introduced.size())
                          .arg(m_diff.resolved.size());
    if (!m_diff.groupChanges.isEmpty())
        summary += u' ' + tr("Group: %1.").arg(m_diff.groupChanges.join(QStringLiteral("; ")));
    if (!m_diff.hasRuleChanges())
        summary = tr("The two rule sets are the same.");
    m_summary->setText(summary);
    m_introduced->setObjectName(QStringLiteral("compareIntroduced"));
    m_resolved->setObjectName(QStringLiteral("compareResolved"));
    fillFindings(m_introduced, m_diff.introduced, comparison.after, palette());
    fillFindings(m_resolved, m_diff.resolved, comparison.before, palette());

    auto *sides = new QSplitter(Qt::Horizontal, this);
    const auto side = [&](const QString &title, QTableView *view) {
        auto *box = new QWidget(sides);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box));
        layout->addWidget(view);
        sides->addWidget(box);
    };
    side(tr("Before: %1").arg(beforeName), m_beforeView);
    side(tr("After: %1").arg(afterName), m_afterView);

    auto *findings = new QGridLayout;
    findings->addWidget(new QLabel(tr("Findings introduced:"), this), 0, 0);
    findings->addWidget(new QLabel(tr("Findings resolved:"), this), 0, 1);
    findings->addWidget(m_introduced, 1, 0);
    findings->addWidget(m_resolved, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(sides, 3);
    layout->addLayout(findings, 1);
}

QString CompareView::summary() const
{
    return m_summary->text();
}

} // namespace sg::ui
