// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentoutput.h"

#include "clicontext.h"

#include "io/rulefiles.h"
#include "io/ruleformat.h"

namespace sg::cli {

int writeDocument(CliContext &context, const QString &command, const Document &document, const RuleFormat &format,
                  const QString &target, const QString &sourceName)
{
    Diagnostics problems = format.checkWritable(document);
    setFileName(problems, sourceName);
    context.printDiagnostics(problems);
    if (hasErrors(problems))
        return BadInput;

    const int limit = format.maxRulesPerFile();
    const qsizetype count = document.ruleSet.rules.size();
    if (limit > 0 && count > limit) {
        if (target.isEmpty() || target == u"-") {
            return context.usageError(
                command, QStringLiteral("%1 rules do not fit one %2 file (at most %3); use -o to write numbered files")
                             .arg(count)
                             .arg(format.id())
                             .arg(limit));
        }
        const RuleFiles::SaveResult saved = RuleFiles::save(target, document, format);
        if (!saved.error.isEmpty()) {
            context.err(QStringLiteral("sgassist-cli: %1\n").arg(saved.error));
            return IoError;
        }
        for (const QString &name : saved.files)
            context.out(name + u'\n');
        return Success;
    }
    return context.writeOutput(target, [&](QIODevice &device) { return format.write(document, device); });
}

} // namespace sg::cli
