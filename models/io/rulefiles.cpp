// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulefiles.h"

#include "fileio.h"
#include "formatregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sg::RuleFiles {
namespace {

// The translation context of this file's messages.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(sg::RuleFiles)
};

// Picks the format for `device`: the named one, or the one its first bytes look like. Reports why
// none fits. The device must support peek().
const RuleFormat *chooseFormat(QIODevice &device, const QString &name, const QString &formatId, bool *detected,
                               Diagnostics &diagnostics)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    *detected = false;
    if (!formatId.isEmpty()) {
        const RuleFormat *format = registry.find(formatId);
        if (!format || !format->canRead()) {
            diagnostics.append(Diagnostic::error(
                SourceLocation{name}, Messages::tr("\"%1\" is not a readable format; use one of: %2").arg(formatId, registry.idList(true))));
            return nullptr;
        }
        return format;
    }
    const QByteArray head = device.peek(SniffBytes);
    if (const QString problem = describeEncodingProblem(head.left(8)); !problem.isEmpty()) {
        diagnostics.append(Diagnostic::error(SourceLocation{name}, problem));
        return nullptr;
    }
    const RuleFormat *format = registry.detect(head);
    *detected = true;
    if (!format) {
        diagnostics.append(Diagnostic::error(
            SourceLocation{name, 1, 1},
            head.trimmed().isEmpty() ? Messages::tr("the file is empty")
                                     : Messages::tr("cannot tell the file's format; name it (one of: %1)").arg(registry.idList(true))));
    }
    return format;
}

// Chooses the format of an open device and reads it with `read`; a file that fails while being
// read is an I/O error.
template <typename Result, typename Read>
Result loadFrom(QIODevice &device, const QString &name, const QString &formatId, Read read)
{
    Result out;
    out.format = chooseFormat(device, name, formatId, &out.detected, out.diagnostics);
    if (!out.format)
        return out;
    read(*out.format, device, out);
    if (const auto *file = qobject_cast<const QFileDevice *>(&device); file && file->error() != QFileDevice::NoError) {
        out.ioError = true;
        out.diagnostics.prepend(Diagnostic::error(SourceLocation{name}, Messages::tr("cannot read the file: %1").arg(file->errorString())));
    }
    return out;
}

template <typename Result, typename Read>
Result loadWith(const QString &path, const QString &formatId, Read read)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result out;
        out.ioError = true;
        out.diagnostics.append(Diagnostic::error(SourceLocation{path}, Messages::tr("cannot open the file: %1").arg(file.errorString())));
        return out;
    }
    return loadFrom<Result>(file, path, formatId, read);
}

// Every group knows its file; a group with neither an id nor a name in its source is named after
// the file, so that reports can tell it from the others.
void settleSources(Workspace &workspace, const QString &name)
{
    for (WorkspaceGroup &group : workspace.groups) {
        group.source.file = name;
        if (group.key().isEmpty())
            group.source.name = QFileInfo(name).fileName();
    }
    for (NetworkInterface &eni : workspace.interfaces)
        eni.file = name;
}

// Reads the groups of a device into a WorkspaceResult (loadFrom's `read`).
auto workspaceReader(const QString &name, const ReadOptions &options)
{
    return [&name, &options](const RuleFormat &format, QIODevice &device, WorkspaceResult &out) {
        Parsed<Workspace> parsed = format.readWorkspace(device, name, options);
        out.workspace = std::move(parsed.value);
        out.diagnostics += std::move(parsed.diagnostics);
        settleSources(out.workspace, name);
    };
}

} // namespace

LoadResult load(const QString &path, const QString &formatId)
{
    return loadWith<LoadResult>(path, formatId, [&](const RuleFormat &format, QIODevice &device, LoadResult &out) {
        Parsed<Document> parsed = format.read(device, path);
        out.document = std::move(parsed.value);
        out.diagnostics += std::move(parsed.diagnostics);
    });
}

WorkspaceResult loadWorkspace(const QString &path, const QString &formatId, const ReadOptions &options)
{
    return loadWith<WorkspaceResult>(path, formatId, workspaceReader(path, options));
}

WorkspaceResult loadWorkspace(QIODevice &device, const QString &name, const QString &formatId, const ReadOptions &options)
{
    return loadFrom<WorkspaceResult>(device, name, formatId, workspaceReader(name, options));
}

QStringList plannedFileNames(const QString &path, qsizetype ruleCount, const RuleFormat &format)
{
    const int limit = format.maxRulesPerFile();
    if (limit <= 0 || ruleCount <= limit)
        return {path};
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString base = info.path() + u'/' + (suffix.isEmpty() ? info.fileName() : info.completeBaseName());
    QStringList out;
    const qsizetype parts = (ruleCount + limit - 1) / limit;
    for (qsizetype i = 1; i <= parts; ++i)
        out.append(base + u'-' + QString::number(i) + suffix);
    return out;
}

SaveResult save(const QString &path, const Document &document, const RuleFormat &format)
{
    SaveResult out;
    if (!format.canWrite()) {
        out.error = Messages::tr("the %1 format cannot be written").arg(format.id());
        return out;
    }
    const QStringList names = plannedFileNames(path, document.ruleSet.rules.size(), format);
    const int limit = format.maxRulesPerFile();
    for (qsizetype part = 0; part < names.size(); ++part) {
        Document chunk = document;
        if (names.size() > 1)
            chunk.ruleSet.rules = document.ruleSet.rules.mid(part * limit, limit);
        const QString error = writeFileAtomically(names[part], [&](QIODevice &device, QString *message) {
            *message = format.write(chunk, device);
            return message->isEmpty();
        });
        if (!error.isEmpty()) {
            out.error = error;
            return out;
        }
        out.files.append(names[part]);
    }
    return out;
}

} // namespace sg::RuleFiles
