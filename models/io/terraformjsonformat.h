// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

// `terraform-json`: what `terraform show -json` prints for a state (values.root_module) or a plan
// (planned_values.root_module), child modules included; also a raw terraform.tfstate (version 4).
// Reads every `alicloud_security_group` and `alicloud_security_group_rule` resource (reference 4.4). Read only: the `terraform`
// format writes HCL.
class TerraformJsonFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::TerraformJsonFormat)

public:
    TerraformJsonFormat();
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;

protected:
    // One group per alicloud_security_group resource (named by its address until it has an id) and
    // per security_group_id the rules name; in a plan, a rule whose group id is unknown joins the
    // group its configuration refers to (expressions.security_group_id.references).
    Parsed<Workspace> readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const override;
};

} // namespace sg
