// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace of several groups in the window: a folder opens with its network interfaces, the
// navigator selects a group or an interface, an interface shows its groups' merged rules and Can It
// Reach names the deciding group, a workspace saves as one project, undo crosses groups.

#include "guitesthelpers.h"

#include "analysiscontroller.h"
#include "askdock.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "findingsdock.h"
#include "mainwindow.h"
#include "rulesview.h"
#include "table/findingsmodel.h"
#include "table/ruletablemodel.h"
#include "workspacenavigator.h"

#include <QAction>
#include <QLabel>
#include <QMimeData>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

using namespace sg;
using namespace sg::ui;

namespace {

const QString region = QStringLiteral(SGASSIST_TEST_DATA "/workspace/region");

// The folder's files in name order: sg-db, sg-lockdown, sg-unused, sg-web; the interfaces in
// file order: eni-web1 (sg-web), eni-web2 (sg-web, sg-lockdown), eni-db1 (sg-db, sg-lockdown).
enum {
    SgDb,
    SgLockdown,
    SgUnused,
    SgWeb
};
enum {
    EniWeb1,
    EniWeb2,
    EniDb1
};

int groupOf(const Workspace &workspace, const QString &key)
{
    return int(workspace.indexOfGroup(key));
}

// Every finding of the findings dock with its "Reachable on" text.
QHash<QString, QString> reachability(FindingsModel *model)
{
    QHash<QString, QString> out;
    for (int branch = 0; branch < model->rowCount(); ++branch) {
        const QModelIndex parent = model->index(branch, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            out.insert(model->index(row, FindingsModel::CheckColumn, parent).data().toString() + u' '
                           + model->index(row, FindingsModel::RulesColumn, parent).data().toString(),
                       model->index(row, FindingsModel::ReachableColumn, parent).data().toString());
        }
    }
    return out;
}

} // namespace

class TestWorkspaceWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAFolder()
    {
        MainWindow window;
        QVERIFY(window.openFile(region));
        DocumentController *document = window.documentController();
        const Workspace workspace = document->workspace();
        QCOMPARE(workspace.groups.size(), 4);
        QCOMPARE(workspace.interfaces.size(), 3);
        QVERIFY(workspace.attachmentsKnown);
        QCOMPARE(groupOf(workspace, u"sg-web"_qs), int(SgWeb));
        // The README is skipped and named in the status bar, not in a problems dialog.
        QVERIFY(window.lastProblems().isEmpty());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("README.txt")));
        QCOMPARE(window.windowTitle(), QStringLiteral("region[*] — SG Assist"));

        // The navigator shows: groups first, then the interfaces by instance.
        WorkspaceNavigator *navigator = window.navigator();
        QVERIFY(!navigator->isHidden());
        QStandardItemModel *tree = navigator->model();
        QCOMPARE(tree->rowCount(), 2);
        QCOMPARE(tree->item(0)->rowCount(), 4);
        QCOMPARE(tree->item(1)->rowCount(), 3); // i-web1, i-web2, i-db1
        QVERIFY(navigator->indexOf(WorkspaceNavigator::InterfaceKind, EniWeb2).isValid());
        // The first group is shown; the worst finding of each group appears once analysed.
        QCOMPARE(document->currentGroup(), 0);
        QTRY_VERIFY(window.analysisController()->isCurrent());
        const QModelIndex web = navigator->indexOf(WorkspaceNavigator::GroupKind, SgWeb);
        QCOMPARE(web.siblingAtColumn(1).data().toString(), QStringLiteral("High · 3"));
        QCOMPARE(navigator->indexOf(WorkspaceNavigator::GroupKind, SgUnused).siblingAtColumn(1).data().toString(),
                 QStringLiteral("Low · 2"));

        // A one-group file hides the navigator again.
        QVERIFY(window.openFile(region + QStringLiteral("/sg-web.json")));
        QVERIFY(navigator->isHidden());
        QCOMPARE(document->groupCount(), 1);
    }

    void selectingAGroupShowsItsRulesAndFindings()
    {
        MainWindow window;
        QVERIFY(window.openFile(region));
        window.navigator()->select(WorkspaceNavigator::GroupKind, SgWeb);
        DocumentController *document = window.documentController();
        QCOMPARE(document->currentGroup(), int(SgWeb));
        QCOMPARE(window.ruleModel()->rowCount(), 3);
        QVERIFY(window.ruleTable()->isColumnHidden(RuleTableModel::GroupColumn));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAddRule"))->isEnabled());
        QTRY_VERIFY(window.analysisController()->isCurrent());
        // Findings follow the group and say where an exposure really applies: SSH from the
        // internet is open on eni-web1 only (eni-web2 also carries sg-lockdown, which drops it).
        QTRY_VERIFY(window.findingsDock()->model()->rowCount() > 0);
        const QHash<QString, QString> reachable = reachability(window.findingsDock()->model());
        QString ssh;
        for (auto it = reachable.cbegin(); it != reachable.cend(); ++it) {
            if (it.key().endsWith(QStringLiteral(" 1")) && it.key().contains(QStringLiteral("ssh")))
                ssh = it.value();
        }
        QCOMPARE(ssh, QStringLiteral("eni-web1"));
        QVERIFY(!window.findingsDock()->view()->isColumnHidden(FindingsModel::ReachableColumn));
        // The risk of the rows is the group's.
        QVERIFY(window.ruleModel()->index(0, RuleTableModel::RiskColumn).data(RuleTableModel::SeverityRole).toInt() >= 0);
    }

    void selectingAnInterfaceShowsTheMergedRules()
    {
        MainWindow window;
        QVERIFY(window.openFile(region));
        window.navigator()->select(WorkspaceNavigator::InterfaceKind, EniWeb2);
        DocumentController *document = window.documentController();
        QCOMPARE(document->currentInterface(), int(EniWeb2));
        QCOMPARE(document->currentGroup(), -1);
        RuleTableModel *model = window.ruleModel();
        // sg-web's 3 rules and sg-lockdown's 2, in Alibaba's order: the priority-1 drop first.
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(0, RuleTableModel::GroupColumn).data().toString(), QStringLiteral("sg-lockdown"));
        QCOMPARE(model->index(0, RuleTableModel::PolicyColumn).data().toString(), QStringLiteral("Deny"));
        QCOMPARE(model->index(0, RuleTableModel::PortsColumn).data().toString(), QStringLiteral("3389"));
        QCOMPARE(model->index(1, RuleTableModel::GroupColumn).data().toString(), QStringLiteral("sg-web"));
        QCOMPARE(model->index(3, RuleTableModel::GroupColumn).data().toString(), QStringLiteral("sg-lockdown"));
        QCOMPARE(model->index(3, RuleTableModel::GroupColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Rule 1 of sg-lockdown"));
        QVERIFY(!window.ruleTable()->isColumnHidden(RuleTableModel::GroupColumn));
        // Read-only: edits happen in a group.
        QVERIFY(!(model->flags(model->index(0, RuleTableModel::PortsColumn)) & Qt::ItemIsEditable));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionAddRule"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionGroup"))->isEnabled());
        QVERIFY(window.rulesView()->findChild<QLabel *>(QStringLiteral("groupLabel"))->text().contains(QStringLiteral("eni-web2")));

        // Can It Reach evaluates the two groups together and names the one that decides.
        AskDock *ask = window.askDock();
        ask->ask(QStringLiteral("203.0.113.5"), Protocol::Tcp, 22, Direction::Ingress);
        QVERIFY(ask->answer().has_value());
        QVERIFY(!ask->answer()->allowed);
        QCOMPARE(ask->decidingGroup(), QStringLiteral("sg-lockdown"));
        QVERIFY(ask->findChild<QLabel *>(QStringLiteral("askDecidingGroup"))->text().contains(QStringLiteral("sg-lockdown")));
        QCOMPARE(window.rulesView()->selectedRows(), QList<int>{3});
        // The same question on sg-web alone is allowed by its own rule.
        window.navigator()->select(WorkspaceNavigator::GroupKind, SgWeb);
        QVERIFY(ask->answer()->allowed);
        QCOMPARE(ask->decidingGroup(), QStringLiteral("sg-web"));
        QCOMPARE(window.ruleModel()->rowCount(), 3);

        // Findings of an interface are those of its groups, on the merged rows, named by group.
        window.navigator()->select(WorkspaceNavigator::InterfaceKind, EniWeb2);
        QTRY_VERIFY(window.analysisController()->isCurrent());
        QTRY_VERIFY(window.findingsDock()->model()->rowCount() > 0);
        const AnalysisResult &merged = window.analysisController()->result();
        QVERIFY(!merged.findings.isEmpty());
        for (const Finding &finding : merged.findings)
            QVERIFY(merged.message(finding).startsWith(QStringLiteral("sg-web: ")) || merged.message(finding).startsWith(QStringLiteral("sg-lockdown: ")));
        QCOMPARE(merged.ruleSeverity.size(), 5);
    }

    void savesAsOneProjectAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("region.sgassist"));
        {
            MainWindow window;
            QVERIFY(window.openFile(region));
            window.navigator()->select(WorkspaceNavigator::GroupKind, SgWeb);
            window.documentController()->removeRules({0});
            window.documentController()->setNotes(QStringLiteral("reviewed"));
            window.navigator()->select(WorkspaceNavigator::InterfaceKind, EniDb1);
            QVERIFY(window.isWindowModified());
            QVERIFY(window.saveProjectAs(path));
            QVERIFY(!window.isWindowModified());
            QCOMPARE(window.windowTitle(), QStringLiteral("region.sgassist[*] — SG Assist"));
        }
        MainWindow window;
        QVERIFY(window.openFile(path));
        DocumentController *document = window.documentController();
        QCOMPARE(document->sourceFormat(), QStringLiteral("project"));
        QCOMPARE(document->projectPath(), path);
        const Workspace workspace = document->workspace();
        QCOMPARE(workspace.groups.size(), 4);
        QCOMPARE(workspace.interfaces.size(), 3);
        QVERIFY(workspace.attachmentsKnown);
        QCOMPARE(workspace.notes, QStringLiteral("reviewed"));
        QCOMPARE(workspace.groups.at(groupOf(workspace, u"sg-web"_qs)).ruleSet.rules.size(), 2);
        QCOMPARE(workspace.groups.at(groupOf(workspace, u"sg-db"_qs)).ruleSet.rules.size(), 2);
        QVERIFY(!window.navigator()->isHidden());
    }

    void undoCrossesGroups()
    {
        MainWindow window;
        QVERIFY(window.openFile(region));
        DocumentController *document = window.documentController();
        QUndoStack *undo = document->undoStack();

        // Delete sg-db's first rule, then add a rule to sg-web.
        window.navigator()->select(WorkspaceNavigator::GroupKind, SgDb);
        document->removeRules({0});
        window.navigator()->select(WorkspaceNavigator::GroupKind, SgWeb);
        Rule rule;
        rule.ports = PortRange::single(443);
        rule.peer = *Endpoint::parse(u"0.0.0.0/0").endpoint;
        document->insertRules(3, {rule}, QStringLiteral("Add HTTPS"));
        // Then look at an interface: undo must still change the right groups.
        window.navigator()->select(WorkspaceNavigator::InterfaceKind, EniWeb1);
        const auto sizes = [document] {
            const Workspace workspace = document->workspace();
            QList<qsizetype> out;
            for (const WorkspaceGroup &group : workspace.groups)
                out << group.ruleSet.rules.size();
            return out;
        };
        QCOMPARE(sizes(), (QList<qsizetype>{1, 2, 1, 4}));

        undo->undo(); // the HTTPS rule goes, and sg-web is shown
        QCOMPARE(document->currentGroup(), int(SgWeb));
        QCOMPARE(window.navigator()->view()->currentIndex().data(WorkspaceNavigator::IndexRole).toInt(), int(SgWeb));
        QCOMPARE(sizes(), (QList<qsizetype>{2 - 1, 2, 1, 3}));
        undo->undo(); // sg-db's rule comes back, and sg-db is shown
        QCOMPARE(document->currentGroup(), int(SgDb));
        QCOMPARE(sizes(), (QList<qsizetype>{2, 2, 1, 3}));
        QCOMPARE(window.ruleModel()->rule(0).id, QStringLiteral("sgr-db-ssh"));
        QVERIFY(!window.isWindowModified());
        undo->redo();
        undo->redo();
        QCOMPARE(document->currentGroup(), int(SgWeb));
        QCOMPARE(sizes(), (QList<qsizetype>{1, 2, 1, 4}));
        QCOMPARE(window.ruleModel()->rule(3).ports, PortRange::single(443));
        // The analysis follows the workspace's revision, not the view.
        QTRY_VERIFY(window.analysisController()->isCurrent());
        QCOMPARE(window.analysisController()->revision(), document->revision());
    }

    void opensSeveralFilesAndDrops()
    {
        MainWindow window;
        FileDialog::setNextFileName(region + QStringLiteral("/sg-web.json\n") + region + QStringLiteral("/sg-lockdown.json"));
        window.findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
        QCOMPARE(window.documentController()->groupCount(), 2);
        QVERIFY(!window.navigator()->isHidden());

        // A drop of a group and the interfaces file opens them together.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(region + QStringLiteral("/sg-db.json")),
                      QUrl::fromLocalFile(region + QStringLiteral("/network-interfaces.json"))});
        // Qt delivers a drop to the widget that accepted the drag's entry.
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        const Workspace workspace = window.documentController()->workspace();
        QCOMPARE(workspace.groups.size(), 1);
        QCOMPARE(workspace.interfaces.size(), 3);
        // eni-db1 carries sg-lockdown too, which is not open: the navigator says so.
        window.navigator()->select(WorkspaceNavigator::InterfaceKind, EniDb1);
        QCOMPARE(window.ruleModel()->rowCount(), 2);
        window.askDock()->ask(QStringLiteral("203.0.113.5"), Protocol::Tcp, 22, Direction::Ingress);
        QVERIFY(window.askDock()->findChild<QWidget *>(QStringLiteral("askExplanation"))->property("text").toString().contains(QStringLiteral("sg-lockdown")));

        // Open Folder goes through the same loader.
        FileDialog::setNextFileName(region);
        window.findChild<QAction *>(QStringLiteral("actionOpenFolder"))->trigger();
        QCOMPARE(window.documentController()->groupCount(), 4);
    }
};

SGASSIST_GUI_TEST_MAIN(TestWorkspaceWindow)
#include "tst_workspacewindow.moc"
