// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readmonitor.h"

namespace sg {
namespace {

thread_local ReadMonitor *current = nullptr;

} // namespace

ReadMonitor::ReadMonitor(ProgressFunction progress, const std::atomic_bool *cancelled)
    : m_progress(std::move(progress)), m_cancelled(cancelled)
{
}

ReadMonitor::Scope::Scope(ReadMonitor *monitor)
    : m_previous(current)
{
    current = monitor;
}

ReadMonitor::Scope::~Scope()
{
    current = m_previous;
}

bool ReadMonitor::progress(qint64 done, qint64 total)
{
    ReadMonitor *monitor = current;
    if (!monitor)
        return true;
    if (monitor->m_progress)
        monitor->m_progress(done, total);
    return !(monitor->m_cancelled && monitor->m_cancelled->load(std::memory_order_relaxed));
}

bool ReadMonitor::isCancelled()
{
    ReadMonitor *monitor = current;
    return monitor && monitor->m_cancelled && monitor->m_cancelled->load(std::memory_order_relaxed);
}

} // namespace sg
