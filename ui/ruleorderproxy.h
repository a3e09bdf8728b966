// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "table/ruletablemodel.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>

namespace sg::ui {

// The rule table as the user orders and filters it. The order (which rules, in which sequence) is
// one list of source rows, computed from a snapshot of the rules - on a worker thread for large
// sets, so that sorting or filtering 100,000 rules never stalls the window - and applied in one
// layout change. Small sets are ordered at once. Without a sort column or a filter the rows are
// the model's, in file order, and the model's changes pass straight through.
class RuleOrderProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    // From this many rules the order is computed on a worker thread.
    static constexpr int BackgroundFrom = 5000;

    explicit RuleOrderProxy(QObject *parent = nullptr);
    ~RuleOrderProxy() override;

    // Must be a RuleTableModel.
    void setSourceModel(QAbstractItemModel *model) override;

    // Shows the rules whose search text (RuleTableModel::searchTextOf) contains `text`.
    void setSearch(const QString &text);
    const QString &search() const { return m_search; }
    // A column < 0 is file order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_column; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // True while an order is being computed for what was asked last, until it is shown.
    bool isBusy() const { return m_computing || m_pending; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The order asked for (a filter or a sort) is on screen.
    void orderApplied();

private:
    // What an order is computed from: plain values, safe to hand to another thread.
    struct Request
    {
        QList<Rule> rules;
        QList<std::optional<Severity>> severities;
        QList<RuleTableModel::RowOrigin> origins;
        QString search;
        int column = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
        const ServiceCatalogue *catalogue = nullptr;
        QLocale locale;
        quint64 generation = 0;
    };
    struct Order
    {
        QList<int> rows;
        quint64 generation = 0;
    };
    static Order compute(const Request &request);

    bool isIdentity() const { return m_search.isEmpty() && m_column < 0; }
    // Orders the rows again; `reset` when the source's rows changed (the old order is void).
    void reorder(bool reset);
    void apply(const Order &order, bool reset);
    void finished();
    // Ends a reset begun with beginResetModel() with the order dropped: the rows are the model's.
    void endResetToModelRows();

    RuleTableModel *m_rules = nullptr;
    QString m_search;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<int> m_rows;           // proxy row -> source row (not used while the order is the identity)
    QList<int> m_inverse;        // source row -> proxy row, -1 when filtered out
    bool m_identityShown = true; // m_rows is void: rows are the model's
    QFutureWatcher<Order> m_watcher;
    quint64 m_generation = 0;
    bool m_pending = false; // another order was asked for while one was being computed
    // From the start of a computation to its result being applied: the worker may be done while
    // its finished signal still waits in the event queue.
    bool m_computing = false;
    bool m_resetPending = false;
};

} // namespace sg::ui
