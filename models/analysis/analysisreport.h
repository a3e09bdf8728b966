// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisresult.h"

#include <QIODevice>
#include <QString>

namespace sg {

// The reports of `sgassist-cli check` (DESIGN section 8), also used by the GUI's export. Each
// writer streams to a device and returns an empty string, or the reason it failed.
namespace AnalysisReport {

// {"input", "ruleCount", "findings":[{"check","severity","rules","ruleIds","message","recommendation"}],
//  "counts":{"critical","high","medium","low","info"}}
QString writeJson(const AnalysisResult &result, const QString &input, qsizetype ruleCount, QIODevice &device);

// For people: a summary line, then the findings grouped by severity, most severe first.
QString writeText(const AnalysisResult &result, const QString &input, qsizetype ruleCount, QIODevice &device);

// SARIF 2.1.0: one run, the check catalogue as the driver's rules, a result per finding located at
// the input file and, logically, at the rule ("rules[3]", fully qualified by its rule id). Readers do
// not report where in the file a rule is, so results carry no region (the Multitool's SARIF2017
// warning); the Multitool reports no errors.
QString writeSarif(const AnalysisResult &result, const QString &input, QIODevice &device);

// The SARIF level of a severity: critical and high "error", medium "warning", low and info "note".
QString sarifLevel(Severity severity);

} // namespace AnalysisReport
} // namespace sg
