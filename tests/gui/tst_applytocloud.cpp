// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Apply to Alibaba Cloud against the fake ECS API: the plan read from the live group (compare view
// and text), no change until the group id is typed, applying with the first write throttled,
// "verified" and the undo file, applying the undo file, and a wrong secret that shows the API's
// code and changes nothing.

#include "cloudtesthelpers.h"
#include "guitesthelpers.h"

#include "applytoclouddialog.h"
#include "cloudaccountpanel.h"
#include "clouderrorlabel.h"
#include "compareview.h"

#include "cloud/applyoperation.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

using namespace sg;
using namespace sg::ui;

namespace {

// The document: SSH and HTTPS kept, RDP gone, a portal rule added.
RuleSet target()
{
    RuleSet set;
    set.group.regionId = "cn-hangzhou";
    set.group.securityGroupId = "sg-bp1web";
    set.rules = {cloudtest::tcpRule(22, "203.0.113.10/32", "SSH"), cloudtest::tcpRule(443, "0.0.0.0/0", "HTTPS"),
                 cloudtest::tcpRule(8443, "10.0.0.0/8", "Portal")};
    return set;
}

} // namespace

class TestApplyToCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsThePlanAndRefusesUntilTheIdIsTyped();
    void appliesWithTheFirstWriteThrottledThenUndoes();
    void wrongSecretShowsTheCodeAndChangesNothing_data();
    void wrongSecretShowsTheCodeAndChangesNothing();
    void anErrorMidwayNamesTheCallsMadeAndTheUndoFile();
    void nothingToApply();
    void closingAtTheReviewChangesNothing();
    void mnemonicsAreUnique();

private:
    cloudtest::Fixture m_cloud;
};

void TestApplyToCloud::initTestCase()
{
    QVERIFY2(m_cloud.start(), "the fake ECS server did not start");
}

void TestApplyToCloud::init()
{
    QVERIFY(m_cloud.reset());
}

void TestApplyToCloud::showsThePlanAndRefusesUntilTheIdIsTyped()
{
    auto account = m_cloud.openAccount();
    ApplyToCloudDialog dialog(account.get(), target(), "web.json", m_cloud.work.path());
    dialog.show();
    QCOMPARE(dialog.page(), ApplyToCloudDialog::AccountPage);
    QCOMPARE(child<QComboBox>(dialog, "cloudRegion")->currentText(), QString("cn-hangzhou"));
    QSignalSpy planned(&dialog, &ApplyToCloudDialog::planShown);
    child<QPushButton>(dialog, "applyRead")->click();
    QVERIFY(planned.wait(60000));
    QCOMPARE(planned.first().first().toBool(), true);
    QCOMPARE(dialog.page(), ApplyToCloudDialog::ReviewPage);

    // The compare view: the live group before, the document after.
    QVERIFY(dialog.compareView());
    QCOMPARE(dialog.compareView()->diff().added.size(), 1);
    QCOMPARE(dialog.compareView()->diff().removed.size(), 1);
    const QString plan = child<QPlainTextEdit>(dialog, "applyPlanText")->toPlainText();
    QVERIFY2(plan.contains("authorize") && plan.contains("8443/8443") && plan.contains("revoke") && plan.contains("3389/3389"),
             qPrintable(plan));
    QVERIFY(child<QLabel>(dialog, "applySummary")->text().contains("2 change(s)"));

    auto *apply = child<QPushButton>(dialog, "applyButton");
    auto *confirm = child<QLineEdit>(dialog, "applyConfirm");
    QVERIFY(apply->isVisible());
    QVERIFY(!apply->isEnabled());
    QTest::keyClicks(confirm, "sg-bp1we");
    QVERIFY(!apply->isEnabled());
    apply->click(); // refused: nothing happens
    QTest::keyClicks(confirm, "bx");
    QVERIFY(!apply->isEnabled());
    confirm->setText("sg-bp1web");
    QVERIFY(apply->isEnabled());
    QTest::keyClick(confirm, Qt::Key_Return); // Enter alone never applies
    QCOMPARE(dialog.page(), ApplyToCloudDialog::ReviewPage);
    QCOMPARE(cloudtest::writesIn(m_cloud.fake->log()), 0);
}

void TestApplyToCloud::appliesWithTheFirstWriteThrottledThenUndoes()
{
    const QStringList before = cloudtest::contents(m_cloud.fake->rules("cn-hangzhou", "sg-bp1web"));
    QTemporaryDir undoFolder;
    auto account = m_cloud.openAccount();
    ApplyToCloudDialog dialog(account.get(), target(), "web.json", undoFolder.path());
    dialog.show();
    QSignalSpy planned(&dialog, &ApplyToCloudDialog::planShown);
    child<QPushButton>(dialog, "applyRead")->click();
    QVERIFY(planned.wait(60000));

    QVERIFY(m_cloud.fake->addFailures({QJsonObject{{"action", "AuthorizeSecurityGroup"}, {"kind", "throttling"}, {"times", 1}}}));
    child<QLineEdit>(dialog, "applyConfirm")->setText("sg-bp1web");
    QSignalSpy applied(&dialog, &ApplyToCloudDialog::applyFinished);
    child<QPushButton>(dialog, "applyButton")->click();
    QCOMPARE(dialog.page(), ApplyToCloudDialog::ResultPage);
    QVERIFY(applied.wait(60000));
    QCOMPARE(applied.first().first().toBool(), true);

    const QString result = child<QLabel>(dialog, "applyResult")->text();
    QVERIFY2(result.contains("Applied and verified") && result.contains("tried again"), qPrintable(result));
    // The first authorization was throttled and tried again with its ClientToken.
    QStringList authorizations;
    for (const QJsonValue &entry : m_cloud.fake->log()) {
        if (entry["action"].toString() == "AuthorizeSecurityGroup")
            authorizations << entry["code"].toString();
    }
    QCOMPARE(authorizations.size(), 2);
    QVERIFY2(authorizations.first().startsWith("Throttling"), qPrintable(authorizations.join(", ")));
    for (const char *stage : {"applyStageRead", "applyStageSave", "applyStageApply", "applyStageVerify"})
        QVERIFY2(child<QLabel>(dialog, stage)->text().startsWith(QChar(0x2714)), stage);
    QCOMPARE(cloudtest::contents(m_cloud.fake->rules("cn-hangzhou", "sg-bp1web")), cloudtest::contents(target()));
    QVERIFY(dialog.liveEqualsTarget());
    QVERIFY(child<QPlainTextEdit>(dialog, "applyRemaining")->toPlainText().contains("authorize"));

    // The undo file is named, holds the group as it was, and applying it restores the group.
    const QString undo = dialog.undoFile();
    QVERIFY(QFileInfo(undo).fileName().startsWith("sg-bp1web.before-"));
    QCOMPARE(QFileInfo(undo).absolutePath(), QFileInfo(undoFolder.path()).absoluteFilePath());
    QVERIFY(child<QLabel>(dialog, "applyUndoFile")->text().contains(QFileInfo(undo).fileName()));
    auto *applyUndo = child<QPushButton>(dialog, "applyUndoButton");
    QVERIFY(applyUndo->isVisible() && applyUndo->isEnabled());
    applyUndo->click();
    ApplyToCloudDialog *undoDialog = dialog.undoDialog();
    QVERIFY(undoDialog);
    if (undoDialog->page() != ApplyToCloudDialog::ReviewPage) {
        QSignalSpy undoPlanned(undoDialog, &ApplyToCloudDialog::planShown);
        QVERIFY(undoPlanned.wait(60000));
    }
    QCOMPARE(undoDialog->page(), ApplyToCloudDialog::ReviewPage);
    child<QLineEdit>(*undoDialog, "applyConfirm")->setText("sg-bp1web");
    QSignalSpy undone(undoDialog, &ApplyToCloudDialog::applyFinished);
    child<QPushButton>(*undoDialog, "applyButton")->click();
    QVERIFY(undone.wait(60000));
    QCOMPARE(undone.first().first().toBool(), true);
    QCOMPARE(cloudtest::contents(m_cloud.fake->rules("cn-hangzhou", "sg-bp1web")), before);
    QVERIFY(!dialog.liveEqualsTarget()); // the undo file changed the group again
    undoDialog->close();
}

void TestApplyToCloud::wrongSecretShowsTheCodeAndChangesNothing_data()
{
    QTest::addColumn<bool>("typed");
    QTest::newRow("from the environment") << false;
    QTest::newRow("typed into the dialog") << true;
}

void TestApplyToCloud::wrongSecretShowsTheCodeAndChangesNothing()
{
    QFETCH(bool, typed);
    const QJsonArray before = m_cloud.fake->rules("cn-hangzhou", "sg-bp1web");
    auto account = m_cloud.openAccount(!typed, "wrong-secret");
    ApplyToCloudDialog dialog(account.get(), target(), "web.json", m_cloud.work.path());
    dialog.show();
    if (typed) {
        auto *source = child<QComboBox>(dialog, "cloudSource");
        QCOMPARE(source->count(), 1); // no environment key, no profile, nothing remembered
        QVERIFY(child<QLineEdit>(dialog, "cloudSecret")->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "cloudKeyId"), FakeEcs::KeyId);
        QTest::keyClicks(child<QLineEdit>(dialog, "cloudSecret"), "wrong-secret");
        QCOMPARE(child<QLineEdit>(dialog, "cloudSecret")->echoMode(), QLineEdit::Password);
    }
    QSignalSpy planned(&dialog, &ApplyToCloudDialog::planShown);
    child<QPushButton>(dialog, "applyRead")->click();
    QVERIFY(planned.wait(60000));
    QCOMPARE(planned.first().first().toBool(), false);
    QCOMPARE(dialog.page(), ApplyToCloudDialog::AccountPage);
    auto *error = child<CloudErrorLabel>(dialog, "cloudError");
    QVERIFY(error->isVisible());
    QVERIFY(error->error());
    QCOMPARE(error->error()->code, QString("SignatureDoesNotMatch"));
    QVERIFY2(error->text().contains("Code: SignatureDoesNotMatch") && error->text().contains("Request id: ")
                 && error->text().contains("Message: "),
             qPrintable(error->text()));
    QVERIFY(!error->text().contains("wrong-secret"));
    QCOMPARE(m_cloud.fake->rules("cn-hangzhou", "sg-bp1web"), before);
    QCOMPARE(cloudtest::writesIn(m_cloud.fake->log()), 0);
    QVERIFY(dialog.undoFile().isEmpty());
}

void TestApplyToCloud::anErrorMidwayNamesTheCallsMadeAndTheUndoFile()
{
    auto account = m_cloud.openAccount();
    ApplyToCloudDialog dialog(account.get(), target(), "web.json", m_cloud.work.path());
    dialog.show();
    QVERIFY(cloudtest::readLiveGroup(dialog));
    // The authorization goes through, the revocation fails for good.
    QVERIFY(m_cloud.fake->addFailures({QJsonObject{{"action", "RevokeSecurityGroup"}, {"kind", "internal"}, {"times", 10}}}));
    child<QLineEdit>(dialog, "applyConfirm")->setText("sg-bp1web");
    QSignalSpy applied(&dialog, &ApplyToCloudDialog::applyFinished);
    dialog.applyChanges();
    QVERIFY(applied.wait(60000));
    QCOMPARE(applied.first().first().toBool(), false);
    const QString result = child<QLabel>(dialog, "applyResult")->text();
    QVERIFY2(result.contains("Code: InternalError") && result.contains("1 of 2 calls") && result.contains("undo file"),
             qPrintable(result));
    QVERIFY(child<QLabel>(dialog, "applyStageApply")->text().startsWith(QChar(0x2716)));
    QVERIFY(QFileInfo::exists(dialog.undoFile()));
    QVERIFY(child<QPushButton>(dialog, "applyUndoButton")->isVisible());
    QVERIFY(!dialog.liveEqualsTarget());
}

void TestApplyToCloud::nothingToApply()
{
    RuleSet same = target();
    same.rules = {cloudtest::tcpRule(443, "0.0.0.0/0", "HTTPS"), cloudtest::tcpRule(3389, "0.0.0.0/0", "RDP, to be removed"),
                  cloudtest::tcpRule(22, "203.0.113.10/32", "SSH")};
    auto account = m_cloud.openAccount();
    ApplyToCloudDialog dialog(account.get(), same, "web.json", m_cloud.work.path());
    dialog.show();
    QVERIFY(cloudtest::readLiveGroup(dialog));
    QVERIFY(child<QLabel>(dialog, "applySummary")->text().contains("nothing to apply"));
    child<QLineEdit>(dialog, "applyConfirm")->setText("sg-bp1web");
    QVERIFY(!child<QPushButton>(dialog, "applyButton")->isEnabled());
}

void TestApplyToCloud::closingAtTheReviewChangesNothing()
{
    auto account = m_cloud.openAccount();
    ApplyToCloudDialog dialog(account.get(), target(), "web.json", m_cloud.work.path());
    dialog.show();
    QVERIFY(cloudtest::readLiveGroup(dialog));
    child<QLineEdit>(dialog, "applyConfirm")->setText("sg-bp1web");
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QTest::qWait(100);
    QCOMPARE(cloudtest::writesIn(m_cloud.fake->log()), 0);
    QVERIFY(dialog.operation()->wasCancelled());
}

void TestApplyToCloud::mnemonicsAreUnique()
{
    auto account = m_cloud.openAccount();
    ApplyToCloudDialog dialog(account.get(), target(), "web.json", m_cloud.work.path());
    dialog.show();
    const auto check = [&dialog](const char *where) {
        const QMultiHash<QChar, QString> live = liveMnemonics(dialog);
        for (const QChar key : live.uniqueKeys())
            QVERIFY2(live.count(key) == 1, qPrintable(QString("%1: %2").arg(where, QStringList(live.values(key)).join(" / "))));
    };
    check("account page");
    // The typed-key fields and the endpoint show their mnemonics too.
    auto *source = child<QComboBox>(dialog, "cloudSource");
    source->setCurrentIndex(source->count() - 1);
    child<QToolButton>(dialog, "cloudAdvanced")->setChecked(true);
    check("account page, typed key");
    source->setCurrentIndex(0);
    QVERIFY(cloudtest::readLiveGroup(dialog));
    child<QLineEdit>(dialog, "applyConfirm")->setText("sg-bp1web");
    check("review page");
    QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
}

SGASSIST_GUI_TEST_MAIN(TestApplyToCloud)
#include "tst_applytocloud.moc"
