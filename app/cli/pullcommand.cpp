// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "cloudoptions.h"
#include "commands.h"

#include "cloud/pulloperation.h"

namespace sg::cli {

int runPull(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("pull");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Read security groups and network interfaces from Alibaba Cloud into a folder that opens as a "
                       "workspace: DIR/<group-id>.json (DescribeSecurityGroupAttribute, every rule with its id) and "
                       "DIR/network-interfaces.json (DescribeNetworkInterfaces).\nOnly Describe actions are called. Nothing "
                       "is written unless everything was read. Exit 0 success, 2 bad usage or credentials, 3 API or "
                       "network error (the API's code on stderr)."));
    const CloudOptions cloud;
    cloud.addTo(parser);
    const QCommandLineOption group(QStringLiteral("group"),
                                   QStringLiteral("A security group to pull (repeatable); default: every group of the region."),
                                   QStringLiteral("sg-ID"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The folder to write (created if missing)."), QStringLiteral("dir"));
    parser.addOptions({group, output});
    int exitCode = Success;
    if (!context.parse(parser, command, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(command, QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return context.usageError(command, QStringLiteral("-o DIR is required"));
    const QStringList groups = parser.values(group);
    for (const QString &id : groups) {
        if (!PullResult::isSafeGroupId(id))
            return context.usageError(command, QStringLiteral("\"%1\" is not a security group id (sg-...)").arg(id));
    }

    QObject owner;
    EcsClient *client = cloud.open(context, command, cloud.settings(parser), &owner);
    if (!client)
        return BadInput;
    PullOperation::Options options;
    options.groupIds = groups;
    PullOperation pull(client, options);
    runOperation(context, pull, [&] { pull.start(); });
    if (pull.error())
        return reportCloudError(context, command, *pull.error());

    const PullResult &result = pull.result();
    context.printDiagnostics(result.warnings);
    const PullResult::SaveResult saved = result.save(parser.value(output));
    if (!saved.error.isEmpty()) {
        context.err(QStringLiteral("sgassist-cli %1: %2\n").arg(command, saved.error));
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
                         result.regionId, parser.value(output)));
    return Success;
}

} // namespace sg::cli
