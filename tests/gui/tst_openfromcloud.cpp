// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open from Alibaba Cloud against the fake ECS API: the region's groups listed (names only),
// the ticked ones pulled into a folder that the window is asked to open, a wrong secret that shows
// the API's code and writes nothing, cancelling, the profiles of the aliyun CLI; and the drift
// indicator of a pulled group (in sync, then one difference after an edit).

#include "cloudtesthelpers.h"
#include "guitesthelpers.h"

#include "clouderrorlabel.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "driftindicator.h"
#include "mainwindow.h"
#include "openfromclouddialog.h"
#include "rulesview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using namespace sg;
using namespace sg::ui;

namespace {

void tick(QTreeWidget *groups, const QString &id)
{
    const QList<QTreeWidgetItem *> items = groups->findItems(id, Qt::MatchExactly, 0);
    QCOMPARE(items.size(), 1);
    items.first()->setCheckState(0, Qt::Checked);
}

} // namespace

class TestOpenFromCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void listsGroupsAndPullsIntoAFolder();
    void pullingEveryGroup();
    void wrongSecretShowsTheCodeAndWritesNothing();
    void cancelWhileListing_data();
    void cancelWhileListing();
    void anAccountThatCannotBeOpened();
    void profilesOfTheAliyunCli();
    void mnemonicsAreUnique();
    void driftOfAPulledGroup();

private:
    cloudtest::Fixture m_cloud;
};

void TestOpenFromCloud::initTestCase()
{
    QVERIFY2(m_cloud.start(), "the fake ECS server did not start");
}

void TestOpenFromCloud::init()
{
    QVERIFY(m_cloud.reset());
}

void TestOpenFromCloud::listsGroupsAndPullsIntoAFolder()
{
    auto account = m_cloud.openAccount();
    QStringList opened;
    OpenFromCloudDialog dialog(account.get(), [&opened](const QString &folder) {
        opened << folder;
        return true;
    });
    dialog.show();
    auto *pull = child<QPushButton>(dialog, "cloudPull");
    QVERIFY(!pull->isEnabled());
    auto *region = child<QComboBox>(dialog, "cloudRegion");
    region->setCurrentText("cn-hangzhou");
    QSignalSpy listed(&dialog, &OpenFromCloudDialog::listingFinished);
    QTest::keyClick(region->lineEdit(), Qt::Key_Return); // as List Groups
    QVERIFY(listed.wait(60000));
    QCOMPARE(listed.first().first().toBool(), true);

    auto *groups = child<QTreeWidget>(dialog, "cloudGroups");
    QCOMPARE(groups->topLevelItemCount(), 3);
    QCOMPARE(groups->topLevelItem(1)->text(0), QString("sg-bp1hpc"));
    QCOMPARE(groups->topLevelItem(1)->text(1), QString("hpc"));
    QCOMPARE(groups->topLevelItem(1)->text(2), QString("Enterprise"));
    // Listing reads names only.
    for (const QJsonValue &entry : m_cloud.fake->log())
        QCOMPARE(entry["action"].toString(), QString("DescribeSecurityGroups"));
    QVERIFY(child<QLabel>(dialog, "cloudError")->text().contains("3 security group(s) in cn-hangzhou"));

    // The filter hides, it does not untick.
    child<QLineEdit>(dialog, "cloudGroupFilter")->setText("web");
    QVERIFY(groups->topLevelItem(1)->isHidden());
    child<QLineEdit>(dialog, "cloudGroupFilter")->clear();
    QVERIFY(!pull->isEnabled());
    tick(groups, "sg-bp1web");
    tick(groups, "sg-bp1hpc");
    const QString folder = m_cloud.work.filePath("pulled");
    auto *folderEdit = child<QLineEdit>(dialog, "cloudFolder");
    QVERIFY(folderEdit->text().endsWith("cn-hangzhou-security-groups")); // suggested
    folderEdit->setText(folder);
    QVERIFY(pull->isEnabled());

    QSignalSpy pulled(&dialog, &OpenFromCloudDialog::pullFinished);
    pull->click();
    QVERIFY(pulled.wait(60000));
    QCOMPARE(pulled.first().first().toBool(), true);
    QCOMPARE(opened, QStringList{folder});
    QCOMPARE(dialog.pulledFolder(), folder);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
             QStringList({"network-interfaces.json", "sg-bp1hpc.json", "sg-bp1web.json"}));
    QFile hpc(folder + "/sg-bp1hpc.json");
    QVERIFY(hpc.open(QIODevice::ReadOnly));
    const QJsonObject hpcJson = QJsonDocument::fromJson(hpc.readAll()).object();
    QCOMPARE(hpcJson["Permissions"]["Permission"].toArray().size(), 12); // both pages
    QCOMPARE(hpcJson["RegionId"].toString(), QString("cn-hangzhou"));
}

void TestOpenFromCloud::pullingEveryGroup()
{
    auto account = m_cloud.openAccount();
    OpenFromCloudDialog dialog(account.get(), [](const QString &) { return true; });
    dialog.show();
    QVERIFY(cloudtest::listGroups(dialog));
    child<QPushButton>(dialog, "cloudCheckAll")->click();
    child<QCheckBox>(dialog, "cloudReadInterfaces")->setChecked(false);
    const QString folder = m_cloud.work.filePath("every");
    child<QLineEdit>(dialog, "cloudFolder")->setText(folder);
    QSignalSpy pulled(&dialog, &OpenFromCloudDialog::pullFinished);
    child<QPushButton>(dialog, "cloudPull")->click();
    QVERIFY(pulled.wait(60000));
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), QStringList({"sg-bp1empty.json", "sg-bp1hpc.json", "sg-bp1web.json"}));

    // Pulling into a folder that holds files asks first; declining writes nothing.
    OpenFromCloudDialog again(account.get(), [](const QString &) { return true; });
    QSignalSpy listedAgain(&again, &OpenFromCloudDialog::listingFinished);
    again.listGroups();
    QVERIFY(listedAgain.wait(60000));
    tick(child<QTreeWidget>(again, "cloudGroups"), "sg-bp1empty");
    child<QLineEdit>(again, "cloudFolder")->setText(folder);
    QFile::remove(folder + "/sg-bp1empty.json");
    MessageBox::setNextAnswer(QMessageBox::No);
    again.pull();
    QVERIFY(MessageBox::lastText().contains("already holds files"));
    QVERIFY(!again.isBusy());
    QTest::qWait(50);
    QVERIFY(!QFile::exists(folder + "/sg-bp1empty.json"));
}

void TestOpenFromCloud::wrongSecretShowsTheCodeAndWritesNothing()
{
    auto account = m_cloud.openAccount(true, "not-the-secret");
    bool opened = false;
    OpenFromCloudDialog dialog(account.get(), [&opened](const QString &) { return opened = true; });
    dialog.show();
    child<QComboBox>(dialog, "cloudRegion")->setCurrentText("cn-hangzhou");
    QSignalSpy listed(&dialog, &OpenFromCloudDialog::listingFinished);
    child<QPushButton>(dialog, "cloudListGroups")->click();
    QVERIFY(listed.wait(60000));
    QCOMPARE(listed.first().first().toBool(), false);
    auto *error = child<CloudErrorLabel>(dialog, "cloudError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("Code: SignatureDoesNotMatch") && error->text().contains("Request id: "),
             qPrintable(error->text()));
    QVERIFY(!error->text().contains("not-the-secret"));
    QCOMPARE(child<QTreeWidget>(dialog, "cloudGroups")->topLevelItemCount(), 0);
    QVERIFY(!child<QPushButton>(dialog, "cloudPull")->isEnabled());
    QVERIFY(!opened);
    QVERIFY(!QFileInfo::exists(m_cloud.work.filePath("cn-hangzhou-security-groups")));
}

// Cancelling the listing keeps the dialog and says so, whether a call hangs or a throttled one waits
// to be tried again (and then no "trying again" note is left behind).
void TestOpenFromCloud::cancelWhileListing_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("a call that hangs") << "hang";
    QTest::newRow("a throttled call waiting to be tried again") << "throttling";
}

void TestOpenFromCloud::cancelWhileListing()
{
    QFETCH(QString, failure);
    QVERIFY(m_cloud.fake->addFailures({QJsonObject{{"action", "DescribeSecurityGroups"}, {"kind", failure}, {"times", 5}}}));
    auto account = m_cloud.openAccount();
    OpenFromCloudDialog dialog(account.get(), [](const QString &) { return true; });
    dialog.show();
    child<QComboBox>(dialog, "cloudRegion")->setCurrentText("cn-hangzhou");
    QSignalSpy listed(&dialog, &OpenFromCloudDialog::listingFinished);
    dialog.listGroups();
    auto *retry = child<QLabel>(dialog, "operationRetry");
    if (failure == u"throttling")
        QTRY_VERIFY(retry->isVisible() && retry->text().contains("trying again"));
    else
        QTRY_VERIFY(dialog.isBusy() && child<QLabel>(dialog, "operationStatus")->text().contains("Listing"));
    auto *close = child<QPushButton>(dialog, "cloudClose");
    QCOMPARE(close->text(), QString("Cancel"));
    close->click();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().first().toBool(), false);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(dialog, "cloudError")->text().contains("cancelled"));
    QVERIFY(!retry->isVisible());
    QCOMPARE(close->text(), QString("Close"));
    close->click();
    QVERIFY(!dialog.isVisible());
}

// When the account cannot be opened (here: no region named anywhere), the dialog says why and is
// ready again; nothing was asked of the server.
void TestOpenFromCloud::anAccountThatCannotBeOpened()
{
    auto account = m_cloud.openAccount();
    OpenFromCloudDialog dialog(account.get(), [](const QString &) { return true; });
    dialog.show();
    child<QComboBox>(dialog, "cloudRegion")->setCurrentText(QString());
    QSignalSpy listed(&dialog, &OpenFromCloudDialog::listingFinished);
    dialog.listGroups();
    QTRY_COMPARE(listed.size(), 1);
    QCOMPARE(listed.first().first().toBool(), false);
    const QString error = child<QLabel>(dialog, "cloudError")->text();
    QVERIFY2(error.contains("Cannot connect") && error.contains("region"), qPrintable(error));
    QVERIFY(!dialog.isBusy());
    QVERIFY(!child<QLabel>(dialog, "operationStatus")->isVisible());
    QCOMPARE(child<QPushButton>(dialog, "cloudClose")->text(), QString("Close"));
    QVERIFY(child<QPushButton>(dialog, "cloudListGroups")->isEnabled());
    QVERIFY(m_cloud.fake->log().isEmpty());
}

void TestOpenFromCloud::profilesOfTheAliyunCli()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(".aliyun"));
    QFile config(home.filePath(".aliyun/config.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    const QJsonObject good{{"name", "dev"}, {"mode", "AK"}, {"access_key_id", FakeEcs::KeyId}, {"access_key_secret", FakeEcs::Secret}, {"region_id", "cn-hangzhou"}};
    const QJsonObject prod{{"name", "prod"}, {"mode", "RamRoleArn"}};
    config.write(QJsonDocument(QJsonObject{{"current", "dev"}, {"profiles", QJsonArray{prod, good}}}).toJson());
    config.close();

    auto account = cloudtest::account(cloudtest::environment(*m_cloud.fake, home.path(), false));
    OpenFromCloudDialog dialog(account.get(), [](const QString &) { return true; });
    dialog.show();
    auto *source = child<QComboBox>(dialog, "cloudSource");
    QCOMPARE(source->count(), 3); // prod, dev (current), a typed key
    QCOMPARE(source->currentText(), QString("Profile \"dev\" of the aliyun CLI (current)"));
    QVERIFY(!child<QLineEdit>(dialog, "cloudSecret")->isVisible());
    child<QComboBox>(dialog, "cloudRegion")->setCurrentText(""); // the profile's region
    QSignalSpy listed(&dialog, &OpenFromCloudDialog::listingFinished);
    dialog.listGroups();
    QVERIFY(listed.wait(60000));
    QCOMPARE(listed.takeFirst().first().toBool(), true);
    QVERIFY(child<QLabel>(dialog, "cloudError")->text().contains("profile \"dev\""));

    // A profile of a mode SG Assist does not support says so, naming the mode.
    source->setCurrentIndex(0);
    dialog.listGroups();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().first().toBool(), false);
    QVERIFY(child<QLabel>(dialog, "cloudError")->text().contains("RamRoleArn"));
}

void TestOpenFromCloud::mnemonicsAreUnique()
{
    auto account = m_cloud.openAccount();
    OpenFromCloudDialog dialog(account.get(), [](const QString &) { return true; });
    dialog.show();
    QVERIFY(cloudtest::listGroups(dialog));
    auto *source = child<QComboBox>(dialog, "cloudSource");
    source->setCurrentIndex(source->count() - 1); // a typed key: its fields show
    child<QToolButton>(dialog, "cloudAdvanced")->setChecked(true);
    const QMultiHash<QChar, QString> live = liveMnemonics(dialog);
    for (const QChar key : live.uniqueKeys())
        QVERIFY2(live.count(key) == 1, qPrintable(QStringList(live.values(key)).join(" / ")));
    QVERIFY(live.size() >= 10);
    QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
}

void TestOpenFromCloud::driftOfAPulledGroup()
{
    // The window's account reads the process environment.
    for (const QString &key : QProcessEnvironment::systemEnvironment().keys()) {
        if (key.startsWith("ALIBABA_CLOUD_"))
            qunsetenv(key.toLatin1().constData());
    }
    qputenv("HOME", m_cloud.work.path().toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", FakeEcs::KeyId);
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", FakeEcs::Secret);
    qputenv("ALIBABA_CLOUD_ECS_ENDPOINT", m_cloud.fake->endpoint().toUtf8());

    // A group pulled from the fake, as Open from Alibaba Cloud writes it.
    auto account = m_cloud.openAccount();
    OpenFromCloudDialog dialog(account.get(), [](const QString &) { return true; });
    QVERIFY(cloudtest::listGroups(dialog));
    tick(child<QTreeWidget>(dialog, "cloudGroups"), "sg-bp1web");
    const QString folder = m_cloud.work.filePath("drift");
    QVERIFY(cloudtest::pullInto(dialog, folder));

    const qsizetype requestsBefore = m_cloud.fake->log().size();
    MainWindow window;
    window.show();
    auto *drift = window.driftIndicator();
    QVERIFY(!drift->isVisible()); // no document
    QVERIFY(window.openFile(folder + "/sg-bp1web.json"));
    QVERIFY(drift->isVisible());
    QCOMPARE(drift->state(), DriftIndicator::State::NotChecked);
    QTest::qWait(100);
    QCOMPARE(m_cloud.fake->log().size(), requestsBefore); // never checked behind the user's back

    QSignalSpy state(drift, &DriftIndicator::stateChanged);
    window.findChild<QAction *>("actionCheckDrift")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(drift->state(), DriftIndicator::State::InSync, 60000);
    QVERIFY(drift->text().contains("in sync"));

    // An edit makes the answer stale; checking again finds the difference.
    window.rulesView()->selectRows({0});
    window.documentController()->removeRules({0});
    QCOMPARE(drift->state(), DriftIndicator::State::NotChecked);
    QTest::mouseClick(drift, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(drift->state(), DriftIndicator::State::Drifted, 60000);
    QCOMPARE(drift->differences(), 1);
    QVERIFY(drift->toolTip().contains("authorize") || drift->toolTip().contains("revoke"));
    QVERIFY(window.findChild<QAction *>("actionApplyToCloud")->isEnabled());
    window.documentController()->closeDocument();
    QVERIFY(!drift->isVisible());
}

SGASSIST_GUI_TEST_MAIN(TestOpenFromCloud)
#include "tst_openfromcloud.moc"
