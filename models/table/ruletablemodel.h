// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/servicecatalogue.h"
#include "core/ruleset.h"

#include <QAbstractTableModel>
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
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RuleRole = Qt::UserRole + 1, // the whole sg::Rule
        SortRole,                    // a value that sorts naturally: numbers for ports, priority, addresses
        ExposureRole,                // int(sg::Exposure) of the rule's peer
        WidePeerRole,                // bool: the peer is the internet or a wide public range
        PositionRole,                // 1-based position of the rule in the set (what findings cite)
    };
    Q_ENUM(Role)

    explicit RuleTableModel(const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn(),
                            QObject *parent = nullptr);

    // Service names are shown in this locale's language.
    void setLocale(const QLocale &locale);

    const RuleSet &ruleSet() const { return m_ruleSet; }
    void setRuleSet(const RuleSet &ruleSet);
    void setGroup(const GroupInfo &group);
    const Rule &rule(int row) const { return m_ruleSet.rules.at(row); }

    // Edits, each emitting the precise model signals (the undo commands of the editor call these).
    void insertRules(int row, const QList<Rule> &rules);
    void removeRulesAt(int row, int count);
    void replaceRule(int row, const Rule &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void groupChanged();

private:
    QString serviceNames(const Rule &rule) const;

    const ServiceCatalogue &m_catalogue;
    QLocale m_locale;
    RuleSet m_ruleSet;
};

} // namespace sg
