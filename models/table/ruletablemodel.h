// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "catalogue/servicecatalogue.h"
#include "core/ruleset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace sg {

// A rule set as a table: one row per rule in file order, one column per field people review.
// Typed values are on custom roles so views and delegates never parse display text; the model
// picks no colours and reads no global state in data().
class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DirectionColumn,
        PolicyColumn,
        ProtocolColumn,
        PortsColumn,
        PeerColumn,
        PriorityColumn,
        ServicesColumn,
        DescriptionColumn,
        RiskColumn,
        GroupColumn, // the group of each rule where rules of several groups are merged; empty otherwise
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RuleRole = Qt::UserRole + 1, // the whole sg::Rule
        SortRole,                    // a value that sorts naturally: numbers for ports, priority, addresses
        ExposureRole,                // int(sg::Exposure) of the rule's peer
        WidePeerRole,                // bool: an accept rule whose peer is the internet or a wide public range
        PositionRole,                // 1-based position of the rule in the set (what findings cite)
        ServicesInferredRole,        // bool: the services column is inferred from the ports, not recorded
        SeverityRole,                // int(sg::Severity) of the rule's worst finding, or -1 for none
        FindingsRole,                // QStringList: "message Recommendation: ..." per finding of the rule
        SearchTextRole,              // QString: what a filter matches (cached; cheap to ask for every row)
    };
    Q_ENUM(Role)

    explicit RuleTableModel(const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn(),
                            QObject *parent = nullptr);

    // Service names are shown in this locale's language.
    void setLocale(const QLocale &locale);

    // Where a row comes from when the rules of several groups are shown together (a network
    // interface's merged rules): the group's key and the rule's 1-based position in it.
    struct RowOrigin
    {
        QString group;
        int position = 0;
    };

    const RuleSet &ruleSet() const { return m_ruleSet; }
    // With origins (one per rule) the Group column names each rule's group.
    void setRuleSet(const RuleSet &ruleSet, QList<RowOrigin> origins = {});
    const QList<RowOrigin> &rowOrigins() const { return m_origins; }
    // Counts every change of the rules or the group (new set, insert, remove, replace, move, group):
    // an analysis is shown only for the revision it was computed from.
    quint64 revision() const { return m_revision; }
    void setGroup(const GroupInfo &group);
    const Rule &rule(int row) const { return m_ruleSet.rules.at(row); }

    // The findings of an analysis, shown in the Risk column and the tooltips. Without a revision the
    // analysis is taken to be of the rules as they are now. With one, it is shown only while the
    // rules are still at that revision (false and nothing shown otherwise). Every change hides the
    // analysis at once: no risk of other rules is ever shown on a row.
    void setAnalysis(const AnalysisResult &analysis);
    bool setAnalysis(const AnalysisResult &analysis, quint64 revision);
    // The analysis shown now: empty while the rules changed since the last one.
    const AnalysisResult &analysis() const;
    // True when the shown analysis is of the rules as they are (false after an edit, until the next).
    bool isAnalysisCurrent() const { return m_analysisRevision == m_revision; }

    // Edits, each emitting the precise model signals (the undo commands of the editor call these).
    void insertRules(int row, const QList<Rule> &rules);
    void removeRulesAt(int row, int count);
    void replaceRule(int row, const Rule &rule);
    // Moves `count` rules starting at `row` so that they start at `destination` (an index in the
    // list after removal), keeping their order.
    void moveRules(int row, int count, int destination);

    // In-place editing. When editable, setData() validates the value as the API would, and either
    // rejects it (editRejected with the reason) or asks for the change with ruleEditRequested, so
    // that an undo stack can carry it out; with nothing connected the change is applied directly.
    void setEditable(bool editable) { m_editable = editable; }
    bool isEditable() const { return m_editable; }

    struct EditResult
    {
        std::optional<Rule> rule; // the edited rule, or nothing when the value is refused
        QString error;            // why it was refused, for people
    };
    // The rule with `value` (as the EditRole gives and takes it) put into `column`, validated.
    static EditResult withEdit(const Rule &rule, Column column, const QVariant &value);

    const ServiceCatalogue &catalogue() const { return m_catalogue; }
    const QLocale &locale() const { return m_locale; }
    // The severity of each row's worst finding while the analysis is current (else empty).
    QList<std::optional<Severity>> rowSeverities() const
    {
        return isAnalysisCurrent() ? m_analysis.ruleSeverity : QList<std::optional<Severity>>();
    }

    // What the Service column shows for a rule: the services it records, or those the catalogue
    // says its ports serve. `cache` keeps names per protocol and range; any thread may call this
    // with a cache of its own.
    static QString serviceNamesOf(const Rule &rule, const ServiceCatalogue &catalogue, const QLocale &locale,
                                  QHash<quint64, QString> &cache);
    // What a filter matches for a rule: ports, address, services, description, protocol, id and
    // (for merged rules) the group. Any thread.
    static QString searchTextOf(const Rule &rule, const QString &services, const QString &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void groupChanged();
    // setData() asks for `row` to become `rule` (one cell changed); see setEditable().
    void ruleEditRequested(int row, int column, const sg::Rule &rule);
    // setData() refused a value; `reason` says why in a sentence.
    void editRejected(int row, int column, const QString &reason);

private:
    QString serviceNames(const Rule &rule) const;

    const ServiceCatalogue &m_catalogue;
    QLocale m_locale;
    std::optional<Severity> severityOf(int row) const;
    QStringList findingsOf(int row) const;

    QString searchText(int row) const;
    // Bumps the revision; the analysis of the old revision stops showing.
    void changed();

    RuleSet m_ruleSet;
    QList<RowOrigin> m_origins;
    AnalysisResult m_analysis;
    quint64 m_revision = 0;
    quint64 m_analysisRevision = 0;                  // the revision m_analysis belongs to
    mutable QList<QString> m_searchText;             // per row, built on first use; null = not built yet
    mutable QHash<quint64, QString> m_inferredNames; // inferred service names per protocol and ports
    bool m_editable = false;
};

} // namespace sg
