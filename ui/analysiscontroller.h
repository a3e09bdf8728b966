// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "chart/exposureseries.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace sg::ui {

class DocumentController;

// Keeps the open document analysed: after every edit (debounced a few milliseconds) it analyses a
// snapshot of the rules on a worker thread and hands the result to the rule table. Each result
// carries the revision of the rules it was computed from (RuleTableModel::revision()); one of an
// older revision is never shown. Every change makes the shown result stale at once (resultsStale),
// so the views clear their risk marks instead of showing those of other rules. Typing never waits
// for the analysis.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(DocumentController *document, QObject *parent = nullptr);
    ~AnalysisController() override;

    // The analysis of the rules as they are now; empty while it is being computed (isCurrent()).
    const AnalysisResult &result() const;
    // The exposure chart's data for the same rules, computed alongside; empty while stale.
    const ExposureSeries &exposure() const;
    // The rule revision the last finished analysis was computed from.
    quint64 revision() const { return m_snapshot.revision; }
    // True when the last result is of the rules as they are now.
    bool isCurrent() const;
    // True while an analysis is running or scheduled.
    bool isBusy() const;

Q_SIGNALS:
    // The rules changed: the results shown so far belong to other rules. `ruleCount` says how many
    // rules the new analysis covers, for a progress indication on large sets.
    void resultsStale(int ruleCount);
    // A fresh result for the rules as they are now.
    void analysisChanged();

private:
    void schedule();
    void start();
    void finished();

    struct Snapshot
    {
        quint64 revision = 0;
        AnalysisResult result;
        ExposureSeries exposure;
    };

    DocumentController *m_document;
    QFutureWatcher<Snapshot> m_watcher;
    QTimer m_debounce;
    Snapshot m_snapshot;
};

} // namespace sg::ui
