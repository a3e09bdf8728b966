// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputvaluecheck.h"

#include "core/endpoint.h"
#include "io/permissioncodec.h"
#include "io/terraformschema.h"

#include <QRegularExpression>

namespace sg {
namespace {

using Kind = WorkspaceInput::Kind;

bool isOneOf(const QString &type, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return type.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0; });
}

bool isGroupField(const QString &field)
{
    return field == u"security_group_id" || field.compare(QLatin1StringView("SecurityGroupId"), Qt::CaseInsensitive) == 0;
}

// The API field a rule argument (Terraform) or property (ROS) becomes; cidr_ip is checked as a
// source, which is checked as a destination would be.
std::optional<PermissionField> ruleField(const QString &field)
{
    for (const TerraformSchema::RuleAttribute &attribute : TerraformSchema::ruleAttributes) {
        if (attribute.name == field)
            return attribute.ingress;
    }
    return permissionFieldForKey(field.toUtf8());
}

// The codec's own verdict on one field given alone, every other field counting as open.
QString fieldProblem(PermissionField field, const QString &value)
{
    PermissionRecord record;
    record.setString(field, value);
    QSet<PermissionField> open;
    for (int f = 0; f < PermissionFieldCount; ++f) {
        if (PermissionField(f) != field)
            open.insert(PermissionField(f));
    }
    Diagnostics problems;
    PermissionCodec::decode(record, SourceLocation{}, problems, Direction::Ingress, open);
    for (const Diagnostic &d : std::as_const(problems)) {
        if (d.isError())
            return d.message;
    }
    return {};
}

QString useProblem(const UnresolvedValue &use, const QString &value)
{
    if (isGroupField(use.field))
        return Endpoint::parseAs(Endpoint::Kind::SecurityGroup, value.trimmed()).error;
    if (use.field == u"count") {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        return ok && n >= 0 && n <= 10000 ? QString() : InputValueCheck::tr("not a whole number from 0 to 10000");
    }
    if (const std::optional<PermissionField> field = ruleField(use.field))
        return fieldProblem(*field, value);
    return {};
}

QString typeProblem(const WorkspaceInput &input, const QString &value)
{
    const QString text = value.trimmed();
    const QString type = input.type.trimmed();
    if (isOneOf(type, {"number"})) {
        bool ok = false;
        text.toDouble(&ok);
        if (!ok)
            return InputValueCheck::tr("not a number; %1 is of type %2").arg(input.name, type);
    } else if (isOneOf(type, {"bool", "boolean"})) {
        if (!isOneOf(text, {"true", "false"}))
            return InputValueCheck::tr("neither true nor false; %1 is of type %2").arg(input.name, type);
    }
    if (!input.allowedValues.isEmpty() && !input.allowedValues.contains(text))
        return InputValueCheck::tr("not one of the values the template allows: %1").arg(input.allowedValues.join(QStringLiteral(", ")));
    if (!input.allowedPattern.isEmpty()) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(input.allowedPattern));
        if (pattern.isValid() && !pattern.match(text).hasMatch())
            return InputValueCheck::tr("does not match the pattern the template allows: %1").arg(input.allowedPattern);
    }
    return {};
}

QString fieldHint(const QString &field)
{
    if (isGroupField(field))
        return InputValueCheck::tr("a security group id, such as sg-bp1example");
    const std::optional<PermissionField> f = ruleField(field);
    if (!f)
        return {};
    using F = PermissionField;
    switch (*f) {
    case F::SourceCidrIp:
    case F::DestCidrIp: return InputValueCheck::tr("an IPv4 address or CIDR block, such as 192.0.2.0/24");
    case F::Ipv6SourceCidrIp:
    case F::Ipv6DestCidrIp: return InputValueCheck::tr("an IPv6 address or CIDR block, such as 2001:db8::/32");
    case F::SourceGroupId:
    case F::DestGroupId: return InputValueCheck::tr("a security group id, such as sg-bp1example");
    case F::SourcePrefixListId:
    case F::DestPrefixListId: return InputValueCheck::tr("a prefix list id, such as pl-bp1example");
    case F::PortRange: return InputValueCheck::tr("a port range, such as 22/22 or 8000/8080");
    case F::IpProtocol: return InputValueCheck::tr("a protocol: tcp, udp, icmp, icmpv6, gre or all");
    case F::Policy: return InputValueCheck::tr("accept or drop");
    case F::Priority: return InputValueCheck::tr("a priority from 1 to 100");
    case F::Direction: return InputValueCheck::tr("ingress or egress");
    default: break;
    }
    return {};
}

} // namespace

QString InputValueCheck::problem(const WorkspaceInput &input, const QList<UnresolvedValue> &uses, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    if (QString problem = typeProblem(input, value); !problem.isEmpty())
        return problem;
    for (const UnresolvedValue &use : uses) {
        if (!use.inputIsValue || use.input != input.name)
            continue;
        if (const QString problem = useProblem(use, value); !problem.isEmpty()) {
            const QString owner = use.resource.isEmpty() ? use.expression : use.resource;
            return tr("%1 (the value of %2 in %3)").arg(problem, use.field, owner);
        }
    }
    return {};
}

QString InputValueCheck::hint(const WorkspaceInput &input, const QList<UnresolvedValue> &uses)
{
    for (const UnresolvedValue &use : uses) {
        if (use.inputIsValue && use.input == input.name) {
            if (const QString hint = fieldHint(use.field); !hint.isEmpty())
                return hint;
        }
    }
    if (!input.allowedValues.isEmpty())
        return tr("one of: %1").arg(input.allowedValues.join(QStringLiteral(", ")));
    if (isOneOf(input.type.trimmed(), {"number"}))
        return tr("a number");
    if (isOneOf(input.type.trimmed(), {"bool", "boolean"}))
        return tr("true or false");
    if (isOneOf(input.type.trimmed(), {"CommaDelimitedList"}))
        return tr("values separated by commas");
    return {};
}

} // namespace sg
