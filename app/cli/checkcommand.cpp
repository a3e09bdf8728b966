// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "analysis/analysisreport.h"
#include "workspace/workspaceanalyzer.h"

namespace sg::cli {
namespace {

// check: the findings of every group, and the exit code CI pipelines rely on.
class CheckCommand final : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override
    {
        return QStringLiteral("check PATHS... [--from FORMAT] [--report text|json|sarif] [--fail-on critical|high|medium|low|info|never] [-o FILE]");
    }

protected:
    QString description() const override
    {
        return QStringLiteral(
            "Analyse rule files: exposure of every rule under Alibaba's evaluation order, shadowed, redundant\n"
            "and duplicate rules within each group, priority ties, limits and the source document's practices.\n"
            "PATHS are files, folders (every rule file in them) or '-' for standard input; a file may hold\n"
            "several groups. With network interface files (DescribeNetworkInterfaces, DescribeInstances),\n"
            "every exposure says on which interfaces it is effective once their other groups are merged in.");
    }
    QString exitCodes() const override
    {
        return QStringLiteral("Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad input or\n"
                              "usage, 3 I/O error.");
    }

    void addCommandOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({reportOption(m_kinds), m_failOn, outputOption(QStringLiteral("the report"))});
        parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Rule files, folders, or '-'."), QStringLiteral("PATHS..."));
    }

    int runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths) override
    {
        int exitCode = Success;
        m_kind = reportKind(context, parser, m_kinds, &exitCode);
        if (m_kind.isEmpty())
            return exitCode;
        const QString level = parser.value(m_failOn);
        m_threshold = severityFromId(level);
        if (!m_threshold && level != u"never")
            return usageError(context, QStringLiteral("\"%1\" is not a level: use critical, high, medium, low, info or never").arg(level));
        m_input = inputName(paths);
        return WorkspaceCommand::runWithPaths(context, parser, paths);
    }

    int runWithWorkspace(CliContext &context, const QCommandLineParser &parser, const LoadedWorkspace &loaded) override
    {
        const Workspace &workspace = loaded.workspace;
        // Kept until the process ends, like the workspace (see runWithPaths).
        const WorkspaceAnalysis &analysis = *new WorkspaceAnalysis(WorkspaceAnalyzer().analyze(workspace));
        const QString output = parser.value(QStringLiteral("output"));
        const bool colour = (output.isEmpty() || output == u"-") && context.colourOnStdout();
        const int written = context.writeReport(output, [&](QIODevice &device) {
            if (m_kind == u"json")
                return AnalysisReport::writeJson(workspace, analysis, m_input, device);
            if (m_kind == u"sarif")
                return AnalysisReport::writeSarif(workspace, analysis, m_input, device);
            return AnalysisReport::writeText(workspace, analysis, m_input, device, colour);
        });
        if (written != Success)
            return written;
        return m_threshold && analysis.countAtLeast(*m_threshold) > 0 ? Findings : Success;
    }

private:
    const QStringList m_kinds{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")};
    QCommandLineOption m_failOn{QStringLiteral("fail-on"),
                                QStringLiteral("Exit 1 when a finding is at or above: critical, high (default), medium, low, info or never."),
                                QStringLiteral("level"), QStringLiteral("high")};
    QString m_kind;
    QString m_input;
    std::optional<Severity> m_threshold;
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace sg::cli
