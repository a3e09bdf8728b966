// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

namespace sg {

// `ros`: a Resource Orchestration Service template in JSON (reference 4.5). Reads
// ALIYUN::ECS::SecurityGroupIngress/Egress, SecurityGroupIngresses/Egresses (Permissions lists) and
// the inline SecurityGroupIngress/SecurityGroupEgress lists of ALIYUN::ECS::SecurityGroup. JSON
// objects have no order, so resources are read in the natural order of their names ("Rule2"
// before "Rule10"). Writes one SecurityGroupIngress or SecurityGroupEgress resource per rule,
// named Rule001, Rule002, ... so that the order survives, with the group id as a parameter.
class RosFormat final : public RuleFormat
{
public:
    QString id() const override { return QStringLiteral("ros"); }
    QString displayName() const override;
    QString suffix() const override { return QStringLiteral("json"); }
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;
    QString write(const Document &document, QIODevice &device) const override;
};

} // namespace sg
