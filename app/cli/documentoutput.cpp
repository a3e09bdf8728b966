// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentoutput.h"

#include "clicontext.h"

#include "io/projectformat.h"
#include "io/rulefiles.h"
#include "io/ruleformat.h"

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

} // namespace

int writeDocument(CliContext &context, const QString &command, const Document &document, const RuleFormat &format,
                  const QString &target, const QString &sourceName)
{
    Diagnostics problems = format.checkWritable(document);
    setFileName(problems, sourceName);
    context.printDiagnostics(problems);
    if (hasErrors(problems))
        return BadInput;

    if (const QString tooMany = format.checkFitsOneFile(document); !tooMany.isEmpty()) {
        if (target.isEmpty() || target == u"-")
            return context.usageError(command, tooMany + QStringLiteral("; use -o to write numbered files"));
        const RuleFiles::SaveResult saved = RuleFiles::save(target, document, format);
        if (!saved.error.isEmpty()) {
            context.err(QStringLiteral("sgassist-cli: %1\n").arg(saved.error));
            return IoError;
        }
        for (const QString &name : saved.files)
            context.out(name + u'\n');
        return Success;
    }
    return context.writeOutput(target, [&](QIODevice &device) { return format.write(document, device); });
}

int writeWorkspace(CliContext &context, const QString &command, const Workspace &workspace, const RuleFormat &format,
                   const QString &output, const QString &inputName)
{
    if (format.id() == u"project")
        return context.writeOutput(output, [&](QIODevice &device) { return ProjectFormat::writeWorkspace(workspace, device); });
    if (workspace.groups.size() <= 1) {
        Document document;
        if (!workspace.groups.isEmpty())
            document.ruleSet = workspace.groups.first().ruleSet;
        document.plan = workspace.plan;
        document.notes = workspace.notes;
        return writeDocument(context, command, document, format, output, inputName);
    }
    // Several groups: one file each, in a folder.
    const bool folder = !output.isEmpty() && output != u"-" && (output.endsWith(u'/') || QFileInfo(output).isDir());
    if (!folder) {
        return context.usageError(command, QStringLiteral("%1 holds %2 security groups and %3 takes one group a file; "
                                                          "name a folder with -o (ending in '/') to write one file per group, or use --to project")
                                               .arg(inputName)
                                               .arg(workspace.groups.size())
                                               .arg(format.id()));
    }
    if (!QDir().mkpath(output)) {
        context.err(QStringLiteral("sgassist-cli: %1: cannot create the folder\n").arg(output));
        return IoError;
    }
    int result = Success;
    for (const WorkspaceGroup &group : workspace.groups) {
        Document document;
        document.ruleSet = group.ruleSet;
        const QString path = QDir(output).filePath(fileNameFor(group.key()) + u'.' + format.suffix());
        const int code = writeDocument(context, command, document, format, path, group.source.file);
        if (code != Success)
            result = code == IoError ? IoError : std::max(result, code);
        else if (format.maxRulesPerFile() <= 0 || group.ruleSet.rules.size() <= format.maxRulesPerFile())
            context.out(path + u'\n');
    }
    return result;
}

} // namespace sg::cli
