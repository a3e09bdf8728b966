// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/document.h"

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

} // namespace sg::cli
