// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesview.h"

#include "bulkeditdialog.h"
#include "documentcontroller.h"
#include "ruledialog.h"
#include "ruleitemdelegate.h"
#include "table/ruletablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace sg::ui {
namespace {

// Matches the filter text against each rule's cached search text (one string per row) instead of
// every column's display text, so that filtering 100,000 rules takes milliseconds. Sorts by keys
// computed once per column and kept until the rules change: a comparison is then a few integer
// compares, not two calls of data() that build strings, and 100,000 rules sort in milliseconds.
class RuleFilterProxy : public QSortFilterProxyModel
{
public:
    explicit RuleFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

    // Called once. The keys follow the model's changes before the proxy re-sorts on them, so these
    // connections come before the base class's.
    void setSourceModel(QAbstractItemModel *model) override
    {
        m_rules = qobject_cast<RuleTableModel *>(model);
        const auto stale = [this] { m_keyColumn = -1; };
        connect(model, &QAbstractItemModel::modelReset, this, stale);
        connect(model, &QAbstractItemModel::rowsInserted, this, stale);
        connect(model, &QAbstractItemModel::rowsRemoved, this, stale);
        connect(model, &QAbstractItemModel::rowsMoved, this, stale);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    if (m_keyColumn < 0 || topLeft.column() > m_keyColumn || bottomRight.column() < m_keyColumn)
                        return;
                    const bool severityOnly = !roles.isEmpty() && !roles.contains(Qt::EditRole)
                        && !roles.contains(RuleTableModel::RuleRole) && roles.contains(RuleTableModel::SeverityRole);
                    if (severityOnly && m_keyColumn != RuleTableModel::RiskColumn)
                        return; // a new analysis changes only the Risk column's keys
                    if (!roles.isEmpty() && !severityOnly && !roles.contains(Qt::DisplayRole))
                        return; // positions and the like
                    for (int row = topLeft.row(); row <= bottomRight.row() && row < int(m_keys.size()); ++row)
                        m_keys[row] = keyOf(row, m_keyColumn);
                });
        QSortFilterProxyModel::setSourceModel(model);
    }

    void setSearch(const QString &text)
    {
        m_search = text.trimmed();
        // One layout change, not invalidateFilter(): that emits a rowsRemoved per run of hidden rows
        // (thousands on a large set), each costing the view a pass over all its header sections.
        invalidate();
    }

    void sort(int column, Qt::SortOrder order) override
    {
        if (column >= 0)
            buildKeys(column);
        QSortFilterProxyModel::sort(column, order);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_search.isEmpty())
            return true;
        return sourceModel()->index(row, 0, parent).data(RuleTableModel::SearchTextRole).toString()
            .contains(m_search, Qt::CaseInsensitive);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (!m_rules || left.column() != right.column())
            return QSortFilterProxyModel::lessThan(left, right);
        if (m_keyColumn != left.column())
            const_cast<RuleFilterProxy *>(this)->buildKeys(left.column()); // rules changed since the sort
        const Key &a = m_keys.at(left.row());
        const Key &b = m_keys.at(right.row());
        if (a.number != b.number)
            return a.number < b.number;
        if (a.high != b.high)
            return a.high < b.high;
        if (a.low != b.low)
            return a.low < b.low;
        return QString::compare(a.text, b.text, Qt::CaseInsensitive) < 0;
    }

private:
    struct Key
    {
        qint64 number = 0; // the column's value, or a kind that groups values
        quint64 high = 0;  // addresses: IPv6 high bits, then low bits (IPv4 in the low bits)
        quint64 low = 0;
        QString text;      // names and descriptions, and the text of groups and prefix lists
    };

    Key keyOf(int row, int column) const
    {
        const Rule &rule = m_rules->rule(row);
        Key key;
        switch (RuleTableModel::Column(column)) {
        case RuleTableModel::DirectionColumn: key.number = int(rule.direction); break;
        case RuleTableModel::PolicyColumn: key.number = int(rule.policy); break;
        case RuleTableModel::ProtocolColumn: key.number = int(rule.protocol); break;
        case RuleTableModel::PortsColumn:
            key.number = rule.ports.isNone() ? 0 : rule.ports.first();
            key.high = rule.ports.isNone() ? 0 : quint64(rule.ports.last());
            break;
        case RuleTableModel::PeerColumn:
            key.number = int(rule.peer.kind());
            if (rule.peer.isAddress()) {
                key.high = rule.peer.first().hi;
                key.low = rule.peer.first().lo;
                key.text = QString::number(rule.peer.prefixLength()).rightJustified(3, u'0');
            } else {
                key.text = rule.peer.text();
            }
            break;
        case RuleTableModel::PriorityColumn: key.number = rule.priority; break;
        case RuleTableModel::ServicesColumn:
            key.text = m_rules->index(row, column).data(RuleTableModel::SortRole).toString();
            break;
        case RuleTableModel::DescriptionColumn: key.text = rule.description; break;
        case RuleTableModel::RiskColumn:
            key.number = m_rules->index(row, column).data(RuleTableModel::SeverityRole).toInt();
            break;
        case RuleTableModel::GroupColumn:
            if (row < m_rules->rowOrigins().size()) {
                key.text = m_rules->rowOrigins().at(row).group;
                key.number = 0;
                key.low = quint64(m_rules->rowOrigins().at(row).position);
            }
            break;
        case RuleTableModel::ColumnCount: break;
        }
        return key;
    }

    void buildKeys(int column)
    {
        if (!m_rules || column == m_keyColumn)
            return;
        const int rows = m_rules->rowCount();
        m_keys.resize(rows);
        for (int row = 0; row < rows; ++row)
            m_keys[row] = keyOf(row, column);
        m_keyColumn = column;
    }

    QString m_search;
    RuleTableModel *m_rules = nullptr;
    QList<Key> m_keys;     // per source row, for m_keyColumn
    int m_keyColumn = -1;  // -1: no keys (the rules changed)
};

} // namespace

RulesView::RulesView(DocumentController *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_proxy(new RuleFilterProxy(this)),
      m_groupLabel(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("rulesView"));
    RuleTableModel *model = document->model();
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(RuleTableModel::SortRole);

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
        static_cast<RuleFilterProxy *>(m_proxy)->setSearch(m_filter->text());
        Q_EMIT filterApplied();
    });

    m_table->setObjectName(QStringLiteral("ruleTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new RuleItemDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    // A third click on a sorted column returns to file order (the order Alibaba keeps the rules in).
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { Q_EMIT sortingChanged(); });
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
