// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixer.h"

#include "analysis/checkids.h"
#include "analysis/policyevaluator.h"
#include "catalogue/workbenchranges.h"
#include "enievaluator.h"

#include <QMap>

namespace sg {

struct Fixer::Target
{
    int group = -1;
    int rule = 0; // 1-based
    QStringList checks;
};

namespace {

// The ports a kept address must keep: remote access to the instances.
constexpr std::array LockoutPorts{22, 3389};

QString portName(int port)
{
    return port == 22 ? Fixer::tr("SSH (TCP 22)") : Fixer::tr("RDP (TCP 3389)");
}

// Where a kept address's access is judged: every interface carrying the group, else the group alone.
struct Context
{
    QString where;
    qsizetype interface = -1;
};

QList<Context> contextsOf(const Workspace &workspace, int group)
{
    QList<Context> out;
    const WorkspaceGroup &g = workspace.groups.at(group);
    for (qsizetype i = 0; i < workspace.interfaces.size(); ++i) {
        const NetworkInterface &nic = workspace.interfaces.at(i);
        const bool carries = std::any_of(nic.groupIds.cbegin(), nic.groupIds.cend(), [&](const QString &id) {
            return id.compare(g.key(), Qt::CaseInsensitive) == 0;
        });
        if (carries)
            out.append({nic.id, i});
    }
    if (out.isEmpty())
        out.append({g.key(), -1});
    return out;
}

// The decision for one query in one context, and which rule (of which group) made it.
std::pair<Decision, QString> decide(const Workspace &workspace, int group, const Context &context, const TrafficQuery &query)
{
    if (context.interface >= 0) {
        const EniDecision d = EniEvaluator::forInterface(workspace, context.interface).evaluate(query);
        const QString by = d.decision.reason == Decision::Reason::Rule
            ? Fixer::tr("rule %1 of %2").arg(QString::number(d.decision.decidingRule), d.decidingGroupKey)
            : Fixer::tr("the default");
        return {d.decision, by};
    }
    const Decision d = PolicyEvaluator(workspace.groups.at(group).ruleSet).evaluate(query);
    const QString by = d.reason == Decision::Reason::Rule ? Fixer::tr("rule %1").arg(d.decidingRule) : Fixer::tr("the default");
    return {d, by};
}

} // namespace

bool Fixer::isFixable(const Finding &f)
{
    // Narrowing or removing a rule does not give it a description, and an expired exemption is
    // fixed in the baseline: neither is a reason to change a rule.
    return !f.rules.isEmpty() && f.check != QLatin1StringView(CheckIds::MissingDescription)
        && f.check != QLatin1StringView(CheckIds::ExpiredExemption);
}

FixResult Fixer::fix(const Workspace &workspace, const WorkspaceAnalysis &analysis) const
{
    QList<Target> targets;
    for (qsizetype g = 0; g < std::min(workspace.groups.size(), analysis.groups.size()); ++g) {
        QMap<int, QStringList> byRule;
        for (const Finding &f : analysis.groups.at(g).findings) {
            if (f.suppressed() || f.severity < m_options.threshold || !isFixable(f))
                continue;
            for (int position : f.rules) {
                QStringList &checks = byRule[position];
                if (!checks.contains(f.check))
                    checks.append(f.check);
            }
        }
        for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
            targets.append({int(g), it.key(), it.value()});
    }
    return run(workspace, targets);
}

FixResult Fixer::fixFindings(const Workspace &workspace, int groupIndex, const QList<Finding> &selected) const
{
    QMap<int, QStringList> byRule;
    for (const Finding &f : selected) {
        if (!isFixable(f))
            continue;
        for (int position : f.rules) {
            QStringList &checks = byRule[position];
            if (!checks.contains(f.check))
                checks.append(f.check);
        }
    }
    QList<Target> targets;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        targets.append({groupIndex, it.key(), it.value()});
    return run(workspace, targets);
}

FixResult Fixer::run(const Workspace &workspace, const QList<Target> &targets) const
{
    FixResult out;
    out.workspace = workspace;
    // Each group's rules as slots, one per original rule: a change replaces one slot, so positions
    // before the fix stay valid however many rules a narrowing adds.
    QHash<int, QList<QList<Rule>>> ruleSlots;
    const auto assemble = [&](int group) {
        RuleSet set = workspace.groups.at(group).ruleSet;
        set.rules.clear();
        for (const QList<Rule> &slot : std::as_const(ruleSlots[group]))
            set.rules += slot;
        return set;
    };
    QList<int> touched;
    for (const Target &t : targets) {
        if (t.group < 0 || t.group >= workspace.groups.size())
            continue;
        const RuleSet &original = workspace.groups.at(t.group).ruleSet;
        if (t.rule < 1 || t.rule > original.rules.size())
            continue;
        if (!ruleSlots.contains(t.group)) {
            QList<QList<Rule>> initial;
            for (const Rule &rule : original.rules)
                initial.append({rule});
            ruleSlots.insert(t.group, initial);
            touched.append(t.group);
        }
        const Rule &rule = original.rules.at(t.rule - 1);
        FixChange change{t.group, t.rule, FixChange::Kind::Removed, t.checks, {}};
        QList<Rule> &slot = ruleSlots[t.group][t.rule - 1];
        const QList<Rule> saved = slot;
        slot.clear();
        // The kept addresses are about reaching the instances: they narrow inbound rules only.
        const QList<Endpoint> sources = rule.isIngress() ? m_options.replaceWith + m_options.keep : m_options.replaceWith;
        const RuleSet others = assemble(t.group);
        for (const Endpoint &source : sources) {
            if (rule.peer.isAddress() && source.kind() != rule.peer.kind())
                continue; // an IPv6 source does not narrow an IPv4 rule
            Rule narrowed = rule;
            narrowed.peer = source;
            if (!slot.isEmpty()) { // the first replacement is the rule itself, changed
                narrowed.id.clear();
                narrowed.resource.clear();
            }
            const auto same = [&](const Rule &r) { return r.sameEffect(narrowed); };
            if (std::any_of(others.rules.cbegin(), others.rules.cend(), same) || std::any_of(slot.cbegin(), slot.cend(), same))
                continue; // already allowed as it is: adding it again would be a duplicate
            slot.append(narrowed);
            change.sources.append(source.text());
        }
        if (!slot.isEmpty())
            change.kind = FixChange::Kind::Narrowed;

        Workspace candidate = out.workspace;
        candidate.groups[t.group].ruleSet = assemble(t.group);
        QString cut;
        for (const Context &context : contextsOf(workspace, t.group)) {
            for (const Endpoint &address : m_options.keep) {
                for (int port : LockoutPorts) {
                    const TrafficQuery query{address, Protocol::Tcp, port, Direction::Ingress};
                    const auto [before, beforeBy] = decide(workspace, t.group, context, query);
                    const auto [after, afterBy] = decide(candidate, t.group, context, query);
                    if (cut.isEmpty() && before.allowed && !after.allowed) {
                        cut = tr("%1 would no longer reach %2 on %3 (allowed before by %4; %5)")
                                  .arg(address.text(), portName(port), context.where, beforeBy, after.explanation);
                    }
                }
            }
        }
        if (!cut.isEmpty()) {
            slot = saved;
            out.refused.append({change, cut});
            continue;
        }
        out.workspace = candidate;
        out.made.append(change);
    }

    // The proof: every kept address, port and place of every group the fix looked at, before and after.
    for (int group : std::as_const(touched)) {
        for (const Context &context : contextsOf(workspace, group)) {
            for (const Endpoint &address : m_options.keep) {
                for (int port : LockoutPorts) {
                    const TrafficQuery query{address, Protocol::Tcp, port, Direction::Ingress};
                    LockoutCheck check;
                    check.address = address;
                    check.port = port;
                    check.where = context.where;
                    std::tie(check.before, check.decidedBefore) = decide(workspace, group, context, query);
                    std::tie(check.after, check.decidedAfter) = decide(out.workspace, group, context, query);
                    const bool seen = std::any_of(out.proof.cbegin(), out.proof.cend(), [&](const LockoutCheck &c) {
                        return c.where == check.where && c.port == port && c.address == address;
                    });
                    if (!seen)
                        out.proof.append(check);
                }
            }
        }
    }
    out.diff = WorkspaceDiff::compare(workspace, out.workspace);
    return out;
}

QList<Endpoint> Fixer::workbenchSources(const RuleSet &set)
{
    QList<Endpoint> out;
    for (const Rule &rule : set.rules) {
        if (!rule.isIngress() || rule.policy != Policy::Accept || !WorkbenchRanges::builtIn().containing(rule.peer))
            continue;
        const bool remote = std::any_of(LockoutPorts.cbegin(), LockoutPorts.cend(), [&](int port) {
            return rule.protocol == Protocol::All
                || (rule.protocol == Protocol::Tcp && (rule.ports.isNone() || (rule.ports.first() <= port && port <= rule.ports.last())));
        });
        if (remote && !out.contains(rule.peer))
            out.append(rule.peer);
    }
    return out;
}

QString Fixer::describe(const LockoutCheck &check)
{
    const QString who = check.address.text();
    const QString port = portName(check.port);
    if (check.before.allowed && check.after.allowed) {
        return tr("%1 reaches %2 on %3 before (%4) and after the fix (%5).")
            .arg(who, port, check.where, check.decidedBefore, check.decidedAfter);
    }
    if (check.before.allowed)
        return tr("%1 would lose %2 on %3 (allowed before by %4).").arg(who, port, check.where, check.decidedBefore);
    if (check.after.allowed)
        return tr("%1 did not reach %2 on %3 before the fix, and reaches it after (%4).").arg(who, port, check.where, check.decidedAfter);
    return tr("%1 does not reach %2 on %3, before or after the fix (%4).").arg(who, port, check.where, check.decidedAfter);
}

QString Fixer::describe(const FixChange &change, const Workspace &before)
{
    const WorkspaceGroup &group = before.groups.at(change.group);
    const Rule &rule = group.ruleSet.rules.at(change.rule - 1);
    const QString label = rule.id.isEmpty() ? tr("Rule %1 of %2").arg(QString::number(change.rule), group.key())
                                            : tr("Rule %1 (%2) of %3").arg(QString::number(change.rule), rule.id, group.key());
    const QString checks = change.checks.join(QStringLiteral(", "));
    return change.kind == FixChange::Kind::Narrowed
        ? tr("%1: narrowed from %2 to %3 (%4).").arg(label, rule.peer.text(), change.sources.join(QStringLiteral(", ")), checks)
        : tr("%1: removed (%2).").arg(label, checks);
}

} // namespace sg
