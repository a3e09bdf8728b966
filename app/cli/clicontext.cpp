// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "io/fileio.h"

#include <QCoreApplication>

#include <cstdio>

#include <unistd.h>

namespace sg::cli {

CliContext::CliContext()
{
    m_stdout.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_stderr.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

void CliContext::out(const QString &text)
{
    if (!m_quiet)
        m_stdout.write(text.toUtf8());
}

bool CliContext::colourOnStdout() const
{
    return !m_quiet && isatty(fileno(stdout)) && !qEnvironmentVariableIsSet("NO_COLOR");
}

void CliContext::err(const QString &text)
{
    m_stderr.write(text.toUtf8());
}

int CliContext::usageError(const QString &command, const QString &message)
{
    err(QStringLiteral("sgassist-cli %1: %2\n").arg(command, message));
    err(QStringLiteral("Run 'sgassist-cli %1 --help' for usage.\n").arg(command));
    return BadInput;
}

void CliContext::printDiagnostics(const Diagnostics &diagnostics)
{
    // Errors first, so the first line always names the file and the first real problem.
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            err(d.toString() + u'\n');
    }
    for (const Diagnostic &d : diagnostics) {
        if (!d.isError() && !m_quiet)
            err(d.toString() + u'\n');
    }
}

int CliContext::writeOutput(const QString &path, const std::function<QString(QIODevice &)> &write)
{
    if (path.isEmpty() || path == u"-") {
        const QString error = write(m_stdout);
        if (!error.isEmpty()) {
            err(QStringLiteral("sgassist-cli: cannot write to standard output: %1\n").arg(error));
            return IoError;
        }
        return Success;
    }
    const QString error = writeFileAtomically(path, [&](QIODevice &device, QString *message) {
        *message = write(device);
        return message->isEmpty();
    });
    if (!error.isEmpty()) {
        err(QStringLiteral("sgassist-cli: %1\n").arg(error));
        return IoError;
    }
    return Success;
}

int CliContext::writeReport(const QString &path, const std::function<QString(QIODevice &)> &write)
{
    if (m_quiet && (path.isEmpty() || path == u"-"))
        return Success;
    return writeOutput(path, write);
}

bool CliContext::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("sgassist-cli ") + command);
    if (!parser.parse(argv)) {
        *exitCode = usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program as invoked; show the command as users type it.
        QString text = parser.helpText();
        const qsizetype programEnd = text.indexOf(u' ', qsizetype(7));
        text.replace(7, programEnd - 7, QStringLiteral("sgassist-cli ") + command);
        out(text);
        *exitCode = Success;
        return false;
    }
    return true;
}

} // namespace sg::cli
