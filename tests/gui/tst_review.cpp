// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The review workspace: "can it reach?", and the deciding rule shown in the table.

#include "guitesthelpers.h"

#include "analysiscontroller.h"
#include "askdock.h"
#include "comparedialog.h"
#include "connectivitydock.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "exposurechartdock.h"
#include "mainwindow.h"
#include "rulesview.h"
#include "table/ruletablemodel.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>

#include <QLineEdit>
#include <QSignalSpy>
#include <qcustomplot.h>

using namespace sg;
using namespace sg::ui;

namespace {

const QString sample = QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json");

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void askDockAnswers_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("direction");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("decidingRow"); // -1: no rule decides
        QTest::addColumn<QString>("says");
        QTest::newRow("ssh from anywhere") << "198.51.100.7" << int(Protocol::Tcp) << 22 << int(Direction::Ingress) << true << 0 << "rule 1";
        QTest::newRow("slurm from the cluster group") << "sg-2zecluster0001" << int(Protocol::Tcp) << 6818 << int(Direction::Ingress) << true << 1 << "rule 2";
        QTest::newRow("slurm from outside") << "198.51.100.7" << int(Protocol::Tcp) << 6818 << int(Direction::Ingress) << false << -1 << "denied by default";
        QTest::newRow("docker over IPv6 dropped") << "2001:db8::5" << int(Protocol::Tcp) << 2375 << int(Direction::Ingress) << false << 4 << "rule 5";
        QTest::newRow("udp is not tcp") << "198.51.100.7" << int(Protocol::Udp) << 22 << int(Direction::Ingress) << false << -1 << "denied by default";
        QTest::newRow("intra-group") << "sg-2ze8example0001" << int(Protocol::Tcp) << 9090 << int(Direction::Ingress) << true << -1 << "reach each other";
        QTest::newRow("outbound") << "203.0.113.1" << int(Protocol::Tcp) << 443 << int(Direction::Egress) << true << 5 << "rule 6";
    }

    void askDockAnswers()
    {
        QFETCH(QString, source);
        QFETCH(int, protocol);
        QFETCH(int, port);
        QFETCH(int, direction);
        QFETCH(bool, allowed);
        QFETCH(int, decidingRow);
        QFETCH(QString, says);
        MainWindow window;
        QVERIFY(window.openFile(sample));
        AskDock *dock = window.askDock();
        dock->ask(source, Protocol(protocol), port, Direction(direction));
        QVERIFY(dock->answer().has_value());
        QCOMPARE(dock->answer()->allowed, allowed);
        QCOMPARE(dock->answer()->decidingRule - 1, decidingRow);
        const QString verdict = dock->findChild<QLabel *>(QStringLiteral("askVerdict"))->text();
        QVERIFY(verdict.contains(allowed ? QStringLiteral("Allowed") : QStringLiteral("Denied")));
        const QString explanation = dock->findChild<QLabel *>(QStringLiteral("askExplanation"))->text();
        QVERIFY2(explanation.contains(says, Qt::CaseInsensitive), qPrintable(explanation));
        if (decidingRow >= 0)
            QCOMPARE(window.rulesView()->selectedRows(), QList<int>{decidingRow});
    }

    void askDockFollowsEdits()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        AskDock *dock = window.askDock();
        dock->ask(QStringLiteral("198.51.100.7"), Protocol::Tcp, 22, Direction::Ingress);
        QVERIFY(dock->answer()->allowed);
        // Narrow rule 1: the same question is now denied, without asking again.
        window.ruleModel()->setData(window.ruleModel()->index(0, RuleTableModel::PeerColumn), QStringLiteral("203.0.113.10/32"));
        QVERIFY(!dock->answer()->allowed);
        QCOMPARE(dock->answer()->reason, Decision::Reason::Default);
    }

    void exposureChartFollowsTheRules()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(sample));
        QSignalSpy analysed(window.analysisController(), &AnalysisController::analysisChanged);
        QVERIFY(analysed.wait(10000));
        ExposureChartDock *chart = window.exposureDock();
        window.show();
        chart->raise(); // the chart draws when it is on screen
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList labels;
        for (const ExposureBar &bar : chart->bars())
            labels << bar.label;
        QCOMPARE(labels, (QStringList{"TCP 22 (SSH, Git)", "TCP 6817-6819 (Slurm)", "TCP 8888 (Jupyter Notebook)", "UDP 32765-32768 (NFS)", "ICMP"}));
        QCOMPARE(chart->bars().first().exposure, Exposure::Internet);
        QCOMPARE(chart->bars().first().severity, Severity::High);
        // One plottable per colour: high, low and no finding.
        QCOMPARE(chart->plot()->plottableCount(), 3);

        // Clicking a bar selects its rules.
        chart->activateBar(0);
        QCOMPARE(window.rulesView()->selectedRows(), QList<int>{0});

        // The chart follows edits...
        window.ruleModel()->setData(window.ruleModel()->index(0, RuleTableModel::PeerColumn), QStringLiteral("10.0.0.0/8"));
        QVERIFY(analysed.wait(10000));
        QCOMPARE(chart->bars().first().exposure, Exposure::Private);
        // ...and the table's filter.
        QSignalSpy filtered(window.rulesView(), &RulesView::filterApplied);
        QTest::keyClicks(window.rulesView()->filter(), QStringLiteral("NFS"));
        QVERIFY(filtered.wait(2000));
        QCOMPARE(chart->bars().size(), 1);
        QCOMPARE(chart->bars().first().label, QStringLiteral("UDP 32765-32768 (NFS)"));
        window.rulesView()->filter()->clear();
        QVERIFY(filtered.wait(2000));
        QCOMPARE(chart->bars().size(), 5);

        // PNG and PDF export.
        QVERIFY(chart->savePng(dir.filePath(QStringLiteral("exposure.png"))));
        QVERIFY(chart->savePdf(dir.filePath(QStringLiteral("exposure.pdf"))));
        QVERIFY(QImage(dir.filePath(QStringLiteral("exposure.png"))).width() >= 1000);
        QFile pdf(dir.filePath(QStringLiteral("exposure.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF"));
    }

    void connectivityTestBesideTheRules()
    {
        QTcpServer listening;
        QVERIFY(listening.listen(QHostAddress::LocalHost));
        QTcpServer closing;
        QVERIFY(closing.listen(QHostAddress::LocalHost));
        const quint16 closed = closing.serverPort();
        closing.close();

        MainWindow window;
        QVERIFY(window.openFile(sample));
        ConnectivityDock *dock = window.connectivityDock();
        dock->setHost(QStringLiteral("127.0.0.1"));
        dock->setServices({QStringLiteral("nfs")});
        dock->setExtraPorts(QStringLiteral("%1, %2/tcp, 22, 111").arg(listening.serverPort()).arg(closed)); // 111 is NFS's too
        dock->setSource(QStringLiteral("198.51.100.7"));
        dock->setTimeout(2000);
        QSignalSpy finished(dock, &ConnectivityDock::finished);
        QVERIFY(dock->start());
        QVERIFY(finished.wait(20000));

        QTableWidget *table = dock->results();
        const auto rowOf = [table](const QString &port) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == port)
                    return row;
            }
            return -1;
        };
        const int open = rowOf(QStringLiteral("%1/tcp").arg(listening.serverPort()));
        const int refused = rowOf(QStringLiteral("%1/tcp").arg(closed));
        const int ssh = rowOf(QStringLiteral("22/tcp"));
        const int udp = rowOf(QStringLiteral("20048/udp"));
        QVERIFY(open >= 0 && refused >= 0 && ssh >= 0 && udp >= 0);
        QCOMPARE(table->rowCount(), 7 + 3); // NFS's 7 ports and the three extra
        QVERIFY(table->item(open, 2)->text().startsWith(QStringLiteral("open")));
        QVERIFY(table->item(refused, 2)->text().startsWith(QStringLiteral("refused")));
        QVERIFY(table->item(udp, 2)->text().startsWith(QStringLiteral("not testable")));
        QCOMPARE(table->item(open, 4)->text(), QStringLiteral("denied (no rule)"));
        QCOMPARE(table->item(ssh, 4)->text(), QStringLiteral("allowed by rule 1"));
        QCOMPARE(table->item(ssh, 1)->text(), QString()); // an extra port names no service
    }

    void compareSideBySide()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        const RuleSet before = window.document().ruleSet;
        DocumentController *document = window.documentController();
        // Change rule 1's source, remove rule 7, add an RDP rule from the internet.
        window.ruleModel()->setData(window.ruleModel()->index(0, RuleTableModel::PeerColumn), QStringLiteral("10.0.0.0/8"));
        document->removeRules({6});
        Rule rdp;
        rdp.ports = PortRange::single(3389);
        rdp.peer = *Endpoint::parse(u"0.0.0.0/0").endpoint;
        rdp.description = QStringLiteral("RDP");
        document->insertRules(6, {rdp}, QStringLiteral("Add"));

        CompareDialog dialog(before, QStringLiteral("before.json"), window.document().ruleSet, QStringLiteral("after"));
        const RuleSetDiff &diff = dialog.diff();
        QCOMPARE(diff.removed, QList<int>{7});
        QCOMPARE(diff.added, QList<int>{7});
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.changed.first().before, 1);
        QVERIFY(diff.changed.first().fields.join(u' ').contains(QStringLiteral("SourceCidrIp")));
        // The SSH exposure is resolved, the RDP one introduced; both lists show them.
        QVERIFY(dialog.resolved()->count() >= 1);
        QVERIFY(dialog.introduced()->count() >= 1);
        bool rdpIntroduced = false;
        for (int i = 0; i < dialog.introduced()->count(); ++i)
            rdpIntroduced = rdpIntroduced || dialog.introduced()->item(i)->text().contains(QStringLiteral("RDP"));
        QVERIFY(rdpIntroduced);
        // Marks in the row headers, not colour alone.
        QCOMPARE(dialog.beforeView()->model()->headerData(6, Qt::Vertical).toString(), QStringLiteral("\u2212 7"));
        QCOMPARE(dialog.afterView()->model()->headerData(6, Qt::Vertical).toString(), QStringLiteral("+ 7"));
        QCOMPARE(dialog.afterView()->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("~ 1"));
        QCOMPARE(dialog.afterView()->model()->headerData(1, Qt::Vertical).toString(), QStringLiteral("  2"));

        // From the window, against the file on disk.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(window.compareWith(sample));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.compareWith(QStringLiteral(SGASSIST_TEST_DATA "/api-json/broken/truncated.json")));
    }

    void auditReportHtmlAndPdf()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(sample));
        window.ruleModel()->setData(window.ruleModel()->index(0, RuleTableModel::DescriptionColumn),
                                    QStringLiteral("<script>alert(1)</script> SSH"));
        QSignalSpy analysed(window.analysisController(), &AnalysisController::analysisChanged);
        QVERIFY(analysed.wait(10000));
        const QString html = dir.filePath(QStringLiteral("audit.html"));
        QVERIFY(window.exportReport(html));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("Security group audit: sg-2ze8example0001")));
        QVERIFY(text.contains(QStringLiteral("data:image/png;base64,"))); // the chart, embedded
        QVERIFY(text.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; SSH")));
        QVERIFY(!text.contains(QStringLiteral("<script>")));

        const QString pdf = dir.filePath(QStringLiteral("audit.pdf"));
        QVERIFY(window.exportReport(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5).startsWith("%PDF"));
        QVERIFY(pdfFile.size() > 10000);
    }

    void incompleteQuestion()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        AskDock *dock = window.askDock();
        auto *source = dock->findChild<QLineEdit *>(QStringLiteral("askSource"));
        source->setText(QStringLiteral("300.1.1.1"));
        QVERIFY(!dock->answer().has_value());
        QVERIFY(source->toolTip().contains(QStringLiteral("not a valid IPv4")));
    }
};

SGASSIST_GUI_TEST_MAIN(TestReview)
#include "tst_review.moc"
