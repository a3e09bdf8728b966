// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The setup wizard driven end to end as a user would, by objectName.

#include "guitesthelpers.h"

#include "dialogseams.h"
#include "exportpage.h"
#include "io/rulefiles.h"
#include "mainwindow.h"
#include "reviewpage.h"
#include "setupwizard.h"
#include "sourcespage.h"
#include "table/findingsmodel.h"
#include "table/ruletablemodel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTemporaryDir>

using namespace sg;
using namespace sg::ui;

namespace {

void check(QWidget *w, const char *name, bool on)
{
    QAbstractButton *button = child<QAbstractButton>(w, name);
    if (button->isChecked() != on)
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    QCOMPARE(button->isChecked(), on);
}

void type(QWidget *w, const char *name, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(w, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines[i]);
    }
}

bool nextEnabled(SetupWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

void next(SetupWizard &wizard)
{
    QVERIFY(nextEnabled(wizard));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

void fillTarget(SetupWizard &wizard, const QString &groupId, bool enterprise)
{
    QCOMPARE(wizard.currentId(), int(SetupWizard::TargetPageId));
    auto *region = child<QComboBox>(&wizard, "regionCombo");
    region->setCurrentText(QStringLiteral("cn-hangzhou"));
    auto *group = child<QLineEdit>(&wizard, "groupIdEdit");
    group->clear();
    QTest::keyClicks(group, groupId);
    check(&wizard, enterprise ? "enterpriseRadio" : "basicRadio", true);
}

void goToExportPage(SetupWizard &wizard)
{
    fillTarget(wizard, QStringLiteral("sg-bp1example"), false);
    next(wizard);
    next(wizard); // Slurm
    next(wizard); // SSH
    type(&wizard, "sources_admin", QStringLiteral("203.0.113.10/32"));
    type(&wizard, "sources_cluster", QStringLiteral("sg-bp1cluster"));
    next(wizard);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SetupWizard::ExportPageId));
}

// The target filled in and the scheduler of that radio button chosen: on the services page.
void goToServices(SetupWizard &wizard, const char *schedulerRadio, const QString &groupId = QString(), bool enterprise = false)
{
    fillTarget(wizard, groupId, enterprise);
    next(wizard);
    check(&wizard, schedulerRadio, true);
    next(wizard);
}

// An enterprise group for Slurm alone, on the sources page.
void goToEnterpriseSlurmSources(SetupWizard &wizard, const QString &groupId)
{
    goToServices(wizard, "slurmRadio", groupId, true);
    check(&wizard, "service_ssh", false);
    next(wizard);
}

// On the sources page: `refused` as the cluster sources blocks Next and the list's problem label
// says `problem`; `accepted` lets the user on.
void expectClusterSourcesRefused(SetupWizard &wizard, const QString &refused, const QString &problem, const QString &accepted)
{
    type(&wizard, "sources_cluster", refused);
    QVERIFY(!nextEnabled(wizard));
    const QString shown = child<QLabel>(&wizard, "problems_cluster")->text();
    QVERIFY2(shown.contains(problem), qPrintable(shown));
    type(&wizard, "sources_cluster", accepted);
    QVERIFY(nextEnabled(wizard));
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slurmCluster()
    {
        SetupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillTarget(wizard, QStringLiteral("sg-bp1example"), false);
        next(wizard);

        check(&wizard, "slurmRadio", true);
        next(wizard);

        for (const char *service : {"service_ssh", "service_nfs", "service_prometheus", "service_fluentd", "service_jupyter"})
            check(&wizard, service, true);
        QVERIFY(!child<QLabel>(&wizard, "dockerWarning")->isVisible());
        next(wizard);

        // Nothing entered yet: Next is blocked and the page says why.
        QCOMPARE(wizard.currentId(), int(SetupWizard::SourcesPageId));
        QVERIFY(!nextEnabled(wizard));
        auto *sources = static_cast<SourcesPage *>(wizard.currentPage());
        QVERIFY(sources->problems(Scope::Admin).join(u' ').contains(QStringLiteral("Enter at least one source for SSH.")));
        type(&wizard, "sources_admin", QStringLiteral("203.0.113.10/32"));
        type(&wizard, "sources_users", QStringLiteral("198.51.100.0/24"));
        type(&wizard, "sources_cluster", QStringLiteral("sg-bp1cluster"));
        type(&wizard, "sources_internal", QStringLiteral("172.16.0.0/12"));
        type(&wizard, "sources_monitoring", QStringLiteral("10.0.8.15/32"));
        QVERIFY2(nextEnabled(wizard), qPrintable(sources->pageProblem()));
        next(wizard);

        QCOMPARE(wizard.currentId(), int(SetupWizard::ReviewPageId));
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        QCOMPARE(ruleLines(*review->model()), (QStringList{"TCP 22/22 203.0.113.10/32", "TCP 111/111 172.16.0.0/12", "TCP 2049/2049 172.16.0.0/12", "UDP 20048/20048 172.16.0.0/12", "UDP 32765/32768 172.16.0.0/12", "TCP 6817/6819 sg-bp1cluster", "TCP 9090/9090 10.0.8.15/32", "TCP 24224/24224 10.0.8.15/32", "TCP 8888/8888 198.51.100.0/24"}));
        next(wizard);

        QCOMPARE(wizard.currentId(), int(SetupWizard::ExportPageId));
        QTemporaryDir dir;
        auto *page = static_cast<ExportPage *>(wizard.currentPage());
        page->panel()->setChoice({{QStringLiteral("api-json"), QStringLiteral("project")}, dir.path(), QStringLiteral("hpc")});
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // The result opens in the main window, unsaved, and the chosen files are written.
        MainWindow window;
        window.applyWizardResult(wizard);
        QCOMPARE(window.ruleModel()->rowCount(), 9);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.lastExported(), (QStringList{dir.filePath("hpc-api-json.json"), dir.filePath("hpc.sgassist")}));
        const RuleFiles::LoadResult exported = RuleFiles::load(dir.filePath("hpc-api-json.json"));
        QVERIFY(exported.ok());
        QCOMPARE(exported.document.ruleSet.rules.size(), 9);
        for (qsizetype i = 0; i < 9; ++i) {
            // api-json carries no service ids (not an API field); everything else is the same rule.
            Rule expected = window.document().ruleSet.rules.at(i);
            expected.services.clear();
            QCOMPARE(exported.document.ruleSet.rules.at(i), expected);
        }
        QCOMPARE(exported.document.ruleSet.group.securityGroupId, QStringLiteral("sg-bp1example"));
        const RuleFiles::LoadResult project = RuleFiles::load(dir.filePath("hpc.sgassist"));
        QVERIFY(project.ok());
        QCOMPARE(project.document.plan->scheduler, QStringLiteral("slurm"));
        QCOMPARE(project.document.ruleSet, window.document().ruleSet);
    }

    void pbsAndWorkbench()
    {
        SetupWizard wizard;
        wizard.show();
        goToServices(wizard, "pbsRadio");
        check(&wizard, "service_ssh", false);
        for (const char *service : {"service_rdp", "service_jupyter", "service_vscode", "service_git", "service_docker"})
            check(&wizard, service, true);
        QVERIFY(child<QLabel>(&wizard, "dockerWarning")->isVisible());
        next(wizard);
        // Users fall back to admin and internal to cluster: only two lists need filling.
        type(&wizard, "sources_admin", QStringLiteral("203.0.113.10\n2001:db8:1::/48"));
        type(&wizard, "sources_cluster", QStringLiteral("10.0.0.0/16"));
        QVERIFY(nextEnabled(wizard));
        auto *sources = static_cast<SourcesPage *>(wizard.currentPage());
        QVERIFY(sources->problems(Scope::Cluster).join(u' ').contains(QStringLiteral("security group reference would be more precise")));
        next(wizard);
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        QCOMPARE(ruleLines(*review->model()), (QStringList{"TCP 15001/15003 10.0.0.0/16", "TCP 17001/17001 10.0.0.0/16", "TCP 3389/3389 203.0.113.10/32", "TCP 3389/3389 2001:db8:1::/48", "TCP 8888/8888 203.0.113.10/32", "TCP 8888/8888 2001:db8:1::/48", "TCP 3000/3000 203.0.113.10/32", "TCP 3000/3000 2001:db8:1::/48", "TCP 22/22 203.0.113.10/32", "TCP 22/22 2001:db8:1::/48", "TCP 2375/2376 10.0.0.0/16"}));
        QCOMPARE(wizard.plan().scheduler, QStringLiteral("pbs"));
    }

    void invalidSourcesBlockNext()
    {
        SetupWizard wizard;
        wizard.show();
        goToServices(wizard, "noSchedulerRadio");
        next(wizard); // SSH only, the default
        type(&wizard, "sources_admin", QStringLiteral("10.0.0.1\n300.1.1.1"));
        QVERIFY(!nextEnabled(wizard));
        auto *label = child<QLabel>(&wizard, "problems_admin");
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("300.1.1.1")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("not a valid IPv4")));
        type(&wizard, "sources_admin", QStringLiteral("10.0.0.1\n10.0.0.0/33"));
        QVERIFY(!nextEnabled(wizard));
        type(&wizard, "sources_admin", QStringLiteral("10.0.0.1, 10.0.0.2"));
        QVERIFY(nextEnabled(wizard));
        QVERIFY(!label->isVisible());
    }

    void enterpriseRefusesGroupReferences()
    {
        SetupWizard wizard;
        wizard.show();
        goToEnterpriseSlurmSources(wizard, QString());
        expectClusterSourcesRefused(wizard, QStringLiteral("sg-bp1cluster"), QStringLiteral("enterprise security group cannot reference"),
                                    QStringLiteral("192.168.0.0/16"));
    }

    void enterpriseNeverTakesItselfAsClusterNodes()
    {
        SetupWizard wizard;
        wizard.show();
        goToEnterpriseSlurmSources(wizard, QStringLiteral("sg-bp1own"));
        // It asks for the vSwitch CIDR or a prefix list, and says why.
        QVERIFY(child<QPlainTextEdit>(&wizard, "sources_cluster")->placeholderText().contains(QStringLiteral("vSwitch")));
        QVERIFY(child<QLabel>(&wizard, "problems_cluster")->text().contains(QStringLiteral("CIDR block of the cluster's vSwitch")));
        expectClusterSourcesRefused(wizard, QStringLiteral("sg-bp1own"), QStringLiteral("sg-bp1own is this security group itself"),
                                    QStringLiteral("10.0.0.0/24"));
    }

    void connectThroughWorkbench()
    {
        SetupWizard wizard;
        wizard.show();
        goToServices(wizard, "noSchedulerRadio");
        check(&wizard, "service_ssh", true);
        check(&wizard, "service_rdp", true);
        next(wizard);
        type(&wizard, "sources_admin", QStringLiteral("203.0.113.10/32"));
        QVERIFY(!wizard.plan().workbench);
        auto *box = child<QGroupBox>(&wizard, "workbenchBox");
        QVERIFY(box->isCheckable() && !box->isChecked());
        box->setChecked(true);
        QCOMPARE(wizard.plan().workbench->site, QStringLiteral("china"));
        QCOMPARE(wizard.plan().workbench->via, QStringList{"public"});
        QVERIFY(child<QLabel>(&wizard, "workbenchRanges")->text().contains(QStringLiteral("47.96.60.0/24")));

        child<QComboBox>(&wizard, "workbenchSite")->setCurrentIndex(1);
        check(&wizard, "workbenchPrivate", true);
        check(&wizard, "workbenchPublic", false);
        QCOMPARE(wizard.plan().workbench->site, QStringLiteral("international"));
        QCOMPARE(wizard.plan().workbench->via, QStringList{"private"});
        const QString ranges = child<QLabel>(&wizard, "workbenchRanges")->text();
        QVERIFY2(ranges.contains(QStringLiteral("SSH (22) and RDP (3389) to 100.104.0.0/16")), qPrintable(ranges));
        QVERIFY(ranges.contains(QStringLiteral("2026")));
        QStringList workbenchRules;
        for (const Rule &r : wizard.builtRules().rules) {
            if (r.peer.text() == u"100.104.0.0/16")
                workbenchRules << r.ports.toString();
        }
        QCOMPARE(workbenchRules, (QStringList{"22/22", "3389/3389"}));
        QVERIFY(nextEnabled(wizard));

        // No connection type: Next is blocked and the page says why.
        check(&wizard, "workbenchPrivate", false);
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(static_cast<SourcesPage *>(wizard.currentPage())->pageProblem().contains(QStringLiteral("public, private or both")));
        check(&wizard, "workbenchPublic", true);
        QVERIFY(nextEnabled(wizard));
        box->setChecked(false);
        QVERIFY(!wizard.plan().workbench);
    }

    void wideSourcesAreWarnedNotBlocked()
    {
        SetupWizard wizard;
        wizard.show();
        goToServices(wizard, "noSchedulerRadio");
        next(wizard);
        type(&wizard, "sources_admin", QStringLiteral("0.0.0.0/0"));
        QVERIFY(nextEnabled(wizard));
        const QString text = child<QLabel>(&wizard, "problems_admin")->text();
        QVERIFY2(text.contains(QStringLiteral("whole internet")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("SSH")));
        next(wizard);
        // The review shows SSH from the internet as a high finding, on the rule itself.
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        QCOMPARE(review->model()->index(0, 0).data(RuleTableModel::SeverityRole).toInt(), int(Severity::High));
        QCOMPARE(review->findings()->analysis().findings.first().check, QStringLiteral("exposed-ssh"));
        wizard.back();
        type(&wizard, "sources_admin", QStringLiteral("47.96.0.0/16"));
        QVERIFY(child<QLabel>(&wizard, "problems_admin")->text().contains(QStringLiteral("wide public range")));
    }

    void targetValidation()
    {
        SetupWizard wizard;
        wizard.show();
        auto *group = child<QLineEdit>(&wizard, "groupIdEdit");
        QTest::keyClicks(group, QStringLiteral("bp1example"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(group->toolTip().contains(QStringLiteral("not a security group id")));
        group->clear();
        QTest::keyClicks(group, QStringLiteral("sg-bp1example"));
        QVERIFY(nextEnabled(wizard));
        child<QComboBox>(&wizard, "regionCombo")->setCurrentText(QStringLiteral("Hangzhou"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(!child<QLabel>(&wizard, "regionProblem")->text().isEmpty());
    }

    void reasonsAreShownAsText()
    {
        SetupWizard wizard;
        wizard.show();
        auto *group = child<QLineEdit>(&wizard, "groupIdEdit");
        QTest::keyClicks(group, QStringLiteral("bp1example"));
        QVERIFY(!nextEnabled(wizard));
        // The reason is on the page in words, not only in the field's tooltip.
        auto *problem = child<QLabel>(&wizard, "groupIdProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("not a security group id")), qPrintable(problem->text()));
        group->clear();
        QVERIFY(problem->text().isEmpty());
        next(wizard);
        check(&wizard, "noSchedulerRadio", true);
        next(wizard);
        check(&wizard, "service_ssh", false);
        QVERIFY(!nextEnabled(wizard));
        auto *services = child<QLabel>(&wizard, "servicesProblem");
        QVERIFY(services->isVisible());
        QVERIFY(services->text().contains(QStringLiteral("choose at least one service")));
        check(&wizard, "service_ssh", true);
        QVERIFY(!services->isVisible());
    }

    void missingExportFolderCanBeCreated()
    {
        QTemporaryDir dir;
        SetupWizard wizard;
        wizard.show();
        goToExportPage(wizard);
        auto *page = static_cast<ExportPage *>(wizard.currentPage());
        const QString folder = dir.filePath(QStringLiteral("exports/new"));
        page->panel()->setChoice({{QStringLiteral("api-json")}, folder, QStringLiteral("cluster")});
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        auto *problem = child<QLabel>(&wizard, "exportProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("does not exist")), qPrintable(problem->text()));
        auto *create = child<QAbstractButton>(&wizard, "exportCreateFolder");
        QVERIFY(create->isVisible());
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(!create->isVisible());
        QVERIFY(!problem->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    }

    void declinedReplaceReturnsToTheExportPage()
    {
        QTemporaryDir dir;
        QFile existing(dir.filePath(QStringLiteral("cluster-api-json.json")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        SetupWizard wizard;
        wizard.show();
        goToExportPage(wizard);
        auto *page = static_cast<ExportPage *>(wizard.currentPage());
        page->panel()->setChoice({{QStringLiteral("api-json")}, dir.path(), QStringLiteral("cluster")});
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        // Still open, on the export page, with the choice as it was.
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(SetupWizard::ExportPageId));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("cluster-api-json.json")));
        QCOMPARE(page->panel()->choice().folder, dir.path());
        // Agreeing finishes, and the export does not ask again.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(wizard.exportChoice()->replaceConfirmed);
        MainWindow window;
        window.applyWizardResult(wizard);
        QCOMPARE(window.lastExported(), QStringList{dir.filePath(QStringLiteral("cluster-api-json.json"))});
        QVERIFY(RuleFiles::load(dir.filePath(QStringLiteral("cluster-api-json.json"))).ok());
    }

    void backKeepsAnswers()
    {
        SetupWizard wizard;
        wizard.show();
        fillTarget(wizard, QString(), false);
        next(wizard);
        next(wizard); // slurm by default
        next(wizard);
        type(&wizard, "sources_admin", QStringLiteral("10.0.0.1"));
        type(&wizard, "sources_cluster", QStringLiteral("sg-c"));
        wizard.back();
        check(&wizard, "service_git", true);
        next(wizard);
        QCOMPARE(child<QPlainTextEdit>(&wizard, "sources_admin")->toPlainText(), QStringLiteral("10.0.0.1"));
        QVERIFY(nextEnabled(wizard));
        next(wizard);
        auto *review = static_cast<ReviewPage *>(wizard.currentPage());
        QCOMPARE(review->model()->rule(0).description, QStringLiteral("SSH, Git"));
    }
};

SGASSIST_GUI_TEST_MAIN(TestWizard)
#include "tst_wizard.moc"
