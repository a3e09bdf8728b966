// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsdock.h"

#include "riskpalette.h"
#include "table/findingsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace sg::ui {

// Shows the findings at or above a level whose message, check or rules contain the text; a
// severity branch shows while any of its findings does.
class FindingsFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMinimum(int severity)
    {
        m_minimum = severity;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!parent.isValid())
            return false; // branches show through their findings (recursive filtering)
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (index.data(FindingsModel::SeverityRole).toInt() < m_minimum)
            return false;
        const QString text = filterRegularExpression().pattern();
        if (text.isEmpty())
            return true;
        for (int column = 0; column < FindingsModel::ColumnCount; ++column) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    int m_minimum = 0;
};

namespace {

// Severity icons on branches and findings, from the palette helper.
class FindingsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != FindingsModel::MessageColumn)
            return;
        const auto severity = Severity(index.data(FindingsModel::SeverityRole).toInt());
        option->icon = RiskPalette(option->palette).severityIcon(severity);
        option->features |= QStyleOptionViewItem::HasDecoration;
        if (!index.parent().isValid())
            option->font.setBold(true);
    }
};

} // namespace

FindingsDock::FindingsDock(QWidget *parent)
    : QDockWidget(tr("Findings"), parent),
      m_model(new FindingsModel(this)),
      m_proxy(new FindingsFilterProxy(this)),
      m_filter(new QLineEdit(this)),
      m_level(new QComboBox(this)),
      m_view(new QTreeView(this)),
      m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("findingsDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_filter->setObjectName(QStringLiteral("findingsFilter"));
    m_filter->setPlaceholderText(tr("Filter findings…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        expandReadableBranches();
    });
    m_level->setObjectName(QStringLiteral("findingsLevel"));
    m_level->addItem(tr("All levels"), int(Severity::Info));
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_level->addItem(tr("%1 and above").arg(displayName(s)), int(s));
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimum(m_level->currentData().toInt());
        expandReadableBranches();
    });

    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new FindingsDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::RulesColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::CheckColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::ReachableColumn, QHeaderView::ResizeToContents);
    // Fitting a column to its contents measures every expanded row (thousands on a large set, a
    // stall of a few hundred milliseconds): a sample of the first rows is as good a width.
    m_view->header()->setResizeContentsPrecision(100);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindingsDock::selectionChanged);

    m_state->setObjectName(QStringLiteral("findingsState"));
    m_state->setWordWrap(true);
    m_state->hide();

    auto *content = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_state, 1);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_level);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);
}

void FindingsDock::setAnalysis(const AnalysisResult &analysis)
{
    m_syncing = true;
    m_model->setAnalysis(analysis);
    // Where exposures are reachable is known only with the network interfaces.
    m_view->setColumnHidden(FindingsModel::ReachableColumn, !m_model->hasReachability());
    expandReadableBranches();
    m_syncing = false;
    m_state->hide();
}

void FindingsDock::setAnalysing(int ruleCount)
{
    m_syncing = true;
    m_model->setAnalysis({});
    m_syncing = false;
    m_state->setText(ruleCount == 1 ? tr("Analysing 1 rule…") : tr("Analysing %L1 rules…").arg(ruleCount));
    m_state->show();
}

void FindingsDock::expandReadableBranches()
{
    // Laying out a hundred thousand findings would stall the window; open the branches that a
    // person reads (the most severe first) up to a few thousand rows, the rest on demand.
    int shown = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex branch = m_proxy->index(row, 0);
        shown += m_proxy->rowCount(branch);
        m_view->setExpanded(branch, row == 0 || shown <= 2000);
    }
}

void FindingsDock::selectionChanged()
{
    if (m_syncing)
        return;
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const QVariant rules = index.data(FindingsModel::RulesRole);
        for (int rule : rules.value<QList<int>>()) {
            if (!rows.contains(rule - 1))
                rows.append(rule - 1);
        }
    }
    std::sort(rows.begin(), rows.end());
    if (!rows.isEmpty())
        Q_EMIT rulesSelected(rows);
}

void FindingsDock::showFindingsOfRules(const QList<int> &rows)
{
    m_syncing = true;
    QItemSelection selection;
    const AnalysisResult &analysis = m_model->analysis();
    for (int row : rows) {
        if (row < 0 || row >= analysis.ruleFindings.size())
            continue;
        for (int finding : analysis.ruleFindings.at(row)) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfFinding(finding));
            if (index.isValid())
                selection.select(index, index);
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->scrollTo(selection.indexes().first());
    m_syncing = false;
}

} // namespace sg::ui
