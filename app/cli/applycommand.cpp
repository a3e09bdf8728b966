// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudoptions.h"
#include "commands.h"

#include "cloud/applyoperation.h"

#include <QFileInfo>

namespace sg::cli {
namespace {

// apply: make a live group equal to a file, reviewed, verified and undoable.
class ApplyCommand final : public WorkspaceCommand
{
public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    void addCommandOptions(QCommandLineParser &parser) override
    {
        m_cloud.addTo(parser, {m_group, m_yes});
    }
    void addPathArguments(QCommandLineParser &parser) override
    {
        addArgument(parser, QStringLiteral("file"), QStringLiteral("The rules the group should have (any readable format)."));
    }
    int maximumPaths() const override { return 1; }

    int runWithWorkspace(CliContext &context, const QCommandLineParser &parser, const LoadedWorkspace &loaded) override
    {
        const QString path = parser.positionalArguments().first();
        const Workspace &workspace = loaded.workspace;
        qsizetype index = workspace.groups.size() == 1 ? 0 : -1;
        if (parser.isSet(m_group) && workspace.groups.size() > 1)
            index = workspace.indexOfGroup(parser.value(m_group));
        if (index < 0) {
            return usageError(context, workspace.groups.isEmpty() ? QStringLiteral("%1 holds no security group").arg(path) : QStringLiteral("%1 holds %2 security groups; name the one to apply with --group").arg(path).arg(workspace.groups.size()));
        }
        const RuleSet &target = workspace.groups.at(index).ruleSet;
        const QString groupId = parser.isSet(m_group) ? parser.value(m_group) : target.group.securityGroupId;
        if (groupId.isEmpty())
            return usageError(context, QStringLiteral("%1 names no security group; name it with --group").arg(path));
        if (!PullResult::isSafeGroupId(groupId))
            return usageError(context, QStringLiteral("\"%1\" is not a security group id (sg-...)").arg(groupId));

        QObject owner;
        CloudConnection::Settings settings = m_cloud.settings(parser);
        settings.fallbackRegionId = target.group.regionId;
        EcsClient *client = m_cloud.open(context, name(), settings, &owner);
        if (!client)
            return BadInput;
        if (!target.group.regionId.isEmpty() && target.group.regionId != client->regionId()) {
            context.err(QStringLiteral("sgassist-cli %1: warning: %2 names region %3, but %4 is used; give --region to choose\n")
                            .arg(name(), path, target.group.regionId, client->regionId()));
        }

        ApplyOperation apply(client, target, groupId);
        apply.setUndoDirectory(QFileInfo(path).absolutePath());
        runOperation(
            context, apply, [&] { apply.start(); }, [&](const std::function<void()> &stop) { return QObject::connect(&apply, &ApplyOperation::planReady, &apply, stop); });
        if (apply.error())
            return reportCloudError(context, name(), *apply.error());

        const ChangePlan &plan = apply.plan();
        Diagnostics problems = plan.problems;
        setFileName(problems, path);
        context.printDiagnostics(problems);
        context.out(plan.toText());
        if (!plan.canApply())
            return BadInput;
        if (plan.isEmpty())
            return Success;
        if (!parser.isSet(m_yes)) {
            context.out(QStringLiteral("Nothing was changed. Run again with --yes to apply this plan.\n"));
            return Success;
        }

        runOperation(context, apply, [&] { apply.confirm(); });
        const QString undo = apply.undoFile();
        if (!undo.isEmpty())
            context.out(QStringLiteral("Saved the live group as %1; 'sgassist-cli apply %1 --yes' undoes the change.\n").arg(undo));
        if (apply.error()) {
            const int code = reportCloudError(context, name(), *apply.error());
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

private:
    CloudOptions m_cloud;
    QCommandLineOption m_group{QStringLiteral("group"), QStringLiteral("The group to change (default: the file's SecurityGroupId)."),
                               QStringLiteral("sg-ID")};
    QCommandLineOption m_yes{QStringLiteral("yes"), QStringLiteral("Apply the plan (without it the plan is only shown).")};
};

} // namespace

std::unique_ptr<Command> makeApplyCommand(Usage usage)
{
    return std::make_unique<ApplyCommand>(std::move(usage));
}

} // namespace sg::cli
