// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "cloudoptions.h"
#include "commands.h"
#include "ruleinput.h"

#include "cloud/applyoperation.h"

#include <QFileInfo>

namespace sg::cli {

int runApply(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("apply");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Make a live security group equal to FILE: read the group, print the plan (revoke by rule id, "
                       "authorize, modify), and only with --yes apply it, read the group again and verify it equals FILE. "
                       "Before changing anything the live group is saved as <group-id>.before-<timestamp>.json next to "
                       "FILE; applying that file undoes the change.\nRegion: --region, else the profile's region_id, else "
                       "the file's RegionId. Exit 0 applied and verified (or plan shown), 1 applied but different, 2 bad "
                       "input, 3 API or network error."));
    const CloudOptions cloud;
    cloud.addTo(parser);
    const QCommandLineOption group(QStringLiteral("group"),
                                   QStringLiteral("The group to change (default: the file's SecurityGroupId)."),
                                   QStringLiteral("sg-ID"));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Apply the plan (without it the plan is only shown)."));
    parser.addOptions({group, yes});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The rules the group should have (any readable format)."));
    int exitCode = Success;
    if (!context.parse(parser, command, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(command, positional.isEmpty() ? QStringLiteral("a rule file is required")
                                                                : QStringLiteral("only one rule file may be given"));
    const QString path = positional.first();
    RuleFiles::LoadResult loaded;
    if (const int code = loadRuleFile(context, path, {}, loaded); code != Success)
        return code;
    const RuleSet &target = loaded.document.ruleSet;
    const QString groupId = parser.isSet(group) ? parser.value(group) : target.group.securityGroupId;
    if (groupId.isEmpty())
        return context.usageError(command, QStringLiteral("%1 names no security group; name it with --group").arg(path));
    if (!PullResult::isSafeGroupId(groupId))
        return context.usageError(command, QStringLiteral("\"%1\" is not a security group id (sg-...)").arg(groupId));

    QObject owner;
    CloudConnection::Settings settings = cloud.settings(parser);
    settings.fallbackRegionId = target.group.regionId;
    EcsClient *client = cloud.open(context, command, settings, &owner);
    if (!client)
        return BadInput;
    if (!target.group.regionId.isEmpty() && target.group.regionId != client->regionId()) {
        context.err(QStringLiteral("sgassist-cli %1: warning: %2 names region %3, but %4 is used; give --region to choose\n")
                        .arg(command, path, target.group.regionId, client->regionId()));
    }

    ApplyOperation apply(client, target, groupId);
    apply.setUndoDirectory(QFileInfo(path).absolutePath());
    runOperation(context, apply, [&] { apply.start(); }, [&](const std::function<void()> &stop) {
        return QObject::connect(&apply, &ApplyOperation::planReady, &apply, stop);
    });
    if (apply.error())
        return reportCloudError(context, command, *apply.error());

    const ChangePlan &plan = apply.plan();
    Diagnostics problems = plan.problems;
    setFileName(problems, path);
    context.printDiagnostics(problems);
    context.out(plan.toText());
    if (!plan.canApply())
        return BadInput;
    if (plan.isEmpty())
        return Success;
    if (!parser.isSet(yes)) {
        context.out(QStringLiteral("Nothing was changed. Run again with --yes to apply this plan.\n"));
        return Success;
    }

    runOperation(context, apply, [&] { apply.confirm(); });
    const QString undo = apply.undoFile();
    if (!undo.isEmpty())
        context.out(QStringLiteral("Saved the live group as %1; 'sgassist-cli apply %1 --yes' undoes the change.\n").arg(undo));
    if (apply.error()) {
        const int code = reportCloudError(context, command, *apply.error());
        if (apply.completedCalls() > 0) {
            context.err(QStringLiteral("%1 of %2 calls were made before the error: %3 is partly changed. Apply %4 to restore it.\n")
                            .arg(apply.completedCalls())
                            .arg(apply.totalCalls())
                            .arg(groupId, undo));
        }
        return code == BadInput ? BadInput : IoError;
    }
    if (apply.verified()) {
        context.out(QStringLiteral("Applied and verified: %1 equals %2.\n").arg(groupId, path));
        return Success;
    }
    context.out(QStringLiteral("Applied, but %1 does not equal %2 when read again. What still differs:\n").arg(groupId, path));
    context.out(apply.remaining().toText());
    return Findings;
}

} // namespace sg::cli
