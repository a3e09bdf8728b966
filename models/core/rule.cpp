// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule.h"

namespace sg {

QString Rule::peerFieldName() const
{
    const QString side = isIngress() ? QStringLiteral("Source") : QStringLiteral("Dest");
    switch (peer.kind()) {
    case Endpoint::Kind::Ipv4: return side + QStringLiteral("CidrIp");
    case Endpoint::Kind::Ipv6: return QStringLiteral("Ipv6") + side + QStringLiteral("CidrIp");
    case Endpoint::Kind::SecurityGroup: return side + QStringLiteral("GroupId");
    case Endpoint::Kind::PrefixList: return side + QStringLiteral("PrefixListId");
    case Endpoint::Kind::None: break;
    }
    return side + QStringLiteral("CidrIp");
}

QList<Rule::Problem> Rule::problems() const
{
    QList<Problem> out;
    if (const QString portProblem = ports.problemWith(protocol); !portProblem.isEmpty())
        out.append({QStringLiteral("PortRange"), portProblem});
    if (peer.isNone()) {
        out.append({peerFieldName(),
                    isIngress() ? tr("a source is required: an address or CIDR block, a security group or a prefix list")
                                : tr("a destination is required: an address or CIDR block, a security group or a prefix list")});
    }
    if (priority < MinPriority || priority > MaxPriority)
        out.append({QStringLiteral("Priority"), tr("priority %1 is out of range: use 1 to 100 (1 is evaluated first)").arg(priority)});
    if (description.size() > MaxDescriptionLength)
        out.append({QStringLiteral("Description"), tr("the description has %1 characters; at most 512 are allowed").arg(description.size())});
    if (protocol == Protocol::Icmpv6 && peer.kind() == Endpoint::Kind::Ipv4)
        out.append({QStringLiteral("IpProtocol"), tr("ICMPv6 needs an IPv6 peer, not %1").arg(peer.text())});
    if (protocol == Protocol::Icmp && peer.kind() == Endpoint::Kind::Ipv6)
        out.append({QStringLiteral("IpProtocol"), tr("ICMP is IPv4 only; use ICMPv6 for %1").arg(peer.text())});
    if (const Endpoint &own = local(); !own.isNone() && peer.isAddress() && own.isAddress() && own.kind() != peer.kind())
        out.append({QStringLiteral("DestCidrIp"), tr("the local address %1 and the peer %2 are of different IP versions").arg(own.text(), peer.text())});
    if (const std::optional<PortRange> &from = sourcePorts()) {
        if (const QString sp = from->problemWith(protocol); !sp.isEmpty())
            out.append({QStringLiteral("SourcePortRange"), sp});
    }
    return out;
}

bool Rule::sameEffect(const Rule &other) const
{
    return direction == other.direction && policy == other.policy && protocol == other.protocol
        && ports == other.ports && peer == other.peer && priority == other.priority
        && nicType == other.nicType && local() == other.local() && sourcePorts() == other.sourcePorts();
}

} // namespace sg
