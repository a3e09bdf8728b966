// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexporter.h"

#include "io/fileio.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

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

namespace {

constexpr int ChartCssWidth = 900; // the width AuditReport gives the chart
constexpr int TallChartCss = 450;  // about a third of an A4 page at that width

void breakPageBeforeChart(QTextDocument &document, const QString &chartName)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat() || format.toImageFormat().name() != chartName)
                continue;
            QTextCursor cursor(block.previous().isValid() ? block.previous() : block);
            QTextBlockFormat blockFormat = cursor.blockFormat();
            blockFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(blockFormat);
            return;
        }
    }
}

} // namespace

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
    // A tall chart (many port ranges) would leave its heading alone at the foot of a page: it
    // starts a page of its own, heading and all.
    if (!chart.isNull() && chart.height() * ChartCssWidth / std::max(1, chart.width()) > TallChartCss)
        breakPageBeforeChart(document, chartUrl.toString());
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
