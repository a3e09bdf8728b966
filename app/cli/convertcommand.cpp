// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "documentoutput.h"

#include "io/formatregistry.h"
#include "io/rulefiles.h"

namespace sg::cli {

int runConvert(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("convert");
    const FormatRegistry &registry = FormatRegistry::instance();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Read a rule file and write it in another format."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Input format: %1 (default: detected from the content).").arg(registry.idList(true)),
                                  QStringLiteral("format"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Output format: %1.").arg(registry.idList(false)),
                                QStringLiteral("format"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to FILE atomically instead of standard output. Formats with at most "
                                                   "200 rules a file write FILE-1.ext, FILE-2.ext, ... and print their names."),
                                    QStringLiteral("file"));
    parser.addOption(from);
    parser.addOption(to);
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The rule file to read."));
    int exitCode = Success;
    if (!context.parse(parser, command, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(command, positional.isEmpty() ? QStringLiteral("a rule file is required")
                                                                : QStringLiteral("only one rule file may be given"));
    if (!parser.isSet(to))
        return context.usageError(command, QStringLiteral("--to is required; use one of: %1").arg(registry.idList(false)));
    const RuleFormat *target = registry.find(parser.value(to));
    if (!target || !target->canWrite()) {
        return context.usageError(command, QStringLiteral("\"%1\" is not a format that can be written; use one of: %2")
                                               .arg(parser.value(to), registry.idList(false)));
    }
    if (parser.isSet(from)) {
        const RuleFormat *source = registry.find(parser.value(from));
        if (!source || !source->canRead()) {
            return context.usageError(command, QStringLiteral("\"%1\" is not a format that can be read; use one of: %2")
                                                   .arg(parser.value(from), registry.idList(true)));
        }
    }

    const QString path = positional.first();
    const RuleFiles::LoadResult loaded = RuleFiles::load(path, parser.value(from));
    context.printDiagnostics(loaded.diagnostics);
    if (loaded.ioError)
        return IoError;
    if (!loaded.ok()) {
        // Problems can be puzzling when the format was guessed: say which one was assumed.
        if (loaded.detected && loaded.format) {
            context.err(QStringLiteral("%1: read as %2 (detected from the content); name the format with --from if that is wrong\n")
                            .arg(path, loaded.format->id()));
        }
        return BadInput;
    }
    return writeDocument(context, command, loaded.document, *target, parser.value(output), path);
}

} // namespace sg::cli
