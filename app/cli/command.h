// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include "workspace/workspaceloader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <vector>

namespace sg::cli {

// One sgassist-cli command. execute() parses the arguments (with --help, which lists the options
// and the exit codes, and --quiet), then calls run(); each command adds only its own options and
// does only its own work.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // What follows "sgassist-cli " in the overall usage: "check PATHS... [--report ...]".
    virtual QString synopsis() const = 0;

    int execute(CliContext &context, const QStringList &arguments);

protected:
    // A paragraph for --help (and the man page, which is generated from it).
    virtual QString description() const = 0;
    // The exit codes as --help lists them; the default fits commands that only read and write.
    virtual QString exitCodes() const;
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int run(CliContext &context, const QCommandLineParser &parser) = 0;

    int usageError(CliContext &context, const QString &message) const { return context.usageError(name(), message); }
    // --report with the kinds a command writes, the first being the default.
    static QCommandLineOption reportOption(const QStringList &kinds);
    // The report kind asked for, or an empty string after a usage message when it is not one of `kinds`.
    QString reportKind(CliContext &context, const QCommandLineParser &parser, const QStringList &kinds, int *exitCode) const;
    static QCommandLineOption outputOption(const QString &what);
};

// A command that reads rule files into a workspace: PATHS... (files, folders, "-" for standard
// input), --from, and the values of what files leave open (--var, --var-file, --param).
class WorkspaceCommand : public Command
{
protected:
    void addOptions(QCommandLineParser &parser) final;
    int run(CliContext &context, const QCommandLineParser &parser) final;

    virtual void addCommandOptions(QCommandLineParser &parser) = 0;
    // How many paths the command takes: at least one, by default any number.
    virtual int maximumPaths() const { return -1; }
    virtual int runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths);
    virtual int runWithWorkspace(CliContext &context, const QCommandLineParser &parser, const LoadedWorkspace &loaded) = 0;

    // Reads `paths` as one workspace: every problem on stderr, errors first, the first line naming
    // the file. Returns Success, BadInput or IoError.
    int load(CliContext &context, const QCommandLineParser &parser, const QStringList &paths, LoadedWorkspace &out) const;
    // "a.json" or "a.json, b.json, infra/" for reports.
    static QString inputName(const QStringList &paths);

private:
    QCommandLineOption m_from{QStringLiteral("from"), QString(), QStringLiteral("format")};
    QCommandLineOption m_var{QStringLiteral("var"), QString(), QStringLiteral("name=value")};
    QCommandLineOption m_varFile{QStringLiteral("var-file"), QString(), QStringLiteral("file")};
    QCommandLineOption m_param{QStringLiteral("param"), QString(), QStringLiteral("name=value")};
};

// Every command, in the order the usage lists them.
std::vector<std::unique_ptr<Command>> makeCommands();

} // namespace sg::cli
