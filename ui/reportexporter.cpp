// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexporter.h"

#include "io/fileio.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace sg::ui {

QString writeAuditReportHtml(const QString &path, AuditReport::Input input, const QImage &chart)
{
    if (!chart.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        chart.save(&buffer, "PNG");
        input.chartImageUrl = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }
    const QByteArray html = AuditReport::html(input).toUtf8();
    return writeFileAtomically(path, [&](QIODevice &device, QString *) { return device.write(html) == html.size(); });
}

QString writeAuditReportPdf(const QString &path, AuditReport::Input input, const QImage &chart)
{
    // QTextDocument does not read data: URLs; it takes the chart as a named resource instead.
    const QUrl chartUrl(QStringLiteral("sgassist-chart.png"));
    if (!chart.isNull())
        input.chartImageUrl = chartUrl.toString();
    QTextDocument document;
    if (!chart.isNull())
        document.addResource(QTextDocument::ImageResource, chartUrl, chart);
    document.setHtml(AuditReport::html(input));
    return writeFileAtomically(path, [&](QIODevice &device, QString *) {
        QPdfWriter writer(&device);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(QStringLiteral("SG Assist audit report"));
        writer.setCreator(QStringLiteral("SG Assist"));
        writer.setResolution(150);
        document.setPageSize(QSizeF(writer.width(), writer.height()));
        document.print(&writer);
        return true;
    });
}

} // namespace sg::ui
