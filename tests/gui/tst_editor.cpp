// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rule editor: in-place edits with validation, undo/redo, bulk edit, delete, move, the modified
// marker, save and reopen, export.

#include "guitesthelpers.h"

#include "analysiscontroller.h"
#include "bulkeditdialog.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "exporter.h"
#include "findingsdock.h"
#include "io/rulefiles.h"
#include "mainwindow.h"
#include "rulesview.h"
#include "table/findingsmodel.h"
#include "table/ruletablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

using namespace sg;
using namespace sg::ui;

namespace {

const QString sample = QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json");

QModelIndex cell(MainWindow &window, int row, int column)
{
    return window.ruleModel()->index(row, column);
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellEditUndoRedo()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        QUndoStack *stack = window.documentController()->undoStack();
        QVERIFY(!window.isWindowModified());
        // Through the view's model, as the delegate does.
        QAbstractItemModel *viewModel = window.ruleTable()->model();
        QVERIFY(viewModel->setData(viewModel->index(0, RuleTableModel::PortsColumn), QStringLiteral("2222")));
        QCOMPARE(window.ruleModel()->rule(0).ports, PortRange::single(2222));
        QCOMPARE(stack->count(), 1);
        QVERIFY(window.isWindowModified());
        stack->undo();
        QCOMPARE(window.ruleModel()->rule(0).ports, PortRange::single(22));
        QVERIFY(!window.isWindowModified());
        stack->redo();
        QCOMPARE(window.ruleModel()->rule(0).ports, PortRange::single(2222));
        QVERIFY(window.isWindowModified());
    }

    void repeatedEditsOfOneCellMerge()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        RuleTableModel *model = window.ruleModel();
        QVERIFY(model->setData(cell(window, 0, RuleTableModel::DescriptionColumn), QStringLiteral("a")));
        QVERIFY(model->setData(cell(window, 0, RuleTableModel::DescriptionColumn), QStringLiteral("ab")));
        QCOMPARE(window.documentController()->undoStack()->count(), 1);
        QVERIFY(model->setData(cell(window, 1, RuleTableModel::DescriptionColumn), QStringLiteral("other")));
        QCOMPARE(window.documentController()->undoStack()->count(), 2);
        window.documentController()->undoStack()->undo();
        window.documentController()->undoStack()->undo();
        QCOMPARE(model->rule(0).description, QStringLiteral("SSH from anywhere"));
    }

    void invalidValuesAreRejectedWithTheReason()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        RuleTableModel *model = window.ruleModel();
        const Rule before = model->rule(0);
        QVERIFY(!model->setData(cell(window, 0, RuleTableModel::PortsColumn), QStringLiteral("70000")));
        QVERIFY(!model->setData(cell(window, 0, RuleTableModel::PeerColumn), QStringLiteral("10.0.0.1/33")));
        QVERIFY(!model->setData(cell(window, 0, RuleTableModel::PriorityColumn), 101));
        QCOMPARE(model->rule(0), before);
        QCOMPARE(window.documentController()->undoStack()->count(), 0);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("priority 101 is out of range")));
        // ICMP has no ports; going back to TCP needs ports, which a cell edit cannot give.
        QVERIFY(model->setData(cell(window, 0, RuleTableModel::ProtocolColumn), QStringLiteral("ICMP")));
        QCOMPARE(model->rule(0).ports, PortRange::none());
        QVERIFY(!model->setData(cell(window, 0, RuleTableModel::ProtocolColumn), QStringLiteral("TCP")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Edit Rule")));
        QVERIFY(!model->setData(cell(window, 0, RuleTableModel::PortsColumn), QStringLiteral("22")));
        // The services column is not editable.
        QVERIFY(!(model->flags(cell(window, 0, RuleTableModel::ServicesColumn)) & Qt::ItemIsEditable));
        QVERIFY(model->flags(cell(window, 0, RuleTableModel::PeerColumn)) & Qt::ItemIsEditable);
    }

    void bulkEditIsOneStep()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        DocumentController *document = window.documentController();
        const QList<int> rows{0, 2, 6};
        QList<Rule> rules;
        for (int row : rows)
            rules << window.ruleModel()->rule(row);
        BulkEditDialog dialog(rules);
        dialog.setColumn(RuleTableModel::PriorityColumn);
        dialog.setValue(10);
        QVERIFY(dialog.problem().isEmpty());
        document->replaceRules(rows, dialog.editedRules(), QStringLiteral("Edit 3 rules"));
        for (int row : rows)
            QCOMPARE(window.ruleModel()->rule(row).priority, 10);
        QCOMPARE(window.ruleModel()->rule(1).priority, 1);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(window.ruleModel()->rule(2).priority, 1);

        // A value some rules cannot take is refused for all of them, with the reason.
        BulkEditDialog ports(rules + QList<Rule>{window.ruleModel()->rule(3)}); // rule 4 is ICMP
        ports.setColumn(RuleTableModel::PortsColumn);
        ports.setValue(QStringLiteral("443"));
        QVERIFY(ports.problem().contains(QStringLiteral("ICMP takes no ports")));
    }

    void deleteAndUndoRestorePositions()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        const Document original = window.document();
        window.documentController()->removeRules({1, 4, 5});
        QCOMPARE(window.ruleModel()->rowCount(), 4);
        QCOMPARE(window.ruleModel()->rule(1).id, QStringLiteral("sgr-2ze0000000000003"));
        window.documentController()->undoStack()->undo();
        QCOMPARE(window.document(), original);
    }

    void duplicateAndMove()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        RulesView *view = window.rulesView();
        view->selectRows({0});
        view->duplicateRules();
        QCOMPARE(window.ruleModel()->rowCount(), 8);
        QCOMPARE(window.ruleModel()->rule(1).peer.text(), QStringLiteral("0.0.0.0/0"));
        QVERIFY(window.ruleModel()->rule(1).id.isEmpty()); // a copy is a new rule
        QCOMPARE(view->selectedRows(), QList<int>{1});
        view->moveDown();
        QCOMPARE(window.ruleModel()->rule(2).peer.text(), QStringLiteral("0.0.0.0/0"));
        QCOMPARE(view->selectedRows(), QList<int>{2});
        view->selectRows({0, 1});
        view->moveUp(); // cannot: already at the top
        QCOMPARE(window.ruleModel()->rule(0).id, QStringLiteral("sgr-2ze0000000000001"));
        view->moveDown();
        QCOMPARE(window.ruleModel()->rule(1).id, QStringLiteral("sgr-2ze0000000000001"));
        QUndoStack *stack = window.documentController()->undoStack();
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(window.ruleModel()->rowCount(), 7);
        QVERIFY(!window.isWindowModified());
    }

    void saveAndReopenGiveTheSameDocument()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reviewed.sgassist"));
        MainWindow window;
        QVERIFY(window.openFile(sample));
        window.ruleModel()->setData(cell(window, 3, RuleTableModel::DescriptionColumn), QStringLiteral("ICMP inside"));
        window.documentController()->setNotes(QStringLiteral("checked with the network team"));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.saveProjectAs(path));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.windowTitle(), QStringLiteral("reviewed.sgassist[*] — SG Assist"));
        const Document saved = window.document();

        MainWindow other;
        QVERIFY(other.openFile(path));
        QCOMPARE(other.document(), saved);
        QCOMPARE(other.documentController()->projectPath(), path);

        // Undo after a save makes the document modified again; redo returns to the saved state.
        window.documentController()->undoStack()->undo();
        QVERIFY(window.isWindowModified());
        window.documentController()->undoStack()->redo();
        QVERIFY(!window.isWindowModified());
    }

    void exportWritesTheChosenFilesAndAsksBeforeReplacing()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(sample));
        const ExportChoice choice{{QStringLiteral("api-json"), QStringLiteral("project")}, dir.path(), QStringLiteral("group")};
        ExportOutcome outcome = exportDocument(&window, window.document(), choice);
        QCOMPARE(outcome.written, (QStringList{dir.filePath("group-api-json.json"), dir.filePath("group.sgassist")}));
        QVERIFY(outcome.errors.isEmpty());

        QFile marker(dir.filePath("group.sgassist"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("keep me");
        marker.close();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        outcome = exportDocument(&window, window.document(), choice);
        QVERIFY(outcome.cancelled);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("group.sgassist")));
        QVERIFY(marker.open(QIODevice::ReadOnly));
        QCOMPARE(marker.readAll(), QByteArray("keep me"));
        marker.close();

        MessageBox::setNextAnswer(QMessageBox::Yes);
        outcome = exportDocument(&window, window.document(), choice);
        QVERIFY(!outcome.cancelled);
        QVERIFY(RuleFiles::load(dir.filePath("group.sgassist")).ok());
    }

    void brokenFileKeepsTheEditedDocument()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        window.ruleModel()->setData(cell(window, 0, RuleTableModel::PriorityColumn), 7);
        const Document edited = window.document();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.openFile(QStringLiteral(SGASSIST_TEST_DATA "/api-json/broken/truncated.json")));
        QCOMPARE(window.document(), edited);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.documentController()->undoStack()->count(), 1);
    }

    void analysisFollowsEditsAndSelectionsLink()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        QSignalSpy analysed(window.analysisController(), &AnalysisController::analysisChanged);
        QVERIFY(analysed.wait(10000));
        RuleTableModel *model = window.ruleModel();
        QCOMPARE(model->index(0, 0).data(RuleTableModel::SeverityRole).toInt(), int(Severity::High));

        // Narrowing the source removes the SSH finding after the re-analysis.
        QVERIFY(model->setData(model->index(0, RuleTableModel::PeerColumn), QStringLiteral("203.0.113.10/32")));
        QVERIFY(analysed.wait(10000));
        QVERIFY(model->index(0, 0).data(RuleTableModel::SeverityRole).toInt() < int(Severity::Medium));
        const QString findings = model->index(0, 0).data(RuleTableModel::FindingsRole).toStringList().join(u' ');
        QVERIFY(findings.contains(QStringLiteral("203.0.113.10/32")));
        QVERIFY(!findings.contains(QStringLiteral("(the internet)")));
        QCOMPARE(window.analysisController()->result().count(Severity::High), 0);
        window.documentController()->undoStack()->undo();
        QVERIFY(analysed.wait(10000));
        QCOMPARE(window.analysisController()->result().count(Severity::High), 1);

        // Selecting a finding selects its rules; selecting a rule selects its findings.
        FindingsDock *dock = window.findingsDock();
        const QModelIndex high = dock->view()->model()->index(0, 0);          // the "High" branch
        const QModelIndex finding = dock->view()->model()->index(0, 0, high); // its finding
        dock->view()->selectionModel()->select(finding, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window.rulesView()->selectedRows(), QList<int>{0});
        window.rulesView()->selectRows({5});
        const QModelIndexList selected = dock->view()->selectionModel()->selectedRows();
        QVERIFY(!selected.isEmpty());
        for (const QModelIndex &index : selected)
            QVERIFY(index.data(FindingsModel::RulesRole).value<QList<int>>().contains(6));

        // The level filter hides what is below it.
        dock->levelFilter()->setCurrentIndex(dock->levelFilter()->findData(int(Severity::High)));
        QCOMPARE(dock->view()->model()->rowCount(), 1);
    }

    void invalidCellKeepsTheEditorOpen()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(sample));
        QTableView *table = window.ruleTable();
        const QModelIndex ports = table->model()->index(0, RuleTableModel::PortsColumn);
        table->setCurrentIndex(ports);
        table->edit(ports);
        QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("70000"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits and closes on the next turn
        // Refused, but nothing is lost: the editor is still open with the text and the reason.
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->text(), QStringLiteral("70000"));
        auto *reason = table->viewport()->findChild<QLabel *>(QStringLiteral("cellProblem"));
        QVERIFY(reason);
        QVERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(QStringLiteral("65535")), qPrintable(reason->text()));
        QVERIFY(reason->geometry().top() >= table->visualRect(ports).bottom()); // beside the cell, below it
        QCOMPARE(window.ruleModel()->rule(0).ports, PortRange::single(22));
        // Corrected, it is taken.
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("2222"));
        QVERIFY(!reason->isVisible());
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(window.ruleModel()->rule(0).ports, PortRange::single(2222));
        QVERIFY(!editor || !editor->isVisible());

        // An address the rule cannot take: same.
        const QModelIndex peer = table->model()->index(0, RuleTableModel::PeerColumn);
        table->setCurrentIndex(peer);
        table->edit(peer);
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("300.1.1.1"));
        QTest::keyClick(editor, Qt::Key_Enter);
        QCoreApplication::processEvents();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->text(), QStringLiteral("300.1.1.1"));
        QTest::keyClick(editor, Qt::Key_Escape); // Escape still cancels
        QCoreApplication::processEvents();
        QVERIFY(!editor || !editor->isVisible());
    }

    void bulkEditDialogFitsItsContent()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        QList<Rule> rules;
        for (int row = 0; row < 3; ++row)
            rules << window.ruleModel()->rule(row);
        BulkEditDialog dialog(rules, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 80,
                 qPrintable(QString::number(dialog.width())));
        dialog.setColumn(RuleTableModel::PeerColumn);
        QWidget *field = dialog.findChild<QWidget *>(QStringLiteral("bulkValue%1").arg(int(RuleTableModel::PeerColumn)));
        QVERIFY(field->width() >= field->fontMetrics().horizontalAdvance(QStringLiteral("2001:db8:1234::/48")) * 3 / 2);
        QVERIFY(field->height() >= field->sizeHint().height());
    }

    void sortingLargeSetsAndBackToFileOrder()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(sample));
        QTableView *table = window.ruleTable();
        QAction *up = window.findChild<QAction *>(QStringLiteral("actionMoveUp"));
        QAction *down = window.findChild<QAction *>(QStringLiteral("actionMoveDown"));
        QAction *fileOrder = window.findChild<QAction *>(QStringLiteral("actionFileOrder"));
        window.rulesView()->selectRows({2});
        QVERIFY(up->isEnabled());
        QVERIFY(!fileOrder->isEnabled());

        // Sorted by source: addresses in numeric order, groups after them.
        table->sortByColumn(RuleTableModel::PeerColumn, Qt::AscendingOrder);
        QStringList peers;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            peers << table->model()->index(row, RuleTableModel::PeerColumn).data().toString();
        QStringList addresses = peers.filter(QRegularExpression(QStringLiteral("^[0-9]+\\.")));
        QVERIFY(addresses.size() >= 2);
        QVERIFY(peers.indexOf(addresses.first()) < peers.indexOf(addresses.last()));
        // Moving while sorted would renumber rules without moving the row: not offered.
        window.rulesView()->selectRows({2});
        QVERIFY(!up->isEnabled());
        QVERIFY(!down->isEnabled());
        QVERIFY(fileOrder->isEnabled());
        QVERIFY(up->toolTip().contains(QStringLiteral("File Order")));

        // Back to file order, from the menu or by a third click on the header.
        fileOrder->trigger();
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 0).data(RuleTableModel::PositionRole).toInt(), row + 1);
        QVERIFY(up->isEnabled());
        QVERIFY(table->horizontalHeader()->isSortIndicatorClearable());

        // The sort does not follow into the next document.
        table->sortByColumn(RuleTableModel::PriorityColumn, Qt::DescendingOrder);
        QVERIFY(window.rulesView()->isSorted());
        QVERIFY(window.openFile(sample));
        QVERIFY(!window.rulesView()->isSorted());
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
        QCOMPARE(table->model()->index(0, 0).data(RuleTableModel::PositionRole).toInt(), 1);
    }

    void sortKeysFollowEdits()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        QTableView *table = window.ruleTable();
        table->sortByColumn(RuleTableModel::PriorityColumn, Qt::AscendingOrder);
        // Give the first rule in the sorted order the largest priority number: it moves to the end.
        const int source = window.rulesView()->proxy()->mapToSource(table->model()->index(0, 0)).row();
        QVERIFY(window.ruleModel()->setData(window.ruleModel()->index(source, RuleTableModel::PriorityColumn), 100));
        // It is now among the rules of priority 100, after every rule of a smaller number (equal
        // rules keep their file order), and the table is still in priority order.
        const int shownAt = window.rulesView()->proxy()->mapFromSource(window.ruleModel()->index(source, 0)).row();
        QVERIFY(shownAt > 0);
        int previous = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const int priority = table->model()->index(row, RuleTableModel::PriorityColumn).data().toInt();
            QVERIFY(priority >= previous);
            QVERIFY(row < shownAt || priority == 100);
            previous = priority;
        }
    }

    void statusSaysHowManyRulesAreShown()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        auto *count = window.findChild<QLabel *>(QStringLiteral("ruleCountLabel"));
        const int all = window.ruleModel()->rowCount();
        QCOMPARE(count->text(), QStringLiteral("%1 rules").arg(all));
        QSignalSpy filtered(window.rulesView(), &RulesView::filterApplied);
        window.rulesView()->filter()->setText(QStringLiteral("SSH"));
        QVERIFY(filtered.wait(2000));
        const int shown = window.rulesView()->proxy()->rowCount();
        QVERIFY(shown < all);
        QCOMPARE(count->text(), QStringLiteral("%1 of %2 rules shown").arg(shown).arg(all));
        window.rulesView()->filter()->clear();
        QVERIFY(filtered.wait(2000));
        QCOMPARE(count->text(), QStringLiteral("%1 rules").arg(all));
    }

    void groupEditsAreUndoable()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        GroupInfo group = window.ruleModel()->ruleSet().group;
        group.type = GroupType::Enterprise;
        window.documentController()->setGroup(group);
        QCOMPARE(window.ruleModel()->ruleSet().group.type, GroupType::Enterprise);
        window.documentController()->undoStack()->undo();
        QCOMPARE(window.ruleModel()->ruleSet().group.type, GroupType::Basic);
    }
};

SGASSIST_GUI_TEST_MAIN(TestEditor)
#include "tst_editor.moc"
