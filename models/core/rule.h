// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "portrange.h"
#include "ruleenums.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace sg {

// One security group rule, with the fields of the API's Permission (reference section 1).
// A plain value: all fields are typed and already parsed; Rule::problems() says what the API
// would still refuse (a protocol/port mismatch, a priority out of range, ...).
struct Rule
{
    Q_DECLARE_TR_FUNCTIONS(sg::Rule)

public:
    static constexpr int MinPriority = 1;
    static constexpr int MaxPriority = 100;
    static constexpr int MaxDescriptionLength = 512;

    Direction direction = Direction::Ingress;
    Policy policy = Policy::Accept;
    Protocol protocol = Protocol::Tcp;
    PortRange ports;
    Endpoint peer; // source of an ingress rule, destination of an egress rule
    int priority = 1;
    NicType nicType = NicType::Intranet;
    QString description;
    QString id;           // SecurityGroupRuleId (sgr-...), empty for rules not yet created
    QStringList services; // catalogue ids of the services the rule was built for
    // The rule's name in the file it came from: a Terraform address ("alicloud_security_group_rule.ssh"),
    // a ROS logical id ("SshIngress"); empty when the format has none (API output, console files).
    QString resource;

    // Optional 5-tuple refinements; unset (none / nullopt) in the common case.
    Endpoint local;                       // DestCidrIp of an ingress rule, SourceCidrIp of an egress one
    std::optional<PortRange> sourcePorts; // SourcePortRange
    QString peerOwnerAccount;             // SourceGroupOwnerAccount / DestGroupOwnerAccount

    bool isIngress() const { return direction == Direction::Ingress; }
    // The API field the peer goes into: "SourceCidrIp", "Ipv6DestCidrIp", "SourceGroupId", ...
    QString peerFieldName() const;
    // True when the rule narrows matching beyond protocol, ports and peer.
    bool hasRefinements() const { return !local.isNone() || sourcePorts.has_value(); }

    // Every reason the API would refuse this rule, as (field, message) pairs; empty when valid.
    struct Problem
    {
        QString field;
        QString message;
    };
    QList<Problem> problems() const;

    // Same traffic, same decision: what the API treats as an identical rule (description aside).
    bool sameEffect(const Rule &other) const;
    friend bool operator==(const Rule &, const Rule &) = default;
};

} // namespace sg

// Every member is relocatable (Qt containers, Endpoint, std::optional of a POD): QList<Rule> may grow
// with realloc() instead of moving each rule, which matters for files of a million rules.
Q_DECLARE_TYPEINFO(sg::Rule, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(sg::Rule)
