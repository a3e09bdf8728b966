// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisresult.h"

#include <algorithm>

namespace sg {

int AnalysisResult::count(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity && !f.suppressed(); }));
}

int AnalysisResult::countAtLeast(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &f) { return f.severity >= severity && !f.suppressed(); }));
}

int AnalysisResult::suppressedCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.suppressed(); }));
}

void AnalysisResult::index(qsizetype ruleCount)
{
    ruleSeverity = QList<std::optional<Severity>>(ruleCount);
    // Counted first, then filled: two passes over the findings, a few allocations in all.
    QList<int> &starts = ruleFindings.m_starts;
    starts = QList<int>(ruleCount + 1, 0);
    QList<int> last(ruleCount, -1); // the last finding counted for each rule: a rule named twice counts once
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        for (int position : f.rules) {
            if (position < 1 || position > ruleCount || last[position - 1] == int(i))
                continue;
            last[position - 1] = int(i);
            ++starts[position];
            std::optional<Severity> &worst = ruleSeverity[position - 1];
            if (!f.suppressed() && (!worst || *worst < f.severity))
                worst = f.severity;
        }
    }
    for (qsizetype r = 0; r < ruleCount; ++r)
        starts[r + 1] += starts[r];
    QList<int> &indexes = ruleFindings.m_findings;
    indexes = QList<int>(starts.constLast());
    QList<int> next = starts.first(ruleCount);
    last.fill(-1);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        for (int position : findings.at(i).rules) {
            if (position < 1 || position > ruleCount || last[position - 1] == int(i))
                continue;
            last[position - 1] = int(i);
            indexes[next[position - 1]++] = int(i);
        }
    }
}

} // namespace sg
