// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "dialogseams.h"
#include "io/formatregistry.h"
#include "io/rulefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sg::ui {

namespace {

// The translation context of this file's messages.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(sg::ui)
};

} // namespace

QStringList existingExportFiles(const Document &document, const ExportChoice &choice)
{
    const QDir folder(choice.folder);
    QStringList existing;
    for (const QString &id : choice.formatIds) {
        const RuleFormat *format = FormatRegistry::instance().find(id);
        if (!format || !format->canWrite())
            continue;
        const QString path = folder.filePath(ExportPanel::fileNameFor(choice.baseName, id));
        for (const QString &name : RuleFiles::plannedFileNames(path, document.ruleSet.rules.size(), *format)) {
            if (QFileInfo::exists(name))
                existing.append(QFileInfo(name).fileName());
        }
    }
    return existing;
}

bool confirmReplace(QWidget *parent, const Document &document, const ExportChoice &choice)
{
    const QStringList existing = existingExportFiles(document, choice);
    if (existing.isEmpty())
        return true;
    const auto answer = MessageBox::question(
        parent, Messages::tr("Replace Files? — SG Assist"),
        Messages::tr("These files already exist in %1:\n\n%2\n\nReplace them?").arg(QDir::toNativeSeparators(choice.folder), existing.join(u'\n')),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

ExportOutcome exportDocument(QWidget *parent, const Document &document, const ExportChoice &choice)
{
    ExportOutcome out;
    const QDir folder(choice.folder);
    QList<std::pair<const RuleFormat *, QString>> jobs;
    for (const QString &id : choice.formatIds) {
        const RuleFormat *format = FormatRegistry::instance().find(id);
        if (!format || !format->canWrite()) {
            out.errors.append(Messages::tr("%1 is not a format that can be written").arg(id));
            continue;
        }
        jobs.append({format, folder.filePath(ExportPanel::fileNameFor(choice.baseName, id))});
    }
    if (!choice.replaceConfirmed && !confirmReplace(parent, document, choice)) {
        out.cancelled = true;
        return out;
    }
    for (const auto &[format, path] : std::as_const(jobs)) {
        const RuleFiles::SaveResult saved = RuleFiles::save(path, document, *format);
        out.written += saved.files;
        if (!saved.error.isEmpty())
            out.errors.append(saved.error);
    }
    return out;
}

} // namespace sg::ui
