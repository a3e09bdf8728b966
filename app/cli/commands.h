// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The sgassist-cli commands, one function each; `arguments` excludes the program and command names.
namespace sg::cli {

class CliContext;

int runCatalogue(CliContext &context, const QStringList &arguments);
int runBuild(CliContext &context, const QStringList &arguments);
int runConvert(CliContext &context, const QStringList &arguments);
int runProbe(CliContext &context, const QStringList &arguments);
int runCheck(CliContext &context, const QStringList &arguments);
int runExplain(CliContext &context, const QStringList &arguments);
int runDiff(CliContext &context, const QStringList &arguments);
int runChecks(CliContext &context, const QStringList &arguments);

} // namespace sg::cli
