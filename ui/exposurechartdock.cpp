// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposurechartdock.h"

#include "dialogseams.h"
#include "riskpalette.h"
#include "settings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace sg::ui {
namespace {

// Bars are grouped into one plottable per colour: none (no finding) and each severity.
constexpr int NoFindingBucket = 5;

int bucketOf(const ExposureBar &bar)
{
    return bar.severity ? int(*bar.severity) : NoFindingBucket;
}

} // namespace

ExposureChartDock::ExposureChartDock(QWidget *parent)
    : QDockWidget(tr("Exposure"), parent), m_plot(new QCustomPlot(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("exposureDock"));
    m_plot->setObjectName(QStringLiteral("exposurePlot"));
    m_plot->setMinimumHeight(220);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setAccessibleName(tr("Exposure chart"));
    connect(m_plot, &QCustomPlot::plottableClick, this, &ExposureChartDock::clicked);
    m_summary->setObjectName(QStringLiteral("exposureSummary"));
    m_summary->setWordWrap(true);

    auto *png = new QPushButton(tr("Save &PNG…"), this);
    png->setObjectName(QStringLiteral("exposureSavePng"));
    auto *pdf = new QPushButton(tr("Save P&DF…"), this);
    pdf->setObjectName(QStringLiteral("exposureSavePdf"));
    connect(png, &QPushButton::clicked, this, [this] { exportImage(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportImage(true); });

    auto *content = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(png);
    bar->addWidget(pdf);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    setWidget(content);
    rebuild();
}

void ExposureChartDock::setSeries(const ExposureSeries &series)
{
    m_series = series;
    rebuild();
}

void ExposureChartDock::setVisibleRules(const std::optional<QSet<int>> &rows)
{
    m_visible = rows;
    rebuild();
}

void ExposureChartDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        m_plotStale = true; // colours follow the theme
        if (isVisible())
            redraw();
    }
}

void ExposureChartDock::rebuild()
{
    m_barsStale = true;
    m_plotStale = true;
    if (isVisible())
        redraw();
}

const QList<ExposureBar> &ExposureChartDock::bars() const
{
    if (m_barsStale) {
        m_bars = m_series.bars(m_visible ? &*m_visible : nullptr);
        m_barsStale = false;
    }
    return m_bars;
}

void ExposureChartDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_plotStale)
        redraw();
}

void ExposureChartDock::redraw()
{
    m_plotStale = false;
    bars();
    m_plot->clearPlottables();
    m_plottables.clear();
    m_barIndexes.clear();

    const QPalette palette = this->palette();
    const RiskPalette risk(palette);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = palette.color(QPalette::Mid);
    m_plot->setBackground(palette.color(QPalette::Base));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }

    // y: how wide the widest source is, from a group reference up to the internet.
    auto yTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (Exposure e : {Exposure::Scoped, Exposure::Private, Exposure::PublicNarrow, Exposure::PublicWide, Exposure::Internet})
        yTicks->addTick(int(e) + 1, displayName(e));
    m_plot->yAxis->setTicker(yTicks);
    m_plot->yAxis->setRange(0, 5.6);
    m_plot->yAxis->setLabel(tr("Widest source"));

    // x: one tick per bar, labelled with ports and service.
    auto xTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < m_bars.size(); ++i)
        xTicks->addTick(double(i + 1), m_bars[i].label);
    m_plot->xAxis->setTicker(xTicks);
    m_plot->xAxis->setTickLabelRotation(m_bars.size() > 6 ? 45 : 0);
    m_plot->xAxis->setRange(0.3, std::max<double>(double(m_bars.size()) + 0.7, 1.7));

    m_plot->legend->setVisible(!m_bars.isEmpty());
    m_plot->legend->setBrush(palette.color(QPalette::Base));
    m_plot->legend->setTextColor(text);
    m_plot->legend->setBorderPen(QPen(grid));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    // Legend from the most severe down, then the bars without findings.
    for (int bucket : {int(Severity::Critical), int(Severity::High), int(Severity::Medium), int(Severity::Low),
                       int(Severity::Info), NoFindingBucket}) {
        QVector<double> keys;
        QVector<double> values;
        QList<int> indexes;
        for (qsizetype i = 0; i < m_bars.size(); ++i) {
            if (bucketOf(m_bars[i]) != bucket)
                continue;
            keys << double(i + 1);
            values << double(int(m_bars[i].exposure) + 1);
            indexes << int(i);
        }
        if (keys.isEmpty())
            continue;
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        const QColor colour = bucket == NoFindingBucket ? palette.color(QPalette::Mid) : risk.severityColour(Severity(bucket));
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(130)));
        bars->setWidth(0.7);
        bars->setName(bucket == NoFindingBucket ? tr("No finding") : displayName(Severity(bucket)));
        bars->setData(keys, values, true);
        bars->setSelectable(QCP::stSingleData);
        m_plottables << bars;
        m_barIndexes << indexes;
    }

    const auto internet = std::count_if(m_bars.cbegin(), m_bars.cend(), [](const ExposureBar &b) { return b.exposure == Exposure::Internet; });
    m_summary->setText(m_bars.isEmpty() ? tr("No inbound port is open.")
                                        : tr("%1 open port ranges; %2 reachable from the internet. Click a bar to select its rules.")
                                              .arg(m_bars.size()).arg(internet));
    m_plot->replot();
}

void ExposureChartDock::clicked(QCPAbstractPlottable *plottable, int dataIndex, QMouseEvent *)
{
    const qsizetype which = m_plottables.indexOf(plottable);
    if (which < 0 || dataIndex < 0 || dataIndex >= m_barIndexes[which].size())
        return;
    activateBar(m_barIndexes[which][dataIndex]);
}

void ExposureChartDock::activateBar(int index)
{
    if (index < 0 || index >= bars().size())
        return;
    const QList<int> rules = m_series.rulesOf(m_bars[index], m_visible ? &*m_visible : nullptr);
    if (!rules.isEmpty())
        Q_EMIT rulesSelected(rules);
}

QImage ExposureChartDock::toImage(int width, int height) const
{
    if (m_plotStale)
        const_cast<ExposureChartDock *>(this)->redraw(); // a report needs the chart even when hidden
    return m_plot->toPixmap(width, height, 1.0).toImage();
}

bool ExposureChartDock::savePng(const QString &path)
{
    if (m_plotStale)
        redraw();
    return m_plot->savePng(path, 1400, 700, 1.0);
}

bool ExposureChartDock::savePdf(const QString &path)
{
    if (m_plotStale)
        redraw();
    return m_plot->savePdf(path, 1400, 700, QCP::epNoCosmetic, QStringLiteral("SG Assist"), tr("Exposure"));
}

void ExposureChartDock::exportImage(bool pdf)
{
    const QString folder = Settings::value(Settings::Key::LastExportFolder).toString();
    const QString path = FileDialog::getSaveFileName(this, pdf ? tr("Save Chart as PDF — SG Assist") : tr("Save Chart as PNG — SG Assist"),
                                                     folder + (pdf ? QStringLiteral("/exposure.pdf") : QStringLiteral("/exposure.png")),
                                                     pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (!(pdf ? savePdf(path) : savePng(path)))
        MessageBox::warning(this, tr("Save Failed — SG Assist"), tr("Cannot write %1.").arg(path));
}

} // namespace sg::ui
