// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/document.h"
#include "workspace/workspace.h"

#include <QString>

namespace sg {
class RuleFormat;
}

namespace sg::cli {

class CliContext;

// Writes a document in a format the way every command does (DESIGN section 8): first what the
// format cannot carry (errors: exit 2, warnings on stderr), then -o FILE atomically or standard
// output; a rule set larger than the format's per-file limit needs -o and is split into numbered
// files, whose names are printed on standard output. Returns the exit code.
// `sourceName` (the file the rules came from) names the rules in messages.
int writeDocument(CliContext &context, const QString &command, const Document &document, const RuleFormat &format,
                  const QString &target, const QString &sourceName);

// Writes a workspace the way `convert` does: the project format holds it whole; another format
// takes one group a file, so several groups need -o FOLDER/ and get one file each (named after the
// group's key), whose names are printed. `inputName` names the input in messages.
int writeWorkspace(CliContext &context, const QString &command, const Workspace &workspace, const RuleFormat &format,
                   const QString &output, const QString &inputName);

} // namespace sg::cli
