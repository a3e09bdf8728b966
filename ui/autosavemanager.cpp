// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosavemanager.h"

#include "documentcontroller.h"
#include "io/fileio.h"
#include "io/projectformat.h"
#include "io/rulefiles.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace sg::ui {
namespace {

QString metaPathFor(const QString &snapshot)
{
    return snapshot.chopped(int(QStringLiteral(".sgassist").size())) + QStringLiteral(".json");
}

QString lockPathFor(const QString &snapshot)
{
    return snapshot.chopped(int(QStringLiteral(".sgassist").size())) + QStringLiteral(".lock");
}

} // namespace

AutosaveManager::AutosaveManager(DocumentController *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    QDir().mkpath(directory());
    m_base = directory() + QStringLiteral("/session-%1").arg(QCoreApplication::applicationPid());
    // Held for the life of the process: a snapshot whose lock can be taken was left by a crash.
    m_lock = std::make_unique<QLockFile>(m_base + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveManager::saveNow);
    connect(m_document, &DocumentController::contentChanged, this, &AutosaveManager::documentChanged);
    connect(m_document, &DocumentController::notesChanged, this, &AutosaveManager::documentChanged);
    connect(m_document, &DocumentController::documentReset, this, &AutosaveManager::documentChanged);
    connect(m_document, &DocumentController::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            removeSnapshot();
    });
}

AutosaveManager::~AutosaveManager()
{
    // A normal exit: the user has saved or chosen to discard; nothing is left to recover.
    removeSnapshot();
}

QString AutosaveManager::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

void AutosaveManager::documentChanged()
{
    if (!m_document->isModified()) {
        removeSnapshot();
        return;
    }
    m_timer.start(std::max(1, Settings::value(Settings::Key::AutosaveDelaySeconds).toInt()) * 1000);
}

void AutosaveManager::saveNow()
{
    m_timer.stop();
    if (!m_document->isModified())
        return;
    const QString snapshot = snapshotPath();
    const Workspace workspace = m_document->workspace();
    const QString error = writeFileAtomically(snapshot, [&workspace](QIODevice &device, QString *reason) {
        *reason = ProjectFormat::writeWorkspace(workspace, device);
        return reason->isEmpty();
    });
    if (!error.isEmpty())
        return; // a failed snapshot must never disturb editing; the next edit tries again
    const QJsonObject meta{{QStringLiteral("displayPath"), m_document->displayPath()},
                           {QStringLiteral("sourceFormat"), m_document->sourceFormat()},
                           {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    writeFileAtomically(metaPathFor(snapshot), [&](QIODevice &device, QString *) {
        return device.write(QJsonDocument(meta).toJson()) >= 0;
    });
}

void AutosaveManager::removeSnapshot()
{
    m_timer.stop();
    QFile::remove(snapshotPath());
    QFile::remove(metaPathFor(snapshotPath()));
}

QList<AutosaveManager::Recoverable> AutosaveManager::findRecoverable()
{
    QList<Recoverable> out;
    const QDir dir(directory());
    for (const QString &name : dir.entryList({QStringLiteral("session-*.sgassist")}, QDir::Files)) {
        const QString snapshot = dir.filePath(name);
        QLockFile lock(lockPathFor(snapshot));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its process is still running (another window)
        lock.unlock();
        Recoverable r;
        r.snapshotPath = snapshot;
        QFile metaFile(metaPathFor(snapshot));
        if (metaFile.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
            r.displayPath = meta.value(QStringLiteral("displayPath")).toString();
            r.sourceFormat = meta.value(QStringLiteral("sourceFormat")).toString();
            r.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        }
        if (!r.savedAt.isValid())
            r.savedAt = QFileInfo(snapshot).lastModified();
        out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const Recoverable &a, const Recoverable &b) { return a.savedAt > b.savedAt; });
    return out;
}

Parsed<Workspace> AutosaveManager::load(const Recoverable &recoverable)
{
    const RuleFiles::WorkspaceResult loaded = RuleFiles::loadWorkspace(recoverable.snapshotPath, QStringLiteral("project"));
    return {loaded.workspace, loaded.diagnostics};
}

void AutosaveManager::discard(const Recoverable &recoverable)
{
    QFile::remove(recoverable.snapshotPath);
    QFile::remove(metaPathFor(recoverable.snapshotPath));
    QFile::remove(lockPathFor(recoverable.snapshotPath));
}

} // namespace sg::ui
