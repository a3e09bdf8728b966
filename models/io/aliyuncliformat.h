// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/limits.h"
#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

// `aliyun-cli`: a bash script of `aliyun ecs AuthorizeSecurityGroup` / `AuthorizeSecurityGroupEgress`
// calls, at most 100 permissions each (reference 4.3). Runs without prompting under
// `set -euo pipefail`; `--dry-run` as the first argument prints the calls instead. Every value is
// single-quoted, and values that start with "-" use the --Name=value form the CLI requires, so no
// description can run a command or pass as an option. Write only.
class AliyunCliFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::AliyunCliFormat)

public:
    static constexpr int MaxPermissionsPerCall = Limits::PermissionsPerCall;

    AliyunCliFormat();
    QString write(const Document &document, QIODevice &device) const override;
    Diagnostics checkWritable(const Document &document) const override;

    // A bash word that is exactly `text`: 'text' with every ' written '\'', or, when the text holds
    // control characters, $'text' with \\ \' \n \r \t and \xHH escapes.
    static QString shellQuote(QStringView text);
};

} // namespace sg
