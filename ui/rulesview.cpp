// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesview.h"

#include "bulkeditdialog.h"
#include "documentcontroller.h"
#include "ruledialog.h"
#include "ruleitemdelegate.h"
#include "ruleorderproxy.h"
#include "table/ruletablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sg::ui {
RulesView::RulesView(DocumentController *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_proxy(new RuleOrderProxy(this)),
      m_groupLabel(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("rulesView"));
    RuleTableModel *model = document->model();
    m_proxy->setSourceModel(model);
    connect(m_proxy, &RuleOrderProxy::orderApplied, this, [this] {
        m_table->viewport()->unsetCursor();
        if (std::exchange(m_filterRequested, false))
            Q_EMIT filterApplied();
    });

    m_groupLabel->setObjectName(QStringLiteral("groupLabel"));
    m_groupLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setObjectName(QStringLiteral("ruleFilter"));
    m_filter->setPlaceholderText(tr("Filter rules…"));
    m_filter->setToolTip(tr("Shows the rules whose port, address, service or description contains the text (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(380);
    // Typing runs one filter pass after a short pause, not one per keystroke.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(120);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        m_filterRequested = true;
        m_proxy->setSearch(m_filter->text()); // large sets: filterApplied follows from a worker
        if (m_proxy->isBusy())
            m_table->viewport()->setCursor(Qt::BusyCursor);
    });

    m_table->setObjectName(QStringLiteral("ruleTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new RuleItemDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    // A third click on a sorted column returns to file order (the order Alibaba keeps the rules in).
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        if (m_proxy->isBusy())
            m_table->viewport()->setCursor(Qt::BusyCursor); // a large set is sorted on a worker
        Q_EMIT sortingChanged();
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false); // Tab moves between widgets; arrows move between cells
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Risk first on screen, where the eye starts; the model keeps DESIGN's column order.
    m_table->horizontalHeader()->moveSection(RuleTableModel::RiskColumn, 0);
    // An interface's merged rules: the group of each right after its risk.
    m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(RuleTableModel::GroupColumn), 1);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Rows all have one height: a fixed-size header need not measure 100,000 sections on every
    // filter or sort.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_table->verticalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int section) {
        m_table->selectRow(section);
        editRule();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RulesView::selectionChanged);
    connect(model, &RuleTableModel::editRejected, this, &RulesView::showRejection);
    connect(model, &RuleTableModel::groupChanged, this, &RulesView::updateGroupLabel);
    connect(document, &DocumentController::viewChanged, this, [this] {
        // The Group column tells merged rules apart; a group's own rules need none.
        m_table->setColumnHidden(RuleTableModel::GroupColumn, m_document->currentInterface() < 0);
        updateGroupLabel();
    });
    connect(document, &DocumentController::documentReset, this, [this] {
        showFileOrder(); // another document starts in its own order
        updateGroupLabel();
        m_table->resizeColumnsToContents();
        // One very long service list or description must not widen its column for every row: cap
        // the widths (the text is elided, the tooltip and Edit Rule show it whole).
        const int em = m_table->fontMetrics().horizontalAdvance(u'M');
        for (const auto &[column, widest] : {std::pair{RuleTableModel::ServicesColumn, 10 * em},
                                             std::pair{RuleTableModel::PeerColumn, 14 * em},
                                             std::pair{RuleTableModel::DescriptionColumn, 24 * em}}) {
            if (m_table->horizontalHeader()->sectionSize(column) > widest)
                m_table->horizontalHeader()->resizeSection(column, widest);
        }
        // The analysis arrives after the reset: leave room for the longest level with its icon.
        const int riskWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("Critical")) * 13 / 10
            + m_table->iconSize().width() + 24;
        m_table->horizontalHeader()->resizeSection(RuleTableModel::RiskColumn,
                                                   std::max(riskWidth, m_table->horizontalHeader()->sectionSize(RuleTableModel::RiskColumn)));
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_groupLabel, 1);
    bar->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    setFocusProxy(m_table);
    m_table->setColumnHidden(RuleTableModel::GroupColumn, true);
    updateGroupLabel();
}

QAbstractProxyModel *RulesView::proxy() const
{
    return m_proxy;
}

QList<int> RulesView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RulesView::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int row : rows) {
        const QModelIndex index = m_proxy->mapFromSource(m_document->model()->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.isEmpty()) {
        const QModelIndex first = m_proxy->mapFromSource(m_document->model()->index(rows.first(), 0));
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

void RulesView::addRule()
{
    RuleDialog dialog(this);
    dialog.setWindowTitle(tr("Add Rule — SG Assist"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<int> selected = selectedRows();
    const int row = selected.isEmpty() ? m_document->model()->rowCount() : selected.last() + 1;
    m_document->insertRules(row, {dialog.rule()}, tr("Add rule"));
    selectRows({row});
}

void RulesView::editRule()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first();
    RuleDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Rule %1 — SG Assist").arg(row + 1));
    dialog.setRule(m_document->model()->rule(row));
    if (dialog.exec() == QDialog::Accepted)
        m_document->replaceRules({row}, {dialog.rule()}, tr("Edit rule %1").arg(row + 1));
}

void RulesView::duplicateRules()
{
    const QList<int> rows = selectedRows();
    m_document->duplicateRules(rows);
    if (!rows.isEmpty()) {
        QList<int> copies;
        for (qsizetype i = 0; i < rows.size(); ++i)
            copies.append(rows.last() + 1 + int(i));
        selectRows(copies);
    }
}

void RulesView::deleteRules()
{
    const QList<int> rows = selectedRows();
    m_document->removeRules(rows);
    if (!rows.isEmpty() && m_document->model()->rowCount() > 0)
        selectRows({std::min(rows.first(), m_document->model()->rowCount() - 1)});
}

void RulesView::moveUp()
{
    const QList<int> rows = selectedRows();
    if (m_document->moveRules(rows, -1)) {
        QList<int> moved;
        for (int row : rows)
            moved.append(row - 1);
        selectRows(moved);
    }
}

void RulesView::moveDown()
{
    const QList<int> rows = selectedRows();
    if (m_document->moveRules(rows, +1)) {
        QList<int> moved;
        for (int row : rows)
            moved.append(row + 1);
        selectRows(moved);
    }
}

void RulesView::bulkEdit()
{
    const QList<int> rows = selectedRows();
    if (rows.size() < 1)
        return;
    QList<Rule> rules;
    for (int row : rows)
        rules.append(m_document->model()->rule(row));
    BulkEditDialog dialog(rules, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->replaceRules(rows, dialog.editedRules(), tr("Edit %1 rules").arg(rows.size()));
}

bool RulesView::isSorted() const
{
    return m_proxy->sortColumn() >= 0;
}

void RulesView::showFileOrder()
{
    if (!isSorted())
        return;
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
}

void RulesView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RulesView::showRejection(int row, int column, const QString &reason)
{
    const QString message = tr("Rule %1 not changed: %2").arg(row + 1).arg(reason);
    Q_EMIT statusMessage(message);
    const QModelIndex index = m_proxy->mapFromSource(m_document->model()->index(row, column));
    const QRect cell = m_table->visualRect(index);
    QToolTip::showText(m_table->viewport()->mapToGlobal(cell.bottomLeft()), message, m_table->viewport(), cell, 6000);
}

void RulesView::updateGroupLabel()
{
    if (const int interface = m_document->currentInterface(); interface >= 0) {
        const Workspace workspace = m_document->workspace();
        const NetworkInterface &eni = workspace.interfaces.at(interface);
        QStringList parts{eni.id};
        if (!eni.instanceId.isEmpty())
            parts << eni.instanceId;
        if (!eni.privateIps.isEmpty())
            parts << eni.privateIps.join(QStringLiteral(", "));
        parts << tr("groups %1, evaluated together (read-only)").arg(eni.groupIds.join(QStringLiteral(", ")));
        m_groupLabel->setText(parts.join(QStringLiteral(" · ")));
        return;
    }
    const GroupInfo &group = m_document->model()->ruleSet().group;
    QStringList parts;
    if (!group.securityGroupId.isEmpty())
        parts << group.securityGroupId;
    if (!group.name.isEmpty())
        parts << group.name;
    if (!group.regionId.isEmpty())
        parts << group.regionId;
    parts << (group.type == GroupType::Enterprise ? tr("enterprise group") : tr("basic group"));
    m_groupLabel->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace sg::ui
