// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probereport.h"

#include "io/jsonwriter.h"

namespace sg::ProbeReport {

QString writeText(const QString &host, const QList<ProbeResult> &results, QIODevice &device)
{
    QString text;
    for (const ProbeResult &r : results) {
        const QString serviceList = r.target.services.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(r.target.services.join(QStringLiteral(", ")));
        const bool timed = r.status == ProbeStatus::Open || r.status == ProbeStatus::Refused || r.status == ProbeStatus::TimedOut;
        text += QStringLiteral("%1 %2 %3%4%5\n")
                    .arg(host, r.target.toString().leftJustified(11), displayName(r.status).leftJustified(18),
                         timed ? QStringLiteral("%1 ms").arg(r.elapsedMs).leftJustified(9) : QString(9, u' '),
                         serviceList + (r.status == ProbeStatus::Error ? QStringLiteral("  ") + r.detail : QString()));
    }
    return device.write(text.toUtf8()) < 0 ? device.errorString() : QString();
}

QString writeJson(const QString &host, const QList<ProbeResult> &results, QIODevice &device)
{
    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("host"), host);
    w.objectArrayField(QLatin1StringView("results"), results, [&w](const ProbeResult &r) {
        w.field(QLatin1StringView("port"), r.target.port);
        w.field(QLatin1StringView("protocol"), toApiString(r.target.protocol).toLower());
        w.arrayField(QLatin1StringView("services"), r.target.services, [&w](const QString &id) { w.value(id); });
        w.field(QLatin1StringView("status"), toId(r.status));
        w.field(QLatin1StringView("elapsedMs"), r.elapsedMs);
        w.field(QLatin1StringView("detail"), r.detail);
    });
    w.endObject();
    return w.finishWithError();
}

} // namespace sg::ProbeReport
