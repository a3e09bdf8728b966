// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QCommandLineParser>
#include <QFile>
#include <QStringList>

namespace sg::cli {

// The exit codes of the CLI contract (DESIGN section 8).
enum ExitCode {
    Success = 0,
    Findings = 1, // check: findings at or above --fail-on; explain: denied
    BadInput = 2, // bad input or usage
    IoError = 3,
};

// What every command needs: standard streams and the shared ways to report and to write output.
class CliContext
{
public:
    CliContext();

    // Writes text (UTF-8) to standard output / standard error. Quiet, standard output stays silent.
    void out(const QString &text);
    void err(const QString &text);

    // --quiet: nothing but errors (reports to standard output and warnings are left out).
    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }
    // Whether text written to standard output may be coloured: a terminal, and NO_COLOR unset
    // (https://no-color.org).
    bool colourOnStdout() const;

    // "sgassist-cli build: <message>" on stderr, then returns BadInput.
    int usageError(const QString &command, const QString &message);
    // Prints every diagnostic on stderr (errors and warnings), one per line.
    void printDiagnostics(const Diagnostics &diagnostics);

    // Writes bytes to -o FILE atomically, or to stdout when path is empty. Returns an exit code.
    int writeOutput(const QString &path, const std::function<QString(QIODevice &)> &write);
    // The same for a report: left out under --quiet unless it goes to a file.
    int writeReport(const QString &path, const std::function<QString(QIODevice &)> &write);

    // Parses a command's arguments; on a usage problem prints it and returns false.
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode);

private:
    QFile m_stdout;
    QFile m_stderr;
    bool m_quiet = false;
};

} // namespace sg::cli
