// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost: a window killed with SIGKILL after edits is offered back, complete, on the next start.
// The test runs itself as a child process ("--child PATH") that edits, autosaves and is then killed.

#include "guitesthelpers.h"

#include "autosavemanager.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "settings.h"
#include "table/ruletablemodel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace sg;
using namespace sg::ui;

namespace {

const QString sample = QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json");

// The edits the child makes; the parent applies the same ones to know what must come back.
void makeEdits(MainWindow &window)
{
    RuleTableModel *model = window.ruleModel();
    model->setData(model->index(0, RuleTableModel::PeerColumn), QStringLiteral("203.0.113.0/24"));
    model->setData(model->index(1, RuleTableModel::PriorityColumn), 42);
    window.documentController()->removeRules({6});
    Rule added;
    added.ports = PortRange::single(8888);
    added.peer = *Endpoint::parse(u"198.51.100.0/24").endpoint;
    added.description = QStringLiteral("Jupyter for analysts 中文");
    window.documentController()->insertRules(0, {added}, QStringLiteral("Add rule"));
    window.documentController()->setNotes(QStringLiteral("edited before the crash"));
}

void clearAutosaves()
{
    QDir(AutosaveManager::directory()).removeRecursively();
}

int runChild()
{
    isolateGuiTest();
    Settings::setValue(Settings::Key::AutosaveDelaySeconds, 1);
    MainWindow window;
    window.show();
    if (!window.openFile(sample))
        return 10;
    makeEdits(window);
    // Wait for the snapshot the timer writes, then report and wait to be killed.
    const QString dir = AutosaveManager::directory();
    for (int i = 0; i < 200; ++i) {
        QTest::qWait(50);
        if (!QDir(dir).entryList({QStringLiteral("session-*.json")}, QDir::Files).isEmpty())
            break;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateGuiTest();
        clearAutosaves();
    }

    void killedWindowIsRecovered()
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForReadyRead(30000), "the child never autosaved");
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        child.kill(); // SIGKILL: no destructor, no cleanup
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        MainWindow expectedWindow;
        QVERIFY(expectedWindow.openFile(sample));
        makeEdits(expectedWindow);
        const Document expected = expectedWindow.document();

        const QList<AutosaveManager::Recoverable> found = AutosaveManager::findRecoverable();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().displayPath, sample);

        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.offerRecovery();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("describe-real-shape.json")));
        QCOMPARE(window.document(), expected);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.documentController()->displayPath(), sample);
        // Recovered once: the snapshot now belongs to this window's session.
        QVERIFY(AutosaveManager::findRecoverable().isEmpty());
    }

    void declinedRecoveryIsDiscarded()
    {
        clearAutosaves();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        QVERIFY(child.waitForReadyRead(30000));
        child.kill();
        child.waitForFinished();
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Discard);
        window.offerRecovery();
        QVERIFY(!window.documentController()->hasDocument());
        QVERIFY(AutosaveManager::findRecoverable().isEmpty());
    }

    void normalCloseLeavesNothingBehind()
    {
        clearAutosaves();
        {
            MainWindow window;
            QVERIFY(window.openFile(sample));
            window.ruleModel()->setData(window.ruleModel()->index(0, RuleTableModel::PriorityColumn), 9);
            window.findChild<AutosaveManager *>()->saveNow();
            QCOMPARE(QDir(AutosaveManager::directory()).entryList({QStringLiteral("*.sgassist")}, QDir::Files).size(), 1);
            // A running window's snapshot is not offered to another window.
            QVERIFY(AutosaveManager::findRecoverable().isEmpty());
        }
        QVERIFY(QDir(AutosaveManager::directory()).entryList({QStringLiteral("*.sgassist")}, QDir::Files).isEmpty());
    }

    void savingRemovesTheSnapshot()
    {
        clearAutosaves();
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(sample));
        window.ruleModel()->setData(window.ruleModel()->index(0, RuleTableModel::PriorityColumn), 9);
        auto *autosave = window.findChild<AutosaveManager *>();
        autosave->saveNow();
        QVERIFY(QFile::exists(autosave->snapshotPath()));
        QVERIFY(window.saveProjectAs(dir.filePath(QStringLiteral("saved.sgassist"))));
        QVERIFY(!QFile::exists(autosave->snapshotPath()));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild();
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
