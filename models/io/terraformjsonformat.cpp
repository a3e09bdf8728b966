// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

#include "jsonrulereader.h"
#include "jsonutil.h"
#include "permissioncodec.h"
#include "terraformschema.h"
#include "writerutil.h"

#include <QJsonArray>
#include <QSet>

namespace sg {
namespace {

constexpr QLatin1StringView ResourceType = TerraformSchema::RuleType;

constexpr QLatin1StringView GroupType = TerraformSchema::GroupType;

// "alicloud_security_group.head" from a configuration reference: "alicloud_security_group.head.id",
// "module.net.alicloud_security_group.head", ... (the attribute after the address is dropped).
QString groupAddressOf(const QString &reference)
{
    const qsizetype at = reference.indexOf(GroupType + u'.');
    if (at < 0)
        return {};
    const qsizetype nameStart = at + GroupType.size() + 1;
    qsizetype end = nameStart;
    while (end < reference.size() && reference.at(end) != u'.' && reference.at(end) != u'[')
        ++end;
    if (end < reference.size() && reference.at(end) == u'[') { // an index key: keep it
        const qsizetype close = reference.indexOf(u']', end);
        end = close < 0 ? reference.size() : close + 1;
    }
    return reference.left(end);
}

// Walks a state or plan, keeping every group resource and every rule with the group it names (an
// id, or - in a plan, where ids are unknown until apply - the group resource it refers to).
class Walker : public json::WorkspaceObjectReader
{
    // Its messages are the format's.
    Q_DECLARE_TR_FUNCTIONS(sg::TerraformJsonFormat)

public:
    using WorkspaceObjectReader::WorkspaceObjectReader;

    void run(const QJsonObject &root)
    {
        const QJsonValue values = json::valueIgnoringCase(root, QLatin1StringView("values"));
        const QJsonValue planned = json::valueIgnoringCase(root, QLatin1StringView("planned_values"));
        const QJsonValue resources = json::valueIgnoringCase(root, QLatin1StringView("resources"));
        const QJsonValue configuration = json::valueIgnoringCase(root, QLatin1StringView("configuration"));
        if (configuration.isObject())
            readConfiguration(json::valueIgnoringCase(configuration.toObject(), QLatin1StringView("root_module")), QString());
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
        assemble();
        m_problems.finish();
    }

private:
    struct GroupResource
    {
        QString address;
        GroupInfo info;
    };
    struct RuleEntry
    {
        Rule rule;
        QString groupId;      // security_group_id as known
        QString groupAddress; // the group resource it refers to, from the configuration
    };

    void report(const SourceLocation &where, const QString &message)
    {
        m_problems.error(where, message);
    }

    // configuration.root_module (and module_calls.*.module): which group each rule refers to.
    void readConfiguration(const QJsonValue &value, const QString &prefix)
    {
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        const QJsonArray resources = json::valueIgnoringCase(object, QLatin1StringView("resources")).toArray();
        for (const QJsonValue &item : resources) {
            const QJsonObject resource = item.toObject();
            if (json::valueIgnoringCase(resource, QLatin1StringView("type")).toString() != ResourceType)
                continue;
            const QJsonObject expressions = json::valueIgnoringCase(resource, QLatin1StringView("expressions")).toObject();
            const QJsonArray references = json::valueIgnoringCase(
                                              json::valueIgnoringCase(expressions, QLatin1StringView("security_group_id")).toObject(),
                                              QLatin1StringView("references"))
                                              .toArray();
            for (const QJsonValue &reference : references) {
                const QString group = groupAddressOf(reference.toString());
                if (!group.isEmpty()) {
                    m_references.insert(prefix + json::valueIgnoringCase(resource, QLatin1StringView("address")).toString(),
                                        prefix + group);
                    break;
                }
            }
        }
        const QJsonObject calls = json::valueIgnoringCase(object, QLatin1StringView("module_calls")).toObject();
        for (auto it = calls.constBegin(); it != calls.constEnd(); ++it) {
            readConfiguration(json::valueIgnoringCase(it.value().toObject(), QLatin1StringView("module")),
                              prefix + QStringLiteral("module.") + it.key() + u'.');
        }
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
                const QString address = json::valueIgnoringCase(resource, QLatin1StringView("address")).toString();
                const QString where = address.isEmpty() ? QStringLiteral("%1.resources[%2]").arg(path).arg(i) : address;
                if (isResource(resource, ResourceType))
                    rule(json::valueIgnoringCase(resource, QLatin1StringView("values")), where, address);
                else if (isResource(resource, GroupType))
                    group(json::valueIgnoringCase(resource, QLatin1StringView("values")), where);
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
            const bool isRule = isResource(resource, ResourceType);
            if (!isRule && !isResource(resource, GroupType))
                continue;
            const QString module = json::valueIgnoringCase(resource, QLatin1StringView("module")).toString();
            const QString name = json::valueIgnoringCase(resource, QLatin1StringView("name")).toString();
            const QString base = (module.isEmpty() ? QString() : module + u'.') + (isRule ? ResourceType : GroupType) + u'.' + name;
            const QJsonArray instances = json::valueIgnoringCase(resource, QLatin1StringView("instances")).toArray();
            for (qsizetype i = 0; i < instances.size(); ++i) {
                const QJsonObject instance = instances.at(i).toObject();
                const QJsonValue key = json::valueIgnoringCase(instance, QLatin1StringView("index_key"));
                QString address = base;
                if (key.isDouble())
                    address += u'[' + QString::number(key.toInteger()) + u']';
                else if (key.isString())
                    address += QStringLiteral("[\"%1\"]").arg(key.toString());
                const QJsonValue instanceValues = json::valueIgnoringCase(instance, QLatin1StringView("attributes"));
                if (isRule)
                    rule(instanceValues, address, address);
                else
                    group(instanceValues, address);
            }
        }
    }

    static bool isResource(const QJsonObject &resource, QLatin1StringView type)
    {
        const QString mode = json::valueIgnoringCase(resource, QLatin1StringView("mode")).toString();
        return json::valueIgnoringCase(resource, QLatin1StringView("type")).toString() == type
            && (mode.isEmpty() || mode == u"managed");
    }

    // An alicloud_security_group: its id (known in a state), name and type.
    void group(const QJsonValue &value, const QString &address)
    {
        const QJsonObject values = value.toObject();
        GroupResource resource;
        resource.address = address;
        const auto text = [&](const char *key) {
            return json::valueIgnoringCase(values, QLatin1StringView(key)).toString();
        };
        resource.info.securityGroupId = text("id");
        resource.info.name = text("name").isEmpty() ? text("security_group_name") : text("name");
        resource.info.description = text("description");
        resource.info.vpcId = text("vpc_id");
        if (const auto type = groupTypeFromString(text("security_group_type")))
            resource.info.type = *type;
        const QString inner = text("inner_access_policy");
        if (const auto policy = policyFromString(inner)) {
            resource.info.innerAccessPolicy = *policy;
            resource.info.innerAccessPolicyGiven = true;
        } else if (json::valueIgnoringCase(values, QLatin1StringView("inner_access")).isBool()) {
            resource.info.innerAccessPolicy = json::valueIgnoringCase(values, QLatin1StringView("inner_access")).toBool() ? Policy::Accept : Policy::Drop;
            resource.info.innerAccessPolicyGiven = true;
        }
        m_groupResources.append(resource);
    }

    void rule(const QJsonValue &value, const QString &where, const QString &address)
    {
        const SourceLocation location{m_file, 0, 0, ++m_ruleNumber, where};
        if (!value.isObject()) {
            report(location, tr("the resource has no \"values\" object"));
            return;
        }
        const QJsonObject values = value.toObject();
        const QJsonValue type = json::valueIgnoringCase(values, QLatin1StringView("type"));
        const bool egress = type.isString() && directionFromString(type.toString()) == Direction::Egress;
        PermissionRecord record;
        QHash<QString, QString> attributeOf; // API field -> provider argument, for messages
        for (const TerraformSchema::RuleAttribute &attribute : TerraformSchema::ruleAttributes) {
            const PermissionField field = egress ? attribute.egress : attribute.ingress;
            record[field] = PermissionRecord::Value::fromJson(json::valueIgnoringCase(values, attribute.name));
            attributeOf.insert(QString(apiName(field)), QString(attribute.name));
        }
        record.resource = address;

        Diagnostics problems;
        if (std::optional<Rule> rule = PermissionCodec::decode(record, location, problems)) {
            // The configuration names the resource; the plan names its instances ("x.y[0]").
            QString reference = m_references.value(address);
            if (reference.isEmpty() && address.endsWith(u']') && address.lastIndexOf(u'[') > 0)
                reference = m_references.value(address.left(address.lastIndexOf(u'[')));
            RuleEntry entry{std::move(*rule), json::valueIgnoringCase(values, QLatin1StringView("security_group_id")).toString(),
                            reference};
            m_rules.append(std::move(entry));
        }
        for (Diagnostic &d : problems) {
            d.location.field = where + u'.' + attributeOf.value(d.location.field, d.location.field);
            m_problems.add(std::move(d));
        }
    }

    // One workspace group per group resource, then one per group id named by rules alone; rules
    // join the group whose id or address they name. Rules naming no group share one nameless group.
    void assemble()
    {
        Workspace &workspace = m_out.value;
        QHash<QString, qsizetype> byId;
        QHash<QString, qsizetype> byAddress;
        const auto add = [&](const GroupInfo &info, const QString &name) {
            WorkspaceGroup group;
            group.ruleSet.group = info;
            group.source.file = m_file;
            group.source.name = name;
            workspace.groups.append(group);
            return workspace.groups.size() - 1;
        };
        for (const GroupResource &resource : std::as_const(m_groupResources)) {
            const qsizetype index = add(resource.info, resource.address);
            byAddress.insert(resource.address, index);
            if (!resource.info.securityGroupId.isEmpty())
                byId.insert(resource.info.securityGroupId, index);
        }
        qsizetype nameless = -1;
        for (RuleEntry &entry : m_rules) {
            qsizetype index = -1;
            if (!entry.groupId.isEmpty()) {
                index = byId.value(entry.groupId, -1);
                if (index < 0) {
                    GroupInfo info;
                    info.securityGroupId = entry.groupId;
                    index = add(info, QString());
                    byId.insert(entry.groupId, index);
                }
            } else if (!entry.groupAddress.isEmpty()) {
                index = byAddress.value(entry.groupAddress, -1);
                if (index < 0) { // the group is defined elsewhere (a module not in the plan)
                    index = add(GroupInfo{}, entry.groupAddress);
                    byAddress.insert(entry.groupAddress, index);
                }
            } else {
                if (nameless < 0)
                    nameless = add(GroupInfo{}, QString());
                index = nameless;
            }
            workspace.groups[index].ruleSet.rules.append(std::move(entry.rule));
        }
    }

    QHash<QString, QString> m_references; // rule address -> group address, from the configuration
    QList<GroupResource> m_groupResources;
    QList<RuleEntry> m_rules;
    int m_ruleNumber = 0;
};

} // namespace

TerraformJsonFormat::TerraformJsonFormat()
    : RuleFormat({.id = "terraform-json", .displayName = QT_TRANSLATE_NOOP("sg::RuleFormat", "Terraform state or plan (terraform show -json)"), .suffix = "json", .reads = true})
{
}

int TerraformJsonFormat::sniff(QByteArrayView head) const
{
    const QByteArrayView text = head;
    if (!text.trimmed().startsWith('{'))
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
    return singleGroup(readWorkspace(device, fileName), fileName);
}

Parsed<Workspace> TerraformJsonFormat::readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const
{
    Q_UNUSED(options);
    return json::WorkspaceObjectReader::read<Walker>(device, fileName, tr("the file is empty"),
                                                     tr("expected the JSON object that `terraform show -json` prints"));
}

} // namespace sg
