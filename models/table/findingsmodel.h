// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QAbstractItemModel>

namespace sg {

// The findings of an analysis as a tree: one branch per severity (most severe first) holding its
// findings. Typed values on custom roles; no colours.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // ReachableColumn: the network interfaces where an exposure is effective (Finding::reachableOn).
    // AcceptedColumn: why and until when a baseline accepts the finding (Finding::suppression).
    enum Column {
        MessageColumn,
        RulesColumn,
        CheckColumn,
        ReachableColumn,
        AcceptedColumn,
        ColumnCount
    };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(sg::Severity), on branches and findings
        RulesRole,                       // QList<int>: 1-based rule positions (findings only)
        CheckRole,                       // the check id (findings only)
        FindingIndexRole,                // index into AnalysisResult::findings, -1 on branches
        SuppressedRole,                  // bool: a baseline accepts the finding (it does not count)
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setAnalysis(const AnalysisResult &analysis);
    const AnalysisResult &analysis() const { return m_analysis; }
    // The index of a finding (by its position in AnalysisResult::findings).
    QModelIndex indexOfFinding(int findingIndex) const;
    // True when any finding says where it is reachable (network interfaces are known).
    bool hasReachability() const;
    // True when a baseline accepts any finding.
    bool hasSuppressed() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How the Rules and Reachable columns show a list: its first items and how many there are in
    // all when it is long. A group-level finding can name thousands of rules, and a column sized
    // to its contents would be as wide as all of them (534,000 pixels at 100,000 rules, which took
    // the window 110 ms to paint each time). The tooltip has more. `items` holds at least the first
    // `shown` of the `total` items.
    static constexpr qsizetype ShortListItems = 6;
    static QString shortList(const QStringList &items, qsizetype total, qsizetype shown = ShortListItems);

    // Which findings of `analysis` (by index) show `text`, ignoring case, in one of their columns:
    // what the Findings dock's filter matches. Reads only its arguments, so that a large analysis
    // can be matched on a worker; `madeMessages` is a snapshot of madeMessages(), and a message not
    // made yet is made here.
    static QList<bool> findingsShowing(const AnalysisResult &analysis, const QList<QByteArray> &madeMessages, const QString &text);
    // The messages made so far, per finding (null where none is made yet).
    QList<QByteArray> madeMessages() const { return m_madeMessages; }

private:
    struct Branch
    {
        Severity severity;
        QList<int> findings; // indexes into m_analysis.findings
    };
    static constexpr quintptr BranchId = ~quintptr(0);

    // The message of a finding. Messages made from the rules (Finding::messageForm) are made once
    // and kept (as UTF-8) while the analysis is shown: on a worker as soon as the analysis is set
    // (a filter matches every message: making 115,000 of them would stall it 130 ms), or when first
    // shown, whichever comes first.
    QString messageOf(int findingIndex) const;
    void makeMessagesAhead();
    // The message of finding i of `analysis`: held, found in `made`, or made now.
    static QString messageIn(const AnalysisResult &analysis, const QList<QByteArray> &made, qsizetype i);
    // The message of finding i, made from the rules, as kept in m_madeMessages.
    static QByteArray madeMessage(const AnalysisResult &analysis, qsizetype i);
    // A finding's text in a column (DisplayRole).
    static QString columnText(const Finding &finding, Column column, const QString &message);

    AnalysisResult m_analysis;
    QList<Branch> m_branches;
    mutable QList<QByteArray> m_madeMessages; // per finding; null until made
    quint64 m_generation = 0;                 // of m_analysis, for the worker's messages
};

} // namespace sg
