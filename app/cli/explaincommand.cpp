// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "report/explainreport.h"
#include "workspace/enievaluator.h"

namespace sg::cli {
namespace {

// explain: can this source reach this port, on this interface, and which rule of which group decides?
class ExplainCommand final : public WorkspaceCommand
{
public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    void addCommandOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({m_eni, m_instance, m_group, m_source, m_protocol, m_port, m_direction, reportOption()});
    }

    int runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths) override
    {
        if (int(parser.isSet(m_eni)) + int(parser.isSet(m_instance)) + int(parser.isSet(m_group)) > 1)
            return usageError(context, QStringLiteral("give one of --eni, --instance and --group"));
        if (!parser.isSet(m_source))
            return usageError(context, QStringLiteral("--source is required"));
        if (!parser.isSet(m_protocol))
            return usageError(context, QStringLiteral("--protocol is required"));
        const Endpoint::ParseResult source = Endpoint::parse(parser.value(m_source));
        if (!source.endpoint)
            return usageError(context, QStringLiteral("--source: %1").arg(source.error));
        m_query.source = *source.endpoint;
        const std::optional<Protocol> protocol = protocolFromString(parser.value(m_protocol).trimmed());
        if (!protocol)
            return usageError(context, QStringLiteral("--protocol: \"%1\" is not a protocol: use tcp, udp, icmp, icmpv6, gre or all").arg(parser.value(m_protocol)));
        m_query.protocol = *protocol;
        const std::optional<Direction> direction = directionFromString(parser.value(m_direction).trimmed());
        if (!direction)
            return usageError(context, QStringLiteral("--direction: \"%1\" is not a direction: use ingress or egress").arg(parser.value(m_direction)));
        m_query.direction = *direction;
        if (hasPorts(m_query.protocol)) {
            if (!parser.isSet(m_port))
                return usageError(context, QStringLiteral("--port is required for %1").arg(parser.value(m_protocol)));
            bool ok = false;
            m_query.port = parser.value(m_port).trimmed().toInt(&ok);
            if (!ok || m_query.port < PortRange::MinPort || m_query.port > PortRange::MaxPort)
                return usageError(context, QStringLiteral("--port: \"%1\" is not a port from 1 to 65535").arg(parser.value(m_port)));
        } else if (parser.isSet(m_port) && !context.isQuiet()) {
            context.err(QStringLiteral("sgassist-cli %1: note: --port is ignored for %2, which has no ports\n").arg(name(), parser.value(m_protocol)));
        }
        return WorkspaceCommand::runWithPaths(context, parser, paths);
    }

    int runWithWorkspace(CliContext &context, const QCommandLineParser &parser, const LoadedWorkspace &loaded) override
    {
        const Workspace &workspace = loaded.workspace;
        std::optional<EniEvaluator> evaluator;
        if (parser.isSet(m_group)) {
            const qsizetype index = workspace.indexOfGroup(parser.value(m_group));
            if (index < 0)
                return usageError(context, QStringLiteral("no group \"%1\" in the workspace; %2").arg(parser.value(m_group), choices(workspace)));
            evaluator.emplace(workspace, QList<int>{int(index)}, workspace.groups.at(index).key());
        } else if (parser.isSet(m_eni)) {
            const qsizetype index = workspace.indexOfInterface(parser.value(m_eni));
            if (index < 0)
                return usageError(context, QStringLiteral("no network interface \"%1\" in the workspace; %2").arg(parser.value(m_eni), choices(workspace)));
            evaluator.emplace(EniEvaluator::forInterface(workspace, index));
        } else if (parser.isSet(m_instance)) {
            const QList<qsizetype> interfaces = workspace.interfacesOfInstance(parser.value(m_instance));
            if (interfaces.isEmpty())
                return usageError(context, QStringLiteral("no instance \"%1\" in the workspace; %2").arg(parser.value(m_instance), choices(workspace)));
            // Traffic to an instance's primary address arrives on its primary interface.
            qsizetype chosen = interfaces.first();
            for (qsizetype index : interfaces) {
                if (workspace.interfaces.at(index).type.compare(u"Primary", Qt::CaseInsensitive) == 0)
                    chosen = index;
            }
            evaluator.emplace(EniEvaluator::forInterface(workspace, chosen));
        } else if (workspace.groups.size() == 1) {
            evaluator.emplace(workspace, QList<int>{0}, workspace.groups.first().key());
        } else {
            return usageError(context, QStringLiteral("the workspace holds %1 groups: name where to ask with --eni, --instance or --group; %2").arg(workspace.groups.size()).arg(choices(workspace)));
        }
        const EniDecision decision = evaluator->evaluate(m_query);
        const int written = context.writeReport({}, [&](QIODevice &device) {
            return reportKind() == u"json" ? ExplainReport::writeJson(decision, device) : ExplainReport::writeText(decision, device);
        });
        if (written != Success)
            return written;
        return decision.decision.allowed ? Success : Findings;
    }

private:
    // "interfaces: eni-1, eni-2; groups: sg-1, WebSg" (at most 20 of each).
    static QString choices(const Workspace &workspace)
    {
        const auto first = [](QStringList list) -> QString {
            const qsizetype n = list.size();
            list = list.mid(0, 20);
            return list.join(QStringLiteral(", ")) + (n > 20 ? QStringLiteral(", ... (%1 in all)").arg(n) : QString());
        };
        QStringList interfaces;
        for (const NetworkInterface &eni : workspace.interfaces)
            interfaces.append(eni.instanceId.isEmpty() ? eni.id : QStringLiteral("%1 (%2)").arg(eni.id, eni.instanceId));
        QStringList groups;
        for (const WorkspaceGroup &group : workspace.groups)
            groups.append(group.key());
        QString out;
        if (!interfaces.isEmpty())
            out += QStringLiteral("interfaces: ") + first(interfaces) + QStringLiteral("; ");
        return out + QStringLiteral("groups: ") + (groups.isEmpty() ? QStringLiteral("none") : first(groups));
    }

    QCommandLineOption m_eni{QStringLiteral("eni"), QStringLiteral("Ask on this network interface: all its groups together."), QStringLiteral("eni-ID")};
    QCommandLineOption m_instance{QStringLiteral("instance"), QStringLiteral("Ask on this instance's primary network interface."), QStringLiteral("i-ID")};
    QCommandLineOption m_group{QStringLiteral("group"), QStringLiteral("Ask of this group alone (its id, or its name in the source)."), QStringLiteral("ID")};
    QCommandLineOption m_source{QStringLiteral("source"),
                                QStringLiteral("Where the traffic comes from (for egress: where it goes): an IPv4/IPv6 address or block, or sg-ID."),
                                QStringLiteral("addr|sg-ID")};
    QCommandLineOption m_protocol{QStringLiteral("protocol"), QStringLiteral("tcp, udp, icmp, icmpv6, gre or all (a protocol only rules for all protocols match)."),
                                  QStringLiteral("protocol")};
    QCommandLineOption m_port{QStringLiteral("port"), QStringLiteral("Destination port, 1-65535 (tcp and udp)."), QStringLiteral("n")};
    QCommandLineOption m_direction{QStringLiteral("direction"), QStringLiteral("ingress (default) or egress."), QStringLiteral("direction"),
                                   QStringLiteral("ingress")};
    TrafficQuery m_query;
};

} // namespace

std::unique_ptr<Command> makeExplainCommand(Usage usage)
{
    return std::make_unique<ExplainCommand>(std::move(usage));
}

} // namespace sg::cli
