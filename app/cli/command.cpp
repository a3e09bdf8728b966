// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "io/formatregistry.h"

#include <QFile>

namespace sg::cli {

int Command::execute(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_usage.description + QStringLiteral("\n\n") + m_usage.exitCodes);
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("Print nothing but errors (the exit code tells the result)."));
    parser.addOption(quiet);
    m_takesArguments = false;
    addOptions(parser);
    int exitCode = Success;
    if (!context.parse(parser, name(), arguments, &exitCode))
        return exitCode;
    context.setQuiet(parser.isSet(quiet));
    if (!m_usage.reportKinds.isEmpty()) {
        m_reportKind = parser.value(QStringLiteral("report"));
        if (!m_usage.reportKinds.contains(m_reportKind)) {
            return usageError(context, QStringLiteral("\"%1\" is not a report: use %2").arg(m_reportKind, m_usage.reportKinds.join(QStringLiteral(", "))));
        }
    }
    if (!m_takesArguments && !parser.positionalArguments().isEmpty())
        return usageError(context, QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    return run(context, parser);
}

void Command::addOptions(QCommandLineParser &parser)
{
    addReportOption(parser);
}

void Command::addArgument(QCommandLineParser &parser, const QString &name, const QString &description, const QString &syntax)
{
    parser.addPositionalArgument(name, description, syntax);
    m_takesArguments = true;
}

QCommandLineOption Command::reportOption() const
{
    const QStringList &kinds = m_usage.reportKinds;
    QString help = m_usage.reportHelp;
    if (help.isEmpty()) {
        QStringList described = kinds;
        described.first() += QStringLiteral(" (default)");
        help = QStringLiteral("Output: %1.").arg(described.join(QStringLiteral(", ")));
    }
    return QCommandLineOption(QStringLiteral("report"), help, kinds.join(u'|'), kinds.first());
}

void Command::addReportOption(QCommandLineParser &parser) const
{
    if (!m_usage.reportKinds.isEmpty())
        parser.addOption(reportOption());
}

QCommandLineOption Command::outputOption(const QString &what)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("Write %1 to FILE atomically instead of standard output ('-' is standard output).").arg(what),
                              QStringLiteral("file"));
}

QCommandLineOption Command::toOption(const QString &defaultNote, const QString &defaultValue)
{
    return QCommandLineOption(QStringLiteral("to"),
                              QStringLiteral("Output format: %1%2.").arg(FormatRegistry::instance().idList(false), defaultNote),
                              QStringLiteral("format"), defaultValue);
}

QCommandLineOption Command::failOnOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("fail-on"), description, QStringLiteral("level"), QStringLiteral("high"));
}

const RuleFormat *Command::writableFormat(CliContext &context, const QString &id) const
{
    const RuleFormat *format = FormatRegistry::instance().find(id);
    if (!format || !format->canWrite()) {
        usageError(context, QStringLiteral("\"%1\" is not a format that can be written; use one of: %2").arg(id, FormatRegistry::instance().idList(false)));
        return nullptr;
    }
    return format;
}

void WorkspaceCommand::addOptions(QCommandLineParser &parser)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    m_from.setDescription(QStringLiteral("Input format of every named file: %1 (default: detected from the content).").arg(registry.idList(true)));
    m_var.setDescription(QStringLiteral("A value for a Terraform variable the files leave open; repeatable."));
    m_varFile.setDescription(QStringLiteral("A file of Terraform variable values (.tfvars); repeatable."));
    m_param.setDescription(QStringLiteral("A value for a ROS template parameter; repeatable."));
    parser.addOptions({m_from, m_var, m_varFile, m_param});
    addCommandOptions(parser);
    addPathArguments(parser);
}

void WorkspaceCommand::addPathArguments(QCommandLineParser &parser)
{
    addArgument(parser, QStringLiteral("paths"), QStringLiteral("Rule files, folders, or '-'."), QStringLiteral("PATHS..."));
}

QString WorkspaceCommand::inputName(const QStringList &paths)
{
    return paths.join(QStringLiteral(", "));
}

int WorkspaceCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(context, QStringLiteral("a rule file or folder is required ('-' reads standard input)"));
    if (maximumPaths() > 0 && paths.size() > maximumPaths())
        return usageError(context, QStringLiteral("at most %1 paths may be given").arg(maximumPaths()));
    if (paths.count(QStringLiteral("-")) > 1)
        return usageError(context, QStringLiteral("standard input ('-') can be read only once"));
    if (parser.isSet(m_from)) {
        const RuleFormat *format = FormatRegistry::instance().find(parser.value(m_from));
        if (!format || !format->canRead()) {
            return usageError(context, QStringLiteral("\"%1\" is not a readable format; use one of: %2").arg(parser.value(m_from), FormatRegistry::instance().idList(true)));
        }
    }
    for (const QString &assignment : parser.values(m_var) + parser.values(m_param)) {
        if (!assignment.contains(u'=') || assignment.startsWith(u'='))
            return usageError(context, QStringLiteral("\"%1\" is not NAME=VALUE").arg(assignment));
    }
    m_input = inputName(paths);
    return runWithPaths(context, parser, paths);
}

int WorkspaceCommand::runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths)
{
    // The workspace lives until the process ends: freeing a million rules one by one only to exit
    // right after would add a tenth of the run time.
    auto *loaded = new LoadedWorkspace;
    if (const int code = load(context, parser, paths, *loaded); code != Success) {
        delete loaded;
        return code;
    }
    return runWithWorkspace(context, parser, *loaded);
}

int WorkspaceCommand::load(CliContext &context, const QCommandLineParser &parser, const QStringList &paths, LoadedWorkspace &out) const
{
    LoadOptions options;
    options.formatId = parser.value(m_from);
    for (const QString &assignment : parser.values(m_var) + parser.values(m_param)) {
        const qsizetype equals = assignment.indexOf(u'=');
        options.variables.insert(assignment.left(equals).trimmed(), assignment.mid(equals + 1));
    }
    options.variableFiles = parser.values(m_varFile);
    out = WorkspaceLoader::load(paths, options);
    if (out.ioError) {
        context.printDiagnostics(out.diagnostics);
        return IoError;
    }
    if (hasErrors(out.diagnostics)) {
        context.printDiagnostics(out.diagnostics);
        return BadInput;
    }
    context.printDiagnostics(out.diagnostics);
    if (out.workspace.groups.isEmpty() && out.workspace.interfaces.isEmpty() && out.files.isEmpty()) {
        context.err(QStringLiteral("sgassist-cli %1: %2 holds no rule file\n").arg(name(), inputName(paths)));
        return BadInput;
    }
    return Success;
}

} // namespace sg::cli
