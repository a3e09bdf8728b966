// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a user meets it: open files, see rules, keep the document when a file is broken.

#include "cataloguedock.h"
#include "dialogseams.h"
#include "mainwindow.h"
#include "rulesview.h"
#include "table/ruletablemodel.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace sg;
using namespace sg::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnTheWelcomePage()
    {
        MainWindow window;
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("SG Assist"));
        auto *stack = window.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomeOpenButton")));
    }

    void catalogueIsShown()
    {
        MainWindow window;
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("catalogueTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);
        int services = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            services += tree->topLevelItem(i)->childCount();
        QCOMPARE(services, 12);
        QCOMPARE(tree->topLevelItem(0)->child(2)->text(1), QStringLiteral("6817\u20136819/TCP"));
    }

    void opensApiJson()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json")));
        QCOMPARE(window.ruleModel()->rowCount(), 7);
        QCOMPARE(window.ruleTable()->model()->rowCount(), 7);
        QCOMPARE(window.windowTitle(), QStringLiteral("describe-real-shape.json[*] — SG Assist"));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("groupLabel"))->text().contains(QStringLiteral("sg-2ze8example0001")));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("ruleCountLabel"))->text(), QStringLiteral("7 rules"));
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget()->objectName(), QStringLiteral("rulesView"));
    }

    void buildsAPlan()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(SGASSIST_TEST_DATA "/plans/design-example.plan.json")));
        QCOMPARE(window.ruleModel()->rowCount(), 11);
        QVERIFY(window.document().plan.has_value());
        QCOMPARE(window.ruleModel()->index(5, RuleTableModel::PeerColumn).data().toString(), QStringLiteral("sg-bp1cluster"));
    }

    void brokenFileKeepsTheDocument()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json")));
        const Document before = window.document();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.openFile(QStringLiteral(SGASSIST_TEST_DATA "/api-json/broken/invalid-rules.json")));
        QCOMPARE(window.document(), before);
        QCOMPARE(window.ruleModel()->rowCount(), 7);
        QCOMPARE(window.lastProblems().size(), 8);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not opened")));
        QCOMPARE(window.windowTitle(), QStringLiteral("describe-real-shape.json[*] — SG Assist"));
    }

    void brokenPlanIsNotBuilt()
    {
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.openFile(QStringLiteral(SGASSIST_TEST_DATA "/plans/broken/no-sources.plan.json")));
        QCOMPARE(window.ruleModel()->rowCount(), 0);
        QVERIFY(!window.lastProblems().isEmpty());
        QCOMPARE(window.lastProblems().first().location.field, QStringLiteral("sources.cluster"));
    }

    void badInputCorpusNeverReplacesTheDocument()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json")));
        const Document before = window.document();
        QFile table(QStringLiteral(SGASSIST_TEST_DATA "/bad-input/expected.tsv"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        int files = 0;
        for (const QByteArray &line : table.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QString path = QStringLiteral(SGASSIST_TEST_DATA "/bad-input/") + QString::fromUtf8(line.split('\t').first());
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QVERIFY2(!window.openFile(path), qPrintable(path));
            QVERIFY2(!window.lastProblems().isEmpty(), qPrintable(path));
            QCOMPARE(window.lastProblems().first().location.file, path);
            QCOMPARE(window.document(), before);
            ++files;
        }
        QVERIFY(files >= 100);
        QCOMPARE(window.windowTitle(), QStringLiteral("describe-real-shape.json[*] — SG Assist"));
    }

    void filterNarrowsTheTable()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json")));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("ruleFilter"));
        QSignalSpy applied(window.rulesView(), &RulesView::filterApplied);
        QTest::keyClicks(filter, QStringLiteral("6817"));
        QVERIFY(applied.wait(2000)); // once, after the typing pauses
        QCOMPARE(applied.count(), 1);
        QCOMPARE(window.ruleTable()->model()->rowCount(), 1);
        filter->clear();
        QVERIFY(applied.wait(2000));
        QCOMPARE(window.ruleTable()->model()->rowCount(), 7);
        // Services count, also when inferred from the ports: "git" finds the SSH rule.
        QTest::keyClicks(filter, QStringLiteral("git"));
        QVERIFY(applied.wait(2000));
        QCOMPARE(window.ruleTable()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
