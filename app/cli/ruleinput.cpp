// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleinput.h"

#include "clicontext.h"

namespace sg::cli {

int loadRuleFile(CliContext &context, const QString &path, const QString &formatId, RuleFiles::LoadResult &out)
{
    out = RuleFiles::load(path, formatId);
    if (out.ioError) {
        context.printDiagnostics(out.diagnostics);
        return IoError;
    }
    if (hasErrors(out.diagnostics)) {
        Diagnostics all = out.diagnostics;
        setFileName(all, path); // the first line must name the file, whatever the reader filled in
        context.printDiagnostics(all);
        return BadInput;
    }
    context.printDiagnostics(out.diagnostics);
    return Success;
}

} // namespace sg::cli
