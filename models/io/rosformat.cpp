// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

#include "fileio.h"
#include "jsonrulereader.h"
#include "jsonutil.h"
#include "jsonwriter.h"
#include "permissioncodec.h"
#include "rosevaluator.h"
#include "writerutil.h"
#include "yamljson.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace sg {
namespace {

constexpr QLatin1StringView TemplateVersion("2015-09-01");
constexpr QLatin1StringView GroupParameter("SecurityGroupId");

// "Rule2" < "Rule10": digit runs compare by value, the rest by character.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Compare the digit runs without leading zeros by length, then text.
            QStringView x = QStringView(a).mid(i, ei - i);
            QStringView y = QStringView(b).mid(j, ej - j);
            while (x.size() > 1 && x.front() == u'0')
                x = x.sliced(1);
            while (y.size() > 1 && y.front() == u'0')
                y = y.sliced(1);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (const int c = x.compare(y); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j) || (a.size() - i == b.size() - j && a < b);
}

// Properties whose value decides which traffic a rule matches: while one is open the rule is kept
// but matches nothing, rather than being guessed.
bool decidesMatching(PermissionField field)
{
    using F = PermissionField;
    switch (field) {
    case F::IpProtocol:
    case F::PortRange:
    case F::SourceCidrIp:
    case F::Ipv6SourceCidrIp:
    case F::SourceGroupId:
    case F::SourcePrefixListId:
    case F::DestCidrIp:
    case F::Ipv6DestCidrIp:
    case F::DestGroupId:
    case F::DestPrefixListId:
    case F::Policy:
    case F::Priority: return true;
    default: return false;
    }
}

bool isType(const QString &type, const char *name)
{
    return type.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0;
}

// Reads a template (already parsed from JSON or YAML) into one workspace group per
// ALIYUN::ECS::SecurityGroup and per group the rule resources name.
class TemplateReader
{
    // Its messages are the format's.
    Q_DECLARE_TR_FUNCTIONS(sg::RosFormat)

public:
    TemplateReader(const QString &fileName, const QHash<QString, int> &lines, const ReadOptions &options, Parsed<Workspace> &out,
                   ProblemCollector &problems)
        : m_file(fileName), m_lines(lines), m_options(options), m_out(out), m_problems(problems)
    {
    }

    void run(const QJsonObject &root)
    {
        if (!json::containsIgnoringCase(root, QLatin1StringView("ROSTemplateFormatVersion"))) {
            m_problems.warning(SourceLocation{m_file, 0, 0, 0, QStringLiteral("ROSTemplateFormatVersion")},
                               tr("missing; the file is read as a ROS template anyway"));
        }
        const QJsonValue resources = json::valueIgnoringCase(root, QLatin1StringView("Resources"));
        if (!resources.isObject()) {
            m_problems.error(SourceLocation{m_file, line(QStringLiteral("Resources")), 0, 0, QStringLiteral("Resources")},
                             resources.isUndefined() ? tr("the template has no Resources")
                                                     : tr("must be an object, not %1").arg(json::typeName(resources)));
            return;
        }
        m_parameters = json::valueIgnoringCase(root, QLatin1StringView("Parameters")).toObject();
        m_evaluator.emplace(root, m_options.variables, m_file, m_problems);
        const QJsonObject all = resources.toObject();
        QStringList names = all.keys();
        std::sort(names.begin(), names.end(), naturalLess);
        // Groups first, so that rules listed before their group still find it.
        for (const QString &name : std::as_const(names)) {
            const QJsonObject object = all.value(name).toObject();
            if (isType(json::valueIgnoringCase(object, QLatin1StringView("Type")).toString(), "ALIYUN::ECS::SecurityGroup") && exists(name, object))
                groupOf(name, QString(), name);
        }
        for (const QString &name : std::as_const(names))
            resource(name, all.value(name));
        for (Entry &entry : m_groups) {
            entry.group.unresolved = entry.own + entry.rules;
            m_out.value.groups.append(std::move(entry.group));
        }
    }

private:
    struct Entry
    {
        WorkspaceGroup group;
        QList<UnresolvedValue> own;
        QList<UnresolvedValue> rules;
    };

    int line(const QString &path, int fallback = 0) const { return m_lines.value(path, fallback); }

    // The group with this key, created (named by its logical id, or with its id) on first use.
    Entry &groupOf(const QString &key, const QString &id, const QString &logicalId)
    {
        const qsizetype index = m_groupIndex.value(key, -1);
        if (index >= 0)
            return m_groups[index];
        Entry entry;
        entry.group.source.file = m_file;
        entry.group.source.name = id.isEmpty() ? logicalId : QString();
        entry.group.source.line = line(QStringLiteral("Resources.") + logicalId);
        entry.group.ruleSet.group.securityGroupId = id;
        m_groupIndex.insert(key, m_groups.size());
        m_groups.append(std::move(entry));
        return m_groups.last();
    }

    // An open value: kept, reported as a warning now and as a finding by the analysis.
    UnresolvedValue open(const QString &path, const QString &resource, const QString &field, const QJsonValue &written,
                         const RosValue &value, bool decides)
    {
        UnresolvedValue u;
        u.resource = resource;
        u.field = field;
        u.expression = RosEvaluator::functionText(written);
        u.reason = value.reason;
        u.file = m_file;
        u.line = line(path, line(QStringLiteral("Resources.") + path.section(u'.', 1, 1)));
        u.suppliable = value.suppliable;
        u.inert = decides;
        if (value.suppliable && !value.parameter.isEmpty()) {
            u.input = value.parameter;
            u.inputIsValue = RosEvaluator::functionName(written) == u"Ref" && written.toObject().value(QStringLiteral("Ref")).toString() == value.parameter;
            noteInput(value.parameter);
        }
        const QString consequence = decides ? tr("; the rule is kept and matches no traffic until it is known") : QString();
        m_problems.warning(SourceLocation{m_file, u.line, 0, 0, path},
                           QStringLiteral("%1 = %2: %3").arg(field, u.expression, value.reason) + consequence);
        return u;
    }

    // The parameter an open value waits for joins the workspace's inputs once, as the template's
    // Parameters section describes it (a pseudo parameter such as ALIYUN::StackName is declared nowhere).
    void noteInput(const QString &name)
    {
        QList<WorkspaceInput> &inputs = m_out.value.inputs;
        if (std::any_of(inputs.cbegin(), inputs.cend(), [&](const WorkspaceInput &i) { return i.name == name; }))
            return;
        WorkspaceInput input;
        input.kind = WorkspaceInput::Kind::Parameter;
        input.name = name;
        input.file = m_file;
        input.declared = m_parameters.contains(name);
        const QJsonObject declaration = m_parameters.value(name).toObject();
        const auto property = [&](const char *key) { return json::valueIgnoringCase(declaration, QLatin1StringView(key)); };
        if (input.declared)
            input.line = line(QStringLiteral("Parameters.") + name);
        input.type = property("Type").toString();
        input.description = property("Description").toString();
        if (input.description.isEmpty())
            input.description = property("Label").toString();
        for (const QJsonValue &allowed : property("AllowedValues").toArray())
            input.allowedValues.append(allowed.isString() ? allowed.toString() : RosEvaluator::functionText(allowed));
        input.allowedPattern = property("AllowedPattern").toString();
        const QJsonValue noEcho = property("NoEcho");
        input.sensitive = noEcho.toBool() || noEcho.toString().compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0;
        inputs.append(std::move(input));
    }

    // Whether a resource is created: its Condition, when it has one, decides. An undecidable
    // condition keeps the resource (noted in `m_openConditions`).
    bool exists(const QString &name, const QJsonObject &object)
    {
        if (m_exists.contains(name))
            return m_exists.value(name);
        const QJsonValue condition = json::valueIgnoringCase(object, QLatin1StringView("Condition"));
        bool result = true;
        const QString path = QStringLiteral("Resources.%1.Condition").arg(name);
        if (condition.isString()) {
            m_evaluator->setLine(line(path));
            const RosValue v = m_evaluator->condition(condition.toString(), path);
            if (v.known)
                result = v.value.toBool();
            else if (!v.invalid)
                m_openConditions.insert(name, v);
        }
        m_exists.insert(name, result);
        return result;
    }

    void resource(const QString &name, const QJsonValue &value)
    {
        const QString path = QStringLiteral("Resources.") + name;
        const QJsonObject object = value.toObject();
        const QString type = json::valueIgnoringCase(object, QLatin1StringView("Type")).toString();
        const bool ingress = isType(type, "ALIYUN::ECS::SecurityGroupIngress") || isType(type, "ALIYUN::ECS::SecurityGroupIngresses");
        const bool single = isType(type, "ALIYUN::ECS::SecurityGroupIngress") || isType(type, "ALIYUN::ECS::SecurityGroupEgress");
        const bool list = isType(type, "ALIYUN::ECS::SecurityGroupIngresses") || isType(type, "ALIYUN::ECS::SecurityGroupEgresses");
        const bool group = isType(type, "ALIYUN::ECS::SecurityGroup");
        if (!single && !list && !group)
            return;
        if (!exists(name, object))
            return;
        m_evaluator->setLine(line(path));
        const QJsonValue propertiesValue = json::valueIgnoringCase(object, QLatin1StringView("Properties"));
        const QString props = path + QStringLiteral(".Properties");
        if (!propertiesValue.isObject() && !(group && propertiesValue.isUndefined())) {
            m_problems.error(SourceLocation{m_file, line(path), 0, 0, props},
                             tr("must be an object, not %1").arg(json::typeName(propertiesValue)));
            return;
        }
        const QJsonObject properties = propertiesValue.toObject();
        if (group) {
            readGroup(name, properties, props);
            return;
        }
        Entry *target = ruleGroup(name, properties, props);
        if (!target)
            return;
        const Direction direction = ingress ? Direction::Ingress : Direction::Egress;
        if (single) {
            permission(*target, properties, props, direction, name);
        } else {
            rules(*target, properties, QLatin1StringView("Permissions"), props, direction, name);
        }
    }

    QString text(const QJsonObject &properties, const char *key, const QString &props)
    {
        const QJsonValue value = json::valueIgnoringCase(properties, QLatin1StringView(key));
        if (value.isUndefined())
            return {};
        const RosValue v = m_evaluator->resolveDeep(value, props + u'.' + QLatin1StringView(key));
        return v.known && v.value.isString() ? v.value.toString() : QString();
    }

    void readGroup(const QString &name, const QJsonObject &properties, const QString &props)
    {
        Entry &entry = groupOf(name, QString(), name);
        if (m_openConditions.contains(name))
            entry.own.append(open(QStringLiteral("Resources.%1.Condition").arg(name), QString(), QStringLiteral("Condition"),
                                  QJsonValue(QStringLiteral("%1").arg(name)), m_openConditions.value(name), false));
        GroupInfo &info = entry.group.ruleSet.group;
        info.name = text(properties, "SecurityGroupName", props);
        info.description = text(properties, "Description", props);
        info.vpcId = text(properties, "VpcId", props);
        const QJsonValue type = json::valueIgnoringCase(properties, QLatin1StringView("SecurityGroupType"));
        if (!type.isUndefined()) {
            const RosValue v = m_evaluator->resolveDeep(type, props + QStringLiteral(".SecurityGroupType"));
            if (v.known && v.value.toString().compare(QLatin1StringView("enterprise"), Qt::CaseInsensitive) == 0)
                info.type = GroupType::Enterprise;
            else if (!v.known && !v.invalid)
                entry.own.append(open(props + QStringLiteral(".SecurityGroupType"), QString(), QStringLiteral("SecurityGroupType"), type, v, false));
        }
        rules(entry, properties, QLatin1StringView("SecurityGroupIngress"), props, Direction::Ingress, name);
        rules(entry, properties, QLatin1StringView("SecurityGroupEgress"), props, Direction::Egress, name);
    }

    // The group a rule resource adds to: the template group it refers to (Ref, Fn::GetAtt), the
    // group of a literal id, or - when the id is open - a group named by the expression.
    Entry *ruleGroup(const QString &name, const QJsonObject &properties, const QString &props)
    {
        const QJsonValue written = json::valueIgnoringCase(properties, GroupParameter);
        const QString path = props + u'.' + GroupParameter;
        if (written.isUndefined()) {
            m_problems.error(SourceLocation{m_file, line(QStringLiteral("Resources.") + name), 0, 0, path},
                             tr("the rule names no security group"));
            return nullptr;
        }
        m_evaluator->setLine(line(path, line(QStringLiteral("Resources.") + name)));
        const RosValue v = m_evaluator->resolveDeep(written, path);
        if (v.invalid)
            return nullptr;
        if (!v.groupReference.isEmpty())
            return &groupOf(v.groupReference, QString(), v.groupReference);
        if (v.known) {
            const QString id = v.value.isString() ? v.value.toString().trimmed() : QString();
            const Endpoint::ParseResult parsed = Endpoint::parseAs(Endpoint::Kind::SecurityGroup, id);
            if (!parsed.endpoint) {
                m_problems.error(SourceLocation{m_file, line(path), 0, 0, path},
                                 v.value.isString() ? parsed.error : tr("must be a security group id, not %1").arg(json::typeName(v.value)));
                return nullptr;
            }
            return &groupOf(id, id, name);
        }
        const QString key = RosEvaluator::functionText(written);
        const bool fresh = !m_groupIndex.contains(key);
        Entry &entry = groupOf(key, QString(), key);
        if (fresh)
            entry.own.append(open(path, QString(), QString(GroupParameter), written, v, false));
        return &entry;
    }

    void rules(Entry &entry, const QJsonObject &properties, QLatin1StringView key, const QString &props, Direction direction,
               const QString &owner)
    {
        const QJsonValue written = json::valueIgnoringCase(properties, key);
        const QString path = props + u'.' + key;
        if (written.isUndefined() || written.isNull())
            return;
        const RosValue value = m_evaluator->resolve(written, path);
        if (value.invalid || value.noValue)
            return;
        if (!value.known) {
            UnresolvedValue u = open(path, QString(), QString(key), written, value, false);
            u.reason += tr("; the rules it lists are not read");
            entry.own.append(u);
            return;
        }
        if (!value.value.isArray()) {
            m_problems.error(SourceLocation{m_file, line(path), 0, 0, path}, tr("must be a list of rules, not %1").arg(json::typeName(value.value)));
            return;
        }
        const QJsonArray items = value.value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            const QString resourceName = QStringLiteral("%1.%2[%3]").arg(owner, key).arg(i);
            const RosValue item = m_evaluator->resolve(items.at(i), itemPath);
            if (item.invalid || item.noValue)
                continue;
            if (!item.known) {
                UnresolvedValue u = open(itemPath, QString(), QStringLiteral("%1[%2]").arg(key).arg(i), items.at(i), item, false);
                u.reason += tr("; the rule is not read");
                entry.own.append(u);
                continue;
            }
            if (!item.value.isObject()) {
                m_problems.error(SourceLocation{m_file, line(itemPath), 0, ++m_ruleNumber, itemPath},
                                 tr("a rule must be an object, not %1").arg(json::typeName(item.value)));
                continue;
            }
            permission(entry, item.value.toObject(), itemPath, direction, resourceName);
        }
    }

    void permission(Entry &entry, const QJsonObject &properties, const QString &path, Direction direction, const QString &resource)
    {
        const int ruleLine = line(path, line(QStringLiteral("Resources.") + path.section(u'.', 1, 1)));
        const SourceLocation where{m_file, ruleLine, 0, ++m_ruleNumber};
        QJsonObject literal;
        QSet<PermissionField> unknown;
        QList<UnresolvedValue> opens;
        if (m_openConditions.contains(resource)) {
            opens.append(open(QStringLiteral("Resources.%1.Condition").arg(resource), resource, QStringLiteral("Condition"),
                              QJsonValue(resource), m_openConditions.value(resource), true));
        }
        bool invalid = false;
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            const auto field = permissionFieldForKey(it.key().toUtf8());
            if (!field)
                continue;
            const QString fieldPath = path + u'.' + it.key();
            m_evaluator->setLine(line(fieldPath, ruleLine));
            const RosValue v = m_evaluator->resolveDeep(it.value(), fieldPath);
            if (v.invalid) {
                invalid = true;
                continue;
            }
            if (v.noValue)
                continue;
            if (!v.known || !v.groupReference.isEmpty()) {
                unknown.insert(*field);
                opens.append(open(fieldPath, resource, it.key(), it.value(), v, decidesMatching(*field)));
                continue;
            }
            literal.insert(it.key(), v.value);
        }
        if (invalid)
            return;
        // ROS resources carry no Direction: the resource type says it.
        PermissionRecord record = PermissionRecord::fromJson(literal);
        record[PermissionField::Direction] = {};
        record.resource = resource;
        Diagnostics problems;
        std::optional<Rule> rule = PermissionCodec::decode(record, where, problems, direction, unknown);
        for (Diagnostic &d : problems) {
            d.location.field = path + u'.' + d.location.field;
            d.location.line = line(d.location.field, ruleLine);
            m_problems.add(std::move(d));
        }
        if (!rule)
            return;
        if (std::any_of(opens.cbegin(), opens.cend(), [](const UnresolvedValue &u) { return u.inert; }))
            rule->peer = Endpoint();
        entry.group.ruleSet.rules.append(std::move(*rule));
        entry.rules += opens;
    }

    QString m_file;
    const QHash<QString, int> &m_lines;
    const ReadOptions &m_options;
    Parsed<Workspace> &m_out;
    ProblemCollector &m_problems;
    std::optional<RosEvaluator> m_evaluator;
    QJsonObject m_parameters;
    QList<Entry> m_groups;
    QHash<QString, qsizetype> m_groupIndex;
    QHash<QString, bool> m_exists;
    QHash<QString, RosValue> m_openConditions;
    int m_ruleNumber = 0;
};

// ROS spells protocols in lower case in its documentation and examples, like Terraform.
QString rosValue(PermissionField field, const QString &value)
{
    return field == PermissionField::IpProtocol ? value.toLower() : value;
}

} // namespace

RosFormat::RosFormat()
    : RuleFormat({.id = "ros", .displayName = QT_TRANSLATE_NOOP("sg::RuleFormat", "ROS template (JSON or YAML)"), .suffix = "json", .reads = true, .writes = true, .nameFilter = "*.json *.yaml *.yml"})
{
}

int RosFormat::sniff(QByteArrayView head) const
{
    const QByteArrayView text = head;
    if (text.contains("rostemplateformatversion"))
        return 100;
    return text.contains("aliyun::ecs::securitygroup") ? 90 : 0;
}

Parsed<Document> RosFormat::read(QIODevice &device, const QString &fileName) const
{
    return singleGroup(readWorkspace(device, fileName, ReadOptions{}), fileName);
}

Parsed<Workspace> RosFormat::readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const
{
    Parsed<Workspace> out;
    const FileBytes input = readAllPadded(device);
    if (!input.error.isEmpty()) {
        out.diagnostics.append(Diagnostic::error(SourceLocation{fileName}, input.error));
        return out;
    }
    const QByteArrayView text = QByteArrayView(input.bytes.constData() + input.start, input.length).trimmed();
    if (text.isEmpty()) {
        out.diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1}, tr("the file is empty")));
        return out;
    }
    QJsonObject root;
    QHash<QString, int> lines;
    ProblemCollector problems(out.diagnostics, fileName);
    if (text.startsWith('{') || text.startsWith('[')) {
        const QJsonDocument document = json::parse(input.bytes, fileName, out.diagnostics);
        if (document.isNull())
            return out;
        if (!document.isObject()) {
            out.diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1}, tr("a ROS template is a JSON object")));
            return out;
        }
        root = document.object();
    } else {
        Diagnostics yamlProblems;
        std::optional<YamlJson::Result> yaml = YamlJson::parse(input.bytes.mid(input.start, input.length), fileName, yamlProblems);
        problems.addAll(std::move(yamlProblems));
        if (!yaml) {
            problems.finish();
            return out;
        }
        if (!yaml->value.isObject()) {
            out.diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1}, tr("a ROS template is a YAML mapping")));
            return out;
        }
        root = yaml->value.toObject();
        lines = std::move(yaml->lines);
    }
    TemplateReader(fileName, lines, options, out, problems).run(root);
    problems.finish();
    return out;
}

QString RosFormat::write(const Document &document, QIODevice &device) const
{
    const RuleSet &set = document.ruleSet;
    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("ROSTemplateFormatVersion"), QString(TemplateVersion));
    QString description = tr("Security group rules generated by SG Assist: %1").arg(detail::ruleCountSummary(set));
    if (!set.group.securityGroupId.isEmpty())
        description += tr(" for %1").arg(set.group.securityGroupId);
    if (!set.group.regionId.isEmpty())
        description += tr(" in %1").arg(set.group.regionId);
    w.field(QLatin1StringView("Description"), description);
    w.key(QLatin1StringView("Parameters"));
    w.beginObject();
    w.key(GroupParameter);
    w.beginObject();
    w.field(QLatin1StringView("Type"), QStringLiteral("String"));
    w.field(QLatin1StringView("Description"), tr("The security group the rules are added to"));
    if (!set.group.securityGroupId.isEmpty())
        w.field(QLatin1StringView("Default"), set.group.securityGroupId);
    w.endObject();
    w.endObject();
    w.key(QLatin1StringView("Resources"));
    w.beginObject();
    // Names sort in rule order both as text and naturally: Rule001 ... Rule999, Rule1000 ...
    const int width = std::max(3, int(QString::number(set.rules.size()).size()));
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const Rule &rule = set.rules[i];
        w.key(QStringLiteral("Rule%1").arg(i + 1, width, 10, QLatin1Char('0')));
        w.beginObject();
        w.field(QLatin1StringView("Type"), rule.isIngress() ? QStringLiteral("ALIYUN::ECS::SecurityGroupIngress") : QStringLiteral("ALIYUN::ECS::SecurityGroupEgress"));
        w.key(QLatin1StringView("Properties"));
        w.beginObject();
        w.key(GroupParameter);
        w.beginObject();
        w.field(QLatin1StringView("Ref"), QString(GroupParameter));
        w.endObject();
        for (const auto &[field, value] : PermissionCodec::fields(rule, false)) {
            if (field == PermissionField::Direction || field == PermissionField::SecurityGroupRuleId)
                continue;
            w.key(apiName(field));
            if (field == PermissionField::Priority)
                w.value(rule.priority);
            else
                w.value(rosValue(field, value));
        }
        w.endObject();
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return w.finishWithError();
}

} // namespace sg
