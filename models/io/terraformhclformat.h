// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

// `terraform-hcl`: Terraform configuration (.tf files) read without running Terraform. A file, or
// a folder's .tf files together as one root module, with variables (--var, --var-file,
// terraform.tfvars, *.auto.tfvars, defaults), locals, count and for_each. One group per
// alicloud_security_group instance, named by its address; each alicloud_security_group_rule joins
// the group its security_group_id names (a literal id, or a reference such as
// alicloud_security_group.web.id), and its Rule::resource is its address. Rules are listed in
// address order, as `terraform show -json` lists them. What cannot be known before apply keeps its
// rule and is reported as an UnresolvedValue and a warning; it is never guessed. Read only: the
// `terraform` format writes HCL.
class TerraformHclFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::TerraformHclFormat)

public:
    TerraformHclFormat();
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;
    // Several .tf files read together as one module (a folder); options.moduleFiles are ignored.
    static Parsed<Workspace> readModule(const QList<SourceText> &files, const ReadOptions &options);

protected:
    // The device is one .tf file; options.moduleFiles are the other files of its folder, whose
    // variables and locals it may use.
    Parsed<Workspace> readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const override;
};

} // namespace sg
