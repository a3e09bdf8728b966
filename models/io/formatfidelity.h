// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"

namespace sg {

// What a file format keeps of a rule set: writing `set` in format `formatId` and reading it back
// gives exactly keptBy(formatId, set). Only SG Assist's project keeps the services a rule serves;
// console JSON and ROS keep no group name, description or VPC, console CSV no group at all (the
// console names it in the file name), ROS no region or rule ids (and names each rule by its
// resource, Rule001, ...), and the API response no group type.
RuleSet keptBy(const QString &formatId, RuleSet set);

} // namespace sg
