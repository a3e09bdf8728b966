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
    ruleFindings = QList<QList<int>>(ruleCount);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        for (int position : f.rules) {
            if (position < 1 || position > ruleCount)
                continue;
            std::optional<Severity> &worst = ruleSeverity[position - 1];
            if (!f.suppressed() && (!worst || *worst < f.severity))
                worst = f.severity;
            QList<int> &list = ruleFindings[position - 1];
            if (list.isEmpty() || list.constLast() != int(i))
                list.append(int(i));
        }
    }
}

} // namespace sg
