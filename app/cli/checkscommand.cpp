// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"

#include "analysis/checkinfo.h"
#include "io/jsonwriter.h"

#include <algorithm>

namespace sg::cli {
namespace {

// One line a check: "id  severity  title", the ids padded to one column so the list reads as a table
// and `cut -d' ' -f1` (or the shell completions) still finds the id first.
QString textReport(const QList<CheckInfo> &checks)
{
    qsizetype idWidth = 0;
    for (const CheckInfo &check : checks)
        idWidth = std::max(idWidth, check.id.size());
    QString out;
    for (const CheckInfo &check : checks)
        out += QStringLiteral("%1  %2  %3\n").arg(check.id.leftJustified(idWidth), toId(check.severity).leftJustified(8), check.title);
    return out;
}

} // namespace

int runChecks(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("checks");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the checks that 'check' runs: each check's stable id (as reports, SARIF and baselines\n"
                       "name it), its default severity and its title. Exposure checks scale the severity with how\n"
                       "wide the source is."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Output: text (default) or json (with category, description and recommendation)."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOption(report);
    int exitCode = Success;
    if (!context.parse(parser, command, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(command, QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString kind = parser.value(report);
    if (kind != u"text" && kind != u"json")
        return context.usageError(command, QStringLiteral("--report must be text or json, not \"%1\"").arg(kind));

    const QList<CheckInfo> checks = checkCatalogue();
    return context.writeOutput({}, [&](QIODevice &device) {
        if (kind == u"text")
            return device.write(textReport(checks).toUtf8()) < 0 ? device.errorString() : QString();
        JsonWriter w(device);
        w.beginObject();
        w.key(QLatin1StringView("checks"));
        w.beginArray();
        for (const CheckInfo &check : checks) {
            w.beginObject();
            w.field(QLatin1StringView("id"), check.id);
            w.field(QLatin1StringView("severity"), toId(check.severity));
            w.field(QLatin1StringView("category"), check.category);
            w.field(QLatin1StringView("title"), check.title);
            w.field(QLatin1StringView("description"), check.description);
            w.field(QLatin1StringView("recommendation"), check.recommendation);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.finish() ? QString() : device.errorString();
    });
}

} // namespace sg::cli
