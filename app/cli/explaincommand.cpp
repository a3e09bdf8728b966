// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "ruleinput.h"

#include "analysis/policyevaluator.h"
#include "io/formatregistry.h"
#include "io/jsonwriter.h"

namespace sg::cli {

int runExplain(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("explain");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Answer \"can this source reach this port?\" as Alibaba Cloud decides it, and name the rule that\n"
                       "decides. Exits 0 when the traffic is allowed, 1 when it is denied."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Input format: %1 (default: detected).").arg(FormatRegistry::instance().idList(true)),
                                  QStringLiteral("format"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("Where the traffic comes from (for egress: where it goes): an IPv4/IPv6 address or block, or sg-ID."),
                                    QStringLiteral("addr|sg-ID"));
    const QCommandLineOption protocol(QStringLiteral("protocol"),
                                      QStringLiteral("tcp, udp, icmp, icmpv6, gre or all (a protocol only rules for all protocols match)."),
                                      QStringLiteral("protocol"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Destination port, 1-65535 (tcp and udp)."), QStringLiteral("n"));
    const QCommandLineOption direction(QStringLiteral("direction"), QStringLiteral("ingress (default) or egress."),
                                       QStringLiteral("direction"), QStringLiteral("ingress"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Output: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOptions({from, source, protocol, port, direction, report});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The rule file."));
    int exitCode = Success;
    if (!context.parse(parser, command, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(command, positional.isEmpty() ? QStringLiteral("a rule file is required")
                                                                : QStringLiteral("only one rule file may be given"));
    const QString kind = parser.value(report);
    if (kind != u"text" && kind != u"json")
        return context.usageError(command, QStringLiteral("\"%1\" is not a report: use text or json").arg(kind));
    if (!parser.isSet(source))
        return context.usageError(command, QStringLiteral("--source is required"));
    if (!parser.isSet(protocol))
        return context.usageError(command, QStringLiteral("--protocol is required"));

    TrafficQuery query;
    const Endpoint::ParseResult parsedSource = Endpoint::parse(parser.value(source));
    if (!parsedSource.endpoint)
        return context.usageError(command, QStringLiteral("--source: %1").arg(parsedSource.error));
    query.source = *parsedSource.endpoint;
    const std::optional<Protocol> parsedProtocol = protocolFromString(parser.value(protocol).trimmed());
    if (!parsedProtocol)
        return context.usageError(command, QStringLiteral("--protocol: \"%1\" is not a protocol: use tcp, udp, icmp, icmpv6, gre or all")
                                               .arg(parser.value(protocol)));
    query.protocol = *parsedProtocol;
    const std::optional<Direction> parsedDirection = directionFromString(parser.value(direction).trimmed());
    if (!parsedDirection)
        return context.usageError(command, QStringLiteral("--direction: \"%1\" is not a direction: use ingress or egress")
                                               .arg(parser.value(direction)));
    query.direction = *parsedDirection;
    if (hasPorts(query.protocol)) {
        if (!parser.isSet(port))
            return context.usageError(command, QStringLiteral("--port is required for %1").arg(parser.value(protocol)));
        bool ok = false;
        query.port = parser.value(port).trimmed().toInt(&ok);
        if (!ok || query.port < PortRange::MinPort || query.port > PortRange::MaxPort)
            return context.usageError(command, QStringLiteral("--port: \"%1\" is not a port from 1 to 65535").arg(parser.value(port)));
    } else if (parser.isSet(port)) {
        context.err(QStringLiteral("sgassist-cli explain: note: --port is ignored for %1, which has no ports\n").arg(parser.value(protocol)));
    }

    RuleFiles::LoadResult loaded;
    if (const int code = loadRuleFile(context, positional.first(), parser.value(from), loaded); code != Success)
        return code;
    const Decision decision = PolicyEvaluator(loaded.document.ruleSet).evaluate(query);

    const int written = context.writeOutput({}, [&](QIODevice &device) {
        if (kind == u"json") {
            JsonWriter w(device);
            w.beginObject();
            w.field(QLatin1StringView("allowed"), decision.allowed);
            w.key(QLatin1StringView("decidingRule"));
            if (decision.decidingRule > 0)
                w.value(decision.decidingRule);
            else
                w.null();
            w.field(QLatin1StringView("reason"), toId(decision.reason));
            w.field(QLatin1StringView("explanation"), decision.explanation);
            w.endObject();
            return w.finish() ? QString() : device.errorString();
        }
        const QString text = (decision.allowed ? QStringLiteral("ALLOWED\n") : QStringLiteral("DENIED\n"))
            + decision.explanation + u'\n';
        return device.write(text.toUtf8()) < 0 ? device.errorString() : QString();
    });
    if (written != Success)
        return written;
    return decision.allowed ? Success : Findings;
}

} // namespace sg::cli
