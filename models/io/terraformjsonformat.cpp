// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terraformjsonformat.h"

#include "fileio.h"
#include "jsonrulereader.h"
#include "jsonutil.h"
#include "permissioncodec.h"
#include "writerutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <array>

namespace sg {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sg::TerraformJsonFormat", text);
}

constexpr QLatin1StringView ResourceType("alicloud_security_group_rule");

// The provider's arguments and the API fields they become. For `type = "egress"`, cidr_ip and its
// siblings name the destination (reference 4.4).
struct Attribute
{
    QLatin1StringView name;
    PermissionField ingress;
    PermissionField egress;
};

using F = PermissionField;
constexpr std::array attributes{
    Attribute{QLatin1StringView("type"), F::Direction, F::Direction},
    Attribute{QLatin1StringView("ip_protocol"), F::IpProtocol, F::IpProtocol},
    Attribute{QLatin1StringView("port_range"), F::PortRange, F::PortRange},
    Attribute{QLatin1StringView("cidr_ip"), F::SourceCidrIp, F::DestCidrIp},
    Attribute{QLatin1StringView("ipv6_cidr_ip"), F::Ipv6SourceCidrIp, F::Ipv6DestCidrIp},
    Attribute{QLatin1StringView("source_security_group_id"), F::SourceGroupId, F::DestGroupId},
    Attribute{QLatin1StringView("source_group_owner_account"), F::SourceGroupOwnerAccount, F::DestGroupOwnerAccount},
    Attribute{QLatin1StringView("prefix_list_id"), F::SourcePrefixListId, F::DestPrefixListId},
    Attribute{QLatin1StringView("policy"), F::Policy, F::Policy},
    Attribute{QLatin1StringView("priority"), F::Priority, F::Priority},
    Attribute{QLatin1StringView("nic_type"), F::NicType, F::NicType},
    Attribute{QLatin1StringView("description"), F::Description, F::Description},
    Attribute{QLatin1StringView("security_group_rule_id"), F::SecurityGroupRuleId, F::SecurityGroupRuleId},
};

PermissionRecord::Value valueOf(const QJsonValue &value)
{
    using Type = PermissionRecord::Value::Type;
    switch (value.type()) {
    case QJsonValue::String: return {Type::String, value.toString(), 0};
    case QJsonValue::Double: return {Type::Number, QString::number(value.toDouble(), 'g', 17), value.toDouble()};
    case QJsonValue::Bool: return {Type::Boolean, json::typeName(value), 0};
    case QJsonValue::Array:
    case QJsonValue::Object: return {Type::Other, json::typeName(value), 0};
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

class Walker
{
    // The same context as the file's tr() helper, so that lupdate files the messages where they are looked up.
    Q_DECLARE_TR_FUNCTIONS(sg::TerraformJsonFormat)

public:
    Walker(const QString &fileName, Parsed<Document> &out) : m_file(fileName), m_out(out) {}

    void run(const QJsonObject &root)
    {
        const QJsonValue values = json::valueIgnoringCase(root, QLatin1StringView("values"));
        const QJsonValue planned = json::valueIgnoringCase(root, QLatin1StringView("planned_values"));
        const QJsonValue resources = json::valueIgnoringCase(root, QLatin1StringView("resources"));
        if (values.isObject()) {
            module(json::valueIgnoringCase(values.toObject(), QLatin1StringView("root_module")), QStringLiteral("values.root_module"));
        } else if (planned.isObject()) {
            module(json::valueIgnoringCase(planned.toObject(), QLatin1StringView("root_module")),
                   QStringLiteral("planned_values.root_module"));
        } else if (resources.isArray() && json::containsIgnoringCase(root, QLatin1StringView("terraform_version"))) {
            rawState(resources.toArray());
        } else {
            report(SourceLocation{m_file, 1, 1},
                   tr("no \"values\" or \"planned_values\": this is not what `terraform show -json` prints"));
            return;
        }
        detail::settleGroupId(m_groups, m_file, QStringLiteral("security_group_id"), m_out);
    }

private:
    void report(const SourceLocation &where, const QString &message)
    {
        if (m_out.diagnostics.size() < detail::MaxDiagnostics)
            m_out.diagnostics.append(Diagnostic::error(where, message));
    }

    // Recursion is bounded: QJsonDocument refuses documents nested deeper than 1024 levels.
    void module(const QJsonValue &value, const QString &path)
    {
        if (value.isUndefined() || value.isNull())
            return; // an empty state has no root_module at all
        if (!value.isObject()) {
            report(SourceLocation{m_file, 0, 0, 0, path}, tr("must be an object, not %1").arg(json::typeName(value)));
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonValue resources = json::valueIgnoringCase(object, QLatin1StringView("resources"));
        if (resources.isArray()) {
            const QJsonArray list = resources.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject resource = list.at(i).toObject();
                if (!isRuleResource(resource))
                    continue;
                const QString address = json::valueIgnoringCase(resource, QLatin1StringView("address")).toString();
                const QString where = address.isEmpty() ? QStringLiteral("%1.resources[%2]").arg(path).arg(i) : address;
                rule(json::valueIgnoringCase(resource, QLatin1StringView("values")), where);
            }
        } else if (!resources.isUndefined()) {
            report(SourceLocation{m_file, 0, 0, 0, path + QStringLiteral(".resources")},
                   tr("must be an array, not %1").arg(json::typeName(resources)));
        }
        const QJsonValue children = json::valueIgnoringCase(object, QLatin1StringView("child_modules"));
        if (children.isArray()) {
            const QJsonArray list = children.toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                module(list.at(i), QStringLiteral("%1.child_modules[%2]").arg(path).arg(i));
        }
    }

    // terraform.tfstate itself: resources[].instances[].attributes.
    void rawState(const QJsonArray &resources)
    {
        for (const QJsonValue &item : resources) {
            const QJsonObject resource = item.toObject();
            if (!isRuleResource(resource))
                continue;
            const QString module = json::valueIgnoringCase(resource, QLatin1StringView("module")).toString();
            const QString name = json::valueIgnoringCase(resource, QLatin1StringView("name")).toString();
            const QString base = (module.isEmpty() ? QString() : module + u'.') + ResourceType + u'.' + name;
            const QJsonArray instances = json::valueIgnoringCase(resource, QLatin1StringView("instances")).toArray();
            for (qsizetype i = 0; i < instances.size(); ++i) {
                const QJsonObject instance = instances.at(i).toObject();
                const QJsonValue key = json::valueIgnoringCase(instance, QLatin1StringView("index_key"));
                QString address = base;
                if (key.isDouble())
                    address += u'[' + QString::number(key.toInteger()) + u']';
                else if (key.isString())
                    address += QStringLiteral("[\"%1\"]").arg(key.toString());
                rule(json::valueIgnoringCase(instance, QLatin1StringView("attributes")), address);
            }
        }
    }

    static bool isRuleResource(const QJsonObject &resource)
    {
        const QString mode = json::valueIgnoringCase(resource, QLatin1StringView("mode")).toString();
        return json::valueIgnoringCase(resource, QLatin1StringView("type")).toString() == ResourceType
            && (mode.isEmpty() || mode == u"managed");
    }

    void rule(const QJsonValue &value, const QString &address)
    {
        const SourceLocation where{m_file, 0, 0, ++m_ruleNumber, address};
        if (!value.isObject()) {
            report(where, tr("the resource has no \"values\" object"));
            return;
        }
        const QJsonObject values = value.toObject();
        const QJsonValue type = json::valueIgnoringCase(values, QLatin1StringView("type"));
        const bool egress = type.isString() && directionFromString(type.toString()) == Direction::Egress;
        PermissionRecord record;
        QHash<QString, QString> attributeOf; // API field -> provider argument, for messages
        for (const Attribute &attribute : attributes) {
            const PermissionField field = egress ? attribute.egress : attribute.ingress;
            record[field] = valueOf(json::valueIgnoringCase(values, attribute.name));
            attributeOf.insert(QString(apiName(field)), QString(attribute.name));
        }
        const QJsonValue group = json::valueIgnoringCase(values, QLatin1StringView("security_group_id"));
        if (group.isString() && !group.toString().isEmpty())
            m_groups.insert(group.toString());

        Diagnostics problems;
        if (std::optional<Rule> rule = PermissionCodec::decode(record, where, problems))
            m_out.value.ruleSet.rules.append(std::move(*rule));
        for (Diagnostic &d : problems) {
            d.location.field = address + u'.' + attributeOf.value(d.location.field, d.location.field);
            if (m_out.diagnostics.size() < detail::MaxDiagnostics)
                m_out.diagnostics.append(d);
        }
    }

    QString m_file;
    Parsed<Document> &m_out;
    QSet<QString> m_groups;
    int m_ruleNumber = 0;
};

} // namespace

QString TerraformJsonFormat::displayName() const
{
    return tr("Terraform state or plan (terraform show -json)");
}

int TerraformJsonFormat::sniff(QByteArrayView head) const
{
    const QByteArray text = head.toByteArray().toLower();
    if (!text.trimmed().startsWith('{') && !text.startsWith("\xef\xbb\xbf"))
        return 0;
    const bool formatVersion = text.contains("\"format_version\"");
    const bool terraformVersion = text.contains("\"terraform_version\"");
    if (formatVersion && (terraformVersion || text.contains("\"root_module\"") || text.contains("\"planned_values\"")))
        return 95;
    if (terraformVersion && text.contains("\"resources\""))
        return 90;
    return text.contains("\"alicloud_security_group_rule\"") ? 60 : 0;
}

Parsed<Document> TerraformJsonFormat::read(QIODevice &device, const QString &fileName) const
{
    Parsed<Document> out;
    const FileBytes input = readAllPadded(device);
    if (!input.error.isEmpty()) {
        out.diagnostics.append(Diagnostic::error(SourceLocation{fileName}, input.error));
        return out;
    }
    if (QByteArrayView(input.bytes.constData() + input.start, input.length).trimmed().isEmpty()) {
        out.diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1}, tr("the file is empty")));
        return out;
    }
    const QJsonDocument document = json::parse(input.bytes, fileName, out.diagnostics);
    if (document.isNull()) {
        if (out.diagnostics.isEmpty())
            out.diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1}, tr("the file is empty")));
        return out;
    }
    if (!document.isObject()) {
        out.diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1},
                                                 tr("expected the JSON object that `terraform show -json` prints")));
        return out;
    }
    Walker(fileName, out).run(document.object());
    return out;
}

} // namespace sg
