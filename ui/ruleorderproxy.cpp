// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleorderproxy.h"

#include "core/workerpool.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

namespace sg::ui {
namespace {

// A rule's value in one column, as a few integers and a text: comparing two is a few integer
// compares, not two calls of data() that build strings.
struct Key
{
    qint64 number = 0; // the column's value, or a kind that groups values
    quint64 high = 0;  // addresses: IPv6 high bits, then low bits (IPv4 in the low bits)
    quint64 low = 0;
    QString text; // names and descriptions, and the text of groups and prefix lists
};

bool keyLess(const Key &a, const Key &b)
{
    if (a.number != b.number)
        return a.number < b.number;
    if (a.high != b.high)
        return a.high < b.high;
    if (a.low != b.low)
        return a.low < b.low;
    return QString::compare(a.text, b.text, Qt::CaseInsensitive) < 0;
}

} // namespace

RuleOrderProxy::RuleOrderProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Order>::finished, this, &RuleOrderProxy::finished);
}

RuleOrderProxy::~RuleOrderProxy()
{
    m_watcher.waitForFinished();
}

void RuleOrderProxy::endResetToModelRows()
{
    m_rows.clear();
    m_inverse.clear();
    m_identityShown = true;
    endResetModel();
}

void RuleOrderProxy::setSourceModel(QAbstractItemModel *model)
{
    m_rules = qobject_cast<RuleTableModel *>(model);
    Q_ASSERT(m_rules);
    beginResetModel();
    QAbstractProxyModel::setSourceModel(model);
    endResetToModelRows();

    // While the rows are the model's, its changes pass straight through; otherwise the order is
    // void and shown afresh (after a reset to the model's rows, so that no index is ever stale).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        endResetToModelRows();
        reorder(false);
    });
    // A structural change (rows inserted, removed or moved) passes through as begin...()/end...()
    // while the rows are the model's; otherwise it is shown afresh, after a reset.
    const auto structuralBegin = [this](const std::function<void()> &passThrough) {
        m_resetPending = !m_identityShown;
        if (m_resetPending)
            beginResetModel();
        else
            passThrough();
    };
    const auto structuralEnd = [this](void (RuleOrderProxy::*passThrough)()) {
        if (m_resetPending)
            endResetToModelRows();
        else
            (this->*passThrough)();
        if (!isIdentity())
            reorder(false);
    };
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this, structuralBegin](const QModelIndex &, int first, int last) {
        structuralBegin([&] { beginInsertRows({}, first, last); });
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [structuralEnd] { structuralEnd(&RuleOrderProxy::endInsertRows); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this, structuralBegin](const QModelIndex &, int first, int last) {
        structuralBegin([&] { beginRemoveRows({}, first, last); });
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [structuralEnd] { structuralEnd(&RuleOrderProxy::endRemoveRows); });
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
            [this, structuralBegin](const QModelIndex &, int first, int last, const QModelIndex &, int destination) {
                structuralBegin([&] { beginMoveRows({}, first, last, {}, destination); });
            });
    connect(model, &QAbstractItemModel::rowsMoved, this, [structuralEnd] { structuralEnd(&RuleOrderProxy::endMoveRows); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (m_identityShown) {
                    Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()), index(bottomRight.row(), bottomRight.column()), roles);
                } else if (bottomRight.row() - topLeft.row() > 64) {
                    if (rowCount() > 0)
                        Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
                } else {
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                        const int shown = m_inverse.value(row, -1);
                        if (shown >= 0)
                            Q_EMIT dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()), roles);
                    }
                }
                if (isIdentity())
                    return;
                // A new value of what is sorted or searched orders the rows again.
                const bool values = roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Qt::EditRole)
                    || roles.contains(RuleTableModel::RuleRole);
                const bool risk = m_column == RuleTableModel::RiskColumn && roles.contains(RuleTableModel::SeverityRole);
                if (values || risk)
                    reorder(false);
            });
    connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
}

void RuleOrderProxy::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search) {
        Q_EMIT orderApplied();
        return;
    }
    m_search = search;
    reorder(false);
}

void RuleOrderProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_column && (column < 0 || order == m_order))
        return;
    m_column = column;
    m_order = order;
    reorder(false);
}

RuleOrderProxy::Order RuleOrderProxy::compute(const Request &request)
{
    Order out;
    out.generation = request.generation;
    const qsizetype n = request.rules.size();
    QHash<quint64, QString> names; // service names per protocol and range, for this computation
    const auto groupOf = [&](qsizetype row) {
        return row < request.origins.size() ? request.origins.at(row).group : QString();
    };
    out.rows.reserve(n);
    for (qsizetype row = 0; row < n; ++row) {
        if (!request.search.isEmpty()) {
            const Rule &rule = request.rules.at(row);
            const QString services = RuleTableModel::serviceNamesOf(rule, *request.catalogue, request.locale, names);
            if (!RuleTableModel::searchTextOf(rule, services, groupOf(row)).contains(request.search, Qt::CaseInsensitive))
                continue;
        }
        out.rows.append(int(row));
    }
    if (request.column < 0)
        return out;

    QList<Key> keys(n);
    for (int row : std::as_const(out.rows)) {
        const Rule &rule = request.rules.at(row);
        Key &key = keys[row];
        switch (RuleTableModel::Column(request.column)) {
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
            key.text = RuleTableModel::serviceNamesOf(rule, *request.catalogue, request.locale, names);
            break;
        case RuleTableModel::DescriptionColumn: key.text = rule.description; break;
        case RuleTableModel::RiskColumn: {
            const std::optional<Severity> severity = request.severities.value(row);
            key.number = severity ? int(*severity) : -1;
            break;
        }
        case RuleTableModel::GroupColumn:
            key.text = groupOf(row);
            key.low = row < request.origins.size() ? quint64(request.origins.at(row).position) : 0;
            break;
        case RuleTableModel::ColumnCount: break;
        }
    }
    // Stable both ways: equal rules keep their file order, as QSortFilterProxyModel keeps them.
    if (request.order == Qt::AscendingOrder)
        std::stable_sort(out.rows.begin(), out.rows.end(), [&](int a, int b) { return keyLess(keys.at(a), keys.at(b)); });
    else
        std::stable_sort(out.rows.begin(), out.rows.end(), [&](int a, int b) { return keyLess(keys.at(b), keys.at(a)); });
    return out;
}

void RuleOrderProxy::reorder(bool reset)
{
    ++m_generation;
    if (!m_rules)
        return;
    if (isIdentity()) {
        m_pending = false;
        if (!m_identityShown)
            apply(Order{{}, m_generation}, reset);
        else
            Q_EMIT orderApplied();
        return;
    }
    Request request;
    request.rules = m_rules->ruleSet().rules; // implicitly shared: no copy
    request.severities = m_rules->rowSeverities();
    request.origins = m_rules->rowOrigins();
    request.search = m_search;
    request.column = m_column;
    request.order = m_order;
    request.catalogue = &m_rules->catalogue();
    request.locale = m_rules->locale();
    request.generation = m_generation;
    if (m_rules->rowCount() < BackgroundFrom) {
        m_pending = false;
        apply(compute(request), reset);
        return;
    }
    if (m_computing) {
        m_pending = true; // finished() asks again for what is wanted then
        return;
    }
    m_pending = false;
    m_computing = true;
    m_watcher.setFuture(QtConcurrent::run(workerPool(), &RuleOrderProxy::compute, request));
}

void RuleOrderProxy::finished()
{
    m_computing = false;
    const Order order = m_watcher.result();
    if (m_pending || order.generation != m_generation) {
        reorder(false); // the rules, the filter or the sort changed meanwhile
        return;
    }
    apply(order, false);
}

void RuleOrderProxy::apply(const Order &order, bool reset)
{
    const bool identity = isIdentity();
    const int sourceRows = m_rules->rowCount();
    if (!identity && std::any_of(order.rows.cbegin(), order.rows.cend(), [&](int row) { return row >= sourceRows; }))
        return; // computed from rules that are gone (cannot happen: the generation says so first)
    if (reset)
        beginResetModel();
    else
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);

    // The selection and current row follow their rules to their new places.
    const QModelIndexList persistent = reset ? QModelIndexList() : persistentIndexList();
    QList<int> sourceOfPersistent;
    sourceOfPersistent.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        sourceOfPersistent.append(mapToSource(index).row());

    m_identityShown = identity;
    if (identity) {
        m_rows.clear();
        m_inverse.clear();
    } else {
        m_rows = order.rows;
        m_inverse = QList<int>(sourceRows, -1);
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_inverse[m_rows.at(i)] = int(i);
    }

    if (reset) {
        endResetModel();
    } else {
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const int source = sourceOfPersistent.at(i);
            const QModelIndex now = source >= 0 ? mapFromSource(m_rules->index(source, persistent.at(i).column())) : QModelIndex();
            moved.append(now);
        }
        changePersistentIndexList(persistent, moved);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    Q_EMIT orderApplied();
}

QModelIndex RuleOrderProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_rules || !proxyIndex.isValid())
        return {};
    const int row = m_identityShown ? proxyIndex.row() : m_rows.value(proxyIndex.row(), -1);
    return row >= 0 ? m_rules->index(row, proxyIndex.column()) : QModelIndex();
}

QModelIndex RuleOrderProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_rules || !sourceIndex.isValid())
        return {};
    const int row = m_identityShown ? sourceIndex.row() : m_inverse.value(sourceIndex.row(), -1);
    return row >= 0 ? index(row, sourceIndex.column()) : QModelIndex();
}

QModelIndex RuleOrderProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RuleOrderProxy::parent(const QModelIndex &) const
{
    return {};
}

int RuleOrderProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_rules)
        return 0;
    return m_identityShown ? m_rules->rowCount() : int(m_rows.size());
}

int RuleOrderProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rules ? 0 : m_rules->columnCount();
}

QVariant RuleOrderProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_rules)
        return {};
    if (orientation == Qt::Vertical) {
        // Row headers are the rules' positions in the file, wherever the rows are.
        const int row = m_identityShown ? section : m_rows.value(section, -1);
        return row >= 0 ? m_rules->headerData(row, orientation, role) : QVariant();
    }
    return m_rules->headerData(section, orientation, role);
}

} // namespace sg::ui
