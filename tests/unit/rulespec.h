// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compact rule sets for analysis tests: one rule per line,
//   "in accept tcp 22 0.0.0.0/0 p1", "out drop all - ::/0 p5 nodesc", "in accept tcp 6817-6819 sg-x p1 id=sgr-1"
// fields: direction (in|out), policy, protocol, ports ("22", "6817-6819", "-" for none), peer, priority (pN);
// options: nodesc, id=..., local=CIDR, sport=A-B, services=a,b.

#include "core/ruleset.h"

#include <QStringList>
#include <QTest>

namespace spec {

inline sg::Rule rule(const QString &text)
{
    using namespace sg;
    const QStringList f = text.split(u' ', Qt::SkipEmptyParts);
    if (f.size() < 6)
        qFatal("bad rule spec: %s", qPrintable(text));
    Rule r;
    r.direction = f[0] == u"in" ? Direction::Ingress : Direction::Egress;
    r.policy = *policyFromString(f[1]);
    r.protocol = *protocolFromString(f[2]);
    if (f[3] != u"-") {
        const auto range = PortRange::parseLenient(f[3]);
        if (!range.range)
            qFatal("bad ports in spec: %s", qPrintable(text));
        r.ports = *range.range;
    }
    const auto peer = Endpoint::parse(f[4]);
    if (!peer.endpoint)
        qFatal("bad peer in spec: %s", qPrintable(text));
    r.peer = *peer.endpoint;
    r.priority = f[5].mid(1).toInt();
    r.description = QStringLiteral("test rule");
    for (qsizetype i = 6; i < f.size(); ++i) {
        const QString &option = f[i];
        if (option == u"nodesc")
            r.description.clear();
        else if (option.startsWith(u"id="))
            r.id = option.mid(3);
        else if (option.startsWith(u"local="))
            r.setLocal(*Endpoint::parse(option.mid(6)).endpoint);
        else if (option.startsWith(u"sport="))
            r.setSourcePorts(*PortRange::parseLenient(option.mid(6)).range);
        else if (option.startsWith(u"services="))
            r.services = option.mid(9).split(u',');
        else
            qFatal("bad option in spec: %s", qPrintable(text));
    }
    return r;
}

inline sg::RuleSet rules(const QStringList &lines, sg::GroupType type = sg::GroupType::Basic,
                         sg::Policy inner = sg::Policy::Accept, const QString &groupId = QStringLiteral("sg-own"))
{
    sg::RuleSet set;
    set.group.securityGroupId = groupId;
    set.group.type = type;
    set.group.innerAccessPolicy = inner;
    set.group.innerAccessPolicyGiven = true; // as a file that names it
    for (const QString &line : lines)
        set.rules.append(rule(line));
    return set;
}

} // namespace spec
