// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/limits.h"
#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

// `console-json`: the ECS console's JSON export and import. The layout is not publicly documented
// (reference 4.2): reading accepts a bare array of permissions, {"Permissions":[...]} and
// {"Permissions":{"Permission":[...]}} with keys and values in any case. Writing uses the API's
// field names: {"RegionId", "SecurityGroupId", "Permissions":[...]}, at most 200 rules a file.
class ConsoleJsonFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::ConsoleJsonFormat)

public:
    static constexpr int MaxRules = Limits::RulesPerConsoleFile;

    QString id() const override { return QStringLiteral("console-json"); }
    QString displayName() const override;
    QString suffix() const override { return QStringLiteral("json"); }
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    int maxRulesPerFile() const override { return MaxRules; }
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;
    QString write(const Document &document, QIODevice &device) const override;
};

} // namespace sg
