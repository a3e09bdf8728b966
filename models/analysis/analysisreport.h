// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisresult.h"
#include "workspace/workspace.h"
#include "workspace/workspaceanalyzer.h"

#include <QIODevice>
#include <QString>

namespace sg {

// The reports of `sgassist-cli check` (DESIGN section 8), also used by the GUI's export. Each
// writer streams to a device and returns an empty string, or the reason it failed.
namespace AnalysisReport {

// {"input", "ruleCount" (all groups), "groups":[{"id","name","source","ruleCount"}],
//  "findings":[{"check","severity","group","resource","rules","ruleIds","message","recommendation",
//               "mitigated" (when true), "reachableOn" (when interfaces are known),
//               "suppressed": true and "suppression": {"reason", "expires"} (when a baseline accepts it)}],
//  "counts":{"critical","high","medium","low","info"} (suppressed findings left out),
//  "suppressed": N (when a baseline accepts any)}. A group's id is its SecurityGroupId, or its
// name in the source while it has none; rules are 1-based positions within the group.
QString writeJson(const Workspace &workspace, const WorkspaceAnalysis &analysis, const QString &input, QIODevice &device);

// For people: a summary line, then the findings grouped by severity, most severe first, each with
// its group (when there are several) and the rule's name in its source; findings a baseline accepts
// come last, under their own heading, with the exemption's reason.
// `colour` marks the severity headings with ANSI colours (for a terminal).
QString writeText(const Workspace &workspace, const WorkspaceAnalysis &analysis, const QString &input, QIODevice &device,
                  bool colour = false);

// SARIF 2.1.0: one run, the check catalogue as the driver's rules, a result per finding located at
// its group's file and, logically, at the group and the rule ("sg-1/sgr-2" or "WebSg/rules[3]").
// Readers do not report where in the file a rule is, so results carry no region (the Multitool's
// SARIF2017 warning); the Multitool reports no errors. A finding a baseline accepts carries SARIF's
// "suppressions": [{"kind": "external", "status": "accepted", "justification": reason}].
QString writeSarif(const Workspace &workspace, const WorkspaceAnalysis &analysis, const QString &input, QIODevice &device);

// The SARIF level of a severity: critical and high "error", medium "warning", low and info "note".
QString sarifLevel(Severity severity);

} // namespace AnalysisReport
} // namespace sg
