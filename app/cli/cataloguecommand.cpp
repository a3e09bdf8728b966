// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"

#include "catalogue/servicecatalogue.h"
#include "io/jsonwriter.h"

#include <QBuffer>

namespace sg::cli {
namespace {

QString portList(const QList<ServicePort> &ports)
{
    QStringList parts;
    for (const ServicePort &port : ports)
        parts.append(port.toDisplayString());
    return parts.join(QStringLiteral(", "));
}

QString textReport(const ServiceCatalogue &catalogue)
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
    return out;
}

} // namespace

int runCatalogue(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the services SG Assist knows, with their ports, scopes and recommendations."));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Output: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOption(report);
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("catalogue"), arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("catalogue"), QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn();
    const QString kind = parser.value(report);
    if (kind == u"text")
        return context.writeOutput({}, [&](QIODevice &device) {
            return device.write(textReport(catalogue).toUtf8()) < 0 ? device.errorString() : QString();
        });
    if (kind == u"json") {
        return context.writeOutput({}, [&](QIODevice &device) {
            JsonWriter w(device);
            w.beginObject();
            w.key(QLatin1StringView("services"));
            w.beginArray();
            for (const Service &service : catalogue.services())
                w.value(QJsonValue(service.toJson()));
            w.endArray();
            w.endObject();
            return w.finish() ? QString() : device.errorString();
        });
    }
    return context.usageError(QStringLiteral("catalogue"), QStringLiteral("--report must be text or json, not \"%1\"").arg(kind));
}

} // namespace sg::cli
