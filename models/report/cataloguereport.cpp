// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguereport.h"

#include "io/jsonwriter.h"

#include <algorithm>

namespace sg::CatalogueReport {

QString writeText(const ServiceCatalogue &catalogue, QIODevice &device)
{
    QString out;
    for (const Service &s : catalogue.services()) {
        out += QStringLiteral("%1  %2\n").arg(s.id.leftJustified(11), s.name.english());
        out += QStringLiteral("    ports:          %1\n").arg(ServicePort::toDisplayString(s.ports));
        if (!s.upstreamPorts.isEmpty())
            out += QStringLiteral("    upstream ports: %1\n").arg(ServicePort::toDisplayString(s.upstreamPorts));
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
    w.arrayField(QLatin1StringView("services"), catalogue.services(),
                 [&w](const Service &service) { w.value(QJsonValue(service.toJson())); });
    w.endObject();
    return w.finishWithError();
}

QString writeChecksText(const QList<CheckInfo> &checks, QIODevice &device)
{
    qsizetype idWidth = 0;
    for (const CheckInfo &check : checks)
        idWidth = std::max(idWidth, check.id.size());
    QString out;
    for (const CheckInfo &check : checks)
        out += QStringLiteral("%1  %2  %3\n").arg(check.id.leftJustified(idWidth), toId(check.severity).leftJustified(8), check.title);
    return device.write(out.toUtf8()) < 0 ? device.errorString() : QString();
}

QString writeChecksJson(const QList<CheckInfo> &checks, QIODevice &device)
{
    JsonWriter w(device);
    w.beginObject();
    w.objectArrayField(QLatin1StringView("checks"), checks, [&w](const CheckInfo &check) {
        w.field(QLatin1StringView("id"), check.id);
        w.field(QLatin1StringView("severity"), toId(check.severity));
        w.field(QLatin1StringView("category"), check.category);
        w.field(QLatin1StringView("title"), check.title);
        w.field(QLatin1StringView("description"), check.description);
        w.field(QLatin1StringView("recommendation"), check.recommendation);
    });
    w.endObject();
    return w.finishWithError();
}

} // namespace sg::CatalogueReport
