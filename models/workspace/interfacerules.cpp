// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacerules.h"

#include "analysis/precedence.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace sg {

InterfaceRules InterfaceRules::of(const Workspace &workspace, qsizetype interfaceIndex)
{
    InterfaceRules out;
    if (interfaceIndex < 0 || interfaceIndex >= workspace.interfaces.size())
        return out;
    out.interfaceId = workspace.interfaces.at(interfaceIndex).id;
    for (const QString &id : workspace.interfaces.at(interfaceIndex).groupIds) {
        const qsizetype index = workspace.indexOfGroup(id);
        if (index < 0)
            out.missingGroups.append(id);
        else if (!out.groupIndexes.contains(int(index)))
            out.groupIndexes.append(int(index));
    }
    struct Entry
    {
        int order; // the group's place on the interface
        int group;
        int position;
        quint32 key;
        Direction direction;
    };
    QList<Entry> entries;
    for (qsizetype order = 0; order < out.groupIndexes.size(); ++order) {
        const int group = out.groupIndexes.at(order);
        const QList<Rule> &rules = workspace.groups.at(group).ruleSet.rules;
        for (qsizetype i = 0; i < rules.size(); ++i)
            entries.append(Entry{int(order), group, int(i) + 1, precedenceKey(rules.at(i)), rules.at(i).direction});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.direction != b.direction)
            return a.direction == Direction::Ingress;
        if (a.key != b.key)
            return a.key < b.key;
        return a.order < b.order; // within a group the stable sort keeps the group's order
    });
    if (!out.groupIndexes.isEmpty())
        out.rules.group = workspace.groups.at(out.groupIndexes.first()).ruleSet.group;
    out.rules.rules.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries)) {
        out.rules.rules.append(workspace.groups.at(entry.group).ruleSet.rules.at(entry.position - 1));
        out.groups.append(entry.group);
        out.positions.append(entry.position);
    }
    return out;
}

int InterfaceRules::rowOf(int group, int position) const
{
    for (qsizetype row = 0; row < groups.size(); ++row) {
        if (groups.at(row) == group && positions.at(row) == position)
            return int(row);
    }
    return -1;
}

AnalysisResult InterfaceRules::mapAnalysis(const Workspace &workspace, const WorkspaceAnalysis &analysis) const
{
    AnalysisResult out;
    if (analysis.groups.size() != workspace.groups.size())
        return out;
    // (group, position) -> row + 1
    QHash<quint64, int> rowOfRule;
    rowOfRule.reserve(groups.size());
    for (qsizetype row = 0; row < groups.size(); ++row)
        rowOfRule.insert((quint64(groups.at(row)) << 32) | quint32(positions.at(row)), int(row) + 1);
    const auto mapped = [&](int group, const RuleNumbers &rulePositions) {
        QList<int> rows;
        for (int position : rulePositions) {
            const int row = rowOfRule.value((quint64(group) << 32) | quint32(position), 0);
            if (row > 0)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    for (int group : groupIndexes) {
        const QString key = workspace.groups.at(group).key();
        const RuleSet &set = workspace.groups.at(group).ruleSet;
        for (Finding finding : analysis.groups.at(group).findings) {
            // The message names the rules by their places in the group: made before they move.
            finding.setMessage(tr("%1: %2").arg(key, finding.message(set)));
            finding.rules = mapped(group, finding.rules);
            finding.relatedRules = mapped(group, finding.relatedRules);
            if (finding.reachableOn() && !finding.mitigated && !finding.reachableOn()->contains(interfaceId)) {
                finding.mitigated = true;
                finding.severity = Severity::Info;
                finding.setMessage(finding.message(set) + u' ' + tr("Not reachable on %1: another of its groups blocks it.").arg(interfaceId));
            }
            out.findings.append(std::move(finding));
        }
    }
    std::stable_sort(out.findings.begin(), out.findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        const int ra = a.rules.isEmpty() ? std::numeric_limits<int>::max() : a.rules.first();
        const int rb = b.rules.isEmpty() ? std::numeric_limits<int>::max() : b.rules.first();
        return ra < rb;
    });
    out.index(rules.rules.size());
    out.ruleSet = rules;
    return out;
}

} // namespace sg
