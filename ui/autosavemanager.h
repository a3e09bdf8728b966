// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/workspace.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace sg::ui {

class DocumentController;

// Keeps a snapshot of unsaved changes, a few seconds after the last edit, so that a crash or a
// killed process loses nothing: the next start finds the snapshot (its writer's lock is stale)
// and offers it back. Snapshots are written atomically and removed once the document is saved,
// closed or discarded.
class AutosaveManager : public QObject
{
    Q_OBJECT

public:
    explicit AutosaveManager(DocumentController *document, QObject *parent = nullptr);
    ~AutosaveManager() override;

    // Where snapshots live (under the application's data directory).
    static QString directory();

    struct Recoverable
    {
        QString snapshotPath;
        QString displayPath; // the file the user was editing, or empty for a new document
        QString sourceFormat;
        QDateTime savedAt;
    };
    // Snapshots left by processes that are no longer running, newest first.
    static QList<Recoverable> findRecoverable();
    static Parsed<Workspace> load(const Recoverable &recoverable);
    static void discard(const Recoverable &recoverable);

    // Writes the snapshot now if the document has unsaved changes (the timer calls this).
    void saveNow();
    QString snapshotPath() const { return m_base + QStringLiteral(".sgassist"); }

private:
    void documentChanged();
    void removeSnapshot();

    DocumentController *m_document;
    QString m_base;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
};

} // namespace sg::ui
