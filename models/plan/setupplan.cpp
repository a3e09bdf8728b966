// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupplan.h"

#include "io/jsonutil.h"

#include <QJsonArray>

namespace sg {
namespace {

class PlanReader
{
    Q_DECLARE_TR_FUNCTIONS(sg::PlanReader)

public:
    PlanReader(const QString &fileName, Diagnostics &diagnostics)
        : m_file(fileName), m_problems(diagnostics, fileName) {}

    SourceLocation at(const QString &field) const
    {
        SourceLocation where{m_file};
        where.field = field;
        return where;
    }

    void error(const QString &field, const QString &message)
    {
        m_problems.error(at(field), message);
    }

    QString readString(const QJsonValue &value, const QString &field)
    {
        if (value.isString())
            return value.toString();
        if (!value.isNull())
            error(field, tr("must be a string, not %1").arg(json::typeName(value)));
        return {};
    }

    QStringList readStringList(const QJsonValue &value, const QString &field)
    {
        QStringList out;
        if (value.isNull())
            return out;
        if (value.isString()) { // a lone string is read as a one-element list
            out.append(value.toString().trimmed());
            return out;
        }
        if (!value.isArray()) {
            error(field, tr("must be a list of strings, not %1").arg(json::typeName(value)));
            return out;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                error(field + u'[' + QString::number(i) + u']',
                      tr("must be a string, not %1").arg(json::typeName(array.at(i))));
                continue;
            }
            out.append(array.at(i).toString().trimmed());
        }
        return out;
    }

    ProblemCollector &problems() { return m_problems; }
    const QString &file() const { return m_file; }

private:
    QString m_file;
    ProblemCollector m_problems;
};

} // namespace

QStringList SetupPlan::selectedServiceIds() const
{
    QStringList out;
    const QString schedulerId = scheduler.trimmed().toLower();
    if (!schedulerId.isEmpty() && schedulerId != u"none")
        out.append(schedulerId);
    for (const QString &id : services) {
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

Parsed<SetupPlan> SetupPlan::fromJson(const QByteArray &json, const QString &fileName)
{
    Parsed<SetupPlan> out;
    const QJsonDocument document = json::parse(json, fileName, out.diagnostics);
    if (!out.ok())
        return out;
    if (!document.isObject()) {
        out.diagnostics.append(Diagnostic::error(
            SourceLocation{fileName}, tr("a setup plan must be a JSON object with \"services\" and \"sources\"")));
        return out;
    }
    return fromJsonObject(document.object(), fileName);
}

Parsed<SetupPlan> SetupPlan::fromJsonObject(const QJsonObject &object, const QString &fileName)
{
    Parsed<SetupPlan> out;
    SetupPlan &plan = out.value;
    PlanReader reader(fileName, out.diagnostics);

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key().toLower();
        const QJsonValue value = it.value();
        if (key == u"name") {
            plan.name = reader.readString(value, it.key());
        } else if (key == u"regionid") {
            plan.regionId = reader.readString(value, it.key()).trimmed();
        } else if (key == u"securitygroupid") {
            plan.securityGroupId = reader.readString(value, it.key()).trimmed();
        } else if (key == u"grouptype") {
            const QString text = reader.readString(value, it.key());
            if (const auto type = groupTypeFromString(text))
                plan.groupType = *type;
            else if (!text.isEmpty() || value.isString())
                reader.error(it.key(), tr("\"%1\" is not a group type: use basic or enterprise").arg(text));
        } else if (key == u"scheduler") {
            plan.scheduler = value.isNull() ? QStringLiteral("none") : reader.readString(value, it.key()).trimmed();
        } else if (key == u"services") {
            plan.services = reader.readStringList(value, it.key());
        } else if (key == u"sources") {
            if (!value.isObject()) {
                reader.error(it.key(), tr("must be an object of scope: [sources], not %1").arg(json::typeName(value)));
                continue;
            }
            const QJsonObject sources = value.toObject();
            for (auto s = sources.constBegin(); s != sources.constEnd(); ++s) {
                const QString field = it.key() + u'.' + s.key();
                const auto scope = scopeFromId(s.key());
                if (!scope) {
                    reader.error(field, tr("\"%1\" is not a scope: use admin, users, cluster, internal or monitoring").arg(s.key()));
                    continue;
                }
                plan.sources[*scope] += reader.readStringList(s.value(), field);
            }
        } else if (key == u"overrides") {
            if (!value.isObject()) {
                reader.error(it.key(), tr("must be an object of service: [sources], not %1").arg(json::typeName(value)));
                continue;
            }
            const QJsonObject overrides = value.toObject();
            for (auto o = overrides.constBegin(); o != overrides.constEnd(); ++o)
                plan.overrides[o.key().toLower()] = reader.readStringList(o.value(), it.key() + u'.' + o.key());
        } else if (key == u"upstreamports") {
            if (value.isBool())
                plan.upstreamPorts = value.toBool();
            else if (!value.isNull())
                reader.error(it.key(), tr("must be true or false, not %1").arg(json::typeName(value)));
        } else if (key == u"customservices") {
            const QJsonArray array = value.toArray();
            if (!value.isArray() && !value.isNull())
                reader.error(it.key(), tr("must be a list of service objects, not %1").arg(json::typeName(value)));
            for (qsizetype i = 0; i < array.size(); ++i) {
                Parsed<Service> service = Service::fromJson(
                    array.at(i).toObject(), reader.at(it.key() + u'[' + QString::number(i) + u']'));
                reader.problems().addAll(service.diagnostics);
                if (service.ok()) {
                    service.value.category = QStringLiteral("custom");
                    plan.customServices.append(service.value);
                }
            }
        } else if (key == u"workbench") {
            if (value.isNull())
                continue;
            if (!value.isObject()) {
                reader.error(it.key(), tr("must be an object {\"site\": \"china\"|\"international\", \"via\": [\"public\", \"private\"]}, not %1").arg(json::typeName(value)));
                continue;
            }
            WorkbenchAccess access;
            const QJsonObject fields = value.toObject();
            bool hasSite = false;
            bool hasVia = false;
            for (auto w = fields.constBegin(); w != fields.constEnd(); ++w) {
                const QString field = it.key() + u'.' + w.key();
                const QString wkey = w.key().toLower();
                if (wkey == u"site") {
                    hasSite = true;
                    access.site = reader.readString(w.value(), field).trimmed().toLower();
                } else if (wkey == u"via") {
                    hasVia = true;
                    const QStringList via = reader.readStringList(w.value(), field);
                    for (const QString &type : via)
                        access.via.append(type.toLower());
                } else {
                    reader.problems().warning(reader.at(field), tr("unknown field \"%1\" is ignored").arg(w.key()));
                }
            }
            // Checked here as well as in the builder: the plan names the field, the builder the rules.
            if (!hasSite)
                reader.error(it.key() + QStringLiteral(".site"), tr("the Workbench site is missing: use china or international"));
            if (!hasVia)
                reader.error(it.key() + QStringLiteral(".via"), tr("the Workbench connection types are missing: list public, private or both"));
            plan.workbench = access;
        } else if (key == u"format" || key == u"version" || key == u"$schema") {
            // Tolerated metadata.
        } else {
            reader.problems().warning(reader.at(it.key()), tr("unknown field \"%1\" is ignored").arg(it.key()));
        }
    }
    reader.problems().finish();
    return out;
}

bool SetupPlan::looksLikePlan(QByteArrayView head)
{
    const QByteArray text = head.toByteArray().toLower();
    const bool planKeys = text.contains("\"services\"") || text.contains("\"sources\"");
    const bool ruleKeys = text.contains("\"permissions\"") || text.contains("\"rules\"")
        || text.contains("\"sgassist-project\"");
    return text.trimmed().startsWith('{') && planKeys && !ruleKeys;
}

QJsonObject SetupPlan::toJson() const
{
    QJsonObject sourcesObject;
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it)
        sourcesObject.insert(toId(it.key()), QJsonArray::fromStringList(it.value()));
    QJsonObject overridesObject;
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        overridesObject.insert(it.key(), QJsonArray::fromStringList(it.value()));

    QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("regionId"), regionId},
        {QStringLiteral("securityGroupId"), securityGroupId},
        {QStringLiteral("groupType"), toApiString(groupType)},
        {QStringLiteral("scheduler"), scheduler},
        {QStringLiteral("services"), QJsonArray::fromStringList(services)},
        {QStringLiteral("sources"), sourcesObject},
        {QStringLiteral("overrides"), overridesObject},
        {QStringLiteral("upstreamPorts"), upstreamPorts},
    };
    if (workbench) {
        o.insert(QStringLiteral("workbench"), QJsonObject{{QStringLiteral("site"), workbench->site}, {QStringLiteral("via"), QJsonArray::fromStringList(workbench->via)}});
    }
    if (!customServices.isEmpty()) {
        QJsonArray custom;
        for (const Service &service : customServices)
            custom.append(service.toJson());
        o.insert(QStringLiteral("customServices"), custom);
    }
    return o;
}

} // namespace sg
