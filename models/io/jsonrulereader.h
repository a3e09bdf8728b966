// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "workspace/workspace.h"

#include <QIODevice>

namespace sg::detail {

// The JSON shapes that carry permissions. The reader is tolerant: every layout accepts keys in any
// case and the permission list as a bare array, {"Permissions":[...]} or {"Permissions":{"Permission":[...]}}.
enum class JsonLayout {
    ApiResponse, // DescribeSecurityGroupAttribute: group fields at the top level
    Console,     // the console's export; layout unconfirmed (reference 4.2)
    Project,     // SG Assist's own document: format, version, group, plan, notes, rules
};

// Streams a rule file with simdjson's on-demand parser: no tree is built, so a 100,000-rule file
// costs little more memory than its own bytes. Every problem is reported with the file, the line
// and the rule number; at most ProblemCollector::Cap are kept, followed by a count of the rest.
Parsed<Document> readJsonRules(QIODevice &device, const QString &fileName, JsonLayout layout);
// The same, keeping every group: a version 2 project holds several, with the network interfaces.
Parsed<Workspace> readJsonWorkspace(QIODevice &device, const QString &fileName, JsonLayout layout);

} // namespace sg::detail
