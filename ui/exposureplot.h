// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/exposureseries.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPalette>

class QCPAbstractPlottable;
class QCustomPlot;

namespace sg::ui {

// Lays out the exposure chart on a QCustomPlot, the same for the dock, saved images and reports:
// one horizontal bar per open port range (so that any number of ranges reads: the chart grows
// downwards, one labelled row per bar), as long as the widest source that reaches it, coloured by
// its worst finding; the legend and the exposure axis sit above the bars, outside the plot area.
class ExposurePlot
{
    Q_DECLARE_TR_FUNCTIONS(sg::ui::ExposurePlot)

public:
    struct Layout
    {
        QList<QCPAbstractPlottable *> plottables; // one per colour
        QList<QList<int>> barIndexes;             // per plottable: the index in `bars` of each data point
    };

    // Draws `bars` on `plot` with the colours of `palette`; returns which bar each data point is.
    static Layout draw(QCustomPlot *plot, const QList<ExposureBar> &bars, const QPalette &palette);
    // The height the chart needs to give every bar a readable row with `font`.
    static int heightFor(int barCount, const QFont &font);
    // A bar's label as shown: long service lists are cut with an ellipsis (the tooltip and the
    // report's table have them whole).
    static QString shownLabel(const ExposureBar &bar);
    // The chart as an image for a report: `width` logical pixels wide, as tall as the bars need,
    // drawn at `scale` for print, in colours that read on white paper.
    static QImage render(const QList<ExposureBar> &bars, int width, const QFont &font, qreal scale = 2.0);
};

} // namespace sg::ui
