// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicecatalogue.h"

#include "builtinresource.h"
#include "io/jsonutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

static void initCatalogueResource()
{
    Q_INIT_RESOURCE(catalogue);
}

namespace sg {

const ServiceCatalogue &ServiceCatalogue::builtIn()
{
    return builtInResource<ServiceCatalogue>(initCatalogueResource, QStringLiteral(":/sgassist/catalogue/services.json"));
}

Parsed<ServiceCatalogue> ServiceCatalogue::fromJson(const QByteArray &json, const QString &fileName)
{
    Parsed<ServiceCatalogue> out;
    const QJsonDocument document = json::parse(json, fileName, out.diagnostics);
    const QJsonArray services = document.object().value(QLatin1StringView("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        SourceLocation at{fileName};
        at.field = QStringLiteral("services[%1]").arg(i);
        Parsed<Service> service = Service::fromJson(services.at(i).toObject(), at);
        out.diagnostics += service.diagnostics;
        if (service.ok() && !out.value.add(service.value)) {
            out.diagnostics.append(Diagnostic::error(
                at, QCoreApplication::translate("sg::ServiceCatalogue", "the service id \"%1\" appears twice").arg(service.value.id)));
        }
    }
    return out;
}

const Service *ServiceCatalogue::find(QStringView id) const
{
    for (const Service &service : m_services) {
        if (service.id == id)
            return &service;
    }
    return nullptr;
}

QList<const Service *> ServiceCatalogue::schedulers() const
{
    QList<const Service *> out;
    for (const Service &service : m_services) {
        if (service.scheduler)
            out.append(&service);
    }
    return out;
}

bool ServiceCatalogue::add(const Service &service)
{
    if (find(service.id))
        return false;
    m_services.append(service);
    return true;
}

QStringList ServiceCatalogue::serviceIdsOn(Protocol protocol, PortRange range) const
{
    const auto overlaps = [&](const ServicePort &port) {
        const bool protocolMatches = protocol == Protocol::All || protocol == port.protocol;
        return protocolMatches && (range.isNone() || (range.first() <= port.range.last() && port.range.first() <= range.last()));
    };
    // Called for every rule of large files: no temporary lists.
    QStringList out;
    for (const Service &service : m_services) {
        if (std::any_of(service.ports.cbegin(), service.ports.cend(), overlaps)
            || std::any_of(service.upstreamPorts.cbegin(), service.upstreamPorts.cend(), overlaps))
            out.append(service.id);
    }
    return out;
}

QStringList ServiceCatalogue::serviceIdsOpenedBy(const QList<Rule> &rules) const
{
    QStringList out;
    QSet<quint64> seen;
    for (const Rule &rule : rules) {
        QStringList ids = rule.services;
        if (ids.isEmpty() && rule.isIngress() && rule.policy == Policy::Accept) {
            const quint64 key = rangeKey(rule.protocol, rule.ports);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            ids = serviceIdsOn(rule.protocol, rule.ports);
            if (ids.size() == m_services.size())
                ids.clear();
        }
        for (const QString &id : std::as_const(ids)) {
            if (!out.contains(id))
                out.append(id);
        }
    }
    return out;
}

} // namespace sg
