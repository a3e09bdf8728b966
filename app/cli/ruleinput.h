// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/rulefiles.h"

#include <QString>

namespace sg::cli {

class CliContext;

// Reads a rule file for check, explain and diff (any readable format, detected when formatId is
// empty). A file with invalid rules is bad input: every problem goes to stderr, errors first, each
// naming the file. Returns Success, BadInput or IoError; warnings are printed and do not fail.
int loadRuleFile(CliContext &context, const QString &path, const QString &formatId, RuleFiles::LoadResult &out);

} // namespace sg::cli
