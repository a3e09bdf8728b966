// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sg::Limits {

// Alibaba Cloud's limits on security group rules (reference section 3), in one place: readers,
// writers, the builder, the analyzer, the change plan and the window's status bar all count
// against these.

// Rules in one console import or export file (JSON or CSV).
inline constexpr int RulesPerConsoleFile = 200;
// Permissions (or rule ids) in one AuthorizeSecurityGroup[Egress] / Revoke call.
inline constexpr int PermissionsPerCall = 100;
// Rules of all the groups of one network interface together.
inline constexpr int RulesPerInterface = 1000;
// Rules that reference another security group, in a basic group.
inline constexpr int GroupReferencesPerBasicGroup = 20;

} // namespace sg::Limits
