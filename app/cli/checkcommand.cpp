// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "analysis/analysisreport.h"
#include "analysis/baseline.h"
#include "workspace/workspaceanalyzer.h"

#include <QDate>

namespace sg::cli {
namespace {

// check: the findings of every group, and the exit code CI pipelines rely on.
class CheckCommand final : public WorkspaceCommand
{
public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    void addCommandOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({reportOption(), m_failOn, m_baselineOption, outputOption(QStringLiteral("the report"))});
    }

    int runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths) override
    {
        const QString level = parser.value(m_failOn);
        m_threshold = severityFromId(level);
        if (!m_threshold && level != u"never")
            return usageError(context, QStringLiteral("\"%1\" is not a level: use critical, high, medium, low, info or never").arg(level));
        if (parser.isSet(m_baselineOption)) {
            // Read before the rules: a broken baseline must fail the run, not be silently ignored.
            const QString path = parser.value(m_baselineOption);
            bool ioError = false;
            const Parsed<Baseline> loaded = Baseline::load(path, &ioError);
            context.printDiagnostics(loaded.diagnostics);
            if (!loaded.ok())
                return ioError ? IoError : BadInput;
            m_baseline = loaded.value;
            const QString today = qEnvironmentVariable("SGASSIST_TODAY");
            m_today = today.isEmpty() ? QDate::currentDate() : QDate::fromString(today, Qt::ISODate);
            if (!m_today.isValid())
                return usageError(context, QStringLiteral("SGASSIST_TODAY=\"%1\" is not a date of the form YYYY-MM-DD").arg(today));
        }
        return WorkspaceCommand::runWithPaths(context, parser, paths);
    }

    int runWithWorkspace(CliContext &context, const QCommandLineParser &parser, const LoadedWorkspace &loaded) override
    {
        const Workspace &workspace = loaded.workspace;
        // Kept until the process ends, like the workspace (see runWithPaths).
        WorkspaceAnalysis &analysis = *new WorkspaceAnalysis(WorkspaceAnalyzer().analyze(workspace));
        if (m_baseline)
            m_baseline->apply(workspace, analysis, m_today);
        const QString output = parser.value(QStringLiteral("output"));
        const bool colour = (output.isEmpty() || output == u"-") && context.colourOnStdout();
        const int written = context.writeReport(output, [&](QIODevice &device) {
            if (reportKind() == u"json")
                return AnalysisReport::writeJson(workspace, analysis, input(), device);
            if (reportKind() == u"sarif")
                return AnalysisReport::writeSarif(workspace, analysis, input(), device);
            return AnalysisReport::writeText(workspace, analysis, input(), device, colour);
        });
        if (written != Success)
            return written;
        return m_threshold && analysis.countAtLeast(*m_threshold) > 0 ? Findings : Success;
    }

private:
    const QCommandLineOption m_failOn = failOnOption(QStringLiteral("Exit 1 when a finding is at or above: critical, high (default), medium, low, info or never."));
    QCommandLineOption m_baselineOption{QStringLiteral("baseline"),
                                        QStringLiteral("Accepted risks (a baseline file): matching findings are reported as suppressed and do not count for --fail-on."),
                                        QStringLiteral("file")};
    std::optional<Baseline> m_baseline;
    QDate m_today;
    std::optional<Severity> m_threshold;
};

} // namespace

std::unique_ptr<Command> makeCheckCommand(Usage usage)
{
    return std::make_unique<CheckCommand>(std::move(usage));
}

} // namespace sg::cli
