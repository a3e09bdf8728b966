// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudoptions.h"
#include "commands.h"

#include "cloud/pulloperation.h"

namespace sg::cli {
namespace {

// pull: a region's groups and network interfaces into a folder that opens as a workspace.
class PullCommand final : public Command
{
public:
    using Command::Command;

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        m_cloud.addTo(parser, {m_group, m_output});
    }

    int run(CliContext &context, const QCommandLineParser &parser) override
    {
        if (!parser.isSet(m_output) || parser.value(m_output).isEmpty())
            return usageError(context, QStringLiteral("-o DIR is required"));
        const QStringList groups = parser.values(m_group);
        for (const QString &id : groups) {
            if (!PullResult::isSafeGroupId(id))
                return usageError(context, QStringLiteral("\"%1\" is not a security group id (sg-...)").arg(id));
        }

        QObject owner;
        EcsClient *client = m_cloud.open(context, name(), m_cloud.settings(parser), &owner);
        if (!client)
            return BadInput;
        PullOperation::Options options;
        options.groupIds = groups;
        PullOperation pull(client, options);
        runOperation(context, pull, [&] { pull.start(); });
        if (pull.error())
            return reportCloudError(context, name(), *pull.error());

        const PullResult &result = pull.result();
        context.printDiagnostics(result.warnings);
        const PullResult::SaveResult saved = result.save(parser.value(m_output));
        if (!saved.error.isEmpty()) {
            context.err(QStringLiteral("sgassist-cli %1: %2\n").arg(name(), saved.error));
            return IoError;
        }
        qsizetype rules = 0;
        for (const RuleSet &set : result.groups)
            rules += set.rules.size();
        for (const QString &file : saved.files)
            context.out(file + u'\n');
        const auto count = [](qsizetype n, const char *one, const char *many) {
            return QStringLiteral("%1 %2").arg(n).arg(QLatin1StringView(n == 1 ? one : many));
        };
        context.err(QStringLiteral("Pulled %1 (%2) and %3 of %4 into %5\n")
                        .arg(count(result.groups.size(), "security group", "security groups"),
                             count(rules, "rule", "rules"),
                             count(result.networkInterfaces.size(), "network interface", "network interfaces"),
                             result.regionId, parser.value(m_output)));
        return Success;
    }

private:
    CloudOptions m_cloud;
    QCommandLineOption m_group{QStringLiteral("group"), QStringLiteral("A security group to pull (repeatable); default: every group of the region."),
                               QStringLiteral("sg-ID")};
    QCommandLineOption m_output{{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The folder to write (created if missing)."), QStringLiteral("dir")};
};

} // namespace

std::unique_ptr<Command> makePullCommand(Usage usage)
{
    return std::make_unique<PullCommand>(std::move(usage));
}

} // namespace sg::cli
