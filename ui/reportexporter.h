// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/auditreport.h"

#include <QImage>

namespace sg::ui {

// Writes the audit report as HTML (the chart embedded) or PDF, atomically. Returns an error
// message naming the file, or an empty string.
QString writeAuditReportHtml(const QString &path, AuditReport::Input input, const QImage &chart);
QString writeAuditReportPdf(const QString &path, AuditReport::Input input, const QImage &chart);

} // namespace sg::ui
