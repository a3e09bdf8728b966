// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscontroller.h"

#include "documentcontroller.h"
#include "table/ruletablemodel.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

namespace sg::ui {

AnalysisController::AnalysisController(DocumentController *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    // The next pass of the event loop: the signals of one operation (a paste, a reset and its
    // changes) become one run without delaying it. A burst of edits while a run is in progress (undo
    // held down) is one more run when it finishes (finished() starts again for the newest revision).
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisController::start);
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, &AnalysisController::finished);
    connect(m_document, &DocumentController::documentReset, this, &AnalysisController::schedule);
    connect(m_document, &DocumentController::contentChanged, this, &AnalysisController::schedule);
    connect(m_document, &DocumentController::viewChanged, this, [this] {
        if (isCurrent())
            showView();
    });
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &AnalysisController::invalidate);
}

AnalysisController::~AnalysisController()
{
    m_watcher.waitForFinished();
}

const WorkspaceAnalysis &AnalysisController::workspaceAnalysis() const
{
    static const WorkspaceAnalysis none;
    return isCurrent() ? m_snapshot.analysis : none;
}

const AnalysisResult &AnalysisController::result() const
{
    static const AnalysisResult none;
    return isCurrent() ? m_viewResult : none;
}

const ExposureSeries &AnalysisController::exposure() const
{
    static const ExposureSeries none;
    return isCurrent() ? m_viewExposure : none;
}

bool AnalysisController::isCurrent() const
{
    return m_snapshot.revision == m_document->revision() && m_snapshot.baselineGeneration == m_baselineGeneration;
}

bool AnalysisController::isBusy() const
{
    return m_debounce.isActive() || m_running;
}

void AnalysisController::setBaseline(const std::optional<Baseline> &baseline)
{
    m_baseline = baseline;
    invalidate();
}

QDate AnalysisController::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void AnalysisController::setToday(QDate day)
{
    m_today = day;
    invalidate();
}

void AnalysisController::invalidate()
{
    ++m_baselineGeneration;
    // An exemption applies through its day: look again just after midnight while one is loaded.
    m_midnight.stop();
    if (m_baseline && !m_baseline->exemptions().isEmpty() && !m_today.isValid()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_midnight.start(std::chrono::milliseconds(now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0, 1)))));
    }
    schedule();
}

void AnalysisController::schedule()
{
    if (isCurrent())
        return; // nothing changed
    if (!m_document->hasDocument()) {
        // No document, nothing to analyse: an empty result at once (an empty rule set would still
        // have group findings, which belong to no document).
        m_debounce.stop();
        m_snapshot = {m_document->revision(), m_baselineGeneration, {}, {}};
        showView();
        return;
    }
    const Workspace current = m_document->workspace();
    Q_EMIT resultsStale(int(current.ruleCount()));
    if (!m_running)
        m_debounce.start();
    // else finished() sees the newer revision and starts again
}

void AnalysisController::start()
{
    // Rule lists are implicitly shared: the snapshot costs nothing until the next edit detaches one.
    const Workspace snapshot = m_document->workspace();
    const quint64 revision = m_document->revision();
    const quint64 generation = m_baselineGeneration;
    const std::optional<Baseline> baseline = m_baseline;
    const QDate day = today();
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, snapshot, revision, generation, baseline, day] {
        Snapshot out;
        out.revision = revision;
        out.baselineGeneration = generation;
        out.analysis = WorkspaceAnalyzer().analyze(snapshot, &m_pool);
        if (baseline)
            baseline->apply(snapshot, out.analysis, day);
        QList<int> groups(snapshot.groups.size());
        std::iota(groups.begin(), groups.end(), 0);
        out.exposure = QtConcurrent::blockingMapped<QList<ExposureSeries>>(&m_pool, groups, [&](int g) {
            return ExposureSeries::build(snapshot.groups.at(g).ruleSet, out.analysis.groups.at(g));
        });
        return out;
    }));
}

void AnalysisController::finished()
{
    m_running = false;
    Snapshot done = m_watcher.result();
    if (done.revision != m_document->revision() || done.baselineGeneration != m_baselineGeneration) {
        // The result is for rules that no longer exist, or judged with another baseline or day.
        if (m_document->hasDocument())
            start();
        return;
    }
    m_snapshot = std::move(done);
    showView();
}

void AnalysisController::showView()
{
    m_viewResult = {};
    m_viewExposure = {};
    const int group = m_document->currentGroup();
    const int interface = m_document->currentInterface();
    if (group >= 0 && group < m_snapshot.analysis.groups.size()) {
        m_viewResult = m_snapshot.analysis.groups.at(group);
        m_viewExposure = m_snapshot.exposure.value(group);
    } else if (interface >= 0) {
        const InterfaceRules &merged = m_document->interfaceRules();
        m_viewResult = merged.mapAnalysis(m_document->workspace(), m_snapshot.analysis);
        m_viewExposure = ExposureSeries::build(merged.rules, m_viewResult);
    }
    m_document->model()->setAnalysis(m_viewResult, m_document->model()->revision());
    Q_EMIT analysisChanged();
}

} // namespace sg::ui
