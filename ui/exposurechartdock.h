// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/exposureseries.h"

#include <QDockWidget>

#include <optional>

class QCPAbstractPlottable;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QScrollArea;

namespace sg::ui {

// The exposure chart: one horizontal bar per open port range, as long as the widest source that can
// reach it (a single address up to the whole internet), coloured by the worst finding, labelled with
// the service where the catalogue knows the port. Many ranges scroll rather than shrink. Clicking a
// bar selects the rules that open it.
class ExposureChartDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ExposureChartDock(QWidget *parent = nullptr);

    void setSeries(const ExposureSeries &series);
    // The rules changed and their analysis is under way: the old bars go, "Analysing…" shows.
    void setAnalysing();
    // Only what these rules (0-based) open; nullopt for all rules.
    void setVisibleRules(const std::optional<QSet<int>> &rows);

    const QList<ExposureBar> &bars() const;
    QCustomPlot *plot() const { return m_plot; }
    // Selects the rules of bar `index`, as a click does.
    void activateBar(int index);

    // The chart as shown, as an image (the height follows the number of bars).
    QImage toImage(int width = 1400) const;
    bool savePng(const QString &path);
    bool savePdf(const QString &path);

Q_SIGNALS:
    void rulesSelected(const QList<int> &rows);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Marks the chart out of date; it is redrawn now if it is on screen, else when it is shown.
    void rebuild();
    void redraw();
    void clicked(QCPAbstractPlottable *plottable, int dataIndex, QMouseEvent *event);
    void exportImage(bool pdf);

    QCustomPlot *m_plot;
    QScrollArea *m_scroll;
    QLabel *m_summary;
    bool m_analysing = false;
    ExposureSeries m_series;
    std::optional<QSet<int>> m_visible;
    mutable QList<ExposureBar> m_bars;
    mutable bool m_barsStale = true;
    bool m_plotStale = true;
    QList<QList<int>> m_barIndexes; // per plottable: index of each data point in m_bars
    QList<QCPAbstractPlottable *> m_plottables;
};

} // namespace sg::ui
