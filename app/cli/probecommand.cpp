// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "probe/connectivityprobe.h"
#include "report/probereport.h"

#include <QEventLoop>

namespace sg::cli {
namespace {

// probe: the `nc -zv` of the source document for every port of the chosen services at once.
class ProbeCommand final : public Command
{
public:
    using Command::Command;

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({m_services, m_port, m_upstream, m_timeout, reportOption()});
        addArgument(parser, QStringLiteral("host"), QStringLiteral("Host name or address to test."));
    }

    int run(CliContext &context, const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return usageError(context, QStringLiteral("give exactly one HOST"));
        const QString host = parser.positionalArguments().first();
        QList<ProbeTarget> targets;
        if (parser.isSet(m_services)) {
            QStringList ids;
            for (const QString &id : parser.value(m_services).split(u',', Qt::SkipEmptyParts)) {
                if (!ServiceCatalogue::builtIn().find(id.trimmed()))
                    return usageError(context, QStringLiteral("unknown service \"%1\"; see 'sgassist-cli catalogue'").arg(id));
                ids << id.trimmed();
            }
            targets = ConnectivityProbe::targetsForServices(ServiceCatalogue::builtIn(), ids, parser.isSet(m_upstream));
        }
        for (const QString &text : parser.values(m_port)) {
            QString error;
            const auto parsed = ConnectivityProbe::parseTargets(text, &error);
            if (!parsed)
                return usageError(context, error);
            ConnectivityProbe::addTargets(targets, *parsed);
        }
        if (targets.isEmpty())
            return usageError(context, QStringLiteral("name what to test with --services or --port"));
        bool timeoutOk = false;
        const int timeoutMs = parser.value(m_timeout).toInt(&timeoutOk);
        if (!timeoutOk || timeoutMs < 1 || timeoutMs > 600000)
            return usageError(context, QStringLiteral("--timeout must be a number of milliseconds from 1 to 600000"));
        const QString &kind = reportKind();

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
        const int written = context.writeReport({}, [&](QIODevice &device) {
            return kind == u"json" ? ProbeReport::writeJson(host, results, device) : ProbeReport::writeText(host, results, device);
        });
        if (written != Success)
            return written;
        return allOpen ? Success : Findings;
    }

private:
    QCommandLineOption m_services{QStringLiteral("services"), QStringLiteral("Catalogue services to test, comma-separated (see 'catalogue')."),
                                  QStringLiteral("id,...")};
    QCommandLineOption m_port{QStringLiteral("port"), QStringLiteral("A port to test: 22, 22/tcp, 20048/udp, 6817-6819/tcp. Repeatable."),
                              QStringLiteral("N/tcp")};
    QCommandLineOption m_upstream{QStringLiteral("upstream"), QStringLiteral("Include the services' upstream extra ports.")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"), QStringLiteral("Milliseconds to wait for each port (default 3000)."),
                                 QStringLiteral("ms"), QStringLiteral("3000")};
};

} // namespace

std::unique_ptr<Command> makeProbeCommand(Usage usage)
{
    return std::make_unique<ProbeCommand>(std::move(usage));
}

} // namespace sg::cli
