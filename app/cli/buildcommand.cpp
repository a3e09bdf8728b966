// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "documentoutput.h"

namespace sg::cli {
namespace {

// build: the rules of a setup plan, in any writable format.
class BuildCommand final : public Command
{
public:
    using Command::Command;

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({m_to, outputOption(QStringLiteral("the rules"))});
        addArgument(parser, QStringLiteral("plan"), QStringLiteral("The setup plan (JSON)."));
    }

    int run(CliContext &context, const QCommandLineParser &parser) override
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return usageError(context, positional.isEmpty() ? QStringLiteral("a plan file is required") : QStringLiteral("only one plan file may be given"));
        const RuleFormat *format = writableFormat(context, parser.value(m_to));
        if (!format)
            return BadInput;
        const QString planPath = positional.first();
        const LoadedWorkspace loaded = WorkspaceLoader::loadPlan(planPath);
        context.printDiagnostics(loaded.diagnostics);
        if (loaded.ioError)
            return IoError;
        if (!loaded.ok() || loaded.workspace.groups.isEmpty())
            return BadInput;
        Document document;
        document.ruleSet = loaded.workspace.groups.first().ruleSet;
        document.plan = loaded.workspace.plan;
        return writeDocument(context, name(), document, *format, parser.value(QStringLiteral("output")), planPath);
    }

private:
    const QCommandLineOption m_to = toOption(QStringLiteral(" (default api-json)"), QStringLiteral("api-json"));
};

} // namespace

std::unique_ptr<Command> makeBuildCommand(Usage usage)
{
    return std::make_unique<BuildCommand>(std::move(usage));
}

} // namespace sg::cli
