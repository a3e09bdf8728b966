// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Accept This Risk… in the findings dock: the reason and a future date are required; the exemption
// is written to the workspace's baseline (sgassist-baseline.json beside the rules), which
// `sgassist-cli check --baseline` accepts; the finding turns suppressed (greyed, with the reason, not
// counted) and comes back with an expired-exemption finding once its date has passed.

#include "guitesthelpers.h"

#include "acceptriskdialog.h"
#include "analysis/analyzer.h"
#include "analysis/baseline.h"
#include "analysiscontroller.h"
#include "baselinecontroller.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "findingactions.h"
#include "findingsdock.h"
#include "mainwindow.h"
#include "manyfindings.h"
#include "table/findingsmodel.h"
#include "table/ruletablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

using namespace sg;
using namespace sg::ui;

namespace {

const QString exposedFile = QStringLiteral(SGASSIST_TEST_DATA "/fix/exposed.json");
const QDate day(2026, 3, 1);

// The rules in a folder of their own, so that the baseline written beside them is the test's.
QString copyOfExposed(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("exposed.json"));
    QFile::copy(exposedFile, path);
    return path;
}

int findingOf(FindingsDock *dock, const QString &check)
{
    const QList<Finding> &findings = dock->model()->analysis().findings;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (findings.at(i).check == check)
            return int(i);
    }
    return -1;
}

const Finding *find(const AnalysisResult &result, const QString &check)
{
    for (const Finding &f : result.findings) {
        if (f.check == check)
            return &f;
    }
    return nullptr;
}

// The dock's row of a finding, at a column.
QModelIndex rowOf(FindingsDock *dock, const QString &check, int column)
{
    const QModelIndex index = dock->model()->indexOfFinding(findingOf(dock, check));
    return index.siblingAtColumn(column);
}

// Opens the file with "today" pinned, and accepts its SSH finding until `until` through the dock.
void acceptSsh(MainWindow &window, const QString &path, QDate until, const QString &reason)
{
    window.analysisController()->setToday(day);
    QVERIFY(openAnalysed(window, path));
    FindingsDock *dock = window.findingsDock();
    dock->selectFinding(findingOf(dock, QStringLiteral("exposed-ssh")));
    QCOMPARE(dock->selectedFindings().size(), 1);
    QVERIFY(dock->acceptAction()->isEnabled());
    bool shown = false;
    DialogRunner::setNextHandler([&](QDialog &d) {
        auto &dialog = dynamic_cast<AcceptRiskDialog &>(d);
        shown = true;
        dialog.reasonEdit()->setText(reason);
        dialog.expiresEdit()->setDate(until);
        dialog.acceptButton()->click();
        return dialog.result();
    });
    dock->acceptAction()->trigger();
    QVERIFY(shown);
}

} // namespace

class TestAcceptRisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The findings filter matches the text as typed: a check id with its hyphen, an address with
    // its dots (they were once read as a pattern, and matched nothing), in any case.
    void findingsFilterMatchesTheTextAsTyped()
    {
        MainWindow window;
        QVERIFY(openAnalysed(window, exposedFile));
        FindingsDock *dock = window.findingsDock();
        const QAbstractItemModel *shown = dock->view()->model();
        // The checks of the findings the view shows, branch after branch.
        const auto shownChecks = [&] {
            QStringList checks;
            for (int branch = 0; branch < shown->rowCount(); ++branch) {
                const QModelIndex parent = shown->index(branch, 0);
                for (int row = 0; row < shown->rowCount(parent); ++row)
                    checks << shown->index(row, FindingsModel::CheckColumn, parent).data().toString();
            }
            return checks;
        };
        const qsizetype all = shownChecks().size();
        QVERIFY(all > 2);

        dock->filter()->clear();
        QTest::keyClicks(dock->filter(), QStringLiteral("Exposed-SSH"));
        const QStringList ssh = shownChecks();
        QVERIFY(!ssh.isEmpty());
        QVERIFY(ssh.size() < all);
        QVERIFY(std::all_of(ssh.cbegin(), ssh.cend(), [](const QString &check) { return check == u"exposed-ssh"; }));

        dock->filter()->clear();
        QTest::keyClicks(dock->filter(), QStringLiteral("0.0.0.0/0"));
        QVERIFY(!shownChecks().isEmpty());

        dock->filter()->clear();
        QTest::keyClicks(dock->filter(), QStringLiteral("no-such-text"));
        QVERIFY(shownChecks().isEmpty());

        dock->filter()->clear();
        QCOMPARE(shownChecks().size(), all);
    }

    // More findings than are matched at once (159,129 at 100,000 rules took 125 ms of the UI
    // thread): they are matched on a worker and shown when the matches arrive, the last text typed
    // winning (keys typed during a match are matched as one when it ends), and matched again when
    // a new analysis comes while a text is in the filter.
    void largeFindingListsAreMatchedOnAWorker()
    {
        using testfindings::analysedRules;
        // How many findings of `analysis` show `text`, counted here from their messages and checks.
        const auto expected = [](const AnalysisResult &analysis, const QString &text) {
            return std::count_if(analysis.findings.cbegin(), analysis.findings.cend(), [&](const Finding &f) {
                return analysis.message(f).contains(text, Qt::CaseInsensitive) || f.check.toString().contains(text, Qt::CaseInsensitive);
            });
        };
        const auto shownCount = [](const FindingsDock &dock) {
            const QAbstractItemModel *shown = dock.view()->model();
            qsizetype count = 0;
            for (int branch = 0; branch < shown->rowCount(); ++branch)
                count += shown->rowCount(shown->index(branch, 0));
            return count;
        };
        const AnalysisResult first = analysedRules(16000, "10.1.%1.0/24");
        QVERIFY2(first.findings.size() > 20000, qPrintable(QString::number(first.findings.size())));
        FindingsDock dock;
        QSignalSpy applied(&dock, &FindingsDock::filterApplied);
        dock.setAnalysis(first);
        QCOMPARE(shownCount(dock), first.findings.size());

        // Typed one key at a time: each key starts a match; only the last one's is shown.
        // Not one key waits for a match: the typing returns before any is applied.
        QTest::keyClicks(dock.filter(), QStringLiteral("10.1.17.0/24,"));
        QVERIFY(applied.isEmpty());
        QCOMPARE(shownCount(dock), first.findings.size());
        QTRY_VERIFY(!applied.isEmpty());
        QTRY_COMPARE(shownCount(dock), expected(first, QStringLiteral("10.1.17.0/24,")));
        QVERIFY(shownCount(dock) > 0);
        QVERIFY(shownCount(dock) < first.findings.size() / 10);

        // A new analysis with the text still there: matched again, on the new findings.
        const AnalysisResult second = analysedRules(14000, "10.2.%1.0/24");
        QVERIFY(second.findings.size() > 20000);
        dock.filter()->setText(QStringLiteral("10.2.17.0/24,"));
        dock.setAnalysis(second);
        QTRY_COMPARE(shownCount(dock), expected(second, QStringLiteral("10.2.17.0/24,")));
        QVERIFY(shownCount(dock) > 0);

        dock.filter()->clear();
        QCOMPARE(shownCount(dock), second.findings.size());
    }

    void reasonAndFutureDateAreRequired()
    {
        WorkspaceGroup group;
        group.ruleSet.group.securityGroupId = QStringLiteral("sg-1");
        Finding finding;
        finding.check = QStringLiteral("exposed-ssh");
        finding.severity = Severity::High;
        finding.rules = {1};
        finding.setMessage(QStringLiteral("SSH open"));
        AcceptRiskDialog dialog(group, {finding}, day, QStringLiteral("/tmp/sgassist-baseline.json"));
        // Nothing chosen yet: the date is today, which is no choice, and Accept is disabled, saying why.
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.expiresEdit()->date(), day);
        QVERIFY(!dialog.expires().isValid());
        QVERIFY(dialog.problem().contains(QStringLiteral("the reason")));
        QVERIFY(dialog.problem().contains(QStringLiteral("the last day it is accepted (after today)")));
        dialog.reasonEdit()->setText(QStringLiteral("Bastion behind the VPN"));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        // Today or earlier is not a choice.
        dialog.expiresEdit()->setDate(day.addDays(-5));
        QVERIFY(!dialog.expires().isValid());
        QVERIFY(!dialog.acceptButton()->isEnabled());
        dialog.expiresEdit()->setDate(day.addDays(30));
        QCOMPARE(dialog.expires(), day.addDays(30));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        // A reason of spaces is no reason; no file, nowhere to write.
        dialog.reasonEdit()->setText(QStringLiteral("   "));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        dialog.reasonEdit()->setText(QStringLiteral("Bastion behind the VPN"));
        dialog.pathEdit()->clear();
        QVERIFY(!dialog.acceptButton()->isEnabled());
        dialog.pathEdit()->setText(QStringLiteral("/tmp/other.json"));
        // What it writes, as the CLI reads it.
        const QList<Exemption> exemptions = dialog.exemptions();
        QCOMPARE(exemptions.size(), 1);
        QCOMPARE(exemptions.first().check, QStringLiteral("exposed-ssh"));
        QCOMPARE(exemptions.first().group, QStringLiteral("sg-1"));
        QCOMPARE(exemptions.first().reason, QStringLiteral("Bastion behind the VPN"));
        QCOMPARE(exemptions.first().expires, day.addDays(30));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("acceptPreview"))->text().contains(QStringLiteral("--baseline /tmp/other.json")));
    }

    void acceptedFindingIsSuppressedAndComesBack()
    {
        QTemporaryDir dir;
        const QString rules = copyOfExposed(dir);
        const QString baselinePath = dir.filePath(QStringLiteral("sgassist-baseline.json"));
        MainWindow window;
        acceptSsh(window, rules, QDate(2026, 3, 31), QStringLiteral("Bastion behind the VPN, OPS-12"));

        // The exemption is in the file beside the rules.
        QCOMPARE(window.findingActions()->baseline()->path(), baselinePath);
        QVERIFY(window.findingActions()->baseline()->isLoaded());
        const Parsed<Baseline> written = Baseline::load(baselinePath);
        QVERIFY(written.ok());
        QCOMPARE(written.value.exemptions().size(), 1);
        const Exemption &e = written.value.exemptions().first();
        QCOMPARE(e.check, QStringLiteral("exposed-ssh"));
        QCOMPARE(e.group, QStringLiteral("sg-fix"));
        QCOMPARE(e.ruleId, QStringLiteral("sgr-ssh"));
        QCOMPARE(e.expires, QDate(2026, 3, 31));

        // The analysis applies it: the finding stays, greyed with its reason, and does not count.
        QTRY_VERIFY(window.analysisController()->isCurrent());
        FindingsDock *dock = window.findingsDock();
        const Finding *ssh = find(window.analysisController()->result(), QStringLiteral("exposed-ssh"));
        QVERIFY(ssh && ssh->suppressed());
        QCOMPARE(ssh->suppression()->reason, QStringLiteral("Bastion behind the VPN, OPS-12"));
        QVERIFY(rowOf(dock, QStringLiteral("exposed-ssh"), 0).data(FindingsModel::SuppressedRole).toBool());
        QCOMPARE(rowOf(dock, QStringLiteral("exposed-ssh"), FindingsModel::AcceptedColumn).data().toString(),
                 QStringLiteral("until 2026-03-31: Bastion behind the VPN, OPS-12"));
        QVERIFY(rowOf(dock, QStringLiteral("exposed-ssh"), 0).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Accepted risk, until 2026-03-31: Bastion behind the VPN, OPS-12")));
        QVERIFY(!dock->view()->isColumnHidden(FindingsModel::AcceptedColumn));
        QVERIFY(!rowOf(dock, QStringLiteral("exposed-rdp"), 0).data(FindingsModel::SuppressedRole).toBool());
        QCOMPARE(dock->model()->index(1, 0).data().toString(), QStringLiteral("High (1, 1 accepted)"));
        // Not in the counts, nor in the rule's risk mark (rule 2 has no other finding).
        QCOMPARE(window.analysisController()->result().count(Severity::High), 1);
        auto *counts = window.findChild<QLabel *>(QStringLiteral("severityCountsLabel"));
        QVERIFY2(counts->text().contains(QStringLiteral("High 1")), qPrintable(counts->text()));
        QVERIFY2(counts->text().contains(QStringLiteral("1 accepted")), qPrintable(counts->text()));
        QCOMPARE(window.ruleModel()->index(1, RuleTableModel::RiskColumn).data(RuleTableModel::SeverityRole).toInt(), -1);
        QVERIFY(window.ruleModel()->index(1, RuleTableModel::PeerColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("(Accepted until 2026-03-31: Bastion behind the VPN, OPS-12.)")));
        // Accepted already: not again.
        dock->selectFinding(findingOf(dock, QStringLiteral("exposed-ssh")));
        QVERIFY(!dock->acceptAction()->isEnabled());

        // The CLI reads the same file the same way.
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SGASSIST_TODAY"), QStringLiteral("2026-03-01"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(SGASSIST_CLI), {QStringLiteral("check"), rules, QStringLiteral("--baseline"), baselinePath, QStringLiteral("--report"), QStringLiteral("json"), QStringLiteral("--fail-on"), QStringLiteral("critical")});
        QVERIFY(cli.waitForFinished(30000));
        const QByteArray report = cli.readAllStandardOutput();
        QCOMPARE(cli.exitCode(), 1); // Docker is still critical
        bool suppressed = false;
        for (const QJsonValue &f : QJsonDocument::fromJson(report).object().value(QStringLiteral("findings")).toArray()) {
            if (f[QStringLiteral("check")].toString() == u"exposed-ssh")
                suppressed = f[QStringLiteral("suppressed")].toBool();
        }
        QVERIFY2(suppressed, report.constData());

        // Another window opening the same rules finds the baseline beside them.
        {
            MainWindow second;
            second.analysisController()->setToday(day);
            QVERIFY(openAnalysed(second, rules));
            QVERIFY(find(second.analysisController()->result(), QStringLiteral("exposed-ssh"))->suppressed());
        }

        // Once the date has passed, the finding counts again and the expired exemption is named.
        window.analysisController()->setToday(QDate(2026, 4, 1));
        QVERIFY(!window.analysisController()->isCurrent());
        QTRY_VERIFY(window.analysisController()->isCurrent());
        QVERIFY(!find(window.analysisController()->result(), QStringLiteral("exposed-ssh"))->suppressed());
        const Finding *expired = find(window.analysisController()->result(), QStringLiteral("expired-exemption"));
        QVERIFY(expired);
        QVERIFY(window.analysisController()->result().message(*expired).contains(QStringLiteral("Bastion behind the VPN, OPS-12")));
        QCOMPARE(window.analysisController()->result().count(Severity::High), 2);
        QVERIFY(!counts->text().contains(QStringLiteral("accepted")));
        QVERIFY(dock->view()->isColumnHidden(FindingsModel::AcceptedColumn));
        QCOMPARE(window.ruleModel()->index(1, RuleTableModel::RiskColumn).data(RuleTableModel::SeverityRole).toInt(),
                 int(Severity::High));
        // An expired exemption is mended in the file, not accepted again.
        dock->selectFinding(findingOf(dock, QStringLiteral("expired-exemption")));
        QVERIFY(!dock->acceptAction()->isEnabled());
        QVERIFY(!dock->fixAction()->isEnabled());
    }

    void aBrokenBaselineIsNamedAndNotApplied()
    {
        QTemporaryDir dir;
        const QString rules = copyOfExposed(dir);
        QFile broken(dir.filePath(QStringLiteral("sgassist-baseline.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"exemptions": [{"check": "exposed-ssh", "reason": "", "expires": "soon"}]})");
        broken.close();
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Ok); // the problems dialog
        QVERIFY(window.openFile(rules));
        QVERIFY(!window.lastProblems().isEmpty());
        QCOMPARE(window.lastProblems().first().location.file, broken.fileName());
        QVERIFY(!window.findingActions()->baseline()->isLoaded());
        QTRY_VERIFY(window.analysisController()->isCurrent());
        QVERIFY(!find(window.analysisController()->result(), QStringLiteral("exposed-ssh"))->suppressed());
        // Accepting a risk does not overwrite a file that is not a baseline.
        const QByteArray before = [&] {
            QFile f(broken.fileName());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        window.findingsDock()->selectFinding(findingOf(window.findingsDock(), QStringLiteral("exposed-ssh")));
        DialogRunner::setNextHandler([](QDialog &d) {
            auto &dialog = dynamic_cast<AcceptRiskDialog &>(d);
            dialog.reasonEdit()->setText(QStringLiteral("VPN"));
            dialog.expiresEdit()->setDate(QDate::currentDate().addDays(10));
            return int(QDialog::Accepted);
        });
        MessageBox::setNextAnswer(QMessageBox::Ok); // the warning
        QVERIFY(!window.findingActions()->accept(window.findingsDock()->selectedFindings()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("sgassist-baseline.json")));
        QFile after(broken.fileName());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void aChosenBaselineIsRememberedForTheWorkspace()
    {
        QTemporaryDir dir;
        const QString rules = copyOfExposed(dir);
        const QString chosen = dir.filePath(QStringLiteral("team-risks.json"));
        QFile file(chosen);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"exemptions": [{"check": "exposed-rdp", "group": "sg-fix", "port": "3389/tcp",
                       "reason": "Vendor support window", "expires": "2026-06-30"}]})");
        file.close();
        {
            MainWindow window;
            window.analysisController()->setToday(day);
            QVERIFY(window.openFile(rules));
            QCOMPARE(window.findingActions()->baseline()->path(), dir.filePath(QStringLiteral("sgassist-baseline.json")));
            QVERIFY(!window.findingActions()->baseline()->isLoaded()); // none beside the rules yet
            FileDialog::setNextFileName(chosen);
            window.findChild<QAction *>(QStringLiteral("actionBaseline"))->trigger();
            QCOMPARE(window.findingActions()->baseline()->path(), chosen);
            QVERIFY(window.findingActions()->baseline()->isLoaded());
            QTRY_VERIFY(window.analysisController()->isCurrent());
            QVERIFY(find(window.analysisController()->result(), QStringLiteral("exposed-rdp"))->suppressed());
        }
        MainWindow again;
        again.analysisController()->setToday(day);
        QVERIFY(again.openFile(rules));
        QCOMPARE(again.findingActions()->baseline()->path(), chosen);
        QTRY_VERIFY(again.analysisController()->isCurrent());
        QVERIFY(find(again.analysisController()->result(), QStringLiteral("exposed-rdp"))->suppressed());
    }
};

SGASSIST_GUI_TEST_MAIN(TestAcceptRisk)
#include "tst_acceptrisk.moc"
