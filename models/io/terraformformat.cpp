// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

#include "writerutil.h"

#include <QSet>

#include <algorithm>

namespace sg {
namespace {

// Lower-case letters and digits; every other run of characters becomes one underscore.
QString identifierPart(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9'))
            out += lower;
        else if (!out.isEmpty() && !out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out;
}

// The provider argument that carries the peer of this rule.
QString peerArgument(const Rule &rule)
{
    switch (rule.peer.kind()) {
    case Endpoint::Kind::Ipv6: return QStringLiteral("ipv6_cidr_ip");
    case Endpoint::Kind::SecurityGroup: return QStringLiteral("source_security_group_id");
    case Endpoint::Kind::PrefixList: return QStringLiteral("prefix_list_id");
    case Endpoint::Kind::Ipv4:
    case Endpoint::Kind::None: break;
    }
    return QStringLiteral("cidr_ip");
}

// One block of `name = value` lines with the equals signs aligned, as `terraform fmt` does.
void writeBlock(QString &out, const QList<std::pair<QString, QString>> &lines)
{
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size());
    for (const auto &[name, value] : lines)
        out += QStringLiteral("  ") + name.leftJustified(width) + QStringLiteral(" = ") + value + u'\n';
}

} // namespace

TerraformFormat::TerraformFormat()
    : RuleFormat({.id = "terraform", .displayName = QT_TRANSLATE_NOOP("sg::RuleFormat", "Terraform (HCL)"), .suffix = "tf", .writes = true})
{
}

QString TerraformFormat::hclString(QStringView input)
{
    // HCL normalises every string to Unicode NFC, escapes included; write what Terraform will see.
    const QString text = input.toString().normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool opensTemplate = i + 1 < text.size() && text[i + 1] == u'{';
        switch (c.unicode()) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'$': out += opensTemplate ? QStringLiteral("$$") : QStringLiteral("$"); break;
        case u'%': out += opensTemplate ? QStringLiteral("%%") : QStringLiteral("%"); break;
        default: detail::appendEscaped(out, c, QLatin1StringView("\\u"), 4);
        }
    }
    out += u'"';
    return out;
}

QString TerraformFormat::resourceName(const Rule &rule)
{
    QStringList parts{toApiString(rule.direction), toApiString(rule.protocol).toLower()};
    if (!rule.ports.isNone())
        parts << QString::number(rule.ports.first()) << QString::number(rule.ports.last());
    if (const QString peer = identifierPart(rule.peer.text()); !peer.isEmpty())
        parts << peer;
    if (rule.policy == Policy::Drop)
        parts << QStringLiteral("drop");
    return parts.join(u'_');
}

Diagnostics TerraformFormat::checkWritable(const Document &document) const
{
    Diagnostics out;
    for (qsizetype i = 0; i < document.ruleSet.rules.size(); ++i) {
        const Rule &rule = document.ruleSet.rules[i];
        const int number = int(i + 1);
        const auto at = [number](const QString &field) { return SourceLocation{QString(), 0, 0, number, field}; };
        if (rule.sourcePorts()) {
            out.append(Diagnostic::error(at(QStringLiteral("SourcePortRange")),
                                         tr("alicloud_security_group_rule has no source port range; "
                                            "this rule cannot be written as Terraform")));
        }
        if (rule.description.normalized(QString::NormalizationForm_C) != rule.description) {
            out.append(Diagnostic::warning(at(QStringLiteral("Description")),
                                           tr("Terraform reads every string in Unicode normal form C; "
                                              "the description is written normalised")));
        }
        if (!rule.local().isNone()) {
            out.append(Diagnostic::error(at(rule.isIngress() ? QStringLiteral("DestCidrIp") : QStringLiteral("SourceCidrIp")),
                                         tr("alicloud_security_group_rule has no local address; "
                                            "this rule cannot be written as Terraform")));
        }
    }
    return out;
}

QString TerraformFormat::write(const Document &document, QIODevice &device) const
{
    if (const Diagnostics problems = checkWritable(document); hasErrors(problems))
        return problems.first().toString();
    const RuleSet &set = document.ruleSet;
    const QString group = set.group.securityGroupId;
    QString out;
    out += QStringLiteral("# Generated by SG Assist: %1").arg(detail::ruleCountSummary(set));
    if (!group.isEmpty())
        out += QStringLiteral(" for security group %1").arg(detail::commentSafe(group));
    if (!set.group.regionId.isEmpty())
        out += QStringLiteral(" in %1").arg(detail::commentSafe(set.group.regionId));
    out += QStringLiteral(".\n");
    out += QStringLiteral("# Each rule is one alicloud_security_group_rule; the provider and its region are configured elsewhere.\n");
    if (group.isEmpty()) {
        out += QStringLiteral("\nvariable \"security_group_id\" {\n"
                              "  type        = string\n"
                              "  description = \"The security group the rules are added to\"\n"
                              "}\n");
    }
    QSet<QString> used;
    for (const Rule &rule : set.rules) {
        const QString base = resourceName(rule);
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = base + u'_' + QString::number(n);
        used.insert(name);

        QList<std::pair<QString, QString>> lines{
            {QStringLiteral("type"), hclString(toApiString(rule.direction))},
            {QStringLiteral("ip_protocol"), hclString(toApiString(rule.protocol).toLower())},
            {QStringLiteral("port_range"), hclString(rule.ports.toString())},
            {peerArgument(rule), hclString(rule.peer.text())},
        };
        if (!rule.peerOwnerAccount().isEmpty())
            lines.append({QStringLiteral("source_group_owner_account"), hclString(rule.peerOwnerAccount())});
        lines.append({QStringLiteral("policy"), hclString(toApiString(rule.policy))});
        lines.append({QStringLiteral("priority"), QString::number(rule.priority)});
        lines.append({QStringLiteral("nic_type"), hclString(toApiString(rule.nicType))});
        lines.append({QStringLiteral("security_group_id"),
                      group.isEmpty() ? QStringLiteral("var.security_group_id") : hclString(group)});
        if (!rule.description.isEmpty())
            lines.append({QStringLiteral("description"), hclString(rule.description)});
        out += QStringLiteral("\nresource \"alicloud_security_group_rule\" \"%1\" {\n").arg(name);
        writeBlock(out, lines);
        out += QStringLiteral("}\n");
    }
    const QByteArray bytes = out.toUtf8();
    if (device.write(bytes) != bytes.size())
        return device.errorString();
    return {};
}

} // namespace sg
