// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "core/rule.h"
#include "jsonwriter.h"
#include "permissionrecord.h"

#include <QList>
#include <QSet>
#include <utility>

namespace sg {

// Converts between a Rule and the API's Permission fields. The one place where field names,
// defaults and validation of a permission live; every reader and writer goes through it.
namespace PermissionCodec {

// Validates a record exactly as the API would and returns the rule, or nullopt after appending at
// least one error to `diagnostics` (each naming `where` and the field). Defaults follow the API:
// Policy accept, Priority 1; NicType defaults to intranet (every E-HPC cluster is in a VPC).
std::optional<Rule> decode(const PermissionRecord &record, const SourceLocation &where,
                           Diagnostics &diagnostics, Direction defaultDirection = Direction::Ingress);
// The same for a rule some of whose fields a template or configuration leaves open (an unset
// variable): those count as absent, without "missing" errors or checks that depend on them, and
// the rule comes back with what is known. The caller decides what an open field means.
std::optional<Rule> decode(const PermissionRecord &record, const SourceLocation &where, Diagnostics &diagnostics,
                           Direction defaultDirection, const QSet<PermissionField> &unknown);

// The API fields of a rule in the API's order, values as the API takes them on input
// ("accept", "TCP", "1"). With includeEmpty, the unset peer fields are listed with "" as
// DescribeSecurityGroupAttribute prints them. Direction and the rule id are included.
QList<std::pair<PermissionField, QString>> fields(const Rule &rule, bool includeEmpty);

struct JsonStyle
{
    bool includeEmpty = true; // every field, "" when unset (DescribeSecurityGroupAttribute)
    bool includeDirection = true;
    bool includeRuleId = true;
    bool includeServices = false;  // SG Assist's "Services" and "Resource" extensions
    bool capitalised = false;      // "Accept", "Drop" as the API prints them
    bool priorityAsString = false; // the SDK's model types Priority as a string
};
// Writes the rule as one permission object.
void writeJson(const Rule &rule, JsonWriter &writer, const JsonStyle &style);

} // namespace PermissionCodec
} // namespace sg
