// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

#include "fileio.h"
#include "hcl/terraformmodule.h"
#include "permissioncodec.h"
#include "terraformschema.h"

#include <QRegularExpression>

#include <algorithm>

namespace sg {
namespace {

using Resource = TerraformModule::Resource;
using Instance = TerraformModule::Instance;

// Arguments whose value decides which traffic a rule matches: while one is open the rule is kept
// but matches nothing, rather than being guessed.
bool decidesMatching(QStringView argument)
{
    static const QStringList names{QStringLiteral("type"), QStringLiteral("ip_protocol"), QStringLiteral("port_range"),
                                   QStringLiteral("cidr_ip"), QStringLiteral("ipv6_cidr_ip"),
                                   QStringLiteral("source_security_group_id"), QStringLiteral("prefix_list_id"),
                                   QStringLiteral("policy"), QStringLiteral("priority")};
    return names.contains(argument.toString());
}

PermissionRecord::Value recordValue(const HclValue &value)
{
    using Type = PermissionRecord::Value::Type;
    switch (value.type()) {
    case HclValue::Type::String: return {Type::String, value.toText(), 0};
    case HclValue::Type::Number: return {Type::Number, HclValue::numberText(value.toNumber()), value.toNumber()};
    case HclValue::Type::Bool: return {Type::Boolean, QStringLiteral("a bool"), 0};
    case HclValue::Type::Tuple: return {Type::Other, QStringLiteral("a list"), 0};
    case HclValue::Type::Object: return {Type::Other, QStringLiteral("an object"), 0};
    case HclValue::Type::Null:
    case HclValue::Type::Unknown: break;
    }
    return {};
}

// Reads the groups and rules of a module into a workspace.
class ModuleReader
{
    Q_DECLARE_TR_FUNCTIONS(sg::TerraformHclFormat)

public:
    ModuleReader(TerraformModule &module, Parsed<Workspace> &out, ProblemCollector &problems)
        : m_module(module), m_out(out), m_problems(problems)
    {
    }

    void run()
    {
        readGroups();
        readRules();
        assemble();
    }

private:
    struct GroupEntry
    {
        WorkspaceGroup group;
    };
    struct RuleEntry
    {
        Rule rule;
        QString groupId;
        QString groupAddress;
        QString groupExpression;
        std::optional<UnresolvedValue> groupOpen;
        QList<UnresolvedValue> open;
        QString file;
    };

    // An open value: kept, reported as a warning now and as a finding by the analysis.
    UnresolvedValue open(const Resource &resource, const QString &owner, const QString &field, int line, int column,
                         const QString &expression, const HclValue &value, bool ruleLevel)
    {
        const HclUnknown &why = value.firstUnknown() ? value.firstUnknown()->unknownInfo() : value.unknownInfo();
        UnresolvedValue u;
        u.resource = ruleLevel ? owner : QString();
        u.field = field;
        u.expression = expression;
        u.reason = why.cause;
        u.file = resource.file->name;
        u.line = line;
        u.column = column;
        u.suppliable = why.suppliable;
        u.inert = ruleLevel && decidesMatching(field);
        if (why.suppliable && !why.variable.isEmpty()) {
            u.input = why.variable;
            u.inputIsValue = expression.trimmed() == QStringLiteral("var.") + why.variable;
            noteInput(why.variable, resource.file->name);
        }
        const QString said = why.cause.startsWith(expression + u' ') ? field + QStringLiteral(" = ") + why.cause
                                                                     : QStringLiteral("%1 = %2: %3").arg(field, expression, why.cause);
        const QString consequence = u.inert ? tr("; the rule is kept and matches no traffic until it is known")
                                            : QString();
        m_problems.warning(SourceLocation{resource.file->name, line, column, 0, owner}, said + consequence);
        return u;
    }

    // The variable an open value waits for joins the workspace's inputs, once.
    void noteInput(const QString &name, const QString &usedIn)
    {
        QList<WorkspaceInput> &inputs = m_out.value.inputs;
        if (std::none_of(inputs.cbegin(), inputs.cend(), [&](const WorkspaceInput &i) { return i.name == name; }))
            inputs.append(m_module.input(name, usedIn));
    }

    void readGroups()
    {
        for (const Resource &resource : m_module.resources(TerraformSchema::GroupType)) {
            for (const Instance &instance : m_module.instances(resource)) {
                GroupEntry entry;
                WorkspaceGroup &group = entry.group;
                group.source.file = resource.file->name;
                group.source.line = resource.block->line;
                group.source.name = instance.address;
                if (instance.expansion) {
                    group.unresolved.append(open(resource, instance.address, instance.expansionField, resource.block->line,
                                                 resource.block->column, textOf(resource, instance.expansionField), *instance.expansion, false));
                }
                GroupInfo &info = group.ruleSet.group;
                const auto text = [&](const char *name, bool report) -> std::optional<QString> {
                    const HclAttribute *a = resource.block->body->attribute(QLatin1StringView(name));
                    if (!a)
                        return std::nullopt;
                    const HclValue v = m_module.evaluate(resource, instance, *a->expression);
                    if (!v.isKnown()) {
                        if (report && !v.isInvalid())
                            group.unresolved.append(open(resource, instance.address, a->name, a->line, a->column,
                                                         resource.file->textOf(*a->expression), v, false));
                        return std::nullopt;
                    }
                    if (v.type() == HclValue::Type::Bool)
                        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
                    if (v.type() == HclValue::Type::String || v.type() == HclValue::Type::Number)
                        return recordValue(v).text;
                    return std::nullopt;
                };
                info.name = text("security_group_name", false).value_or(text("name", false).value_or(QString()));
                info.description = text("description", false).value_or(QString());
                info.vpcId = text("vpc_id", false).value_or(QString());
                if (const auto type = text("security_group_type", true)) {
                    if (type->compare(QLatin1StringView("enterprise"), Qt::CaseInsensitive) == 0)
                        info.type = GroupType::Enterprise;
                }
                if (const auto inner = text("inner_access_policy", true)) {
                    if (const auto policy = policyFromString(*inner)) {
                        info.innerAccessPolicy = *policy;
                        info.innerAccessPolicyGiven = true;
                    }
                } else if (const auto access = text("inner_access", true)) {
                    info.innerAccessPolicy = *access == u"true" ? Policy::Accept : Policy::Drop;
                    info.innerAccessPolicyGiven = true;
                }
                m_groups.append(std::move(entry));
            }
        }
    }

    QString textOf(const Resource &resource, const QString &argument) const
    {
        const HclAttribute *a = resource.block->body->attribute(argument);
        return a ? resource.file->textOf(*a->expression) : QString();
    }

    void readRules()
    {
        for (const Resource &resource : m_module.resources(TerraformSchema::RuleType)) {
            for (const Instance &instance : m_module.instances(resource))
                readRule(resource, instance);
        }
    }

    void readRule(const Resource &resource, const Instance &instance)
    {
        const HclBody &body = *resource.block->body;
        const QString &address = instance.address;
        RuleEntry entry;
        entry.file = resource.file->name;
        if (instance.expansion) {
            UnresolvedValue u = open(resource, address, instance.expansionField, resource.block->line, resource.block->column,
                                     textOf(resource, instance.expansionField), *instance.expansion, true);
            u.inert = true; // the rule may not exist at all
            entry.open.append(u);
        }
        bool egress = false;
        if (const HclAttribute *type = body.attribute(u"type")) {
            const HclValue v = m_module.evaluate(resource, instance, *type->expression);
            egress = v.type() == HclValue::Type::String && directionFromString(v.toText()) == Direction::Egress;
        }
        PermissionRecord record;
        QSet<PermissionField> unknown;
        QHash<QString, QString> argumentOf; // API field -> provider argument, for messages
        bool invalid = false;
        for (const TerraformSchema::RuleAttribute &attribute : TerraformSchema::ruleAttributes) {
            const PermissionField field = egress ? attribute.egress : attribute.ingress;
            argumentOf.insert(QString(apiName(field)), QString(attribute.name));
            const HclAttribute *a = body.attribute(attribute.name);
            if (!a)
                continue;
            const HclValue v = m_module.evaluate(resource, instance, *a->expression);
            if (v.isInvalid()) {
                invalid = true;
                continue;
            }
            if (v.firstUnknown()) {
                unknown.insert(field);
                entry.open.append(open(resource, address, a->name, a->line, a->column, resource.file->textOf(*a->expression), v, true));
                continue;
            }
            record[field] = recordValue(v);
        }
        if (!body.attribute(u"port_range"))
            record.setString(PermissionField::PortRange, QStringLiteral("-1/-1")); // the provider's default
        record.resource = address;
        if (!chooseGroup(resource, instance, entry) || invalid)
            return;

        const SourceLocation where{resource.file->name, resource.block->line, resource.block->column};
        Diagnostics problems;
        std::optional<Rule> rule = PermissionCodec::decode(record, where, problems, Direction::Ingress, unknown);
        for (Diagnostic &d : problems) {
            d.location.field = address + u'.' + argumentOf.value(d.location.field, d.location.field);
            // Messages name API fields; here the arguments are what the user wrote.
            for (auto it = argumentOf.cbegin(); it != argumentOf.cend(); ++it)
                d.message.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(it.key())), it.value());
            m_problems.add(std::move(d));
        }
        if (!rule)
            return;
        if (std::any_of(entry.open.cbegin(), entry.open.cend(), [](const UnresolvedValue &u) { return u.inert; }))
            rule->peer = Endpoint();
        entry.rule = std::move(*rule);
        m_rules.append(std::move(entry));
    }

    // Which group the rule joins; false (after an error) when it names none.
    bool chooseGroup(const Resource &resource, const Instance &instance, RuleEntry &entry)
    {
        const HclAttribute *a = resource.block->body->attribute(u"security_group_id");
        const SourceLocation where{resource.file->name, resource.block->line, resource.block->column, 0, instance.address + QStringLiteral(".security_group_id")};
        if (!a) {
            m_problems.error(where, tr("security_group_id is required: the group the rule belongs to"));
            return false;
        }
        const HclValue v = m_module.evaluate(resource, instance, *a->expression);
        if (v.isInvalid())
            return false;
        if (v.isKnown()) {
            const QString id = v.type() == HclValue::Type::String ? v.toText().trimmed() : QString();
            const Endpoint::ParseResult parsed = Endpoint::parseAs(Endpoint::Kind::SecurityGroup, id);
            if (!parsed.endpoint) {
                m_problems.error(SourceLocation{resource.file->name, a->line, a->column, 0, where.field},
                                 v.type() == HclValue::Type::String ? parsed.error
                                                                    : tr("must be a security group id, not %1").arg(v.display()));
                return false;
            }
            entry.groupId = id;
            return true;
        }
        const HclUnknown &why = v.unknownInfo();
        static const QRegularExpression groupReference(QStringLiteral("^alicloud_security_group\\.[^.]+$"));
        if (why.attribute == u"id" && groupReference.match(why.reference).hasMatch()) {
            entry.groupAddress = why.reference;
            return true;
        }
        entry.groupExpression = resource.file->textOf(*a->expression);
        entry.groupOpen = open(resource, instance.address, a->name, a->line, a->column, entry.groupExpression, v, false);
        return true;
    }

    void assemble()
    {
        Workspace &workspace = m_out.value;
        std::stable_sort(m_groups.begin(), m_groups.end(),
                         [](const GroupEntry &a, const GroupEntry &b) { return a.group.source.name < b.group.source.name; });
        std::stable_sort(m_rules.begin(), m_rules.end(),
                         [](const RuleEntry &a, const RuleEntry &b) { return a.rule.resource < b.rule.resource; });
        QHash<QString, qsizetype> byKey;
        for (GroupEntry &entry : m_groups) {
            byKey.insert(entry.group.source.name, workspace.groups.size());
            workspace.groups.append(std::move(entry.group));
        }
        QList<QList<UnresolvedValue>> ruleOpen(workspace.groups.size());
        for (RuleEntry &entry : m_rules) {
            const QString key = !entry.groupId.isEmpty() ? entry.groupId
                : !entry.groupAddress.isEmpty()          ? entry.groupAddress
                                                         : entry.groupExpression;
            qsizetype index = byKey.value(key, -1);
            if (index < 0) {
                // A group defined elsewhere (another folder, a module) or named by an open value.
                WorkspaceGroup group;
                group.ruleSet.group.securityGroupId = entry.groupId;
                group.source.file = entry.file;
                group.source.name = entry.groupId.isEmpty() ? key : QString();
                if (entry.groupOpen)
                    group.unresolved.append(*entry.groupOpen);
                index = workspace.groups.size();
                byKey.insert(key, index);
                workspace.groups.append(std::move(group));
                ruleOpen.append(QList<UnresolvedValue>());
            }
            workspace.groups[index].ruleSet.rules.append(std::move(entry.rule));
            ruleOpen[index] += entry.open;
        }
        for (qsizetype i = 0; i < workspace.groups.size(); ++i)
            workspace.groups[i].unresolved += ruleOpen.at(i);
    }

    TerraformModule &m_module;
    Parsed<Workspace> &m_out;
    ProblemCollector &m_problems;
    QList<GroupEntry> m_groups;
    QList<RuleEntry> m_rules;
};

// Text at the start of a line that opens a Terraform block: `resource "`, `variable "`, `locals {`.
const QRegularExpression &blockStart()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[ \\t]*(resource|variable|locals|provider|terraform|module|data|output)[ \\t]*(\"|\\{)"),
        QRegularExpression::MultilineOption);
    return pattern;
}

} // namespace

TerraformHclFormat::TerraformHclFormat()
    : RuleFormat({.id = "terraform-hcl", .displayName = QT_TRANSLATE_NOOP("sg::RuleFormat", "Terraform configuration (.tf)"), .suffix = "tf", .reads = true})
{
}

int TerraformHclFormat::sniff(QByteArrayView head) const
{
    if (head.trimmed().startsWith('{') || head.trimmed().startsWith('['))
        return 0;
    const QString start = QString::fromUtf8(head.first(std::min<qsizetype>(head.size(), 64 * 1024)));
    if (!blockStart().match(start).hasMatch())
        return 0;
    return start.contains(QLatin1StringView("resource \"alicloud_security_group")) ? 90 : 70;
}

Parsed<Document> TerraformHclFormat::read(QIODevice &device, const QString &fileName) const
{
    return singleGroup(readWorkspace(device, fileName, ReadOptions{}), fileName);
}

Parsed<Workspace> TerraformHclFormat::readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const
{
    const FileBytes input = readAllPadded(device);
    if (!input.error.isEmpty()) {
        Parsed<Workspace> out;
        out.diagnostics.append(Diagnostic::error(SourceLocation{fileName}, input.error));
        return out;
    }
    if (QByteArrayView(input.bytes.constData() + input.start, input.length).trimmed().isEmpty()) {
        Parsed<Workspace> out;
        out.diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1}, tr("the file is empty")));
        return out;
    }
    return readModule({SourceText{fileName, input.bytes}}, options);
}

Parsed<Workspace> TerraformHclFormat::readModule(const QList<SourceText> &files, const ReadOptions &options)
{
    Parsed<Workspace> out;
    QList<SourceText> context;
    for (const SourceText &file : options.moduleFiles) {
        if (std::none_of(files.cbegin(), files.cend(), [&](const SourceText &f) { return f.fileName == file.fileName; }))
            context.append(file);
    }
    ProblemCollector problems(out.diagnostics, files.isEmpty() ? QString() : files.first().fileName);
    TerraformModule module(files, context, options.variableFiles, options.variables, problems);
    // A file that does not parse has nothing reliable to read.
    if (!hasErrors(out.diagnostics))
        ModuleReader(module, out, problems).run();
    problems.finish();
    return out;
}

} // namespace sg
