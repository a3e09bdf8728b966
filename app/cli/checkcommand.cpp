// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "ruleinput.h"

#include "analysis/analysisreport.h"
#include "analysis/analyzer.h"
#include "io/formatregistry.h"

namespace sg::cli {

int runCheck(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Analyse a rule file: exposure of every rule under Alibaba's evaluation order, shadowed,\n"
                       "redundant and duplicate rules, priority ties, limits and the source document's practices.\n"
                       "Exits 1 when a finding is at or above --fail-on."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Input format: %1 (default: detected).").arg(FormatRegistry::instance().idList(true)),
                                  QStringLiteral("format"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Output: text (default), json or sarif."),
                                    QStringLiteral("text|json|sarif"), QStringLiteral("text"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    QStringLiteral("Exit 1 when a finding is at or above: critical, high (default), medium, low, info or never."),
                                    QStringLiteral("level"), QStringLiteral("high"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the report to FILE atomically instead of standard output."), QStringLiteral("file"));
    parser.addOptions({from, report, failOn, output});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The rule file."));
    int exitCode = Success;
    if (!context.parse(parser, command, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(command, positional.isEmpty() ? QStringLiteral("a rule file is required")
                                                                : QStringLiteral("only one rule file may be given"));
    const QString kind = parser.value(report);
    if (kind != u"text" && kind != u"json" && kind != u"sarif")
        return context.usageError(command, QStringLiteral("\"%1\" is not a report: use text, json or sarif").arg(kind));
    const QString level = parser.value(failOn);
    const std::optional<Severity> threshold = severityFromId(level);
    if (!threshold && level != u"never")
        return context.usageError(command, QStringLiteral("\"%1\" is not a level: use critical, high, medium, low, info or never").arg(level));

    const QString path = positional.first();
    // The rule set and the result live until the process ends: freeing a million rules and their
    // findings one by one only to exit right after would add a tenth of the run time.
    auto *loaded = new RuleFiles::LoadResult;
    if (const int code = loadRuleFile(context, path, parser.value(from), *loaded); code != Success) {
        delete loaded;
        return code;
    }
    const RuleSet &set = loaded->document.ruleSet;
    const AnalysisResult &result = *new AnalysisResult(Analyzer().analyze(set));

    const int written = context.writeOutput(parser.value(output), [&](QIODevice &device) {
        if (kind == u"json")
            return AnalysisReport::writeJson(result, path, set.rules.size(), device);
        if (kind == u"sarif")
            return AnalysisReport::writeSarif(result, path, device);
        return AnalysisReport::writeText(result, path, set.rules.size(), device);
    });
    if (written != Success)
        return written;
    return threshold && result.countAtLeast(*threshold) > 0 ? Findings : Success;
}

} // namespace sg::cli
