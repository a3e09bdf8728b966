// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/workspaceloader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace sg::ui {

// What reading files gave: a workspace, or the problems that kept it from being opened.
struct LoadOutcome
{
    LoadedWorkspace loaded;
    QString sourceFormat; // "api-json", ..., "plan" for a setup plan that was built, "" for several formats
    QString formatName;   // for people
    bool ok = false;
    // The values the files were read with (LoadOptions::variables and variableFiles).
    QHash<QString, QString> variables;
    QStringList variableFiles;
};

// Reads what the window opens - rule files, folders, several files, setup plans - through the one
// WorkspaceLoader. Small inputs are read at once; large ones on a worker thread behind a progress
// dialog that can cancel, so the window never stops responding.
class DocumentLoader : public QObject
{
    Q_OBJECT

public:
    // Inputs at least this large are read in the background (about 10,000 rules of api-json).
    static constexpr qint64 BackgroundThreshold = qint64(4) << 20;

    explicit DocumentLoader(QWidget *dialogParent);
    ~DocumentLoader() override;

    // The reading itself. Safe to run on any thread (it touches no widget).
    static LoadOutcome loadNow(const QStringList &paths, const LoadOptions &options = {});
    // The bytes the paths hold (a folder: the files in it), to choose between now and background.
    static qint64 inputSize(const QStringList &paths);

    // Reads the paths in the background with progress; `finished` follows. Of `options`, the
    // variables and variable files count.
    void loadInBackground(const QStringList &paths, const LoadOptions &options = {});
    bool isBusy() const { return m_watcher.isRunning(); }
    // Cancels a background read; `finished` then reports it cancelled.
    void cancel();

Q_SIGNALS:
    void finished(const QStringList &paths, const sg::ui::LoadOutcome &outcome);

private:
    QWidget *m_dialogParent;
    QFutureWatcher<LoadOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
    QStringList m_paths;
};

} // namespace sg::ui

Q_DECLARE_METATYPE(sg::ui::LoadOutcome)
