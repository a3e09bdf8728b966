// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rosformat.h"

#include "fileio.h"
#include "jsonrulereader.h"
#include "jsonutil.h"
#include "jsonwriter.h"
#include "permissioncodec.h"
#include "writerutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace sg {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sg::RosFormat", text);
}

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

// {"Ref": "X"}, {"Fn::GetAtt": [...]}, ...: a value ROS computes when the stack is created.
bool isFunction(const QJsonValue &value, QString *name)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (object.size() != 1)
        return false;
    const QString key = object.constBegin().key();
    if (key == u"Ref" || key.startsWith(u"Fn::")) {
        *name = key;
        return true;
    }
    return false;
}

QString functionText(const QJsonValue &value)
{
    QString text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return text;
}

class TemplateReader
{
    // The same context as the file's tr() helper, so that lupdate files the messages where they are looked up.
    Q_DECLARE_TR_FUNCTIONS(sg::RosFormat)

public:
    TemplateReader(const QString &fileName, Parsed<Document> &out) : m_file(fileName), m_out(out) {}

    void run(const QJsonObject &root)
    {
        if (!json::containsIgnoringCase(root, QLatin1StringView("ROSTemplateFormatVersion"))) {
            m_out.diagnostics.append(Diagnostic::warning(SourceLocation{m_file, 0, 0, 0, QStringLiteral("ROSTemplateFormatVersion")},
                                                         tr("missing; the file is read as a ROS template anyway")));
        }
        m_parameters = json::valueIgnoringCase(root, QLatin1StringView("Parameters")).toObject();
        const QJsonValue resources = json::valueIgnoringCase(root, QLatin1StringView("Resources"));
        if (!resources.isObject()) {
            report(SourceLocation{m_file, 0, 0, 0, QStringLiteral("Resources")},
                   resources.isUndefined() ? tr("the template has no Resources")
                                           : tr("must be an object, not %1").arg(json::typeName(resources)));
            return;
        }
        const QJsonObject all = resources.toObject();
        QStringList names = all.keys();
        std::sort(names.begin(), names.end(), naturalLess);
        for (const QString &name : std::as_const(names))
            resource(name, all.value(name));
        detail::settleGroupId(m_groups, m_file, QStringLiteral("SecurityGroupId"), m_out);
    }

private:
    void report(const SourceLocation &where, const QString &message)
    {
        if (m_out.diagnostics.size() < detail::MaxDiagnostics)
            m_out.diagnostics.append(Diagnostic::error(where, message));
    }

    void resource(const QString &name, const QJsonValue &value)
    {
        const QString path = QStringLiteral("Resources.") + name;
        const QJsonObject object = value.toObject();
        const QString type = json::valueIgnoringCase(object, QLatin1StringView("Type")).toString();
        const QJsonObject properties = json::valueIgnoringCase(object, QLatin1StringView("Properties")).toObject();
        const QString props = path + QStringLiteral(".Properties");
        const auto is = [&](const char *t) { return type.compare(QLatin1StringView(t), Qt::CaseInsensitive) == 0; };
        if (is("ALIYUN::ECS::SecurityGroupIngress")) {
            noteGroup(properties);
            permission(properties, props, Direction::Ingress);
        } else if (is("ALIYUN::ECS::SecurityGroupEgress")) {
            noteGroup(properties);
            permission(properties, props, Direction::Egress);
        } else if (is("ALIYUN::ECS::SecurityGroupIngresses") || is("ALIYUN::ECS::SecurityGroupEgresses")) {
            noteGroup(properties);
            const bool ingress = is("ALIYUN::ECS::SecurityGroupIngresses");
            list(properties, QLatin1StringView("Permissions"), props, ingress ? Direction::Ingress : Direction::Egress);
        } else if (is("ALIYUN::ECS::SecurityGroup")) {
            GroupInfo &group = m_out.value.ruleSet.group;
            const auto text = [&](const char *key) {
                const QJsonValue v = json::valueIgnoringCase(properties, QLatin1StringView(key));
                return v.isString() ? v.toString() : QString();
            };
            if (group.name.isEmpty())
                group.name = text("SecurityGroupName");
            if (group.description.isEmpty())
                group.description = text("Description");
            if (group.vpcId.isEmpty())
                group.vpcId = text("VpcId");
            if (const auto groupType = groupTypeFromString(text("SecurityGroupType")))
                group.type = *groupType;
            list(properties, QLatin1StringView("SecurityGroupIngress"), props, Direction::Ingress);
            list(properties, QLatin1StringView("SecurityGroupEgress"), props, Direction::Egress);
        }
    }

    // The group a rule resource names: a literal, or a Ref to a parameter with a default.
    void noteGroup(const QJsonObject &properties)
    {
        const QJsonValue value = json::valueIgnoringCase(properties, GroupParameter);
        if (value.isString() && !value.toString().isEmpty()) {
            m_groups.insert(value.toString());
            return;
        }
        QString function;
        if (isFunction(value, &function) && function == u"Ref") {
            const QJsonValue target = value.toObject().value(function);
            const QJsonObject parameter = m_parameters.value(target.toString()).toObject();
            const QJsonValue fallback = json::valueIgnoringCase(parameter, QLatin1StringView("Default"));
            if (fallback.isString() && !fallback.toString().isEmpty())
                m_groups.insert(fallback.toString());
        }
    }

    void list(const QJsonObject &properties, QLatin1StringView key, const QString &props, Direction direction)
    {
        const QJsonValue value = json::valueIgnoringCase(properties, key);
        const QString path = props + u'.' + key;
        if (value.isUndefined() || value.isNull())
            return;
        QString function;
        if (isFunction(value, &function)) {
            report(SourceLocation{m_file, 0, 0, ++m_ruleNumber, path},
                   tr("is %1, a ROS function SG Assist does not evaluate; write the rules themselves into the template")
                       .arg(functionText(value)));
            return;
        }
        if (!value.isArray()) {
            report(SourceLocation{m_file, 0, 0, 0, path}, tr("must be a list of rules, not %1").arg(json::typeName(value)));
            return;
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (isFunction(items.at(i), &function)) {
                report(SourceLocation{m_file, 0, 0, ++m_ruleNumber, itemPath},
                       tr("is %1, a ROS function SG Assist does not evaluate; write the rule itself into the template")
                           .arg(functionText(items.at(i))));
                continue;
            }
            if (!items.at(i).isObject()) {
                report(SourceLocation{m_file, 0, 0, ++m_ruleNumber, itemPath},
                       tr("a rule must be an object, not %1").arg(json::typeName(items.at(i))));
                continue;
            }
            permission(items.at(i).toObject(), itemPath, direction);
        }
    }

    void permission(const QJsonObject &properties, const QString &path, Direction direction)
    {
        const SourceLocation where{m_file, 0, 0, ++m_ruleNumber};
        bool functions = false;
        QJsonObject literal;
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            QString function;
            const auto field = permissionFieldForKey(it.key().toUtf8());
            if (field && isFunction(it.value(), &function)) {
                SourceLocation at = where;
                at.field = path + u'.' + it.key();
                report(at, tr("is %1, a ROS function SG Assist does not evaluate; write the value itself into the template")
                               .arg(functionText(it.value())));
                functions = true;
                continue;
            }
            literal.insert(it.key(), it.value());
        }
        if (functions)
            return;
        // ROS resources carry no Direction: the resource type says it.
        PermissionRecord record = PermissionRecord::fromJson(literal);
        record[PermissionField::Direction] = {};
        Diagnostics problems;
        if (std::optional<Rule> rule = PermissionCodec::decode(record, where, problems, direction))
            m_out.value.ruleSet.rules.append(std::move(*rule));
        for (Diagnostic &d : problems) {
            d.location.field = path + u'.' + d.location.field;
            if (m_out.diagnostics.size() < detail::MaxDiagnostics)
                m_out.diagnostics.append(d);
        }
    }

    QString m_file;
    Parsed<Document> &m_out;
    QJsonObject m_parameters;
    QSet<QString> m_groups;
    int m_ruleNumber = 0;
};

// ROS spells protocols in lower case in its documentation and examples, like Terraform.
QString rosValue(PermissionField field, const QString &value)
{
    return field == PermissionField::IpProtocol ? value.toLower() : value;
}

} // namespace

QString RosFormat::displayName() const
{
    return tr("ROS template (JSON)");
}

int RosFormat::sniff(QByteArrayView head) const
{
    const QByteArrayView text = head;
    if (text.contains("rostemplateformatversion"))
        return text.trimmed().startsWith('{') ? 100 : 60;
    return text.contains("\"aliyun::ecs::securitygroup") ? 90 : 0;
}

Parsed<Document> RosFormat::read(QIODevice &device, const QString &fileName) const
{
    Parsed<Document> out;
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
    if (!text.startsWith('{') && text.contains("ROSTemplateFormatVersion")) {
        out.diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1},
                                                 tr("this looks like a YAML template; SG Assist reads ROS templates in JSON")));
        return out;
    }
    const QJsonDocument document = json::parse(input.bytes, fileName, out.diagnostics);
    if (document.isNull())
        return out;
    if (!document.isObject()) {
        out.diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1}, tr("a ROS template is a JSON object")));
        return out;
    }
    TemplateReader(fileName, out).run(document.object());
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
        w.field(QLatin1StringView("Type"), rule.isIngress() ? QStringLiteral("ALIYUN::ECS::SecurityGroupIngress")
                                                            : QStringLiteral("ALIYUN::ECS::SecurityGroupEgress"));
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
    if (!w.finish())
        return device.errorString();
    return {};
}

} // namespace sg
