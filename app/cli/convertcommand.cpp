// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "documentoutput.h"

#include "io/fileio.h"
#include "io/formatregistry.h"
#include "io/projectformat.h"

#include <QDir>
#include <QFileInfo>

namespace sg::cli {
namespace {

// A file name for a group: its key with what file systems refuse replaced ("module.net.sg[0]"
// stays readable: "module.net.sg_0_").
QString fileNameFor(const QString &key)
{
    QString out;
    for (QChar c : key)
        out += (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.') ? c : u'_';
    return out.isEmpty() ? QStringLiteral("group") : out;
}

// convert: rule files into another format; several groups become one file each.
class ConvertCommand final : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("convert"); }
    QString synopsis() const override { return QStringLiteral("convert PATHS... [--from FORMAT] --to FORMAT [-o FILE|DIR/]"); }

protected:
    QString description() const override
    {
        return QStringLiteral(
            "Read rule files and write them in another format. A format of one group per file (all but\n"
            "project) gets one file per group when the input holds several: -o must then be a folder, and\n"
            "the names written are printed. Formats with at most 200 rules a file write FILE-1.ext,\n"
            "FILE-2.ext, ... and print their names.");
    }

    void addCommandOptions(QCommandLineParser &parser) override
    {
        m_to.setDescription(QStringLiteral("Output format: %1.").arg(FormatRegistry::instance().idList(false)));
        parser.addOptions({m_to, outputOption(QStringLiteral("the result (a folder for several groups)"))});
        parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Rule files, folders, or '-'."), QStringLiteral("PATHS..."));
    }

    int runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths) override
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        if (!parser.isSet(m_to))
            return usageError(context, QStringLiteral("--to is required; use one of: %1").arg(registry.idList(false)));
        m_target = registry.find(parser.value(m_to));
        if (!m_target || !m_target->canWrite()) {
            return usageError(context, QStringLiteral("\"%1\" is not a format that can be written; use one of: %2")
                                           .arg(parser.value(m_to), registry.idList(false)));
        }
        m_input = inputName(paths);
        return WorkspaceCommand::runWithPaths(context, parser, paths);
    }

    int runWithWorkspace(CliContext &context, const QCommandLineParser &parser, const LoadedWorkspace &loaded) override
    {
        const Workspace &workspace = loaded.workspace;
        const QString output = parser.value(QStringLiteral("output"));
        if (m_target->id() == u"project") {
            return context.writeOutput(output, [&](QIODevice &device) { return ProjectFormat::writeWorkspace(workspace, device); });
        }
        if (workspace.groups.size() <= 1) {
            Document document;
            if (!workspace.groups.isEmpty())
                document.ruleSet = workspace.groups.first().ruleSet;
            document.plan = workspace.plan;
            document.notes = workspace.notes;
            return writeDocument(context, name(), document, *m_target, output, m_input);
        }
        // Several groups: one file each, in a folder.
        const bool folder = !output.isEmpty() && output != u"-" && (output.endsWith(u'/') || QFileInfo(output).isDir());
        if (!folder) {
            return usageError(context, QStringLiteral("%1 holds %2 security groups and %3 takes one group a file; "
                                                      "name a folder with -o (ending in '/') to write one file per group, or use --to project")
                                           .arg(m_input)
                                           .arg(workspace.groups.size())
                                           .arg(m_target->id()));
        }
        if (!QDir().mkpath(output)) {
            context.err(QStringLiteral("sgassist-cli: %1: cannot create the folder\n").arg(output));
            return IoError;
        }
        int result = Success;
        for (const WorkspaceGroup &group : workspace.groups) {
            Document document;
            document.ruleSet = group.ruleSet;
            const QString path = QDir(output).filePath(fileNameFor(group.key()) + u'.' + m_target->suffix());
            const int code = writeDocument(context, name(), document, *m_target, path, group.source.file);
            if (code != Success)
                result = code == IoError ? IoError : std::max(result, code);
            else if (m_target->maxRulesPerFile() <= 0 || group.ruleSet.rules.size() <= m_target->maxRulesPerFile())
                context.out(path + u'\n');
        }
        return result;
    }

private:
    QCommandLineOption m_to{QStringLiteral("to"), QString(), QStringLiteral("format")};
    const RuleFormat *m_target = nullptr;
    QString m_input;
};

} // namespace

std::unique_ptr<Command> makeConvertCommand()
{
    return std::make_unique<ConvertCommand>();
}

} // namespace sg::cli
