// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/document.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace sg::ui {

// What reading a file gave: a document, or the problems that kept it from being opened.
struct LoadOutcome
{
    Document document;
    Diagnostics diagnostics;
    QString sourceFormat; // "api-json", ..., or "plan" for a setup plan that was built
    QString formatName;   // for people
    bool ok = false;
    bool ioError = false;
    bool cancelled = false;
};

// Reads rule files and setup plans for the window. Small files are read at once; large ones on a
// worker thread behind a progress dialog that can cancel, so the window never stops responding.
class DocumentLoader : public QObject
{
    Q_OBJECT

public:
    // Files at least this large are read in the background (about 10,000 rules of api-json).
    static constexpr qint64 BackgroundThreshold = qint64(4) << 20;

    explicit DocumentLoader(QWidget *dialogParent);
    ~DocumentLoader() override;

    // The reading itself: detects plans and builds them, else reads the rule file in its format.
    // Safe to run on any thread (it touches no widget).
    static LoadOutcome loadNow(const QString &path);

    // Reads `path` in the background with progress; `finished` follows.
    void loadInBackground(const QString &path);
    bool isBusy() const { return m_watcher.isRunning(); }
    // Cancels a background read; `finished` then reports it cancelled.
    void cancel();

Q_SIGNALS:
    void finished(const QString &path, const sg::ui::LoadOutcome &outcome);

private:
    QWidget *m_dialogParent;
    QFutureWatcher<LoadOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
};

} // namespace sg::ui

Q_DECLARE_METATYPE(sg::ui::LoadOutcome)
