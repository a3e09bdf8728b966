// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyevaluator.h"

#include "catalogue/workbenchranges.h"

#include "precedence.h"
#include "trafficclass.h"

#include <limits>

namespace sg {
namespace {

enum class Match {
    No,
    Yes,
    Maybe
};

TrafficClass classOf(Protocol protocol, const Endpoint &source)
{
    switch (protocol) {
    case Protocol::Tcp: return TrafficClass::Tcp;
    case Protocol::Udp: return TrafficClass::Udp;
    case Protocol::Icmp: // ICMP from an IPv6 source is ICMPv6
        return source.kind() == Endpoint::Kind::Ipv6 ? TrafficClass::Icmpv6 : TrafficClass::Icmp;
    case Protocol::Icmpv6: return TrafficClass::Icmpv6;
    case Protocol::Gre: return TrafficClass::Gre;
    case Protocol::All: return TrafficClass::Other;
    }
    return TrafficClass::Other;
}

bool protocolMatches(const Rule &rule, TrafficClass traffic, int port)
{
    if (rule.protocol != Protocol::All) {
        const std::span<const TrafficClass> classes = trafficClassesOf(rule.protocol);
        if (classes.front() != traffic)
            return false;
    }
    // A TCP/UDP rule without a range is invalid for the API; read it as every port (conservative).
    return !hasPorts(traffic) || rule.protocol == Protocol::All || rule.ports.isNone() || rule.ports.contains(port);
}

Match peerMatches(const Rule &rule, const Endpoint &source)
{
    const Endpoint &peer = rule.peer;
    if (source.isAddress()) {
        if (peer.isAddress())
            return peer.contains(source) ? Match::Yes : Match::No;
        return peer.isReference() ? Match::Maybe : Match::No;
    }
    // The source is a group (or prefix list): rules naming it match; 0.0.0.0/0 matches every group
    // member; any other peer may or may not contain some member.
    if (peer == source)
        return Match::Yes;
    if (source.kind() == Endpoint::Kind::SecurityGroup && peer.kind() == Endpoint::Kind::Ipv4 && peer.isUniversal())
        return Match::Yes;
    return peer.isNone() ? Match::No : Match::Maybe;
}

QString trafficPhrase(const TrafficQuery &q, TrafficClass traffic)
{
    QString what;
    if (q.protocol == Protocol::All)
        what = PolicyEvaluator::tr("traffic of a protocol no rule names (such as ESP)");
    else if (hasPorts(traffic))
        what = displayName(traffic) + u' ' + QString::number(q.port);
    else
        what = displayName(traffic);
    return q.direction == Direction::Ingress ? PolicyEvaluator::tr("inbound %1 from %2").arg(what, q.source.text())
                                             : PolicyEvaluator::tr("outbound %1 to %2").arg(what, q.source.text());
}

QString ruleSummary(const Rule &r, int position)
{
    QString what = r.protocol == Protocol::All ? PolicyEvaluator::tr("all protocols") : toApiString(r.protocol);
    if (hasPorts(r.protocol))
        what += u' ' + (r.ports.isNone() ? PolicyEvaluator::tr("all ports") : r.ports.toDisplayString());
    const QString peer = r.isIngress() ? PolicyEvaluator::tr("from %1").arg(r.peer.text()) : PolicyEvaluator::tr("to %1").arg(r.peer.text());
    const QString id = r.id.isEmpty() ? QString() : r.id + QStringLiteral(", ");
    return PolicyEvaluator::tr("rule %1 (%2%3 %4 %5, priority %6)")
        .arg(QString::number(position), id, toApiString(r.policy), what, peer, QString::number(r.priority));
}

// "4, 7, 9" - the first ten, then how many there are in all.
QString positions(const QList<int> &list)
{
    constexpr qsizetype Shown = 10;
    QStringList out;
    for (int p : list.mid(0, Shown))
        out.append(QString::number(p));
    QString text = out.join(QStringLiteral(", "));
    if (list.size() > Shown)
        text += PolicyEvaluator::tr(", ... (%1 in all)").arg(list.size());
    return text;
}

} // namespace

QString toId(Decision::Reason reason)
{
    switch (reason) {
    case Decision::Reason::Rule: return QStringLiteral("rule");
    case Decision::Reason::Default: return QStringLiteral("default");
    case Decision::Reason::IntraGroup: return QStringLiteral("intra-group");
    }
    Q_UNREACHABLE();
    return QString();
}

QString PolicyEvaluator::sourceNote(const TrafficQuery &query)
{
    if (query.direction != Direction::Ingress)
        return {};
    const WorkbenchRanges &workbench = WorkbenchRanges::builtIn();
    const QString service = workbench.describe(query.source);
    if (service.isEmpty())
        return {};
    return tr("The source is in a range of %1, as documented in %2.").arg(service, workbench.taken());
}

PolicyEvaluator::PolicyEvaluator(const RuleSet &set)
    : m_set(set)
{
}

Decision PolicyEvaluator::evaluate(const TrafficQuery &q) const
{
    Decision d;
    if (q.source.isNone()) {
        d.explanation = tr("Denied: the question names no source or destination.");
        return d;
    }
    const TrafficClass traffic = classOf(q.protocol, q.source);
    if (hasPorts(traffic) && (q.port < PortRange::MinPort || q.port > PortRange::MaxPort)) {
        d.explanation = tr("Denied: a %1 question needs a port from 1 to 65535.").arg(displayName(traffic));
        return d;
    }

    int best = -1;
    quint32 bestKey = std::numeric_limits<quint32>::max();
    int tieAccept = -1; // an accept of the deciding drop's priority that also matches
    struct Uncertain
    {
        int index;
        quint32 key;
    };
    QList<Uncertain> uncertain;
    for (int i = 0; i < int(m_set.rules.size()); ++i) {
        const Rule &r = m_set.rules.at(i);
        if (r.direction != q.direction || !protocolMatches(r, traffic, q.port))
            continue;
        Match match = peerMatches(r, q.source);
        if (match == Match::Yes && r.hasRefinements())
            match = Match::Maybe;
        if (match == Match::No)
            continue;
        const quint32 key = precedenceKey(r);
        if (match == Match::Maybe) {
            uncertain.append({i, key});
            continue;
        }
        if (key < bestKey) {
            bestKey = key;
            best = i;
        }
    }
    if (best >= 0) {
        const Rule &winner = m_set.rules.at(best);
        for (int i = 0; i < int(m_set.rules.size()) && winner.policy == Policy::Drop; ++i) {
            const Rule &r = m_set.rules.at(i);
            if (r.policy == Policy::Accept && r.priority == winner.priority && r.direction == q.direction
                && protocolMatches(r, traffic, q.port) && peerMatches(r, q.source) == Match::Yes && !r.hasRefinements()) {
                tieAccept = i;
                break;
            }
        }
    }

    const GroupInfo &g = m_set.group;
    const bool basic = g.type == GroupType::Basic;
    const QString what = trafficPhrase(q, traffic);
    if (best >= 0) {
        const Rule &winner = m_set.rules.at(best);
        d.allowed = winner.policy == Policy::Accept;
        d.decidingRule = best + 1;
        d.reason = Decision::Reason::Rule;
        d.explanation = (d.allowed ? tr("Allowed: %1 is decided by %2, the first matching rule in evaluation order.")
                                   : tr("Denied: %1 is decided by %2, the first matching rule in evaluation order."))
                            .arg(what, ruleSummary(winner, best + 1));
        if (tieAccept >= 0) {
            d.explanation += u' ' + tr("Rule %1 accepts it at the same priority, but at equal priority a drop beats an accept.").arg(tieAccept + 1);
        }
    } else {
        d.reason = Decision::Reason::Default;
        const bool fromOwnGroup = q.direction == Direction::Ingress && q.source.kind() == Endpoint::Kind::SecurityGroup
            && !g.securityGroupId.isEmpty() && q.source.text().compare(g.securityGroupId, Qt::CaseInsensitive) == 0;
        if (q.direction == Direction::Egress) {
            d.allowed = basic;
            d.explanation = basic ? tr("Allowed: no rule matches %1, and a basic security group allows outbound traffic by default.").arg(what)
                                  : tr("Denied: no rule matches %1, and an enterprise security group denies outbound traffic by default.").arg(what);
        } else if (fromOwnGroup && basic && g.innerAccessPolicy == Policy::Accept) {
            d.allowed = true;
            d.reason = Decision::Reason::IntraGroup;
            d.explanation = tr("Allowed: no rule matches %1, and members of the basic security group %2 reach each other because its InnerAccessPolicy is Accept.")
                                .arg(what, g.securityGroupId);
        } else if (fromOwnGroup && basic) {
            d.explanation = tr("Denied: no rule matches %1; the group's InnerAccessPolicy is Drop, so its members get no access to each other by default.").arg(what);
        } else if (fromOwnGroup) {
            d.explanation = tr("Denied: no rule matches %1; an enterprise security group gives its members no access to each other by default.").arg(what);
        } else {
            d.explanation = tr("Denied: no rule matches %1, and inbound traffic is denied by default.").arg(what);
        }
    }

    // Rules whose match is unknown matter when they come first and would decide the other way.
    for (const Uncertain &u : std::as_const(uncertain)) {
        const bool accepts = m_set.rules.at(u.index).policy == Policy::Accept;
        if (u.key < bestKey && accepts != d.allowed)
            d.uncertainRules.append(u.index + 1);
    }
    if (!d.uncertainRules.isEmpty()) {
        d.explanation += u' '
            + (d.uncertainRules.size() == 1
                   ? tr("Rule %1 comes first and would decide otherwise if it matches, which depends on what the question does not say (membership of a security group or prefix list, the local address or the source port).")
                   : tr("Rules %1 come first and would decide otherwise if they match, which depends on what the question does not say (membership of a security group or prefix list, the local address or the source port)."))
                  .arg(positions(d.uncertainRules));
    }
    if (const QString note = sourceNote(q); !note.isEmpty())
        d.explanation += u' ' + note;
    return d;
}

} // namespace sg
