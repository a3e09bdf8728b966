// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"

#include <vector>

namespace sg {

// For each rule, the 0-based index of the earlier rule with the same effect (Rule::sameEffect:
// description and id aside), or -1. O(n log n): rules are hashed on what sameEffect compares and
// sorted by hash.
std::vector<int> findDuplicates(const RuleSet &set);

} // namespace sg
