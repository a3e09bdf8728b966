// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "permissionrecord.h"

#include <QLatin1StringView>

#include <array>

// The alicloud provider's resources as SG Assist reads them, shared by the readers of
// `terraform show -json` output and of .tf files (reference 4.4).
namespace sg::TerraformSchema {

inline constexpr QLatin1StringView RuleType("alicloud_security_group_rule");
inline constexpr QLatin1StringView GroupType("alicloud_security_group");

// An argument of alicloud_security_group_rule and the API fields it becomes. For `type = "egress"`,
// cidr_ip and its siblings name the destination.
struct RuleAttribute
{
    QLatin1StringView name;
    PermissionField ingress;
    PermissionField egress;
};

inline constexpr std::array ruleAttributes{
    RuleAttribute{QLatin1StringView("type"), PermissionField::Direction, PermissionField::Direction},
    RuleAttribute{QLatin1StringView("ip_protocol"), PermissionField::IpProtocol, PermissionField::IpProtocol},
    RuleAttribute{QLatin1StringView("port_range"), PermissionField::PortRange, PermissionField::PortRange},
    RuleAttribute{QLatin1StringView("cidr_ip"), PermissionField::SourceCidrIp, PermissionField::DestCidrIp},
    RuleAttribute{QLatin1StringView("ipv6_cidr_ip"), PermissionField::Ipv6SourceCidrIp, PermissionField::Ipv6DestCidrIp},
    RuleAttribute{QLatin1StringView("source_security_group_id"), PermissionField::SourceGroupId, PermissionField::DestGroupId},
    RuleAttribute{QLatin1StringView("source_group_owner_account"), PermissionField::SourceGroupOwnerAccount,
                  PermissionField::DestGroupOwnerAccount},
    RuleAttribute{QLatin1StringView("prefix_list_id"), PermissionField::SourcePrefixListId, PermissionField::DestPrefixListId},
    RuleAttribute{QLatin1StringView("policy"), PermissionField::Policy, PermissionField::Policy},
    RuleAttribute{QLatin1StringView("priority"), PermissionField::Priority, PermissionField::Priority},
    RuleAttribute{QLatin1StringView("nic_type"), PermissionField::NicType, PermissionField::NicType},
    RuleAttribute{QLatin1StringView("description"), PermissionField::Description, PermissionField::Description},
    RuleAttribute{QLatin1StringView("security_group_rule_id"), PermissionField::SecurityGroupRuleId,
                  PermissionField::SecurityGroupRuleId},
};

} // namespace sg::TerraformSchema
