// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QList>

#include <optional>

namespace sg {

// Everything Analyzer::analyze() found in one rule set, indexed both ways: by finding and by rule.
struct AnalysisResult
{
    // Sorted by severity (most severe first), then by first rule (group-level findings, with no
    // rule, come after the rule findings of their severity), then by check id.
    QList<Finding> findings;
    // Per rule (index = position - 1): the highest severity among the findings whose `rules` name
    // it; std::nullopt when no finding does. relatedRules and suppressed findings do not count.
    QList<std::optional<Severity>> ruleSeverity;
    // Per rule (index = position - 1): indexes into `findings` of the findings whose `rules` name it.
    QList<QList<int>> ruleFindings;

    // Findings of a severity, suppressed ones (accepted in a baseline) left out.
    int count(Severity severity) const;
    // Findings at or above a severity, suppressed ones left out: what `check --fail-on` looks at.
    int countAtLeast(Severity severity) const;
    int suppressedCount() const;
    // Fills ruleSeverity and ruleFindings from findings, for a rule set of ruleCount rules.
    void index(qsizetype ruleCount);
};

} // namespace sg
