// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

// `ros`: a Resource Orchestration Service template in JSON or YAML (reference 4.5), read the same
// either way. One group per ALIYUN::ECS::SecurityGroup (named by its logical id while it has no
// id) with its inline SecurityGroupIngress/SecurityGroupEgress lists; ALIYUN::ECS::SecurityGroup-
// Ingress/Egress and SecurityGroupIngresses/Egresses (Permissions lists) join the group their
// SecurityGroupId names (Ref or Fn::GetAtt of a template group, a literal id, a parameter's
// value). Functions are evaluated with RosEvaluator (--param values first); what cannot be decided
// keeps its rule and is reported as an UnresolvedValue. Each rule's Rule::resource is its logical
// id ("WebSg.SecurityGroupIngress[2]" for an inline rule). JSON objects have no order, so resources
// are read in the natural order of their names ("Rule2" before "Rule10"). Writes one
// SecurityGroupIngress or SecurityGroupEgress resource per rule, named Rule001, Rule002, ... so
// that the order survives, with the group id as a parameter.
class RosFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::RosFormat)

public:
    RosFormat();
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;
    QString write(const Document &document, QIODevice &device) const override;

protected:
    Parsed<Workspace> readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const override;
};

} // namespace sg
