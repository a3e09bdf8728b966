// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesetdiff.h"

#include "analyzer.h"
#include "checkinfo.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace sg {
namespace {

QString portsText(const std::optional<PortRange> &range)
{
    return range ? range->toString() : QString();
}

// What a rule matches, without its decision: pairs a rule whose policy or priority changed.
QString matchKey(const Rule &r)
{
    return toApiString(r.direction) + u'|' + toApiString(r.protocol) + u'|' + r.ports.toString() + u'|'
        + r.peer.canonical().toLower() + u'|' + r.local().canonical().toLower() + u'|' + portsText(r.sourcePorts());
}

// Everything about a rule but its id.
QString contentKey(const Rule &r)
{
    return matchKey(r) + u'|' + toApiString(r.policy) + u'|' + QString::number(r.priority) + u'|'
        + toApiString(r.nicType) + u'|' + r.description + u'|' + r.services.join(u',');
}

QString identity(const Rule &r)
{
    return r.id.isEmpty() ? QString(u"content:" + contentKey(r)) : QString(u"id:" + r.id);
}

QStringList changedFields(const Rule &a, const Rule &b)
{
    QStringList out;
    if (a.direction != b.direction)
        out.append(QStringLiteral("Direction"));
    if (a.policy != b.policy)
        out.append(QStringLiteral("Policy"));
    if (a.protocol != b.protocol)
        out.append(QStringLiteral("IpProtocol"));
    if (a.ports != b.ports)
        out.append(QStringLiteral("PortRange"));
    if (!(a.peer == b.peer) || a.peer.kind() != b.peer.kind())
        out.append(b.peerFieldName());
    if (a.priority != b.priority)
        out.append(QStringLiteral("Priority"));
    if (a.nicType != b.nicType)
        out.append(QStringLiteral("NicType"));
    if (!(a.local() == b.local()))
        out.append(b.isIngress() ? QStringLiteral("DestCidrIp") : QStringLiteral("SourceCidrIp"));
    if (a.sourcePorts() != b.sourcePorts())
        out.append(QStringLiteral("SourcePortRange"));
    if (a.description != b.description)
        out.append(QStringLiteral("Description"));
    if (a.services != b.services)
        out.append(QStringLiteral("Services"));
    return out;
}

// The fields of a rule that say what traffic it matches and decides (not its description or
// services): in how many of them two rules differ. Protocol and ports count as one, as one edit of
// the protocol (to ICMP, say) changes the ports with it.
int semanticDifferences(const Rule &a, const Rule &b)
{
    return int(a.policy != b.policy) + int(a.protocol != b.protocol || a.ports != b.ports)
        + int(!(a.peer == b.peer) || a.peer.kind() != b.peer.kind()) + int(a.priority != b.priority)
        + int(a.nicType != b.nicType) + int(!(a.local() == b.local())) + int(a.sourcePorts() != b.sourcePorts());
}

// Rules without ids (wizard-built, console CSV, Terraform) that are left unpaired are matched by
// position and content: a rule edited in one cell (its source, its ports, its policy) is "changed",
// not removed and added. Each unpaired old rule looks for the unpaired new rule nearest to where
// its old neighbour went, among those of its direction that differ in one such field at most.
void pairEditedRules(const RuleSet &before, const RuleSet &after, QList<int> &pairOfBefore, QList<int> &pairOfAfter)
{
    constexpr int MaxDifferences = 1;
    constexpr int Window = 64; // candidates looked at on each side of the expected position
    QList<int> open;           // unpaired new rules without ids, ascending
    for (int j = 0; j < int(after.rules.size()); ++j) {
        if (pairOfAfter[j] < 0 && after.rules.at(j).id.isEmpty())
            open.append(j);
    }
    if (open.isEmpty())
        return;
    for (int i = 0; i < int(before.rules.size()); ++i) {
        const Rule &old = before.rules.at(i);
        if (pairOfBefore[i] >= 0 || !old.id.isEmpty())
            continue;
        // Where the rule should be now: after the new place of the rule before it.
        const int expected = i > 0 && pairOfBefore[i - 1] >= 0 ? pairOfBefore[i - 1] + 1 : i;
        const auto middle = std::lower_bound(open.cbegin(), open.cend(), expected) - open.cbegin();
        int best = -1;
        int bestScore = std::numeric_limits<int>::max();
        for (qsizetype k = std::max<qsizetype>(0, middle - Window); k < std::min(open.size(), middle + Window); ++k) {
            const int j = open[k];
            if (pairOfAfter[j] >= 0 || after.rules.at(j).direction != old.direction)
                continue;
            const int differences = semanticDifferences(old, after.rules.at(j));
            if (differences > MaxDifferences)
                continue;
            const int score = differences * 1000000 + std::abs(j - expected);
            if (score < bestScore) {
                bestScore = score;
                best = j;
            }
        }
        if (best >= 0) {
            pairOfBefore[i] = best;
            pairOfAfter[best] = i;
        }
    }
}

QString findingKey(const Finding &f, const RuleSet &set)
{
    QString key = f.check.toString() + u'|' + toId(f.severity);
    // Limits are about the group as a whole: the same limit exceeded is the same finding.
    if (checkInfo(f.check.toString()).category == u"limits")
        return key;
    for (int position : f.rules) {
        if (const Rule *rule = set.ruleAt(position))
            key += u'|' + identity(*rule);
    }
    return key;
}

// Findings of `from` whose key `other` does not have as often.
QList<Finding> missingFrom(const QList<Finding> &from, const RuleSet &fromSet, const QList<Finding> &other,
                           const RuleSet &otherSet)
{
    QHash<QString, int> available;
    for (const Finding &f : other)
        ++available[findingKey(f, otherSet)];
    QList<Finding> out;
    for (const Finding &f : from) {
        int &count = available[findingKey(f, fromSet)];
        if (count > 0)
            --count;
        else
            out.append(f);
    }
    return out;
}

} // namespace

RuleSetDiff diffRuleSets(const RuleSet &before, const RuleSet &after, const ServiceCatalogue &catalogue)
{
    RuleSetDiff diff;
    const GroupInfo &a = before.group;
    const GroupInfo &b = after.group;
    auto noteGroup = [&](const char *field, const QString &from, const QString &to) {
        if (from != to)
            diff.groupChanges.append(QStringLiteral("%1: %2 -> %3").arg(QLatin1StringView(field), from, to));
    };
    noteGroup("SecurityGroupId", a.securityGroupId, b.securityGroupId);
    noteGroup("RegionId", a.regionId, b.regionId);
    noteGroup("VpcId", a.vpcId, b.vpcId);
    noteGroup("SecurityGroupType", toApiString(a.type), toApiString(b.type));
    noteGroup("InnerAccessPolicy", toApiString(a.innerAccessPolicy), toApiString(b.innerAccessPolicy));

    const qsizetype nb = before.rules.size();
    const qsizetype na = after.rules.size();
    QList<int> pairOfBefore(nb, -1);
    QList<int> pairOfAfter(na, -1);
    auto pairBy = [&](auto keyOf, bool (*eligible)(const Rule &)) {
        QMultiHash<QString, int> candidates;
        for (int j = int(na) - 1; j >= 0; --j) { // inserted last-first so values() come in file order
            if (pairOfAfter[j] < 0 && eligible(after.rules.at(j)))
                candidates.insert(keyOf(after.rules.at(j)), j);
        }
        for (int i = 0; i < int(nb); ++i) {
            if (pairOfBefore[i] >= 0 || !eligible(before.rules.at(i)))
                continue;
            const QString key = keyOf(before.rules.at(i));
            for (auto it = candidates.find(key); it != candidates.end() && it.key() == key; ++it) {
                if (pairOfAfter[*it] < 0) {
                    pairOfBefore[i] = *it;
                    pairOfAfter[*it] = i;
                    candidates.erase(it);
                    break;
                }
            }
        }
    };
    pairBy([](const Rule &r) { return r.id; }, [](const Rule &r) { return !r.id.isEmpty(); });
    pairBy(contentKey, [](const Rule &) { return true; });
    pairBy(matchKey, [](const Rule &) { return true; });
    pairEditedRules(before, after, pairOfBefore, pairOfAfter);

    for (int i = 0; i < int(nb); ++i) {
        if (pairOfBefore[i] < 0) {
            diff.removed.append(i + 1);
            continue;
        }
        const QStringList fields = changedFields(before.rules.at(i), after.rules.at(pairOfBefore[i]));
        if (!fields.isEmpty())
            diff.changed.append({i + 1, pairOfBefore[i] + 1, fields});
    }
    for (int j = 0; j < int(na); ++j) {
        if (pairOfAfter[j] < 0)
            diff.added.append(j + 1);
    }

    const Analyzer analyzer(catalogue);
    const AnalysisResult old = analyzer.analyze(before);
    const AnalysisResult now = analyzer.analyze(after);
    diff.introduced = missingFrom(now.findings, after, old.findings, before);
    diff.resolved = missingFrom(old.findings, before, now.findings, after);
    return diff;
}

} // namespace sg
