// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The formats rules are exchanged in with Alibaba Cloud and its tools (DESIGN section 7): the API,
// the console, Terraform, ROS, the aliyun CLI and the SDKs, and the network interface listings that
// say which groups an interface carries. One class each, in the order of the FormatRegistry, each
// implemented in its own file (apijsonformat.cpp, consolejsonformat.cpp, ...). SG Assist's own
// document is ProjectFormat (projectformat.h).
#pragma once

#include "core/limits.h"
#include "ruleformat.h"

#include <QCoreApplication>

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

// `console-csv`: the ECS console's CSV export and import. The console's column headers are not
// publicly documented (reference 4.2): columns are found by header name in any order, in English
// (the API field names and common labels) or Chinese; the whole mapping is the table at the top of
// consolecsvformat.cpp. Written files use the API field names as headers, UTF-8 with a byte order
// mark (so spreadsheets see UTF-8) and CRLF line ends, at most 200 rules each.
class ConsoleCsvFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::ConsoleCsvFormat)

public:
    ConsoleCsvFormat();
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;
    QString write(const Document &document, QIODevice &device) const override;

    // Formula-injection guard, reversible: a cell that starts with = + - @ a tab or a carriage
    // return (a spreadsheet would run it as a formula), or with an apostrophe, is written with an
    // apostrophe in front ("=1+1" -> "'=1+1", "-1/-1" -> "'-1/-1", "'x" -> "''x"). Reading removes
    // exactly one leading apostrophe, so every text comes back as it was.
    static QString protectCell(const QString &text);
    static QString unprotectCell(const QString &cell);
};

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

// `sdk-requests`: the request bodies a program hands to an Alibaba Cloud SDK, as a JSON array of
// {"action", "regionId", "securityGroupId", "permissions": [...]}: ingress and egress in separate
// requests (AuthorizeSecurityGroup / AuthorizeSecurityGroupEgress), at most 100 permissions each,
// permission fields with the API's names and Priority as a string, as the SDK's model types it.
// Write only.
class SdkRequestsFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::SdkRequestsFormat)

public:
    static constexpr int MaxPermissionsPerRequest = Limits::PermissionsPerCall;

    SdkRequestsFormat();
    QString write(const Document &document, QIODevice &device) const override;
    Diagnostics checkWritable(const Document &document) const override;
};

// `network-interfaces`: which security groups each network interface carries, from the responses of
// DescribeNetworkInterfaces (NetworkInterfaceSets.NetworkInterfaceSet[]) and DescribeInstances
// (Instances.Instance[]: the instance's groups are those of its primary interface). Several pages
// are several files; the workspace loader merges them. Holds no rules: read alone it gives a
// workspace with interfaces and no groups.
class NetworkInterfacesFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::NetworkInterfacesFormat)

public:
    NetworkInterfacesFormat();
    int sniff(QByteArrayView head) const override;
    // A file of interfaces is no rule set: read() explains how to open it.
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;

protected:
    Parsed<Workspace> readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const override;
};

} // namespace sg
