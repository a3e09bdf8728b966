// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rule.h"

#include <QList>
#include <QString>

namespace sg {

// The security group a rule set belongs to (DescribeSecurityGroupAttribute's top level).
struct GroupInfo
{
    QString regionId;
    QString securityGroupId;
    QString name;
    QString description;
    QString vpcId;
    GroupType type = GroupType::Basic;
    Policy innerAccessPolicy = Policy::Accept; // basic groups: members reach each other when Accept
    // Whether the file named the policy, or it is the API's default: only for what reports say
    // about it, so not part of the group's identity (a file written and read back names it).
    bool innerAccessPolicyGiven = false;

    friend bool operator==(const GroupInfo &a, const GroupInfo &b)
    {
        return a.regionId == b.regionId && a.securityGroupId == b.securityGroupId && a.name == b.name
            && a.description == b.description && a.vpcId == b.vpcId && a.type == b.type
            && a.innerAccessPolicy == b.innerAccessPolicy;
    }
};

// The rules of one security group, in file order (positions are what findings refer to, 1-based).
struct RuleSet
{
    GroupInfo group;
    QList<Rule> rules;

    // The rule at a 1-based position, as findings name rules; nullptr outside 1..size.
    const Rule *ruleAt(int position) const { return position >= 1 && position <= rules.size() ? &rules.at(position - 1) : nullptr; }
    // Its SecurityGroupRuleId; "" when it has none or there is no such rule.
    QString ruleIdAt(int position) const
    {
        const Rule *rule = ruleAt(position);
        return rule ? rule->id : QString();
    }

    friend bool operator==(const RuleSet &, const RuleSet &) = default;
};

} // namespace sg
