// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

// `terraform`: HCL with one `alicloud_security_group_rule` resource per rule (reference 4.4),
// protocols in lower case, resource names derived from the rule so that they stay stable when
// other rules change ("ingress_tcp_22_22_203_0_113_10_32", "_2", "_3" for repeats). Write only.
class TerraformFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::TerraformFormat)

public:
    TerraformFormat();
    QString write(const Document &document, QIODevice &device) const override;
    // The resource has no argument for a source port range or a local address: such rules are
    // refused rather than silently widened. Descriptions that NFC would change get a warning.
    Diagnostics checkWritable(const Document &document) const override;

    // An HCL quoted string literal for any text: quotes, backslashes and control characters
    // escaped, "${" written "$${" and "%{" written "%%{" so that nothing is interpolated. HCL
    // normalises strings to Unicode NFC (even \u escapes), so the text is written in NFC.
    static QString hclString(QStringView text);
    // The resource name for a rule, before repeats get a suffix.
    static QString resourceName(const Rule &rule);
};

} // namespace sg
