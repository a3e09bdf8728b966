// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscontroller.h"

#include "analysis/analyzer.h"
#include "documentcontroller.h"
#include "table/ruletablemodel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sg::ui {

AnalysisController::AnalysisController(DocumentController *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    // Short enough to feel immediate, long enough that a burst of edits (undo held down) is one run.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(15);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisController::start);
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, &AnalysisController::finished);
    connect(m_document, &DocumentController::documentReset, this, &AnalysisController::schedule);
    connect(m_document, &DocumentController::contentChanged, this, &AnalysisController::schedule);
}

AnalysisController::~AnalysisController()
{
    m_watcher.waitForFinished();
}

const AnalysisResult &AnalysisController::result() const
{
    static const AnalysisResult none;
    return isCurrent() ? m_snapshot.result : none;
}

const ExposureSeries &AnalysisController::exposure() const
{
    static const ExposureSeries none;
    return isCurrent() ? m_snapshot.exposure : none;
}

bool AnalysisController::isCurrent() const
{
    return m_snapshot.revision == m_document->model()->revision();
}

bool AnalysisController::isBusy() const
{
    return m_debounce.isActive() || m_watcher.isRunning();
}

void AnalysisController::schedule()
{
    if (isCurrent())
        return; // nothing changed (undo back to the analysed rules arrives as a new revision anyway)
    if (!m_document->hasDocument()) {
        // No document, nothing to analyse: an empty result at once (an empty rule set would still
        // have group findings, which belong to no document).
        m_debounce.stop();
        m_snapshot = {m_document->model()->revision(), {}, {}};
        m_document->model()->setAnalysis(m_snapshot.result, m_snapshot.revision);
        Q_EMIT analysisChanged();
        return;
    }
    Q_EMIT resultsStale(m_document->model()->rowCount());
    if (!m_watcher.isRunning())
        m_debounce.start();
    // else finished() sees the newer revision and starts again
}

void AnalysisController::start()
{
    // RuleSet is implicitly shared: the snapshot costs nothing until the next edit detaches it.
    const RuleSet snapshot = m_document->model()->ruleSet();
    const quint64 revision = m_document->model()->revision();
    m_watcher.setFuture(QtConcurrent::run([snapshot, revision] {
        Snapshot out;
        out.revision = revision;
        out.result = Analyzer().analyze(snapshot);
        out.exposure = ExposureSeries::build(snapshot, out.result);
        return out;
    }));
}

void AnalysisController::finished()
{
    Snapshot done = m_watcher.result();
    if (done.revision != m_document->model()->revision()) {
        // The result is for rules that no longer exist.
        if (m_document->hasDocument())
            start();
        return;
    }
    m_snapshot = std::move(done);
    m_document->model()->setAnalysis(m_snapshot.result, m_snapshot.revision);
    Q_EMIT analysisChanged();
}

} // namespace sg::ui
