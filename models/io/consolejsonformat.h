// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

namespace sg {

// `console-json`: the ECS console's JSON export and import. The layout is not publicly documented
// (reference 4.2): reading accepts a bare array of permissions, {"Permissions":[...]} and
// {"Permissions":{"Permission":[...]}} with keys and values in any case. Writing uses the API's
// field names: {"RegionId", "SecurityGroupId", "Permissions":[...]}, at most 200 rules a file.
class ConsoleJsonFormat final : public RuleFormat
{
public:
    ConsoleJsonFormat();
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;
    QString write(const Document &document, QIODevice &device) const override;
};

} // namespace sg
