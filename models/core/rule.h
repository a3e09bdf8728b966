// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "portrange.h"
#include "rarefields.h"
#include "ruleenums.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace sg {

// The fields few rules set: the 5-tuple refinements and another account's group.
struct RuleRefinements
{
    Endpoint local;
    std::optional<PortRange> sourcePorts;
    QString peerOwnerAccount;

    friend bool operator==(const RuleRefinements &, const RuleRefinements &) = default;
};

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
    NicType nicType = NicType::Intranet;
    int priority = 1;
    PortRange ports;
    Endpoint peer; // source of an ingress rule, destination of an egress rule
    QString description;
    QString id;           // SecurityGroupRuleId (sgr-...), empty for rules not yet created
    QStringList services; // catalogue ids of the services the rule was built for
    // The rule's name in the file it came from: a Terraform address ("alicloud_security_group_rule.ssh"),
    // a ROS logical id ("SshIngress"); empty when the format has none (API output, console files).
    QString resource;

    // Optional 5-tuple refinements, unset (none / nullopt) in the common case, and the account of a
    // peer group in another account: out of line (a region holds 180,000 rules, and these would
    // take a third of each). Read and set them through the accessors below.
    RareFields<RuleRefinements> refinements;

    // DestCidrIp of an ingress rule, SourceCidrIp of an egress one.
    const Endpoint &local() const { return refinements->local; }
    void setLocal(const Endpoint &local)
    {
        if (refinements.isSet() || !local.isNone()) // readers set every field of every rule
            refinements.edit().local = local;
    }
    // SourcePortRange.
    const std::optional<PortRange> &sourcePorts() const { return refinements->sourcePorts; }
    void setSourcePorts(const std::optional<PortRange> &range)
    {
        if (refinements.isSet() || range)
            refinements.edit().sourcePorts = range;
    }
    // SourceGroupOwnerAccount / DestGroupOwnerAccount.
    const QString &peerOwnerAccount() const { return refinements->peerOwnerAccount; }
    void setPeerOwnerAccount(const QString &account)
    {
        if (refinements.isSet() || !account.isEmpty())
            refinements.edit().peerOwnerAccount = account;
    }

    bool isIngress() const { return direction == Direction::Ingress; }
    // The API field the peer goes into: "SourceCidrIp", "Ipv6DestCidrIp", "SourceGroupId", ...
    QString peerFieldName() const;
    // True when the rule narrows matching beyond protocol, ports and peer.
    bool hasRefinements() const { return !local().isNone() || sourcePorts().has_value(); }

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
