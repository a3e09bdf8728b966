// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace sg {

// The thread pool of SG Assist's own background and parallel work: reading the halves of a large
// file, analysing groups and the halves of a large group, sweeping, formatting report chunks,
// opening files in the desktop app. Not Qt's global pool: Qt's raster engine hands parts of some
// drawing to that one and waits for them, so long work queued there can freeze the window
// (docs/benchmarks.md). As many threads as cores; a task that waits for another task of this pool
// that has not started runs it itself (QFuture::waitForFinished), so nesting is safe.
QThreadPool *workerPool();

} // namespace sg
