// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exposure chart reads with 1, 10 and 60 port ranges: one labelled row per bar, the legend
// outside the bars, and a report image whose text is as large as the page's.

#include "guitesthelpers.h"
#include "testexposure.h"

#include "exposurechartdock.h"
#include "exposureplot.h"

#include <QMainWindow>
#include <QScrollArea>

#include <qcustomplot.h>

using namespace sg;
using namespace sg::ui;
using testexposure::seriesOf;

namespace {

// `count` rules, each opening its own TCP port: every second one to the internet.
RuleSet rangesOpen(int count)
{
    RuleSet set;
    for (int i = 0; i < count; ++i) {
        Rule rule;
        rule.ports = PortRange::single(20000 + 10 * i);
        rule.peer = *Endpoint::parse(i % 2 ? QStringLiteral("10.0.0.0/16") : QStringLiteral("0.0.0.0/0")).endpoint;
        rule.description = QStringLiteral("range %1").arg(i + 1);
        set.rules.append(rule);
    }
    return set;
}

} // namespace

class TestChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBarHasARowAndALabel_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("1 range") << 1;
        QTest::newRow("10 ranges") << 10;
        QTest::newRow("60 ranges") << 60;
    }

    void everyBarHasARowAndALabel()
    {
        QFETCH(int, count);
        QMainWindow window;
        auto *dock = new ExposureChartDock(&window);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        dock->setSeries(seriesOf(rangesOpen(count)));
        QCOMPARE(dock->bars().size(), count);
        QCustomPlot *plot = dock->plot();

        // Horizontal bars: the ports down the side, one tick label per bar, none left out.
        QCPAxis *keys = plot->yAxis;
        auto ticker = keys->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        QCOMPARE(ticker->ticks().size(), count);
        for (const ExposureBar &bar : dock->bars())
            QVERIFY(ticker->ticks().values().contains(ExposurePlot::shownLabel(bar)));
        plot->replot();
        QCOMPARE(keys->tickVectorLabels().size(), count);

        // Each bar gets a row at least a line of text high: a long chart scrolls, it does not shrink.
        const int line = QFontMetrics(plot->font()).height();
        QVERIFY2(plot->axisRect()->height() >= count * line, qPrintable(QString::number(plot->axisRect()->height())));
        auto *scroll = dock->findChild<QScrollArea *>(QStringLiteral("exposureScroll"));
        QVERIFY(scroll);
        if (count == 60)
            QVERIFY(plot->height() > scroll->viewport()->height()); // scrolls

        // The legend sits outside the bars' area.
        QVERIFY(plot->legend->visible());
        QVERIFY(!plot->axisRect()->insetLayout()->elements(false).contains(plot->legend));
        QVERIFY(!plot->legend->outerRect().intersects(plot->axisRect()->rect()));

        // Text as large as the rest of the window.
        QVERIFY(keys->tickLabelFont().pointSizeF() >= dock->font().pointSizeF());
    }

    void reportImageGrowsWithTheBars()
    {
        QFont font;
        font.setPointSizeF(10);
        const QImage one = ExposurePlot::render(seriesOf(rangesOpen(1)).bars(), 900, font);
        const QImage sixty = ExposurePlot::render(seriesOf(rangesOpen(60)).bars(), 900, font);
        QCOMPARE(one.width(), 1800); // drawn at twice the size for print
        QVERIFY(sixty.height() > one.height() + 60 * QFontMetrics(font).height());
        // Paper colours whatever the theme: the corner is white.
        QCOMPARE(sixty.pixelColor(2, 2), QColor(Qt::white));
    }

    void longLabelsAreElided()
    {
        ExposureBar bar;
        bar.label = QStringLiteral("TCP 1-65535 (SSH, Git, NFS, Slurm, PBS, Prometheus, Fluentd, Portal, RDP, Jupyter)");
        const QString shown = ExposurePlot::shownLabel(bar);
        QVERIFY(shown.size() < bar.label.size());
        QVERIFY(shown.endsWith(QChar(0x2026)));
    }
};

SGASSIST_GUI_TEST_MAIN(TestChart)
#include "tst_chart.moc"
