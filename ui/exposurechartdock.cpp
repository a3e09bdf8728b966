// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposurechartdock.h"

#include "dialogseams.h"
#include "exposureplot.h"
#include "settings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace sg::ui {

ExposureChartDock::ExposureChartDock(QWidget *parent)
    : QDockWidget(tr("Exposure"), parent), m_plot(new QCustomPlot(this)), m_scroll(new QScrollArea(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("exposureDock"));
    m_plot->setObjectName(QStringLiteral("exposurePlot"));
    m_plot->setInteractions(QCP::iSelectPlottables);
    m_plot->setAccessibleName(tr("Exposure chart"));
    // QCustomPlot takes every wheel event: hand them to the scroll area so a long chart scrolls.
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::plottableClick, this, &ExposureChartDock::clicked);
    m_scroll->setObjectName(QStringLiteral("exposureScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_plot);
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
    layout->addWidget(m_scroll, 1);
    setWidget(content);
    rebuild();
}

void ExposureChartDock::setSeries(const ExposureSeries &series)
{
    m_series = series;
    m_analysing = false;
    rebuild();
}

void ExposureChartDock::setAnalysing()
{
    m_series = {};
    m_analysing = true;
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
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        m_plotStale = true; // colours follow the theme, sizes the font, labels the language
        if (isVisible())
            redraw();
    }
}

bool ExposureChartDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Wheel) {
        QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
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
    m_plot->setFont(font());
    // Every bar gets a readable row: a long chart scrolls instead of squeezing its bars.
    m_plot->setMinimumHeight(ExposurePlot::heightFor(int(m_bars.size()), font()));
    const ExposurePlot::Layout layout = ExposurePlot::draw(m_plot, m_bars, palette());
    m_plottables = layout.plottables;
    m_barIndexes = layout.barIndexes;

    const auto internet = std::count_if(m_bars.cbegin(), m_bars.cend(), [](const ExposureBar &b) { return b.exposure == Exposure::Internet; });
    if (m_analysing)
        m_summary->setText(tr("Analysing the rules…"));
    else if (m_bars.isEmpty())
        m_summary->setText(tr("No inbound port is open."));
    else
        m_summary->setText(tr("%1 open port ranges; %2 reachable from the internet. Click a bar to select its rules.")
                               .arg(m_bars.size())
                               .arg(internet));
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

QImage ExposureChartDock::toImage(int width) const
{
    return ExposurePlot::render(bars(), width, font(), 1.0);
}

bool ExposureChartDock::savePng(const QString &path)
{
    return ExposurePlot::render(bars(), 1000, font(), 2.0).save(path, "PNG");
}

bool ExposureChartDock::savePdf(const QString &path)
{
    if (m_plotStale)
        redraw();
    QCustomPlot plot;
    plot.setFont(font());
    QPalette paper = palette();
    ExposurePlot::draw(&plot, bars(), paper);
    const int height = ExposurePlot::heightFor(int(bars().size()), font());
    return plot.savePdf(path, 1000, height, QCP::epNoCosmetic, QStringLiteral("SG Assist"), tr("Exposure"));
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
