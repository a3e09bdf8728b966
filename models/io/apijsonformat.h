// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

namespace sg {

// `api-json`: the response of DescribeSecurityGroupAttribute, as `aliyun ecs
// DescribeSecurityGroupAttribute` prints it (reference section 4.1).
class ApiJsonFormat final : public RuleFormat
{
public:
    ApiJsonFormat();
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;
    QString write(const Document &document, QIODevice &device) const override;
};

} // namespace sg
