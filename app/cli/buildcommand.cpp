// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "documentoutput.h"

#include "io/formatregistry.h"

namespace sg::cli {
namespace {

// build: the rules of a setup plan, in any writable format.
class BuildCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("build"); }
    QString synopsis() const override { return QStringLiteral("build PLAN.json [--to FORMAT] [-o FILE]"); }

protected:
    QString description() const override { return QStringLiteral("Build the rules a setup plan needs and write them in a format."); }

    void addOptions(QCommandLineParser &parser) override
    {
        m_to.setDescription(QStringLiteral("Output format: %1 (default api-json).").arg(FormatRegistry::instance().idList(false)));
        parser.addOptions({m_to, outputOption(QStringLiteral("the rules"))});
        parser.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("The setup plan (JSON)."));
    }

    int run(CliContext &context, const QCommandLineParser &parser) override
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return usageError(context, positional.isEmpty() ? QStringLiteral("a plan file is required") : QStringLiteral("only one plan file may be given"));
        const RuleFormat *format = registry.find(parser.value(m_to));
        if (!format || !format->canWrite()) {
            return usageError(context, QStringLiteral("\"%1\" is not a format that can be written; use one of: %2")
                                           .arg(parser.value(m_to), registry.idList(false)));
        }
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
    QCommandLineOption m_to{QStringLiteral("to"), QString(), QStringLiteral("format"), QStringLiteral("api-json")};
};

} // namespace

std::unique_ptr<Command> makeBuildCommand()
{
    return std::make_unique<BuildCommand>();
}

} // namespace sg::cli
