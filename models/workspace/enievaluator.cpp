// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enievaluator.h"

#include "analysis/policyevaluator.h"
#include "analysis/precedence.h"

#include <limits>

namespace sg {

EniEvaluator::EniEvaluator(const Workspace &workspace, QList<int> groupIndexes, QString name, QStringList missingGroups)
    : m_workspace(workspace), m_groups(std::move(groupIndexes)), m_name(std::move(name)), m_missing(std::move(missingGroups))
{
}

EniEvaluator EniEvaluator::forInterface(const Workspace &workspace, qsizetype interfaceIndex)
{
    const NetworkInterface &eni = workspace.interfaces.at(interfaceIndex);
    QList<int> groups;
    QStringList missing;
    for (const QString &id : eni.groupIds) {
        const qsizetype index = workspace.indexOfGroup(id);
        if (index >= 0)
            groups.append(int(index));
        else
            missing.append(id);
    }
    return EniEvaluator(workspace, groups, eni.id, missing);
}

EniDecision EniEvaluator::evaluate(const TrafficQuery &query) const
{
    EniDecision out;
    out.missingGroups = m_missing;
    const QString missingNote = m_missing.isEmpty()
        ? QString()
        : u' ' + tr("%1 also carries %2, whose rules were not read; they could decide otherwise.").arg(m_name, m_missing.join(QStringLiteral(", ")));
    if (m_groups.isEmpty()) {
        out.decision.explanation = tr("Unknown: none of the groups of %1 is in the workspace.").arg(m_name) + missingNote;
        return out;
    }

    // Each group decides on its own; across groups the rule first in Alibaba's order wins (smaller
    // priority, a drop before an accept), exactly as if the rules were one merged list.
    QList<Decision> decisions;
    decisions.reserve(m_groups.size());
    int best = -1;
    quint32 bestKey = std::numeric_limits<quint32>::max();
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const RuleSet &set = m_workspace.groups.at(m_groups.at(i)).ruleSet;
        decisions.append(PolicyEvaluator(set).evaluate(query));
        const Decision &d = decisions.constLast();
        if (d.reason != Decision::Reason::Rule)
            continue;
        const quint32 key = precedenceKey(set.rules.at(d.decidingRule - 1));
        if (key < bestKey) {
            bestKey = key;
            best = int(i);
        }
    }
    const int others = int(m_groups.size()) - 1;
    if (best >= 0) {
        const WorkspaceGroup &group = m_workspace.groups.at(m_groups.at(best));
        out.decision = decisions.at(best);
        out.decidingGroup = m_groups.at(best);
        out.decidingGroupKey = group.key();
        out.decidingRuleId = group.ruleSet.rules.at(out.decision.decidingRule - 1).id;
        if (others > 0) {
            out.decision.explanation += u' '
                + tr("The rule is in %1, one of the %2 groups of %3, whose rules are evaluated together.")
                      .arg(group.key(), QString::number(m_groups.size()), m_name);
            // An accept of another group at the deciding drop's priority loses the tie: say so.
            const Rule &winner = group.ruleSet.rules.at(out.decision.decidingRule - 1);
            for (qsizetype i = 0; i < m_groups.size() && winner.policy == Policy::Drop; ++i) {
                const Decision &d = decisions.at(i);
                if (int(i) == best || d.reason != Decision::Reason::Rule)
                    continue;
                const WorkspaceGroup &other = m_workspace.groups.at(m_groups.at(i));
                const Rule &rule = other.ruleSet.rules.at(d.decidingRule - 1);
                if (rule.policy == Policy::Accept && rule.priority == winner.priority) {
                    out.decision.explanation += u' '
                        + tr("Rule %1 of %2 accepts it at the same priority, but at equal priority a drop beats an accept, whichever group it is in.")
                              .arg(d.decidingRule)
                              .arg(other.key());
                    break;
                }
            }
        }
    } else {
        // No rule of any group matches: the defaults. Members of a carried basic group whose
        // InnerAccessPolicy is Accept reach each other.
        Decision &d = out.decision;
        d.reason = Decision::Reason::Default;
        const WorkspaceGroup &first = m_workspace.groups.at(m_groups.first());
        const bool basic = first.ruleSet.group.type == GroupType::Basic;
        int innerGroup = -1;
        if (query.direction == Direction::Ingress && query.source.kind() == Endpoint::Kind::SecurityGroup) {
            for (int index : m_groups) {
                const GroupInfo &g = m_workspace.groups.at(index).ruleSet.group;
                if (g.type == GroupType::Basic && g.innerAccessPolicy == Policy::Accept
                    && query.source.text().compare(g.securityGroupId, Qt::CaseInsensitive) == 0)
                    innerGroup = index;
            }
        }
        if (query.direction == Direction::Egress) {
            d.allowed = basic;
            d.explanation = basic ? tr("Allowed: no rule of the groups of %1 matches, and basic security groups allow outbound traffic by default.").arg(m_name)
                                  : tr("Denied: no rule of the groups of %1 matches, and enterprise security groups deny outbound traffic by default.").arg(m_name);
        } else if (innerGroup >= 0) {
            d.allowed = true;
            d.reason = Decision::Reason::IntraGroup;
            d.explanation = tr("Allowed: no rule of the groups of %1 matches, and %1 carries the basic security group %2, whose members reach each other because its InnerAccessPolicy is Accept.")
                                .arg(m_name, m_workspace.groups.at(innerGroup).key());
        } else if (others == 0) {
            d = decisions.first(); // the single group's own words
        } else {
            d.explanation = tr("Denied: no rule of the %1 groups of %2 matches, and inbound traffic is denied by default.")
                                .arg(QString::number(m_groups.size()), m_name);
        }
    }

    // Rules of other groups that come first and would decide otherwise if they matched.
    QStringList uncertain;
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (int(i) == best)
            continue;
        const RuleSet &set = m_workspace.groups.at(m_groups.at(i)).ruleSet;
        for (int position : decisions.at(i).uncertainRules) {
            const Rule &rule = set.rules.at(position - 1);
            if (precedenceKey(rule) < bestKey && (rule.policy == Policy::Accept) != out.decision.allowed)
                uncertain.append(tr("rule %1 of %2").arg(position).arg(m_workspace.groups.at(m_groups.at(i)).key()));
        }
    }
    if (!uncertain.isEmpty()) {
        out.decision.explanation += u' '
            + tr("Evaluated earlier, %1 would decide otherwise if it matched, which depends on what the question does not say.")
                  .arg(uncertain.join(QStringLiteral(", ")));
    }
    // The groups' own explanations carry it where one of them decides; the defaults need it too.
    if (const QString note = PolicyEvaluator::sourceNote(query); !note.isEmpty() && !out.decision.explanation.contains(note))
        out.decision.explanation += u' ' + note;
    out.decision.explanation += missingNote;
    return out;
}

} // namespace sg
