// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sg {
namespace {

// The translation context of the free functions' messages: "sg", where lupdate has always filed them.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(sg)
};

constexpr std::array scopeIds{
    std::pair{Scope::Admin, QLatin1StringView("admin")},
    std::pair{Scope::Users, QLatin1StringView("users")},
    std::pair{Scope::Cluster, QLatin1StringView("cluster")},
    std::pair{Scope::Internal, QLatin1StringView("internal")},
    std::pair{Scope::Monitoring, QLatin1StringView("monitoring")},
};

constexpr std::array sensitivityIds{
    std::pair{Sensitivity::Low, QLatin1StringView("low")},
    std::pair{Sensitivity::Medium, QLatin1StringView("medium")},
    std::pair{Sensitivity::High, QLatin1StringView("high")},
    std::pair{Sensitivity::Critical, QLatin1StringView("critical")},
};

bool isValidServiceId(QStringView id)
{
    if (id.isEmpty() || id.size() > 32 || !(id.front() >= u'a' && id.front() <= u'z'))
        return false;
    for (QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QList<ServicePort> readPorts(const QJsonValue &value, const SourceLocation &where, const QString &field,
                             Diagnostics &diagnostics)
{
    QList<ServicePort> out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        SourceLocation at = where;
        at.field = (at.field.isEmpty() ? QString() : at.field + u'.') + field + u'[' + QString::number(i) + u']';
        QString text;
        LocalizedText note;
        if (entry.isObject()) {
            text = entry.toObject().value(QLatin1StringView("port")).toString();
            note = LocalizedText::fromJson(entry.toObject().value(QLatin1StringView("note")));
        } else {
            text = entry.toString();
        }
        QString error;
        auto port = ServicePort::parse(text, &error);
        if (!port) {
            diagnostics.append(Diagnostic::error(at, error));
            continue;
        }
        port->note = note;
        out.append(*port);
    }
    return out;
}

} // namespace

QString toId(Scope scope)
{
    for (const auto &[value, id] : scopeIds) {
        if (value == scope)
            return QString(id);
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<Scope> scopeFromId(QStringView id)
{
    for (const auto &[value, name] : scopeIds) {
        if (id.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString displayName(Scope scope)
{
    switch (scope) {
    case Scope::Admin: return Messages::tr("Administrators");
    case Scope::Users: return Messages::tr("Users");
    case Scope::Cluster: return Messages::tr("Cluster nodes");
    case Scope::Internal: return Messages::tr("Internal networks");
    case Scope::Monitoring: return Messages::tr("Monitoring servers");
    }
    Q_UNREACHABLE();
    return QString();
}

QList<Scope> allScopes()
{
    return {Scope::Admin, Scope::Users, Scope::Cluster, Scope::Internal, Scope::Monitoring};
}

std::optional<Scope> fallbackScope(Scope scope)
{
    switch (scope) {
    case Scope::Users: return Scope::Admin;
    case Scope::Internal: return Scope::Cluster;
    case Scope::Admin:
    case Scope::Cluster:
    case Scope::Monitoring: return std::nullopt;
    }
    return std::nullopt;
}

QString toId(Sensitivity sensitivity)
{
    for (const auto &[value, id] : sensitivityIds) {
        if (value == sensitivity)
            return QString(id);
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<Sensitivity> sensitivityFromId(QStringView id)
{
    for (const auto &[value, name] : sensitivityIds) {
        if (id.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString ServicePort::toString() const
{
    const QString ports = range.isSingle() ? QString::number(range.first())
                                           : QString::number(range.first()) + u'-' + QString::number(range.last());
    return ports + u'/' + toApiString(protocol).toLower();
}

QString ServicePort::toDisplayString() const
{
    const QString ports = range.isSingle() ? QString::number(range.first())
                                           : QString::number(range.first()) + u'\u2013' + QString::number(range.last());
    return ports + u'/' + toApiString(protocol);
}

QString ServicePort::toDisplayString(const QList<ServicePort> &ports)
{
    QStringList parts;
    for (const ServicePort &port : ports)
        parts.append(port.toDisplayString());
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

std::optional<ServicePort> ServicePort::parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype slash = trimmed.lastIndexOf(u'/');
    const auto fail = [&](const QString &message) -> std::optional<ServicePort> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (slash < 0)
        return fail(tr("\"%1\" is not a port entry; write port/protocol, for example 22/tcp or 6817-6819/tcp")
                        .arg(trimmed.toString()));
    const auto protocol = protocolFromString(trimmed.mid(slash + 1));
    if (!protocol || !hasPorts(*protocol))
        return fail(tr("\"%1\": the protocol must be tcp or udp").arg(trimmed.toString()));
    const PortRange::ParseResult range = PortRange::parseLenient(trimmed.left(slash));
    if (!range.range || range.range->isNone())
        return fail(range.error.isEmpty() ? tr("\"%1\" has no port").arg(trimmed.toString()) : range.error);
    return ServicePort{*protocol, *range.range, {}};
}

QList<ServicePort> Service::portsWithUpstream(bool includeUpstream) const
{
    return includeUpstream ? ports + upstreamPorts : ports;
}

Parsed<Service> Service::fromJson(const QJsonObject &object, const SourceLocation &where)
{
    Parsed<Service> out;
    Service &s = out.value;
    const auto field = [&](const QString &fieldName) {
        SourceLocation at = where;
        at.field = at.field.isEmpty() ? fieldName : at.field + u'.' + fieldName;
        return at;
    };

    s.id = object.value(QLatin1StringView("id")).toString();
    if (!isValidServiceId(s.id)) {
        out.diagnostics.append(Diagnostic::error(
            field(QStringLiteral("id")),
            tr("\"%1\" is not a valid service id: use lower-case letters, digits, - and _, starting with a letter")
                .arg(s.id)));
    }
    s.category = object.value(QLatin1StringView("category")).toString(QStringLiteral("custom"));
    s.scheduler = object.value(QLatin1StringView("scheduler")).toBool(false);
    s.name = LocalizedText::fromJson(object.value(QLatin1StringView("name")));
    if (s.name.isEmpty())
        s.name = LocalizedText(s.id);
    s.purpose = LocalizedText::fromJson(object.value(QLatin1StringView("purpose")));
    s.recommendation = LocalizedText::fromJson(object.value(QLatin1StringView("recommendation")));
    s.practice = LocalizedText::fromJson(object.value(QLatin1StringView("practice")));
    s.warning = LocalizedText::fromJson(object.value(QLatin1StringView("warning")));
    s.upstreamNote = LocalizedText::fromJson(object.value(QLatin1StringView("upstreamNote")));

    s.ports = readPorts(object.value(QLatin1StringView("ports")), where, QStringLiteral("ports"), out.diagnostics);
    if (s.ports.isEmpty() && !hasErrors(out.diagnostics))
        out.diagnostics.append(Diagnostic::error(field(QStringLiteral("ports")),
                                                 tr("service \"%1\" lists no ports").arg(s.id)));
    s.upstreamPorts = readPorts(object.value(QLatin1StringView("upstreamPorts")), where,
                                QStringLiteral("upstreamPorts"), out.diagnostics);

    const QString scopeText = object.value(QLatin1StringView("scope")).toString();
    if (const auto scope = scopeFromId(scopeText)) {
        s.scope = *scope;
    } else {
        out.diagnostics.append(Diagnostic::error(
            field(QStringLiteral("scope")),
            tr("\"%1\" is not a scope: use admin, users, cluster, internal or monitoring").arg(scopeText)));
    }
    const QString sensitivityText = object.value(QLatin1StringView("sensitivity")).toString(QStringLiteral("high"));
    if (const auto sensitivity = sensitivityFromId(sensitivityText)) {
        s.sensitivity = *sensitivity;
    } else {
        out.diagnostics.append(Diagnostic::error(
            field(QStringLiteral("sensitivity")),
            tr("\"%1\" is not a sensitivity: use low, medium, high or critical").arg(sensitivityText)));
    }
    return out;
}

QJsonObject Service::toJson() const
{
    const auto portsToJson = [](const QList<ServicePort> &list) {
        QJsonArray array;
        for (const ServicePort &p : list) {
            if (p.note.isEmpty()) {
                array.append(p.toString());
            } else {
                array.append(QJsonObject{{QStringLiteral("port"), p.toString()},
                                         {QStringLiteral("note"), p.note.toJson()}});
            }
        }
        return array;
    };
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("category"), category},
        {QStringLiteral("name"), name.toJson()},
        {QStringLiteral("ports"), portsToJson(ports)},
        {QStringLiteral("scope"), toId(scope)},
        {QStringLiteral("sensitivity"), toId(sensitivity)},
    };
    if (scheduler)
        o.insert(QStringLiteral("scheduler"), true);
    const auto putText = [&o](const char *key, const LocalizedText &text) {
        if (!text.isEmpty())
            o.insert(QLatin1StringView(key), text.toJson());
    };
    putText("purpose", purpose);
    putText("recommendation", recommendation);
    putText("practice", practice);
    putText("warning", warning);
    putText("upstreamNote", upstreamNote);
    if (!upstreamPorts.isEmpty())
        o.insert(QStringLiteral("upstreamPorts"), portsToJson(upstreamPorts));
    return o;
}

} // namespace sg
