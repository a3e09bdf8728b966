// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GUI benchmark (DESIGN section 10), not a test:
//   sgassist-bench-gui LARGE.json SMALL.json
// 1. Opens LARGE (e.g. 100,000 rules) in the main window and measures the longest stall of the event
//    loop (a 1 ms timer's largest gap) from the open until its analysis is shown, and how long that takes.
//    Then filters the large table and sorts it by source, ports and risk, with the stall each causes.
//    SGASSIST_BENCH_GAPS=1 names every stall over 50 ms on stderr, SGASSIST_BENCH_EVENTS=1 every event
//    that took the UI thread over 15 ms (what it was busy with); SGASSIST_BENCH_EXPOSURE=1 puts the
//    Exposure tab in front first (the chart is then drawn as the analysis arrives).
// 2. Opens SMALL (e.g. 1,000 rules), then edits one cell 25 times and measures, for each, the time
//    from the edit to the fresh analysis in the table. Prints medians and maxima.

#include "analysiscontroller.h"
#include "findingsdock.h"
#include "mainwindow.h"
#include "rulesview.h"
#include "table/ruletablemodel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sg;
using namespace sg::ui;

namespace {

// The largest gap between ticks of a 1 ms timer: how long the UI thread was busy at a stretch.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            if (qEnvironmentVariableIsSet("SGASSIST_BENCH_GAPS") && now - m_last > 50000000)
                std::fprintf(stderr, "stall of %.0f ms ending %.0f ms after the start\n", double(now - m_last) / 1e6, double(now) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    double longestMs() const { return double(m_longest) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

bool waitFor(QObject *sender, const char *signal, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, SLOT(quit()));
    bool timedOut = false;
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    return !timedOut;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

// With SGASSIST_BENCH_EVENTS=1, names every event that took over 15 ms to deliver (nested ones
// indented): what the UI thread was busy with during a stall.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_enabled)
            return QApplication::notify(receiver, event);
        QElapsedTimer clock;
        clock.start();
        const QEvent::Type type = event->type(); // the event may be gone afterwards
        QByteArray who = QByteArray(receiver->metaObject()->className()) + ' ' + receiver->objectName().toUtf8();
        if (QObject *parent = receiver->parent())
            who += " in " + QByteArray(parent->metaObject()->className()) + ' ' + parent->objectName().toUtf8();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (const qint64 ms = clock.elapsed(); ms > 15)
            std::fprintf(stderr, "%*s%lld ms: event %d to %s\n", 2 * m_depth, "", static_cast<long long>(ms), int(type), who.constData());
        return result;
    }

private:
    const bool m_enabled = qEnvironmentVariableIsSet("SGASSIST_BENCH_EVENTS");
    int m_depth = 0;
};

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: sgassist-bench-gui LARGE.json SMALL.json\n");
        return 2;
    }
    MainWindow window;
    window.show();
    if (qEnvironmentVariableIsSet("SGASSIST_BENCH_EXPOSURE")) {
        if (auto *exposure = window.findChild<QDockWidget *>(QStringLiteral("exposureDock")))
            exposure->raise();
    }
    QApplication::processEvents();

    StallMeter meter;
    QElapsedTimer clock;
    meter.start();
    clock.start();
    window.openFile(QString::fromLocal8Bit(argv[1]));
    if (!waitFor(&window, SIGNAL(fileOpened(QString, bool)), 600000))
        return 1;
    const double openedMs = double(clock.elapsed());
    if (!waitFor(window.analysisController(), SIGNAL(analysisChanged()), 600000))
        return 1;
    const double analysedMs = double(clock.elapsed());
    {
        // The views take the results in after the signal: keep measuring while they draw them.
        QEventLoop settle;
        QTimer::singleShot(1000, &settle, &QEventLoop::quit);
        settle.exec();
    }
    std::printf("large file: %d rules opened in %.0f ms, analysed and shown after %.0f ms; longest UI stall %.1f ms\n",
                window.ruleModel()->rowCount(), openedMs, analysedMs, meter.longestMs());

    // Filtering the large table: from the end of typing to the filtered table, with the stall it causes.
    {
        QApplication::processEvents();
        meter.start();
        QElapsedTimer filterClock;
        filterClock.start();
        window.rulesView()->filter()->setText(QStringLiteral("10.1"));
        waitFor(window.rulesView(), SIGNAL(filterApplied()), 60000);
        QApplication::processEvents();
        const double filterMs = double(filterClock.nsecsElapsed()) / 1e6 - 120; // less the typing pause
        std::printf("filter stall %.1f ms\n", meter.longestMs());
        std::printf("filtering %d rules to %d: %.0f ms\n", window.ruleModel()->rowCount(),
                    window.rulesView()->proxy()->rowCount(), filterMs);
        window.rulesView()->filter()->clear();
        waitFor(window.rulesView(), SIGNAL(filterApplied()), 60000);
    }

    // Filtering the findings (matched on a worker), twice: a finding's message is made from its
    // rules when first shown or matched, or ahead on a worker, then kept.
    for (const char *text : {"rule 4242 ", "rules 77"}) {
        QApplication::processEvents();
        meter.start();
        QElapsedTimer filterClock;
        filterClock.start();
        window.findingsDock()->filter()->setText(QString::fromLatin1(text));
        waitFor(window.findingsDock(), SIGNAL(filterApplied()), 60000);
        QApplication::processEvents();
        const double filterMs = double(filterClock.nsecsElapsed()) / 1e6;
        std::printf("filtering %lld findings for \"%s\": %.0f ms to the filtered list, longest UI stall %.1f ms\n",
                    static_cast<long long>(window.analysisController()->result().findings.size()), text, filterMs, meter.longestMs());
    }
    window.findingsDock()->filter()->clear();
    QApplication::processEvents();

    // Sorting the large table by a column, as a click on its header does, and back to file order.
    for (const auto &[column, name] : {std::pair{int(RuleTableModel::PeerColumn), "source"},
                                       std::pair{int(RuleTableModel::PortsColumn), "ports"},
                                       std::pair{int(RuleTableModel::RiskColumn), "risk"}}) {
        QApplication::processEvents();
        meter.start();
        QElapsedTimer sortClock;
        sortClock.start();
        // A large set is sorted on a worker: the new order arrives as one layout change.
        QEventLoop sorted;
        const QMetaObject::Connection done = QObject::connect(window.rulesView()->proxy(), &QAbstractItemModel::layoutChanged,
                                                              &sorted, &QEventLoop::quit);
        window.ruleTable()->sortByColumn(column, Qt::AscendingOrder);
        QTimer::singleShot(60000, &sorted, &QEventLoop::quit);
        sorted.exec();
        QObject::disconnect(done);
        QApplication::processEvents();
        std::printf("sorting %d rules by %s: %.0f ms, longest UI stall %.1f ms\n", window.ruleModel()->rowCount(), name,
                    double(sortClock.nsecsElapsed()) / 1e6, meter.longestMs());
    }
    window.rulesView()->showFileOrder();

    if (!window.openFile(QString::fromLocal8Bit(argv[2]))) {
        std::fprintf(stderr, "cannot open %s\n", argv[2]);
        return 1;
    }
    waitFor(window.analysisController(), SIGNAL(analysisChanged()), 60000);
    std::vector<double> latencies;
    std::vector<double> stalls;
    RuleTableModel *model = window.ruleModel();
    for (int i = 0; i < 25; ++i) {
        meter.start();
        clock.restart();
        const int priority = model->rule(i).priority % 100 + 1; // always a change
        model->setData(model->index(i, RuleTableModel::PriorityColumn), priority);
        if (!waitFor(window.analysisController(), SIGNAL(analysisChanged()), 60000)) {
            std::fprintf(stderr, "edit %d was not re-analysed\n", i);
            return 1;
        }
        latencies.push_back(double(clock.nsecsElapsed()) / 1e6);
        stalls.push_back(meter.longestMs());
    }
    std::printf("one edit of %d rules: re-analysed and shown in median %.1f ms (max %.1f ms); longest UI stall median %.1f ms\n",
                model->rowCount(), median(latencies), *std::max_element(latencies.begin(), latencies.end()), median(stalls));
    return 0;
}
