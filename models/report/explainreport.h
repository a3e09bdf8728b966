// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/enievaluator.h"

#include <QIODevice>

namespace sg {

// The reports of `sgassist-cli explain`.
namespace ExplainReport {

// "ALLOWED" or "DENIED", then the explanation.
QString writeText(const EniDecision &decision, QIODevice &device);
// {"allowed", "decidingRule" (1-based within its group, or null), "reason" ("rule", "default",
//  "intra-group"), "explanation", "decidingGroup" ("" when no rule decides), "decidingRuleId"
//  (null when no rule decides, "" for a rule without an id)}
QString writeJson(const EniDecision &decision, QIODevice &device);

} // namespace ExplainReport
} // namespace sg
