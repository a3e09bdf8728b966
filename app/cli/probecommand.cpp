// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"

#include "io/jsonwriter.h"
#include "probe/connectivityprobe.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace sg::cli {

int runProbe(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("probe");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Try a TCP connection to each port of the chosen services on HOST, like 'nc -zv HOST PORT' for "
                       "all of them at once.\nExit 0 when every tested port is open, 1 when any is refused, timed out "
                       "or failed, 2 on bad usage. UDP ports are listed as not testable."));
    const QCommandLineOption services(QStringLiteral("services"),
                                      QStringLiteral("Catalogue services to test, comma-separated (see 'catalogue')."),
                                      QStringLiteral("id,..."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("A port to test: 22, 22/tcp, 20048/udp, 6817-6819/tcp. Repeatable."),
                                  QStringLiteral("N/tcp"));
    const QCommandLineOption upstream(QStringLiteral("upstream"), QStringLiteral("Include the services' upstream extra ports."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Milliseconds to wait for each port (default 3000)."),
                                     QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Output: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOptions({services, port, upstream, timeout, report});
    parser.addPositionalArgument(QStringLiteral("host"), QStringLiteral("Host name or address to test."));
    int exitCode = Success;
    if (!context.parse(parser, command, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(command, QStringLiteral("give exactly one HOST"));
    const QString host = parser.positionalArguments().first();

    QList<ProbeTarget> targets;
    if (parser.isSet(services)) {
        const QStringList ids = parser.value(services).split(u',', Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            if (!ServiceCatalogue::builtIn().find(id.trimmed()))
                return context.usageError(command, QStringLiteral("unknown service \"%1\"; see 'sgassist-cli catalogue'").arg(id));
        }
        QStringList trimmed;
        for (const QString &id : ids)
            trimmed << id.trimmed();
        targets = ConnectivityProbe::targetsForServices(ServiceCatalogue::builtIn(), trimmed, parser.isSet(upstream));
    }
    for (const QString &text : parser.values(port)) {
        QString error;
        const auto parsed = ConnectivityProbe::parseTargets(text, &error);
        if (!parsed)
            return context.usageError(command, error);
        ConnectivityProbe::addTargets(targets, *parsed);
    }
    if (targets.isEmpty())
        return context.usageError(command, QStringLiteral("name what to test with --services or --port"));
    bool timeoutOk = false;
    const int timeoutMs = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutMs < 1 || timeoutMs > 600000)
        return context.usageError(command, QStringLiteral("--timeout must be a number of milliseconds from 1 to 600000"));
    const QString kind = parser.value(report);
    if (kind != u"text" && kind != u"json")
        return context.usageError(command, QStringLiteral("--report must be text or json"));

    ConnectivityProbe probe;
    QEventLoop loop;
    QObject::connect(&probe, &ConnectivityProbe::finished, &loop, &QEventLoop::quit);
    probe.start(host, targets, timeoutMs);
    if (probe.isRunning())
        loop.exec();

    const QList<ProbeResult> &results = probe.results();
    const bool allOpen = std::all_of(results.cbegin(), results.cend(), [](const ProbeResult &r) {
        return r.status == ProbeStatus::Open || r.status == ProbeStatus::NotTestable;
    });
    const int written = context.writeOutput({}, [&](QIODevice &device) {
        if (kind == u"json") {
            JsonWriter w(device);
            w.beginObject();
            w.field(QLatin1StringView("host"), host);
            w.key(QLatin1StringView("results"));
            w.beginArray();
            for (const ProbeResult &r : results) {
                w.beginObject();
                w.field(QLatin1StringView("port"), r.target.port);
                w.field(QLatin1StringView("protocol"), toApiString(r.target.protocol).toLower());
                w.key(QLatin1StringView("services"));
                w.beginArray();
                for (const QString &id : r.target.services)
                    w.value(id);
                w.endArray();
                w.field(QLatin1StringView("status"), toId(r.status));
                w.field(QLatin1StringView("elapsedMs"), r.elapsedMs);
                w.field(QLatin1StringView("detail"), r.detail);
                w.endObject();
            }
            w.endArray();
            w.endObject();
            return w.finish() ? QString() : device.errorString();
        }
        QString text;
        for (const ProbeResult &r : results) {
            const QString serviceList = r.target.services.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(r.target.services.join(QStringLiteral(", ")));
            text += QStringLiteral("%1 %2 %3%4%5\n")
                        .arg(host, r.target.toString().leftJustified(11), displayName(r.status).leftJustified(18),
                             r.status == ProbeStatus::Open || r.status == ProbeStatus::Refused || r.status == ProbeStatus::TimedOut
                                 ? QStringLiteral("%1 ms").arg(r.elapsedMs).leftJustified(9)
                                 : QString(9, u' '),
                             serviceList + (r.status == ProbeStatus::Error ? QStringLiteral("  ") + r.detail : QString()));
        }
        return device.write(text.toUtf8()) < 0 ? device.errorString() : QString();
    });
    if (written != Success)
        return written;
    return allOpen ? Success : Findings;
}

} // namespace sg::cli
