// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/connectivityprobe.h"

#include <QIODevice>

namespace sg {

// The reports of `sgassist-cli probe`: one line (or object) per port tried.
namespace ProbeReport {

QString writeText(const QString &host, const QList<ProbeResult> &results, QIODevice &device);
// {"host", "results": [{"port", "protocol", "services", "status", "elapsedMs", "detail"}]}
QString writeJson(const QString &host, const QList<ProbeResult> &results, QIODevice &device);

} // namespace ProbeReport
} // namespace sg
