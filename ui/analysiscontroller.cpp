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

bool AnalysisController::isBusy() const
{
    return m_debounce.isActive() || m_watcher.isRunning();
}

void AnalysisController::schedule()
{
    if (m_watcher.isRunning())
        m_stale = true; // start again when the running analysis ends
    else
        m_debounce.start();
}

void AnalysisController::start()
{
    m_stale = false;
    // RuleSet is implicitly shared: the snapshot costs nothing until the next edit detaches it.
    const RuleSet snapshot = m_document->model()->ruleSet();
    m_watcher.setFuture(QtConcurrent::run([snapshot] {
        Snapshot out;
        out.result = Analyzer().analyze(snapshot);
        out.exposure = ExposureSeries::build(snapshot, out.result);
        return out;
    }));
}

void AnalysisController::finished()
{
    if (m_stale) {
        start(); // the result is for rules that no longer exist
        return;
    }
    m_snapshot = m_watcher.result();
    m_document->model()->setAnalysis(m_snapshot.result);
    Q_EMIT analysisChanged();
}

} // namespace sg::ui
