// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "report/diffreport.h"

namespace sg::cli {
namespace {

// diff: what a new rule set would change, group by group, with the findings it introduces and resolves.
class DiffCommand final : public WorkspaceCommand
{
public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    void addPathArguments(QCommandLineParser &parser) override
    {
        addArgument(parser, QStringLiteral("old"), QStringLiteral("The rules as they are (a file or folder)."));
        addArgument(parser, QStringLiteral("new"), QStringLiteral("The rules as they would be (a file or folder)."));
    }
    int maximumPaths() const override { return 2; }

    int runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths) override
    {
        if (paths.size() != 2)
            return usageError(context, QStringLiteral("two rule files are required: OLD NEW"));
        const QString &kind = reportKind();
        LoadedWorkspace before;
        LoadedWorkspace after;
        if (const int code = load(context, parser, {paths.at(0)}, before); code != Success)
            return code;
        if (const int code = load(context, parser, {paths.at(1)}, after); code != Success)
            return code;
        const WorkspaceDiff diff = WorkspaceDiff::compare(before.workspace, after.workspace);
        const DiffReport report(diff, before.workspace, paths.at(0), after.workspace, paths.at(1));
        return context.writeReport({}, [&](QIODevice &device) {
            return kind == u"json" ? report.writeJson(device) : report.writeText(device);
        });
    }

    int runWithWorkspace(CliContext &, const QCommandLineParser &, const LoadedWorkspace &) override { return Success; }
};

} // namespace

std::unique_ptr<Command> makeDiffCommand(Usage usage)
{
    return std::make_unique<DiffCommand>(std::move(usage));
}

} // namespace sg::cli
