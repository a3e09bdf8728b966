// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentloader.h"

#include "core/workerpool.h"
#include "io/formatregistry.h"
#include "io/readmonitor.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace sg::ui {

DocumentLoader::DocumentLoader(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{
    qRegisterMetaType<sg::ui::LoadOutcome>();
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this] {
        if (m_progress)
            m_progress->deleteLater();
        LoadOutcome outcome = m_watcher.result();
        if (m_cancel && m_cancel->load()) {
            outcome.ok = false;
            outcome.loaded.cancelled = true;
        }
        Q_EMIT finished(m_paths, outcome);
    });
}

DocumentLoader::~DocumentLoader()
{
    cancel();
    m_watcher.waitForFinished();
}

LoadOutcome DocumentLoader::loadNow(const QStringList &paths, const LoadOptions &options)
{
    LoadOutcome out;
    LoadOptions forWindow = options;
    forWindow.adviseFormatOption = false; // the window has no --from
    out.loaded = WorkspaceLoader::load(paths, forWindow);
    out.variables = options.variables;
    out.variableFiles = options.variableFiles;
    out.ok = out.loaded.ok() && !ReadMonitor::isCancelled();
    out.loaded.cancelled = out.loaded.cancelled || ReadMonitor::isCancelled();
    out.sourceFormat = out.loaded.commonFormat();
    if (out.sourceFormat == u"plan") {
        out.formatName = tr("setup plan");
    } else if (const RuleFormat *format = FormatRegistry::instance().find(out.sourceFormat)) {
        out.formatName = format->displayName();
    } else if (!out.loaded.files.isEmpty()) {
        out.formatName = tr("%n file(s)", nullptr, int(out.loaded.files.size()));
    }
    return out;
}

qint64 DocumentLoader::inputSize(const QStringList &paths)
{
    qint64 total = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            for (const QFileInfo &file : QDir(path).entryInfoList(QDir::Files | QDir::Readable))
                total += file.size();
        } else {
            total += info.size();
        }
    }
    return total;
}

void DocumentLoader::loadInBackground(const QStringList &paths, const LoadOptions &values)
{
    cancel();
    m_watcher.waitForFinished();
    m_paths = paths;
    m_cancel = std::make_shared<std::atomic_bool>(false);

    const QString name = paths.size() == 1 ? QFileInfo(paths.first()).fileName() : tr("%n item(s)", nullptr, int(paths.size()));
    m_progress = new QProgressDialog(tr("Reading %1…").arg(name), tr("Cancel"), 0, 1000, m_dialogParent);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setWindowTitle(tr("Opening — SG Assist"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(150);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &DocumentLoader::cancel);

    const QPointer<QProgressDialog> progress = m_progress;
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    const QHash<QString, QString> variables = values.variables;
    const QStringList variableFiles = values.variableFiles;
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [paths, progress, cancelFlag, variables, variableFiles] {
        std::atomic_int lastPermille = -1;
        const auto report = [&](int permille) {
            if (lastPermille.exchange(permille) == permille)
                return;
            // Widgets live on the UI thread: hand the value over, never touch the dialog here.
            QMetaObject::invokeMethod(
                progress, [progress, permille] {
                    if (progress)
                        progress->setValue(permille);
                },
                Qt::QueuedConnection);
        };
        // One file reports its bytes (read on this thread, under this monitor); several files
        // report how many are done.
        ReadMonitor monitor(
            [&](qint64 done, qint64 total) {
                report(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
            },
            cancelFlag.get());
        ReadMonitor::Scope scope(&monitor);
        LoadOptions options;
        options.variables = variables;
        options.variableFiles = variableFiles;
        options.cancelled = cancelFlag.get();
        options.progress = [&](qsizetype done, qsizetype total) {
            if (total > 1)
                report(int(done * 1000 / total));
        };
        return loadNow(paths, options);
    }));
}

void DocumentLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace sg::ui
