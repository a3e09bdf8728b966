// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Remembering a key: only in the system keychain, only when ticked, only once it worked, and a way
// to forget it. With no keychain (this test's session has no D-Bus) the feature says so and
// everything else works. A secret that was used never appears in a log, a message, the settings,
// a project, an autosave or a pulled or undo file.

#include "cloudtesthelpers.h"
#include "guitesthelpers.h"

#include "applytoclouddialog.h"
#include "autosavemanager.h"
#include "cloudaccountpanel.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "openfromclouddialog.h"
#include "secretstore.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace sg;
using namespace sg::ui;

namespace {

// Everything Qt's logging printed during the test.
QStringList &logged()
{
    static QStringList lines;
    return lines;
}
QtMessageHandler previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logged() << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

// A keychain in memory, answering in the event loop as a real one does.
class MemoryStore : public SecretStore
{
public:
    QHash<QString, QByteArray> entries;
    int reads = 0;

    void read(const QString &key, QObject *context, Done done) override
    {
        ++reads;
        QTimer::singleShot(0, context, [this, key, done] {
            Result r;
            if (entries.contains(key))
                r.data = entries.value(key);
            else {
                r.notFound = true;
                r.error = "not found";
            }
            done(r);
        });
    }
    void write(const QString &key, const QByteArray &data, QObject *context, Done done) override
    {
        QTimer::singleShot(0, context, [this, key, data, done] {
            entries.insert(key, data);
            done({});
        });
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        QTimer::singleShot(0, context, [this, key, done] {
            Result r;
            r.notFound = entries.remove(key) == 0;
            done(r);
        });
    }
};

void chooseSource(QWidget &dialog, const QString &startsWith)
{
    auto *source = child<QComboBox>(dialog, "cloudSource");
    for (int i = 0; i < source->count(); ++i) {
        if (source->itemText(i).startsWith(startsWith)) {
            source->setCurrentIndex(i);
            return;
        }
    }
    QFAIL(qPrintable("no source " + startsWith));
}

void typeKey(QWidget &dialog, const QString &secret, bool remember)
{
    chooseSource(dialog, "An access key typed here");
    child<QLineEdit>(dialog, "cloudKeyId")->setText(FakeEcs::KeyId);
    child<QLineEdit>(dialog, "cloudSecret")->setText(secret);
    child<QCheckBox>(dialog, "cloudRemember")->setChecked(remember);
}

// Every file under `folder` that contains `text`.
QStringList filesContaining(const QString &folder, const QByteArray &text)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            out << file.fileName();
    }
    return out;
}

} // namespace

class TestCloudSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void withoutAKeychainTheKeyIsNotRemembered();
    void aRememberedKeyWithoutAKeychain();
    void rememberUseAndForget();
    void aKeyThatFailsIsNeverRemembered();
    void theSecretAppearsNowhere();

private:
    cloudtest::Fixture m_cloud;
};

void TestCloudSecrets::initTestCase()
{
    // No session bus, no desktop: whatever keychain this machine has is out of reach, so the test
    // never touches the user's own.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);
    for (const QString &key : QProcessEnvironment::systemEnvironment().keys()) {
        if (key.startsWith("ALIBABA_CLOUD_"))
            qunsetenv(key.toLatin1().constData());
    }
    previousHandler = qInstallMessageHandler(recordMessage);
    QVERIFY2(m_cloud.start(), "the fake ECS server did not start");
    qputenv("HOME", m_cloud.work.path().toUtf8()); // no aliyun configuration
    qputenv("ALIBABA_CLOUD_ECS_ENDPOINT", m_cloud.fake->endpoint().toUtf8());
}

void TestCloudSecrets::init()
{
    QVERIFY(m_cloud.reset());
}

void TestCloudSecrets::cleanup()
{
    SecretStore::setInstanceForTests(nullptr);
}

void TestCloudSecrets::withoutAKeychainTheKeyIsNotRemembered()
{
    auto account = m_cloud.openAccount(false);
    OpenFromCloudDialog dialog(account.get(), [](const QString &) { return true; });
    dialog.show();
    typeKey(dialog, FakeEcs::Secret, true);
    QVERIFY(cloudtest::listGroups(dialog));
    // The listing worked; the keychain's refusal is said, and nothing was stored anywhere.
    auto *panel = dialog.accountPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->note().contains("not remembered"), 30000);
    QVERIFY2(panel->note().contains("system keychain"), qPrintable(panel->note()));
    QVERIFY(CloudAccount::rememberedKeyId().isEmpty());
    auto *source = child<QComboBox>(dialog, "cloudSource");
    for (int i = 0; i < source->count(); ++i)
        QVERIFY(!source->itemText(i).contains("remembered"));
    QVERIFY(!child<QCheckBox>(dialog, "cloudRemember")->isChecked());
    // The key still works for this session.
    QVERIFY(cloudtest::listGroups(dialog));
}

void TestCloudSecrets::aRememberedKeyWithoutAKeychain()
{
    // The settings say a key was remembered, but the keychain cannot be reached.
    Settings::setValue(Settings::Key::CloudRememberedKeyId, "LTAI****0001");
    auto account = m_cloud.openAccount(false);
    OpenFromCloudDialog dialog(account.get(), [](const QString &) { return true; });
    dialog.show();
    chooseSource(dialog, "Key remembered in the system keychain (LTAI****0001)");
    QVERIFY(!cloudtest::listGroups(dialog));
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY2(child<QLabel>(dialog, "cloudError")->text().contains("the remembered key cannot be read"),
             qPrintable(child<QLabel>(dialog, "cloudError")->text()));
    auto *forget = child<QPushButton>(dialog, "cloudForget");
    QVERIFY(forget->isVisible());
    forget->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.accountPanel()->note().endsWith("…"), 30000);
    QVERIFY(!dialog.accountPanel()->note().isEmpty());
    QCOMPARE(logged().filter(FakeEcs::Secret).size(), 0);
}

void TestCloudSecrets::rememberUseAndForget()
{
    MemoryStore store;
    SecretStore::setInstanceForTests(&store);
    auto account = m_cloud.openAccount(false);
    {
        OpenFromCloudDialog dialog(account.get(), [](const QString &) { return true; });
        dialog.show();
        typeKey(dialog, FakeEcs::Secret, true);
        QVERIFY(cloudtest::listGroups(dialog));
        QTRY_VERIFY(dialog.accountPanel()->note().contains("The key is remembered"));
        QCOMPARE(store.entries.size(), 1);
        QVERIFY(store.entries.cbegin().value().contains(FakeEcs::Secret));
        QCOMPARE(CloudAccount::rememberedKeyId(), QString("LTAI****0001"));
    }
    // Another session: the typed key is gone, the remembered one is offered and used.
    auto later = m_cloud.openAccount(false);
    OpenFromCloudDialog dialog(later.get(), [](const QString &) { return true; });
    dialog.show();
    chooseSource(dialog, "Key remembered in the system keychain (LTAI****0001)");
    QVERIFY(!child<QLineEdit>(dialog, "cloudSecret")->isVisible());
    QVERIFY(cloudtest::listGroups(dialog));
    QCOMPARE(store.reads, 1);
    QVERIFY(child<QLabel>(dialog, "cloudError")->text().contains("the key remembered in the system keychain"));

    child<QPushButton>(dialog, "cloudForget")->click();
    QTRY_VERIFY(dialog.accountPanel()->note().contains("was removed"));
    QVERIFY(store.entries.isEmpty());
    QVERIFY(CloudAccount::rememberedKeyId().isEmpty());
    auto *source = child<QComboBox>(dialog, "cloudSource");
    for (int i = 0; i < source->count(); ++i)
        QVERIFY(!source->itemText(i).contains("remembered"));
    QVERIFY(!child<QPushButton>(dialog, "cloudForget")->isVisible());
}

void TestCloudSecrets::aKeyThatFailsIsNeverRemembered()
{
    MemoryStore store;
    SecretStore::setInstanceForTests(&store);
    auto account = m_cloud.openAccount(false);
    OpenFromCloudDialog dialog(account.get(), [](const QString &) { return true; });
    dialog.show();
    typeKey(dialog, "a-wrong-secret", true);
    QVERIFY(!cloudtest::listGroups(dialog));
    QTest::qWait(50);
    QVERIFY(store.entries.isEmpty());
    QVERIFY(CloudAccount::rememberedKeyId().isEmpty());
    // Not ticked: not remembered, even when it works.
    typeKey(dialog, FakeEcs::Secret, false);
    QVERIFY(cloudtest::listGroups(dialog));
    QTest::qWait(50);
    QVERIFY(store.entries.isEmpty());
}

void TestCloudSecrets::theSecretAppearsNowhere()
{
    const QByteArray secret(FakeEcs::Secret);
    QTemporaryDir files;
    MainWindow window;
    window.show();
    // Pull a group with a typed key into a folder and open it.
    {
        OpenFromCloudDialog dialog(window.cloudAccount(), [&window](const QString &folder) {
            return window.openFile(folder + "/sg-bp1web.json");
        });
        dialog.show();
        typeKey(dialog, FakeEcs::Secret, false);
        QVERIFY(cloudtest::listGroups(dialog));
        QTreeWidgetItem *web = child<QTreeWidget>(dialog, "cloudGroups")->findItems("sg-bp1web", Qt::MatchExactly).first();
        web->setCheckState(0, Qt::Checked);
        QVERIFY(cloudtest::pullInto(dialog, files.filePath("pulled")));
    }
    QCOMPARE(window.document().ruleSet.group.securityGroupId, QString("sg-bp1web"));

    // Edit, apply with the same key (kept in memory), leave an autosave and save a project.
    window.documentController()->removeRules({2});
    {
        ApplyToCloudDialog dialog(window.cloudAccount(), window.document().ruleSet, "sg-bp1web.json", files.filePath("undo"));
        dialog.show();
        QVERIFY(child<QLineEdit>(dialog, "cloudSecret")->isVisible());
        // A dialog never shows the secret again; left empty, the one typed earlier is used.
        QVERIFY(child<QLineEdit>(dialog, "cloudSecret")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(dialog, "cloudKeyId")->text(), QString(FakeEcs::KeyId));
        QVERIFY(cloudtest::readLiveGroup(dialog));
        child<QLineEdit>(dialog, "applyConfirm")->setText("sg-bp1web");
        QSignalSpy applied(&dialog, &ApplyToCloudDialog::applyFinished);
        dialog.applyChanges();
        QVERIFY(applied.wait(60000));
        QCOMPARE(applied.first().first().toBool(), true);
        QVERIFY(!dialog.undoFile().isEmpty());
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (auto *label = qobject_cast<QLabel *>(w))
                QVERIFY(!label->text().contains(FakeEcs::Secret));
            QVERIFY(!w->toolTip().contains(FakeEcs::Secret));
        }
    }
    auto *autosave = window.findChild<AutosaveManager *>();
    QVERIFY(autosave);
    autosave->saveNow();
    QVERIFY(QFileInfo::exists(autosave->snapshotPath()));
    QVERIFY(window.saveProjectAs(files.filePath("web.sgassist")));
    QSettings().sync();

    QCOMPARE(filesContaining(files.path(), secret), QStringList());
    QCOMPARE(filesContaining(AutosaveManager::directory(), secret), QStringList());
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settings.readAll();
    QVERIFY2(settingsText.contains("source=typed"), settingsText.constData()); // the settings were written
    QVERIFY(!settingsText.contains(secret));
    QVERIFY(!settingsText.contains(FakeEcs::KeyId)); // not even the whole key id
    QCOMPARE(logged().filter(QString::fromLatin1(secret)), QStringList());
    for (QWidget *w : window.findChildren<QWidget *>())
        QVERIFY(!w->toolTip().contains(FakeEcs::Secret));
    window.documentController()->closeDocument();
}

SGASSIST_GUI_TEST_MAIN(TestCloudSecrets)
#include "tst_cloudsecrets.moc"
