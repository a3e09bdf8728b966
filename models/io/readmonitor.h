// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace sg {

// Progress and cancellation for reading a large file, without threading either through every
// reader's signature: the caller installs a monitor for the current thread (ReadMonitor::Scope)
// and readers report from their loops with ReadMonitor::progress(), which tells them to stop
// once the user cancelled. With no monitor installed the calls cost a thread-local load.
class ReadMonitor
{
public:
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    ReadMonitor(ProgressFunction progress, const std::atomic_bool *cancelled);

    // Installs a monitor for the current thread for the life of the scope.
    class Scope
    {
    public:
        explicit Scope(ReadMonitor *monitor);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        ReadMonitor *m_previous;
    };

    // Reports `done` of `total` units (bytes, usually); false when the reader should stop because
    // the user cancelled. Cheap enough to call every few hundred rules.
    static bool progress(qint64 done, qint64 total);
    static bool isCancelled();

private:
    ProgressFunction m_progress;
    const std::atomic_bool *m_cancelled;
};

} // namespace sg
