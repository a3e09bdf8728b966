// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include "core/ruleset.h"

#include <QList>

#include <optional>
#include <span>

namespace sg {

// Per rule, the indexes of the findings that name it: one flat list for all the rules, not a list
// per rule (100,000 rules would mean 100,000 allocations).
class RuleFindingIndex
{
public:
    qsizetype size() const { return m_starts.isEmpty() ? 0 : m_starts.size() - 1; }
    bool isEmpty() const { return size() == 0; }
    // Indexes into AnalysisResult::findings of the findings of rule `rule` (0-based), ascending.
    std::span<const int> at(qsizetype rule) const
    {
        return std::span<const int>(m_findings.constData() + m_starts.at(rule), size_t(m_starts.at(rule + 1) - m_starts.at(rule)));
    }
    std::span<const int> operator[](qsizetype rule) const { return at(rule); }

private:
    friend struct AnalysisResult;
    QList<int> m_starts;   // ruleCount + 1 offsets into m_findings
    QList<int> m_findings; // finding indexes, rule after rule
};

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
    RuleFindingIndex ruleFindings;
    // The rule set analysed (shared with the caller's: its rules are not copied), whose rules the
    // findings' messages describe: message(finding) reads them.
    RuleSet ruleSet;

    QString message(const Finding &finding) const { return finding.message(ruleSet); }

    // Findings of a severity, suppressed ones (accepted in a baseline) left out.
    int count(Severity severity) const;
    // Findings at or above a severity, suppressed ones left out: what `check --fail-on` looks at.
    int countAtLeast(Severity severity) const;
    int suppressedCount() const;
    // Fills ruleSeverity and ruleFindings from findings, for a rule set of ruleCount rules.
    void index(qsizetype ruleCount);
};

} // namespace sg
