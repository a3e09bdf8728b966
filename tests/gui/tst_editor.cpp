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

#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTreeView>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
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
    void initTestCase() { isolateGuiTest(); }

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

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
