// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"
#include "plan/setupplan.h"

#include <optional>

namespace sg {

// What a file holds: always a rule set; the project document also carries the plan it was built
// from and the reviewer's notes.
struct Document
{
    RuleSet ruleSet;
    std::optional<SetupPlan> plan;
    QString notes;

    friend bool operator==(const Document &, const Document &) = default;
};

} // namespace sg
