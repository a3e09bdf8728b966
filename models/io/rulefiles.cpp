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

QString tr(const char *text)
{
    return QCoreApplication::translate("sg::RuleFiles", text);
}

} // namespace

LoadResult load(const QString &path, const QString &formatId)
{
    LoadResult out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.ioError = true;
        out.diagnostics.append(Diagnostic::error(SourceLocation{path}, tr("cannot open the file: %1").arg(file.errorString())));
        return out;
    }
    const FormatRegistry &registry = FormatRegistry::instance();
    if (!formatId.isEmpty()) {
        out.format = registry.find(formatId);
        if (!out.format || !out.format->canRead()) {
            out.diagnostics.append(Diagnostic::error(
                SourceLocation{path}, tr("\"%1\" is not a readable format; use one of: %2").arg(formatId, registry.idList(true))));
            return out;
        }
    } else {
        const QByteArray head = file.peek(SniffBytes);
        if (const QString problem = describeEncodingProblem(head.left(8)); !problem.isEmpty()) {
            out.diagnostics.append(Diagnostic::error(SourceLocation{path}, problem));
            return out;
        }
        out.format = registry.detect(head);
        out.detected = true;
        if (!out.format) {
            out.diagnostics.append(Diagnostic::error(
                SourceLocation{path, 1, 1},
                head.trimmed().isEmpty() ? tr("the file is empty")
                                         : tr("cannot tell the file's format; name it (one of: %1)").arg(registry.idList(true))));
            return out;
        }
    }
    Parsed<Document> parsed = out.format->read(file, path);
    if (file.error() != QFileDevice::NoError) {
        out.ioError = true;
        parsed.diagnostics.prepend(Diagnostic::error(SourceLocation{path}, tr("cannot read the file: %1").arg(file.errorString())));
    }
    out.document = std::move(parsed.value);
    out.diagnostics = std::move(parsed.diagnostics);
    return out;
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
        out.error = tr("the %1 format cannot be written").arg(format.id());
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
