// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "chart/exposureseries.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace sg::ui {

class DocumentController;

// Keeps the open document analysed: after every edit (debounced a few milliseconds) it analyses a
// snapshot of the rules on a worker thread, drops results that an edit made stale, and hands the
// current result to the rule table. Typing never waits for the analysis.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(DocumentController *document, QObject *parent = nullptr);
    ~AnalysisController() override;

    const AnalysisResult &result() const { return m_snapshot.result; }
    // The exposure chart's data for the same rules, computed alongside.
    const ExposureSeries &exposure() const { return m_snapshot.exposure; }
    // True while an analysis is running or scheduled.
    bool isBusy() const;

Q_SIGNALS:
    // A fresh result for the rules as they are now.
    void analysisChanged();

private:
    void schedule();
    void start();
    void finished();

    struct Snapshot
    {
        AnalysisResult result;
        ExposureSeries exposure;
    };

    DocumentController *m_document;
    QFutureWatcher<Snapshot> m_watcher;
    QTimer m_debounce;
    Snapshot m_snapshot;
    bool m_stale = false; // the document changed while an analysis was running
};

} // namespace sg::ui
