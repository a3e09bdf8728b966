// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguereport.h"

#include "io/jsonwriter.h"

namespace sg::CatalogueReport {
namespace {

QString portList(const QList<ServicePort> &ports)
{
    QStringList parts;
    for (const ServicePort &port : ports)
        parts.append(port.toDisplayString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString writeText(const ServiceCatalogue &catalogue, QIODevice &device)
{
    QString out;
    for (const Service &s : catalogue.services()) {
        out += QStringLiteral("%1  %2\n").arg(s.id.leftJustified(11), s.name.english());
        out += QStringLiteral("    ports:          %1\n").arg(portList(s.ports));
        if (!s.upstreamPorts.isEmpty())
            out += QStringLiteral("    upstream ports: %1\n").arg(portList(s.upstreamPorts));
        out += QStringLiteral("    sources from:   %1%2\n")
                   .arg(toId(s.scope),
                        fallbackScope(s.scope) ? QStringLiteral(" (falls back to %1)").arg(toId(*fallbackScope(s.scope)))
                                               : QString());
        out += QStringLiteral("    sensitivity:    %1\n").arg(toId(s.sensitivity));
        out += QStringLiteral("    recommendation: %1\n\n").arg(s.recommendation.english());
    }
    return device.write(out.toUtf8()) < 0 ? device.errorString() : QString();
}

QString writeJson(const ServiceCatalogue &catalogue, QIODevice &device)
{
    JsonWriter w(device);
    w.beginObject();
    w.key(QLatin1StringView("services"));
    w.beginArray();
    for (const Service &service : catalogue.services())
        w.value(QJsonValue(service.toJson()));
    w.endArray();
    w.endObject();
    return w.finish() ? QString() : device.errorString();
}

} // namespace sg::CatalogueReport
