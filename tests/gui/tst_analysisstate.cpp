// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Results are tied to the rule revision they were computed from: risk marks, findings, chart and
// counts of other rules never stay on screen after a document change or an edit.

#include "guitesthelpers.h"

#include "analysiscontroller.h"
#include "documentcontroller.h"
#include "exposurechartdock.h"
#include "findingsdock.h"
#include "io/formatregistry.h"
#include "io/rulefiles.h"
#include "mainwindow.h"
#include "table/findingsmodel.h"
#include "table/ruletablemodel.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace sg;
using namespace sg::ui;

namespace {

const QString sample = QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json");

// An api-json file of `count` rules: rule 1 is UDP 123 from one private address (no finding).
QString writeRules(const QTemporaryDir &dir, int count)
{
    Document document;
    document.ruleSet.group.securityGroupId = QStringLiteral("sg-other");
    for (int i = 0; i < count; ++i) {
        Rule rule;
        rule.protocol = i == 0 ? Protocol::Udp : Protocol::Tcp;
        rule.ports = PortRange::single(i == 0 ? 123 : 1024 + i % 50000);
        rule.peer = *Endpoint::parse(i == 0 ? QStringLiteral("10.1.2.3/32") : QStringLiteral("10.%1.%2.0/24").arg((i >> 8) & 255).arg(i & 255)).endpoint;
        rule.description = QStringLiteral("rule %1").arg(i + 1);
        document.ruleSet.rules.append(rule);
    }
    const QString path = dir.filePath(QStringLiteral("other-%1.json").arg(count));
    if (!RuleFiles::save(path, document, *FormatRegistry::instance().find(QStringLiteral("api-json"))).error.isEmpty())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int severityOf(MainWindow &window, int row)
{
    return window.ruleModel()->index(row, RuleTableModel::RiskColumn).data(RuleTableModel::SeverityRole).toInt();
}

int findingRows(MainWindow &window)
{
    return window.findingsDock()->model()->rowCount();
}

QString severityCounts(MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("severityCountsLabel"))->text();
}

} // namespace

class TestAnalysisState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anotherDocumentNeverShowsTheOldRisks()
    {
        QTemporaryDir dir;
        const QString other = writeRules(dir, 3);
        MainWindow window;
        window.show();
        QSignalSpy analysed(window.analysisController(), &AnalysisController::analysisChanged);
        QVERIFY(window.openFile(sample));
        QVERIFY(analysed.wait(10000));
        QCOMPARE(severityOf(window, 0), int(Severity::High));
        QVERIFY(findingRows(window) > 0);

        // The new rules are on screen at once; nothing of the old analysis is, not even for a moment.
        analysed.clear();
        QVERIFY(window.openFile(other));
        QCOMPARE(window.ruleModel()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(severityOf(window, row), -1);
        QVERIFY(window.ruleModel()->index(0, RuleTableModel::RiskColumn).data().toString().isEmpty());
        QVERIFY(window.ruleModel()->index(0, RuleTableModel::PeerColumn).data(RuleTableModel::FindingsRole).toStringList().isEmpty());
        QCOMPARE(findingRows(window), 0);
        QVERIFY(window.exposureDock()->bars().isEmpty());
        QVERIFY(severityCounts(window).contains(QStringLiteral("Analysing")));
        auto *state = window.findingsDock()->findChild<QLabel *>(QStringLiteral("findingsState"));
        QVERIFY(state->isVisible());
        QVERIFY(state->text().contains(QStringLiteral("Analysing 3 rules")));
        QVERIFY(!window.analysisController()->isCurrent());

        // Then the new analysis, and only it.
        QVERIFY(analysed.wait(10000));
        QVERIFY(window.analysisController()->isCurrent());
        QCOMPARE(window.analysisController()->revision(), window.ruleModel()->revision());
        QCOMPARE(severityOf(window, 0), -1); // UDP 123 from one private address: nothing to report
        QVERIFY(!state->isVisible());
        QVERIFY(!severityCounts(window).contains(QStringLiteral("Analysing")));
    }

    void anEditHidesTheOldRisksAtOnce()
    {
        MainWindow window;
        QSignalSpy analysed(window.analysisController(), &AnalysisController::analysisChanged);
        QVERIFY(window.openFile(sample));
        QVERIFY(analysed.wait(10000));
        RuleTableModel *model = window.ruleModel();
        const AnalysisResult old = window.analysisController()->result();
        const quint64 oldRevision = model->revision();
        QVERIFY(old.count(Severity::High) > 0);

        // Inserting a rule at the top shifts every position: the old marks would sit on wrong rows.
        Rule rule;
        rule.ports = PortRange::single(443);
        rule.peer = *Endpoint::parse(u"10.0.0.1/32").endpoint;
        rule.description = QStringLiteral("HTTPS from the proxy");
        window.documentController()->insertRules(0, {rule}, QStringLiteral("Add"));
        QVERIFY(model->revision() > oldRevision);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(severityOf(window, row), -1);
        QCOMPARE(findingRows(window), 0);
        QCOMPARE(window.analysisController()->result().findings.size(), 0);

        // A result of the old revision is refused, whoever hands it over.
        QVERIFY(!model->setAnalysis(old, oldRevision));
        QCOMPARE(severityOf(window, 1), -1);

        QVERIFY(analysed.wait(10000));
        QCOMPARE(severityOf(window, 0), -1);                  // the new rule
        QCOMPARE(severityOf(window, 1), int(Severity::High)); // the old rule 1, now rule 2
    }

    void closeLeavesNoFindings()
    {
        MainWindow window;
        QSignalSpy analysed(window.analysisController(), &AnalysisController::analysisChanged);
        QVERIFY(window.openFile(sample));
        QVERIFY(analysed.wait(10000));
        QVERIFY(findingRows(window) > 0);
        window.findChild<QAction *>(QStringLiteral("actionClose"))->trigger();
        QCOMPARE(findingRows(window), 0);
        QVERIFY(window.exposureDock()->bars().isEmpty());
        QTest::qWait(300); // nothing arrives later either
        QCOMPARE(findingRows(window), 0);
        QVERIFY(window.exposureDock()->bars().isEmpty());
        QCOMPARE(window.analysisController()->result().findings.size(), 0);
    }

    void largeSetsShowABusyBar()
    {
        QTemporaryDir dir;
        const QString path = writeRules(dir, 6000);
        MainWindow window;
        window.show();
        QSignalSpy analysed(window.analysisController(), &AnalysisController::analysisChanged);
        QVERIFY(window.openFile(path));
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("analysisProgress"));
        QVERIFY(progress->isVisible());
        QVERIFY(window.findingsDock()->findChild<QLabel *>(QStringLiteral("findingsState"))->text().contains(QStringLiteral("Analysing 6")));
        QVERIFY(analysed.wait(60000));
        QVERIFY(!progress->isVisible());
    }
};

SGASSIST_GUI_TEST_MAIN(TestAnalysisState)
#include "tst_analysisstate.moc"
