// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposureplot.h"

#include "riskpalette.h"

#include <QFontMetrics>

#include <qcustomplot.h>

namespace sg::ui {
namespace {

// Bars are grouped into one plottable per colour: none (no finding) and each severity.
constexpr int NoFindingBucket = 5;
// Labels longer than this are elided: one long service list must not squeeze every bar.
constexpr int MaxLabelCharacters = 36;

int bucketOf(const ExposureBar &bar)
{
    return bar.severity ? int(*bar.severity) : NoFindingBucket;
}

// Rows for the legend and the exposure axis above the bars, and the margin below them.
int chromeHeight(const QFontMetrics &metrics)
{
    return metrics.height() * 7 + 24;
}

} // namespace

int ExposurePlot::heightFor(int barCount, const QFont &font)
{
    const QFontMetrics metrics(font);
    return chromeHeight(metrics) + std::max(barCount, 1) * (metrics.height() + 10);
}

QString ExposurePlot::shownLabel(const ExposureBar &bar)
{
    if (bar.label.size() <= MaxLabelCharacters)
        return bar.label;
    return bar.label.left(MaxLabelCharacters - 1).trimmed() + QChar(0x2026);
}

ExposurePlot::Layout ExposurePlot::draw(QCustomPlot *plot, const QList<ExposureBar> &bars, const QPalette &palette)
{
    Layout layout;
    plot->clearPlottables();

    const RiskPalette risk(palette);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = palette.color(QPalette::Mid);
    const QFont font = plot->font();
    plot->setBackground(palette.color(QPalette::Base));

    // The exposure (value) axis on top, next to the legend, so that it stays in view when a long
    // chart scrolls; the bars (keys) down the left, one labelled row each, the first at the top.
    QCPAxis *valueAxis = plot->xAxis2;
    QCPAxis *keyAxis = plot->yAxis;
    plot->xAxis->setVisible(false);
    plot->yAxis2->setVisible(false);
    valueAxis->setVisible(true);
    for (QCPAxis *axis : {valueAxis, keyAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    keyAxis->grid()->setVisible(false);

    auto valueTicks = QSharedPointer<QCPAxisTickerText>::create();
    const QList<Exposure> exposures = allExposures();
    for (Exposure e : exposures)
        valueTicks->addTick(int(e) + 1, displayName(e));
    valueAxis->setTicker(valueTicks);
    valueAxis->setRange(0, double(exposures.size()) + 0.5);
    valueAxis->setLabel(tr("Widest source that reaches the ports"));
    valueAxis->setTickLabelRotation(0);

    auto keyTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < bars.size(); ++i)
        keyTicks->addTick(double(i + 1), shownLabel(bars[i]));
    keyAxis->setTicker(keyTicks);
    keyAxis->setRangeReversed(true);
    keyAxis->setRange(0.4, std::max<double>(double(bars.size()) + 0.6, 1.6));
    keyAxis->setLabel(QString());

    // The legend in a row of its own above the plot: it never covers a bar.
    QCPLegend *legend = plot->legend;
    if (plot->axisRect()->insetLayout()->elements(false).contains(legend)) {
        plot->axisRect()->insetLayout()->take(legend);
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, legend);
        plot->plotLayout()->setRowStretchFactor(0, 0.001);
        plot->plotLayout()->setRowSpacing(2);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legend->setWrap(6);
        legend->setMargins(QMargins(6, 4, 6, 4));
    }
    legend->setVisible(!bars.isEmpty());
    legend->setBrush(palette.color(QPalette::Base));
    legend->setTextColor(text);
    legend->setFont(font);
    legend->setBorderPen(Qt::NoPen);

    // Legend from the most severe down, then the bars without findings.
    for (int bucket : {int(Severity::Critical), int(Severity::High), int(Severity::Medium), int(Severity::Low),
                       int(Severity::Info), NoFindingBucket}) {
        QVector<double> keys;
        QVector<double> values;
        QList<int> indexes;
        for (qsizetype i = 0; i < bars.size(); ++i) {
            if (bucketOf(bars[i]) != bucket)
                continue;
            keys << double(i + 1);
            values << double(int(bars[i].exposure) + 1);
            indexes << int(i);
        }
        if (keys.isEmpty())
            continue;
        auto *plottable = new QCPBars(keyAxis, valueAxis);
        const QColor colour = bucket == NoFindingBucket ? palette.color(QPalette::Mid) : risk.severityColour(Severity(bucket));
        plottable->setBrush(colour);
        plottable->setPen(QPen(colour.darker(130)));
        plottable->setWidth(0.66);
        plottable->setName(bucket == NoFindingBucket ? tr("No finding") : displayName(Severity(bucket)));
        plottable->setData(keys, values, true);
        plottable->setSelectable(QCP::stSingleData);
        layout.plottables << plottable;
        layout.barIndexes << indexes;
    }
    plot->replot();
    return layout;
}

QImage ExposurePlot::render(const QList<ExposureBar> &bars, int width, const QFont &font, qreal scale)
{
    // Paper colours: dark text on white, whatever the window's theme.
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    paper.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    paper.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    QCustomPlot plot;
    plot.setFont(font);
    draw(&plot, bars, paper);
    const int height = heightFor(int(bars.size()), font);
    return plot.toPixmap(width, height, scale).toImage();
}

} // namespace sg::ui
