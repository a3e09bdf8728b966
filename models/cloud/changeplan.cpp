// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplan.h"

#include "io/permissioncodec.h"
#include "io/writerutil.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sg {
namespace {

using F = PermissionField;

// What the API matches and decides on (Rule::sameEffect), as a hashable key. Addresses in
// canonical form, so "10.0.0.1" and "10.0.0.1/32" are one rule, as the API reads them.
QString effectKey(const Rule &r)
{
    const auto side = [](const Endpoint &e) -> QString { return QString::number(int(e.kind())) + e.canonical().toLower(); };
    return toApiString(r.direction) + u'|' + toApiString(r.policy) + u'|' + toApiString(r.protocol) + u'|'
        + r.ports.toString() + u'|' + side(r.peer) + u'|' + side(r.local()) + u'|'
        + (r.sourcePorts() ? r.sourcePorts()->toString() : QString()) + u'|' + QString::number(r.priority) + u'|'
        + toApiString(r.nicType);
}

// Everything a request carries about a rule: the effect, the description and the peer's owner.
QString contentKey(const Rule &r)
{
    return effectKey(r) + u'|' + r.description + u'|' + r.peerOwnerAccount();
}

// The API fields a rule sets, for requests: no direction (the action says it), no rule id.
QList<std::pair<F, QString>> requestFields(const Rule &rule)
{
    QList<std::pair<F, QString>> out = PermissionCodec::fields(rule, false);
    out.removeIf([](const auto &f) { return f.first == F::Direction || f.first == F::SecurityGroupRuleId; });
    return out;
}

QSet<F> fieldSet(const Rule &rule)
{
    QSet<F> out;
    for (const auto &[field, value] : requestFields(rule))
        out.insert(field);
    return out;
}

// ModifySecurityGroupRule sets the fields it is given and cannot clear one or change NicType
// (reference 6.2): a rule qualifies when the target sets exactly the fields the live rule has.
bool modifiable(const Rule &live, const Rule &target)
{
    return live.direction == target.direction && live.nicType == target.nicType && !live.id.isEmpty()
        && fieldSet(live) == fieldSet(target);
}

QStringList changedFields(const Rule &before, const Rule &after)
{
    const QList<std::pair<F, QString>> a = PermissionCodec::fields(before, true);
    const QList<std::pair<F, QString>> b = PermissionCodec::fields(after, true);
    QStringList out;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        if (a[i].first != F::SecurityGroupRuleId && a[i].second != b[i].second)
            out.append(QString(apiName(a[i].first)));
    }
    return out;
}

QString fieldValue(const Rule &rule, const QString &field)
{
    for (const auto &[f, value] : PermissionCodec::fields(rule, true)) {
        if (apiName(f) == field)
            return value;
    }
    return {};
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? ChangePlan::tr("(none)") : u'"' + text + u'"';
}

QString tokenFor(const QString &prefix, int index)
{
    return prefix.left(56) + u'-' + QString::number(index);
}

} // namespace

ChangePlan ChangePlan::compute(const RuleSet &live, const RuleSet &target)
{
    ChangePlan plan;
    plan.live = live.group;
    plan.target = target.group;

    const QList<Rule> &L = live.rules;
    const QList<Rule> &T = target.rules;
    QList<int> pairOfLive(L.size(), -1);
    QList<int> pairOfTarget(T.size(), -1);

    // Pairs unpaired rules with equal keys; `sameId` first pairs only rules that also share an id.
    const auto pairBy = [&](const auto &keyOf, bool sameId, const auto &accept) {
        QMultiHash<QString, int> candidates;
        for (int j = int(T.size()) - 1; j >= 0; --j) { // inserted last-first: found in file order
            if (pairOfTarget[j] < 0 && (!sameId || !T[j].id.isEmpty()))
                candidates.insert(sameId ? QString(T[j].id + u'\n' + keyOf(T[j])) : QString(keyOf(T[j])), j);
        }
        for (int i = 0; i < int(L.size()); ++i) {
            if (pairOfLive[i] >= 0 || (sameId && L[i].id.isEmpty()))
                continue;
            const QString key = sameId ? QString(L[i].id + u'\n' + keyOf(L[i])) : QString(keyOf(L[i]));
            for (auto it = candidates.find(key); it != candidates.end() && it.key() == key; ++it) {
                if (pairOfTarget[*it] < 0 && accept(L[i], T[*it])) {
                    pairOfLive[i] = *it;
                    pairOfTarget[*it] = i;
                    candidates.erase(it);
                    break;
                }
            }
        }
    };
    const auto any = [](const Rule &, const Rule &) { return true; };
    pairBy(contentKey, true, any);
    pairBy(contentKey, false, any);
    pairBy(effectKey, true, any);
    pairBy(effectKey, false, any);
    pairBy([](const Rule &) { return QString(); }, true, modifiable);

    // Two target rules of the same effect: the API holds one rule for both.
    QHash<QString, int> firstOfEffect;
    for (int j = 0; j < int(T.size()); ++j) {
        const QString key = effectKey(T[j]);
        const auto it = firstOfEffect.constFind(key);
        if (it == firstOfEffect.constEnd()) {
            firstOfEffect.insert(key, j);
            continue;
        }
        plan.problems.append(Diagnostic::error(
            SourceLocation({}, 0, 0, j + 1),
            tr("rules %1 and %2 are the same rule (they differ at most in the description): the group can hold it only once; "
               "remove one of them")
                .arg(*it + 1)
                .arg(j + 1)));
    }

    for (int i = 0; i < int(L.size()); ++i) {
        const int j = pairOfLive[i];
        if (j < 0) {
            plan.revocations.append(L[i]);
        } else if (contentKey(L[i]) == contentKey(T[j])) {
            plan.unchanged.append(L[i]);
        } else if (modifiable(L[i], T[j])) {
            plan.modifications.append({L[i], T[j], j + 1, changedFields(L[i], T[j])});
        } else {
            // Same effect, but a field must be cleared: replace the rule, old one first, since the
            // API may count the new one as already present.
            plan.replacedFirst.append(L[i]);
            Rule added = T[j];
            added.id.clear();
            plan.authorizations.append({added, j + 1});
        }
    }
    for (int j = 0; j < int(T.size()); ++j) {
        if (pairOfTarget[j] < 0) {
            Rule added = T[j];
            added.id.clear(); // an id the group does not hold (any more) names nothing
            plan.authorizations.append({added, j + 1});
        }
    }
    std::sort(plan.authorizations.begin(), plan.authorizations.end(),
              [](const Addition &a, const Addition &b) { return a.targetPosition < b.targetPosition; });

    if (live.group.innerAccessPolicy != target.group.innerAccessPolicy) {
        plan.problems.append(Diagnostic::warning(
            SourceLocation({}, 0, 0, 0, QStringLiteral("InnerAccessPolicy")),
            tr("the file says %1, the live group %2: only rules are applied; change the group's attribute in the console")
                .arg(toApiString(target.group.innerAccessPolicy), toApiString(live.group.innerAccessPolicy))));
    }
    return plan;
}

bool ChangePlan::isEmpty() const
{
    return modifications.isEmpty() && replacedFirst.isEmpty() && authorizations.isEmpty() && revocations.isEmpty();
}

int ChangePlan::changeCount() const
{
    return int(modifications.size() + replacedFirst.size() + authorizations.size() + revocations.size());
}

QList<Rule> ChangePlan::expectedRules(const QList<Rule> &liveRules) const
{
    QList<Rule> rules = liveRules;
    const auto revoke = [&](const Rule &gone) { rules.removeIf([&](const Rule &r) { return r.id == gone.id; }); };
    for (const Modification &m : modifications) {
        for (Rule &r : rules) {
            if (r.id == m.before.id) {
                const QString id = r.id;
                r = m.after;
                r.id = id;
            }
        }
    }
    for (const Rule &r : replacedFirst)
        revoke(r);
    int next = 1;
    for (const Addition &a : authorizations) {
        const bool present = std::any_of(rules.cbegin(), rules.cend(), [&](const Rule &r) { return r.sameEffect(a.rule); });
        if (present)
            continue;
        Rule added = a.rule;
        added.id = QStringLiteral("sgr-planned-%1").arg(next++);
        rules.append(added);
    }
    for (const Rule &r : revocations)
        revoke(r);
    return rules;
}

QList<ChangePlan::Call> ChangePlan::calls(const QString &tokenPrefix) const
{
    QList<Call> out;
    int token = 0;
    const auto base = [&](const QString &action) {
        Call call;
        call.action = action;
        call.parameters = {{QStringLiteral("RegionId"), live.regionId},
                           {QStringLiteral("SecurityGroupId"), live.securityGroupId},
                           {QStringLiteral("ClientToken"), tokenFor(tokenPrefix, ++token)}};
        return call;
    };

    for (const Modification &m : modifications) {
        Call call = base(m.before.isIngress() ? QStringLiteral("ModifySecurityGroupRule")
                                              : QStringLiteral("ModifySecurityGroupEgressRule"));
        call.parameters.append({QStringLiteral("SecurityGroupRuleId"), m.before.id});
        for (const auto &[field, value] : requestFields(m.after)) {
            if (field != F::NicType) // cannot change, and equal by construction
                call.parameters.append({QString(apiName(field)), value});
        }
        call.changes = 1;
        out.append(call);
    }

    const auto revokeCalls = [&](const QList<Rule> &rules) {
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            QStringList ids;
            for (const Rule &r : rules) {
                if (r.direction == direction)
                    ids.append(r.id);
            }
            for (qsizetype start = 0; start < ids.size(); start += MaxPerCall) {
                Call call = base(direction == Direction::Ingress ? QStringLiteral("RevokeSecurityGroup")
                                                                 : QStringLiteral("RevokeSecurityGroupEgress"));
                const QStringList chunk = ids.mid(start, MaxPerCall);
                for (qsizetype n = 0; n < chunk.size(); ++n)
                    call.parameters.append({QStringLiteral("SecurityGroupRuleId.%1").arg(n + 1), chunk[n]});
                call.changes = int(chunk.size());
                out.append(call);
            }
        }
    };
    revokeCalls(replacedFirst);

    RuleSet additions;
    for (const Addition &a : authorizations)
        additions.rules.append(a.rule);
    for (const detail::RuleBatch &batch : detail::batchesByDirection(additions, MaxPerCall)) {
        Call call = base(batch.direction == Direction::Ingress ? QStringLiteral("AuthorizeSecurityGroup")
                                                               : QStringLiteral("AuthorizeSecurityGroupEgress"));
        for (qsizetype n = 0; n < batch.rules.size(); ++n) {
            for (const auto &[field, value] : requestFields(*batch.rules[n]))
                call.parameters.append({QStringLiteral("Permissions.%1.%2").arg(n + 1).arg(apiName(field)), value});
        }
        call.changes = int(batch.rules.size());
        out.append(call);
    }

    revokeCalls(revocations);
    return out;
}

QString ChangePlan::describe(const Rule &r)
{
    QString what = toApiString(r.protocol);
    if (hasPorts(r.protocol))
        what += u' ' + r.ports.toString();
    QString text = r.isIngress() ? tr("%1 %2 %3 from %4, priority %5") : tr("%1 %2 %3 to %4, priority %5");
    text = text.arg(toApiString(r.direction), toApiString(r.policy), what, r.peer.text(), QString::number(r.priority));
    if (!r.local().isNone())
        text += u' ' + (r.isIngress() ? tr("to %1").arg(r.local().text()) : tr("from %1").arg(r.local().text()));
    if (r.sourcePorts())
        text += u' ' + tr("source ports %1").arg(r.sourcePorts()->toString());
    if (r.nicType == NicType::Internet)
        text += u' ' + tr("(internet NIC)");
    if (!r.description.isEmpty())
        text += QStringLiteral(", \"%1\"").arg(r.description);
    return text;
}

QString ChangePlan::toText() const
{
    QString out;
    const QString group = live.securityGroupId.isEmpty() ? target.securityGroupId : live.securityGroupId;
    if (isEmpty()) {
        out += tr("No change: %1 in %2 already holds the %n rule(s) of the file.", nullptr, int(unchanged.size()))
                   .arg(group, live.regionId)
            + u'\n';
        return out;
    }
    out += tr("Plan for %1 in %2: %3 to modify, %4 to authorize, %5 to revoke; %6 unchanged.")
               .arg(group, live.regionId)
               .arg(modifications.size())
               .arg(authorizations.size())
               .arg(replacedFirst.size() + revocations.size())
               .arg(unchanged.size())
        + u'\n';
    for (const Modification &m : modifications) {
        out += QStringLiteral("  ~ ") + tr("modify %1: %2").arg(m.before.id, describe(m.before)) + u'\n';
        for (const QString &field : m.fields) {
            out += QStringLiteral("      %1: %2 -> %3\n")
                       .arg(field, quoted(fieldValue(m.before, field)), quoted(fieldValue(m.after, field)));
        }
    }
    for (const Rule &r : replacedFirst)
        out += QStringLiteral("  - ") + tr("revoke %1 (replaced below): %2").arg(r.id, describe(r)) + u'\n';
    for (const Addition &a : authorizations)
        out += QStringLiteral("  + ") + tr("authorize (file rule %1): %2").arg(a.targetPosition).arg(describe(a.rule)) + u'\n';
    for (const Rule &r : revocations)
        out += QStringLiteral("  - ") + tr("revoke %1: %2").arg(r.id, describe(r)) + u'\n';
    return out;
}

} // namespace sg
