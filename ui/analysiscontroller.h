// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/baseline.h"
#include "chart/exposureseries.h"
#include "workspace/workspaceanalyzer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace sg::ui {

class DocumentController;

// Keeps the open workspace analysed: after every edit (once per pass of the event loop) it analyses a
// snapshot of every group on worker threads (WorkspaceAnalyzer) and hands the results of what is
// shown - a group, or an interface's merged rules - to the rule table. Each result carries the
// workspace revision it was computed from (DocumentController::revision()); one of an older
// revision is never shown. Every change makes the shown result stale at once (resultsStale), so the
// views clear their risk marks instead of showing those of other rules. Typing never waits for the
// analysis.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(DocumentController *document, QObject *parent = nullptr);
    ~AnalysisController() override;

    // The analysis of every group as they are now; empty while it is being computed (isCurrent()).
    const WorkspaceAnalysis &workspaceAnalysis() const;
    // The findings of what the table shows (a group, or an interface with rules as its rows).
    const AnalysisResult &result() const;
    // The exposure chart's data for the same rules; empty while stale.
    const ExposureSeries &exposure() const;
    // The workspace revision the last finished analysis was computed from.
    quint64 revision() const { return m_snapshot.revision; }
    // True when the last result is of the workspace as it is now.
    bool isCurrent() const;
    // True while an analysis is running or scheduled.
    bool isBusy() const;

    // The accepted risks applied to every result from now on (none: nullopt); the workspace is
    // analysed again with them.
    void setBaseline(const std::optional<Baseline> &baseline);
    const std::optional<Baseline> &baseline() const { return m_baseline; }
    // The day exemptions are judged on: today, or the day a test sets (invalid: today again).
    // Changing it re-applies the baseline; at midnight the analysis is refreshed by itself.
    QDate today() const;
    void setToday(QDate day);

Q_SIGNALS:
    // The rules changed: the results shown so far belong to other rules. `ruleCount` says how many
    // rules the new analysis covers, for a progress indication on large sets.
    void resultsStale(int ruleCount);
    // A fresh result for the rules as they are now, or for another view of them.
    void analysisChanged();

private:
    void schedule();
    // The baseline or the day changed: the results must be computed again for the same rules.
    void invalidate();
    void start();
    void finished();
    // Picks the results of what is shown out of the workspace's and hands them to the table.
    void showView();

    struct Snapshot
    {
        quint64 revision = 0;
        quint64 baselineGeneration = 0; // which baseline and day it was computed with
        WorkspaceAnalysis analysis;
        QList<ExposureSeries> exposure; // per group
    };

    DocumentController *m_document;
    // The analysis runs on a pool of its own: Qt's painting hands work to the global pool and
    // waits for it, so a busy global pool would stall the window for as long as the analysis.
    QThreadPool m_pool;
    QFutureWatcher<Snapshot> m_watcher;
    // From the start of a run to its result being taken: the worker may be done while its finished
    // signal still waits in the event queue.
    bool m_running = false;
    QTimer m_debounce;
    Snapshot m_snapshot;
    AnalysisResult m_viewResult;
    ExposureSeries m_viewExposure;
    std::optional<Baseline> m_baseline;
    QDate m_today;                    // set by tests; invalid: the system's date
    quint64 m_baselineGeneration = 0; // counts changes of the baseline and the day
    QTimer m_midnight;                // exemptions expire at the end of their day
};

} // namespace sg::ui
