// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentloader.h"

#include "io/fileio.h"
#include "io/formatregistry.h"
#include "io/readmonitor.h"
#include "io/rulefiles.h"
#include "plan/rulebuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace sg::ui {

DocumentLoader::DocumentLoader(QWidget *dialogParent) : QObject(dialogParent), m_dialogParent(dialogParent)
{
    qRegisterMetaType<sg::ui::LoadOutcome>();
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this] {
        if (m_progress)
            m_progress->deleteLater();
        LoadOutcome outcome = m_watcher.result();
        if (m_cancel && m_cancel->load()) {
            outcome.ok = false;
            outcome.cancelled = true;
        }
        Q_EMIT finished(m_path, outcome);
    });
}

DocumentLoader::~DocumentLoader()
{
    cancel();
    m_watcher.waitForFinished();
}

LoadOutcome DocumentLoader::loadNow(const QString &path)
{
    LoadOutcome out;
    // A setup plan is built into rules; anything else is read as a rule file.
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly) && SetupPlan::looksLikePlan(probe.peek(RuleFiles::SniffBytes))) {
        const FileBytes bytes = readAllPadded(probe);
        Parsed<SetupPlan> plan = SetupPlan::fromJson(bytes.bytes, path);
        if (!bytes.error.isEmpty())
            plan.diagnostics.prepend(Diagnostic::error(SourceLocation{path}, bytes.error));
        Parsed<RuleSet> built;
        if (plan.ok())
            built = RuleBuilder().build(plan.value, path);
        out.diagnostics = plan.diagnostics + built.diagnostics;
        out.sourceFormat = QStringLiteral("plan");
        out.formatName = tr("setup plan");
        out.ok = plan.ok() && built.ok();
        if (out.ok) {
            out.document.ruleSet = built.value;
            out.document.plan = plan.value;
        }
        return out;
    }
    probe.close();
    RuleFiles::LoadResult loaded = RuleFiles::load(path);
    out.ok = loaded.ok(); // before the diagnostics are moved out
    out.ioError = loaded.ioError;
    out.document = std::move(loaded.document);
    out.diagnostics = std::move(loaded.diagnostics);
    out.cancelled = ReadMonitor::isCancelled();
    if (loaded.format) {
        out.sourceFormat = loaded.format->id();
        out.formatName = loaded.format->displayName();
    }
    return out;
}

void DocumentLoader::loadInBackground(const QString &path)
{
    cancel();
    m_watcher.waitForFinished();
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);

    m_progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, m_dialogParent);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setWindowTitle(tr("Opening — SG Assist"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(150);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &DocumentLoader::cancel);

    const QPointer<QProgressDialog> progress = m_progress;
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([path, progress, cancelFlag] {
        int lastPermille = -1;
        ReadMonitor monitor(
            [&](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
                if (permille == lastPermille)
                    return;
                lastPermille = permille;
                // Widgets live on the UI thread: hand the value over, never touch the dialog here.
                QMetaObject::invokeMethod(progress, [progress, permille] {
                    if (progress)
                        progress->setValue(permille);
                }, Qt::QueuedConnection);
            },
            cancelFlag.get());
        ReadMonitor::Scope scope(&monitor);
        return loadNow(path);
    }));
}

void DocumentLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace sg::ui
