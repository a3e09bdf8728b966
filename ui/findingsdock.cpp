// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsdock.h"

#include "analysis/checkids.h"
#include "core/workerpool.h"
#include "riskpalette.h"
#include "table/findingsmodel.h"
#include "workspace/fixer.h"

#include <QAction>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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

    // The findings (by index into the analysis) that show the text typed in the filter
    // (FindingsModel::findingsShowing), or nullopt for no text.
    void setMatches(std::optional<QList<bool>> matches)
    {
        m_matches = std::move(matches);
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
        if (!m_matches)
            return true;
        const int finding = index.data(FindingsModel::FindingIndexRole).toInt();
        return finding >= 0 && finding < m_matches->size() && m_matches->at(finding);
    }

private:
    int m_minimum = 0;
    std::optional<QList<bool>> m_matches;
};

namespace {

// Severity icons on branches and findings, from the palette helper; accepted findings greyed.
class FindingsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool suppressed = index.data(FindingsModel::SuppressedRole).toBool();
        if (suppressed) {
            // The disabled text colour of the palette: grey in light and dark themes alike. The
            // Accepted column and the tooltip say why, so the grey is not the only sign.
            const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
            option->palette.setColor(QPalette::Text, grey);
            option->palette.setColor(QPalette::HighlightedText, grey.lighter(150));
            option->font.setItalic(true);
        }
        if (index.column() != FindingsModel::MessageColumn)
            return;
        const auto severity = Severity(index.data(FindingsModel::SeverityRole).toInt());
        option->icon = RiskPalette(option->palette).severityIcon(severity);
        if (suppressed)
            option->icon = QIcon(option->icon.pixmap(option->decorationSize, QIcon::Disabled));
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
      m_state(new QLabel(this)),
      m_fixAction(new QAction(tr("&Fix…"), this)),
      m_acceptAction(new QAction(tr("&Accept This Risk…"), this)),
      m_supplyAction(new QAction(tr("Supply &Values…"), this)),
      m_fixButton(new QPushButton(tr("Fix…"), this)),
      m_acceptButton(new QPushButton(tr("Accept Risk…"), this))
{
    setObjectName(QStringLiteral("findingsDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_filter->setObjectName(QStringLiteral("findingsFilter"));
    m_filter->setPlaceholderText(tr("Filter findings…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &FindingsDock::matchFilterText);
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
    m_view->header()->setSectionResizeMode(FindingsModel::AcceptedColumn, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(FindingsModel::AcceptedColumn, true);
    // Fitting a column to its contents measures every expanded row (thousands on a large set, a
    // stall of a few hundred milliseconds): a sample of the first rows is as good a width.
    m_view->header()->setResizeContentsPrecision(100);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindingsDock::selectionChanged);

    m_state->setObjectName(QStringLiteral("findingsState"));
    m_state->setWordWrap(true);
    m_state->hide();

    // The same two actions in the context menu and as buttons. The buttons carry no mnemonic: in a
    // dock, Alt+F and Alt+A belong to the window's menus.
    m_fixAction->setObjectName(QStringLiteral("actionFixFindings"));
    m_fixAction->setStatusTip(tr("Narrow or remove the rules of the selected findings, keeping your own access"));
    m_acceptAction->setObjectName(QStringLiteral("actionAcceptRisk"));
    m_acceptAction->setStatusTip(tr("Record the selected findings as accepted risks in the baseline file, with a reason and an expiry date"));
    m_fixButton->setObjectName(QStringLiteral("findingsFixButton"));
    m_acceptButton->setObjectName(QStringLiteral("findingsAcceptButton"));
    connect(m_fixAction, &QAction::triggered, this, [this] {
        if (m_fixAction->isEnabled())
            Q_EMIT fixRequested(selectedFindings());
    });
    connect(m_acceptAction, &QAction::triggered, this, [this] {
        if (m_acceptAction->isEnabled())
            Q_EMIT acceptRequested(selectedFindings());
    });
    m_supplyAction->setObjectName(QStringLiteral("actionSupplyValues"));
    m_supplyAction->setStatusTip(tr("Give the variables or parameters the files leave without a value, and read them again"));
    connect(m_supplyAction, &QAction::triggered, this, [this] {
        if (m_supplyAction->isEnabled())
            Q_EMIT supplyValuesRequested();
    });
    connect(m_fixButton, &QPushButton::clicked, m_fixAction, &QAction::trigger);
    connect(m_acceptButton, &QPushButton::clicked, m_acceptAction, &QAction::trigger);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_fixAction, m_acceptAction, m_supplyAction});
    updateActions();

    auto *content = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_state, 1);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_level);
    bar->addWidget(m_fixButton);
    bar->addWidget(m_acceptButton);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);
}

void FindingsDock::matchFilterText()
{
    // No pattern: "exposed-ssh" and "10.0.0.1" match what they look like. Up to this many findings
    // are matched here (a few ms); more on a worker, so that typing never waits for 159,129 of them
    // (125 ms at 100,000 rules): the view keeps the last matches until the new ones arrive. One
    // match runs at a time: keys typed meanwhile are matched, as one, when it ends.
    constexpr qsizetype MatchHereUpTo = 20000;
    const QString text = m_filter->text();
    ++m_filterGeneration;
    const auto apply = [this](std::optional<QList<bool>> matches) {
        m_proxy->setMatches(std::move(matches));
        expandReadableBranches();
        Q_EMIT filterApplied();
    };
    const AnalysisResult &analysis = m_model->analysis();
    if (text.isEmpty()) {
        apply(std::nullopt);
    } else if (analysis.findings.size() <= MatchHereUpTo) {
        apply(FindingsModel::findingsShowing(analysis, m_model->madeMessages(), text));
    } else if (!m_matching) {
        m_matching = true;
        auto *watcher = new QFutureWatcher<QList<bool>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, apply, generation = m_filterGeneration] {
            watcher->deleteLater();
            m_matching = false;
            if (generation == m_filterGeneration)
                apply(watcher->result());
            else
                matchFilterText(); // the text or the analysis changed while it ran
        });
        watcher->setFuture(QtConcurrent::run(workerPool(), &FindingsModel::findingsShowing, analysis, m_model->madeMessages(), text));
    }
}

void FindingsDock::setAnalysis(const AnalysisResult &analysis)
{
    m_syncing = true;
    // Matches of the last analysis name other findings: none shows until this one's are made.
    if (!m_filter->text().isEmpty())
        m_proxy->setMatches(QList<bool>(analysis.findings.size(), false));
    m_model->setAnalysis(analysis);
    // Where exposures are reachable is known only with the network interfaces.
    m_view->setColumnHidden(FindingsModel::ReachableColumn, !m_model->hasReachability());
    m_view->setColumnHidden(FindingsModel::AcceptedColumn, !m_model->hasSuppressed());
    expandReadableBranches();
    m_syncing = false;
    m_state->hide();
    updateActions();
    if (!m_filter->text().isEmpty())
        matchFilterText();
}

void FindingsDock::setAnalysing(int ruleCount)
{
    m_syncing = true;
    m_model->setAnalysis({});
    m_syncing = false;
    m_state->setText(ruleCount == 1 ? tr("Analysing 1 rule…") : tr("Analysing %L1 rules…").arg(ruleCount));
    m_state->show();
    updateActions();
}

void FindingsDock::setValuesSuppliable(bool suppliable)
{
    m_valuesSuppliable = suppliable;
    updateActions();
}

void FindingsDock::setActionable(bool actionable, const QString &reason)
{
    m_actionable = actionable;
    m_notActionable = reason;
    updateActions();
}

QList<Finding> FindingsDock::selectedFindings() const
{
    QList<int> indexes;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const int finding = index.data(FindingsModel::FindingIndexRole).toInt();
        if (finding >= 0)
            indexes << finding;
    }
    std::sort(indexes.begin(), indexes.end());
    QList<Finding> out;
    for (int finding : std::as_const(indexes))
        out << m_model->analysis().findings.at(finding);
    return out;
}

void FindingsDock::selectFinding(int findingIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfFinding(findingIndex));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void FindingsDock::updateActions()
{
    // Fix needs a finding about rules that narrowing or removal can change; Accept one that is not
    // accepted already (an expired exemption is fixed in the baseline file itself).
    const QList<Finding> selected = selectedFindings();
    const auto acceptable = [](const Finding &f) {
        return !f.suppressed() && f.check != QLatin1StringView(CheckIds::ExpiredExemption);
    };
    const bool canFix = m_actionable && std::any_of(selected.cbegin(), selected.cend(), &Fixer::isFixable);
    const bool canAccept = m_actionable && !selected.isEmpty() && std::all_of(selected.cbegin(), selected.cend(), acceptable);
    const auto open = [](const Finding &f) { return f.check == QLatin1StringView(CheckIds::UnresolvedValue); };
    m_supplyAction->setEnabled(m_valuesSuppliable && std::any_of(selected.cbegin(), selected.cend(), open));
    m_fixAction->setEnabled(canFix);
    m_acceptAction->setEnabled(canAccept);
    m_fixButton->setEnabled(canFix);
    m_acceptButton->setEnabled(canAccept);
    const QString select = !m_actionable ? m_notActionable : selected.isEmpty() ? tr("Select findings first")
                                                                                : QString();
    m_fixButton->setToolTip(canFix ? m_fixAction->statusTip() : select.isEmpty() ? tr("These findings are not fixed by changing rules")
                                                                                 : select);
    m_acceptButton->setToolTip(canAccept              ? m_acceptAction->statusTip()
                                   : select.isEmpty() ? tr("Accepted already, or an expired exemption (edit the baseline file)")
                                                      : select);
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
    updateActions();
    if (m_syncing)
        return;
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const QVariant rules = index.data(FindingsModel::RulesRole);
        for (int rule : rules.value<QList<int>>())
            rows.append(rule - 1);
    }
    // Sorted, then each row once (a group-level finding names thousands of rules: no search per rule).
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
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
