// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include "io/ruleformat.h"
#include "workspace/workspaceloader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <vector>

namespace sg::cli {

// What a command is called and what --help (and the man page, generated from it) says about it:
// one record per command in the command list, makeCommands() (commandlist.cpp).
struct Usage
{
    QString name;
    QString synopsis;    // what follows "sgassist-cli " in the overall usage: "check PATHS... [--report ...]"
    QString description; // a paragraph
    QString exitCodes;
    // Optional (the members above are not: a record that leaves one out is warned about):
    QStringList reportKinds = {}; // what --report may ask for, the default first; none: the command has no --report
    QString reportHelp = {};      // what --help says of --report; by default "Output: text (default), json."

    // The exit codes of a command that only reads and writes.
    static QString plainExitCodes() { return QStringLiteral("Exit codes: 0 success, 2 bad input or usage, 3 I/O error."); }
};

// One sgassist-cli command, made with its Usage record (see makeCommands()). execute() parses the
// arguments (with --help, which lists the options and the exit codes, and --quiet), checks --report
// and refuses positional arguments the command does not take, then calls run(); each command adds
// only its own options and does only its own work.
class Command
{
public:
    explicit Command(Usage usage)
        : m_usage(std::move(usage)) {}
    virtual ~Command() = default;

    const QString &name() const { return m_usage.name; }
    const QString &synopsis() const { return m_usage.synopsis; }

    int execute(CliContext &context, const QStringList &arguments);

protected:
    // The command's options and positional arguments; by default only its --report, if it has one.
    virtual void addOptions(QCommandLineParser &parser);
    virtual int run(CliContext &context, const QCommandLineParser &parser) = 0;

    int usageError(CliContext &context, const QString &message) const { return context.usageError(name(), message); }
    // Lists a positional argument in --help. A command that lists none takes none: execute() refuses
    // the first one given as an unexpected argument.
    void addArgument(QCommandLineParser &parser, const QString &name, const QString &description, const QString &syntax = {});
    // --report with the command's kinds, the first being the default, and its help from the Usage.
    QCommandLineOption reportOption() const;
    // Adds reportOption() when the command has report kinds.
    void addReportOption(QCommandLineParser &parser) const;
    // The report kind asked for (checked before run()).
    const QString &reportKind() const { return m_reportKind; }
    static QCommandLineOption outputOption(const QString &what);
    // --to FORMAT, for the commands that write rules; `defaultNote` says what is written without it.
    static QCommandLineOption toOption(const QString &defaultNote, const QString &defaultValue = {});
    // --fail-on LEVEL, "high" by default; `description` says what the level decides.
    static QCommandLineOption failOnOption(const QString &description);
    // The format `id` names when rules can be written in it, else nullptr after a usage message.
    const RuleFormat *writableFormat(CliContext &context, const QString &id) const;

private:
    Usage m_usage;
    QString m_reportKind;
    bool m_takesArguments = false;
};

// A command that reads rule files into a workspace: PATHS... (files, folders, "-" for standard
// input), --from, and the values of what files leave open (--var, --var-file, --param).
class WorkspaceCommand : public Command
{
public:
    using Command::Command;

protected:
    void addOptions(QCommandLineParser &parser) final;
    int run(CliContext &context, const QCommandLineParser &parser) final;

    // The command's own options; by default only its --report, if it has one.
    virtual void addCommandOptions(QCommandLineParser &parser) { addReportOption(parser); }
    // The paths' entry in --help; by default "PATHS...": rule files, folders, or '-'.
    virtual void addPathArguments(QCommandLineParser &parser);
    // How many paths the command takes: at least one, by default any number.
    virtual int maximumPaths() const { return -1; }
    virtual int runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths);
    virtual int runWithWorkspace(CliContext &context, const QCommandLineParser &parser, const LoadedWorkspace &loaded) = 0;

    // Reads `paths` as one workspace: every problem on stderr, errors first, the first line naming
    // the file. Returns Success, BadInput or IoError.
    int load(CliContext &context, const QCommandLineParser &parser, const QStringList &paths, LoadedWorkspace &out) const;
    // "a.json" or "a.json, b.json, infra/" for reports.
    static QString inputName(const QStringList &paths);
    // inputName() of the paths given, for the reports of runWithPaths() and runWithWorkspace().
    const QString &input() const { return m_input; }

private:
    QCommandLineOption m_from{QStringLiteral("from"), QString(), QStringLiteral("format")};
    QCommandLineOption m_var{QStringLiteral("var"), QString(), QStringLiteral("name=value")};
    QCommandLineOption m_varFile{QStringLiteral("var-file"), QString(), QStringLiteral("file")};
    QCommandLineOption m_param{QStringLiteral("param"), QString(), QStringLiteral("name=value")};
    QString m_input;
};

// Every command with its Usage record, in the order the usage lists them (commandlist.cpp).
std::vector<std::unique_ptr<Command>> makeCommands();

} // namespace sg::cli
