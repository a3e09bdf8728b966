// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a user meets it: open files, see rules, keep the document when a file is broken.

#include "guitesthelpers.h"

#include "cataloguedock.h"
#include "connectivitydock.h"
#include "dialogseams.h"
#include "io/formatregistry.h"
#include "io/rulefiles.h"
#include "mainwindow.h"
#include "rulesview.h"
#include "settings.h"
#include "table/ruletablemodel.h"
#include "theme.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
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

    void darkThemeCheckBoxesAreVisible()
    {
        applyTheme(Settings::Theme::Dark);
        QWidget page;
        page.setAutoFillBackground(true);
        auto *box = new QCheckBox(QStringLiteral("Unchecked"), &page);
        auto *radio = new QRadioButton(QStringLiteral("Unchecked"), &page);
        radio->move(0, 40);
        page.resize(200, 80);
        const QImage image = page.grab().toImage();
        const QColor base = QApplication::palette().color(QPalette::Base);
        // Some pixel of each indicator's outline stands out from the base it is drawn on.
        const auto outlineContrast = [&](const QRect &area) {
            int best = 0;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x)
                    best = std::max(best, qGray(image.pixel(x, y)) - qGray(base.rgb()));
            }
            return best;
        };
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect boxIndicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        option.initFrom(radio);
        const QRect radioIndicator = radio->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, radio).translated(radio->pos());
        QVERIFY2(outlineContrast(boxIndicator) >= 60, qPrintable(QString::number(outlineContrast(boxIndicator))));
        QVERIFY2(outlineContrast(radioIndicator) >= 60, qPrintable(QString::number(outlineContrast(radioIndicator))));
        applyTheme(Settings::Theme::Light);
    }

    void smallWindowKeepsTheTableAndTheTestReadable()
    {
        QTemporaryDir dir;
        // One rule records a very long list of services.
        Document document;
        for (int i = 0; i < 5; ++i) {
            Rule rule;
            rule.ports = PortRange::single(1000 + i);
            rule.peer = *Endpoint::parse(u"10.0.0.0/16").endpoint;
            rule.description = QStringLiteral("rule %1").arg(i + 1);
            if (i == 2) {
                for (const Service &service : ServiceCatalogue::builtIn().services())
                    rule.services << service.id;
            }
            document.ruleSet.rules.append(rule);
        }
        const QString path = dir.filePath(QStringLiteral("long-services.sgassist"));
        QVERIFY(RuleFiles::save(path, document, *FormatRegistry::instance().find(QStringLiteral("project"))).error.isEmpty());

        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        QTest::qWait(50);
        QTableView *table = window.ruleTable();
        // The long list does not widen the Service column for every row...
        const int em = table->fontMetrics().horizontalAdvance(u'M');
        QVERIFY2(table->horizontalHeader()->sectionSize(RuleTableModel::ServicesColumn) <= 12 * em,
                 qPrintable(QString::number(table->horizontalHeader()->sectionSize(RuleTableModel::ServicesColumn))));
        // ...and the right docks leave the table room for its Description.
        QVERIFY(window.catalogueDock()->width() < window.width() / 3);
        const int description = table->horizontalHeader()->sectionViewportPosition(RuleTableModel::DescriptionColumn);
        QVERIFY2(description >= 0 && description + 8 <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 of %2").arg(description).arg(table->viewport()->width())));
        // The connectivity test shows several result rows.
        window.connectivityDock()->raise();
        QTest::qWait(50);
        auto *results = window.connectivityDock()->findChild<QTableWidget *>(QStringLiteral("probeResults"));
        QVERIFY2(results->viewport()->height() >= 5 * results->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(results->viewport()->height())));
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

SGASSIST_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
