// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "documentoutput.h"

#include "io/fileio.h"
#include "io/formatregistry.h"
#include "plan/rulebuilder.h"

#include <QFile>

namespace sg::cli {

int runBuild(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("build");
    const FormatRegistry &registry = FormatRegistry::instance();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Build the rules a setup plan needs and write them in a format."));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Output format: %1 (default api-json).").arg(registry.idList(false)),
                                QStringLiteral("format"), QStringLiteral("api-json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to FILE atomically instead of standard output."), QStringLiteral("file"));
    parser.addOption(to);
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("The setup plan (JSON)."));
    int exitCode = Success;
    if (!context.parse(parser, command, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(command, positional.isEmpty() ? QStringLiteral("a plan file is required")
                                                                : QStringLiteral("only one plan file may be given"));
    const RuleFormat *format = registry.find(parser.value(to));
    if (!format || !format->canWrite()) {
        return context.usageError(command, QStringLiteral("\"%1\" is not a format that can be written; use one of: %2")
                                               .arg(parser.value(to), registry.idList(false)));
    }

    const QString planPath = positional.first();
    QFile file(planPath);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err(QStringLiteral("%1: cannot open the plan: %2\n").arg(planPath, file.errorString()));
        return IoError;
    }
    const FileBytes bytes = readAllPadded(file);
    if (!bytes.error.isEmpty()) {
        context.err(QStringLiteral("%1: %2\n").arg(planPath, bytes.error));
        return file.error() != QFileDevice::NoError ? IoError : BadInput;
    }
    const Parsed<SetupPlan> plan = SetupPlan::fromJson(bytes.bytes, planPath);
    if (!plan.ok()) {
        context.printDiagnostics(plan.diagnostics);
        return BadInput;
    }
    const Parsed<RuleSet> built = RuleBuilder().build(plan.value, planPath);
    context.printDiagnostics(plan.diagnostics + built.diagnostics);
    if (!built.ok())
        return BadInput;

    Document document;
    document.ruleSet = built.value;
    document.plan = plan.value;

    return writeDocument(context, command, document, *format, parser.value(output), planPath);
}

} // namespace sg::cli
