// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workerpool.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace sg::ui {

// Runs `work` on the worker pool (sg::workerPool()) and waits for it without blocking the UI thread: events keep
// being processed (the window repaints and stays responsive), while a window-modal busy dialog,
// shown if the work takes more than a moment, keeps the document from changing underneath. For
// work whose caller needs the result before going on (compare, report) but that can take
// seconds on a large set. `work` must touch no widget.
template <typename Work>
auto runInBackground(QWidget *parent, const QString &label, Work work) -> decltype(work())
{
    using Result = decltype(work());
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    QPointer<QProgressDialog> busy = new QProgressDialog(label, QString(), 0, 0, parent);
    busy->setObjectName(QStringLiteral("busyProgress"));
    busy->setWindowModality(Qt::WindowModal);
    busy->setMinimumDuration(300);
    busy->setCancelButton(nullptr);
    busy->setValue(0);
    watcher.setFuture(QtConcurrent::run(workerPool(), std::move(work)));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    delete busy.data();
    return watcher.result();
}

} // namespace sg::ui
