// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

#include <QThreadPool>

namespace sg {

Q_GLOBAL_STATIC(QThreadPool, theWorkerPool)

QThreadPool *workerPool()
{
    return theWorkerPool();
}

} // namespace sg
