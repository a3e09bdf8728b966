// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fix… in the findings dock: SSH, RDP and Docker open to the internet fixed through the dialog leave
// nothing high while the kept address still reaches SSH, in one undo step; a fix that would lock the
// kept address out is refused and named; the address is detected only after asking; the Workbench
// ranges are kept; the fixed group goes to Apply to Alibaba Cloud when asked.

#include "guitesthelpers.h"

#include "addressdetector.h"
#include "analysis/policyevaluator.h"
#include "analysiscontroller.h"
#include "applytoclouddialog.h"
#include "compareview.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "findingsdock.h"
#include "fixdialog.h"
#include "mainwindow.h"
#include "table/findingsmodel.h"
#include "table/ruletablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>
#include <QUndoStack>

using namespace sg;
using namespace sg::ui;

namespace {

const QString exposedFile = QStringLiteral(SGASSIST_TEST_DATA "/fix/exposed.json");
const QString lockoutFile = QStringLiteral(SGASSIST_TEST_DATA "/fix/lockout.json");

Endpoint at(const QString &text)
{
    return *Endpoint::parse(text).endpoint;
}

bool reaches(const RuleSet &rules, const QString &address, int port)
{
    return PolicyEvaluator(rules).evaluate({at(address), Protocol::Tcp, port, Direction::Ingress}).allowed;
}

// Selects, in the dock, the findings of these checks (all others unselected).
void selectChecks(FindingsDock *dock, const QStringList &checks)
{
    const QList<Finding> &findings = dock->model()->analysis().findings;
    auto *proxy = qobject_cast<QAbstractProxyModel *>(dock->view()->model());
    QItemSelection selection;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (!checks.contains(findings.at(i).check))
            continue;
        const QModelIndex index = proxy->mapFromSource(dock->model()->indexOfFinding(int(i)));
        QVERIFY(index.isValid());
        selection.select(index, index);
    }
    dock->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// Opens `file` in `window`, waits for its analysis and selects the findings of `checks`: false when
// the file did not open or its analysis did not come.
bool openAndSelect(MainWindow &window, const QString &file, const QStringList &checks)
{
    if (!openAnalysed(window, file))
        return false;
    selectChecks(window.findingsDock(), checks);
    return true;
}

QStringList items(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

class TestFixFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { AddressDetector::setLookupForTests({}); }

    void fixThroughTheDialogLeavesNothingHigh()
    {
        MainWindow window;
        QVERIFY(openAnalysed(window, exposedFile));
        QCOMPARE(window.analysisController()->result().countAtLeast(Severity::High), 3);
        const RuleSet before = window.ruleModel()->ruleSet();
        QUndoStack *undo = window.documentController()->undoStack();
        const int steps = undo->count();

        FindingsDock *dock = window.findingsDock();
        QVERIFY(!dock->fixAction()->isEnabled()); // nothing selected
        selectChecks(dock, {QStringLiteral("exposed-ssh"), QStringLiteral("exposed-rdp"), QStringLiteral("exposed-docker")});
        QCOMPARE(dock->selectedFindings().size(), 3);
        QVERIFY(dock->fixAction()->isEnabled());
        QVERIFY(dock->findChild<QPushButton *>(QStringLiteral("findingsFixButton"))->isEnabled());

        // The user's address comes from "Detect My Address", answered without the internet.
        int lookups = 0;
        AddressDetector::setLookupForTests([&lookups](QString *) {
            ++lookups;
            return QStringLiteral("203.0.113.10");
        });
        bool shown = false;
        DialogRunner::setNextHandler([&](QDialog &d) {
            auto &dialog = dynamic_cast<FixDialog &>(d);
            shown = true;
            [&] {
                QVERIFY(dialog.narrowButton()->isChecked());
                dialog.sourcesEdit()->setPlainText(QStringLiteral("10.0.0.0/8"));
                MessageBox::setNextAnswer(QMessageBox::Yes);
                dialog.detectButton()->click();
                QTRY_VERIFY(dialog.keepEdit()->toPlainText().contains(QStringLiteral("203.0.113.10")));
                QTRY_VERIFY(!dialog.isBusy());
                QVERIFY(dialog.problem().isEmpty());
                // The proof: the kept address reaches SSH and RDP before and after.
                const QStringList proof = items(dialog.proofList());
                QCOMPARE(proof.size(), 2);
                for (const QString &line : proof)
                    QVERIFY2(line.contains(QStringLiteral("203.0.113.10 reaches")), qPrintable(line));
                QVERIFY(dialog.fix().lockoutSafe());
                QVERIFY(dialog.fix().refused.isEmpty());
                QCOMPARE(dialog.changesList()->count(), 3);
                QVERIFY(items(dialog.changesList()).first().contains(QStringLiteral("narrowed from 0.0.0.0/0 to 10.0.0.0/8, 203.0.113.10")));
                // The change in the compare view: three rules changed, three added, the exposures resolved.
                QVERIFY(dialog.compareView());
                QCOMPARE(dialog.compareView()->diff().changed.size(), 3);
                QCOMPARE(dialog.compareView()->diff().added.size(), 3);
                QVERIFY(dialog.compareView()->resolved()->count() >= 3);
                QVERIFY(dialog.applyButton()->isEnabled());
                dialog.applyButton()->click();
            }();
            return dialog.result();
        });
        dock->fixAction()->trigger();
        QVERIFY(shown);
        QCOMPARE(lookups, 1);

        // One undo step replaced the group's rules.
        QCOMPARE(undo->count(), steps + 1);
        const RuleSet after = window.ruleModel()->ruleSet();
        QCOMPARE(after.rules.size(), before.rules.size() + 3);
        QCOMPARE(after.group, before.group);
        QTRY_VERIFY(window.analysisController()->isCurrent());
        QCOMPARE(window.analysisController()->result().countAtLeast(Severity::High), 0);
        // The evaluator agrees: the kept address reaches SSH and RDP, the internet does not.
        QVERIFY(reaches(after, QStringLiteral("203.0.113.10"), 22));
        QVERIFY(reaches(after, QStringLiteral("203.0.113.10"), 3389));
        QVERIFY(reaches(after, QStringLiteral("10.1.2.3"), 22));
        QVERIFY(!reaches(after, QStringLiteral("198.51.100.1"), 22));
        QVERIFY(!reaches(after, QStringLiteral("198.51.100.1"), 2375));
        QVERIFY(window.isWindowModified());

        // One undo restores the rules exactly, ids, priorities and descriptions included.
        undo->undo();
        QCOMPARE(window.ruleModel()->ruleSet(), before);
        QCOMPARE(undo->count(), steps + 1);
        QTRY_VERIFY(window.analysisController()->isCurrent());
        QCOMPARE(window.analysisController()->result().countAtLeast(Severity::High), 3);
        undo->redo();
        QCOMPARE(window.ruleModel()->ruleSet(), after);
    }

    void lockoutIsRefusedAndNamed()
    {
        MainWindow window;
        QVERIFY(openAnalysed(window, lockoutFile));
        const RuleSet before = window.ruleModel()->ruleSet();
        const int steps = window.documentController()->undoStack()->count();
        FindingsDock *dock = window.findingsDock();
        // The enterprise group may not reference sg-bp1old (high); removing or narrowing that drop
        // to the kept address would drop the address's SSH at priority 1.
        selectChecks(dock, {QStringLiteral("enterprise-group-reference")});
        QVERIFY(dock->fixAction()->isEnabled());
        DialogRunner::setNextHandler([&](QDialog &d) {
            auto &dialog = dynamic_cast<FixDialog &>(d);
            [&] {
                dialog.removeButton()->click();
                QVERIFY(!dialog.sourcesEdit()->isEnabled());
                dialog.keepEdit()->setPlainText(QStringLiteral("203.0.113.10"));
                QTRY_VERIFY(!dialog.isBusy());
                QCOMPARE(dialog.fix().refused.size(), 1);
                QVERIFY(!dialog.fix().changed());
                const QStringList proof = items(dialog.proofList());
                QVERIFY2(proof.first().contains(QStringLiteral("Not changed: Rule 1 (sgr-old) of sg-lock")), qPrintable(proof.first()));
                QVERIFY2(proof.first().contains(QStringLiteral("203.0.113.10 would no longer reach SSH (TCP 22) on sg-lock")),
                         qPrintable(proof.first()));
                QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("fixSummary"))->text().contains(QStringLiteral("refused")));
                QVERIFY(!dialog.applyButton()->isEnabled());
                QVERIFY(dialog.fixedRules() == before.rules);
            }();
            return int(QDialog::Rejected);
        });
        dock->fixAction()->trigger();
        QCOMPARE(window.ruleModel()->ruleSet(), before);
        QCOMPARE(window.documentController()->undoStack()->count(), steps);
    }

    void invalidAddressesAreNamed()
    {
        MainWindow window;
        QVERIFY(openAndSelect(window, exposedFile, {QStringLiteral("exposed-ssh")}));
        FixDialog dialog(window.documentController()->workspace(), 0, window.findingsDock()->selectedFindings());
        QTRY_VERIFY(!dialog.isBusy());
        dialog.sourcesEdit()->setPlainText(QStringLiteral("10.0.0.0/8\nsg-bp1other"));
        dialog.keepEdit()->setPlainText(QStringLiteral("203.0.113.300"));
        QVERIFY(dialog.problem().contains(QStringLiteral("sg-bp1other")));
        QVERIFY(dialog.problem().contains(QStringLiteral("203.0.113.300")));
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(!dialog.isBusy());
        dialog.sourcesEdit()->setPlainText(QStringLiteral("10.0.0.0/8"));
        dialog.keepEdit()->setPlainText(QStringLiteral("203.0.113.10"));
        QVERIFY(dialog.problem().isEmpty());
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.applyButton()->isEnabled());
    }

    void detectingAsksBeforeAnyRequest()
    {
        MainWindow window;
        QVERIFY(openAndSelect(window, exposedFile, {QStringLiteral("exposed-ssh")}));
        FixDialog dialog(window.documentController()->workspace(), 0, window.findingsDock()->selectedFindings());
        int lookups = 0;
        AddressDetector::setLookupForTests([&lookups](QString *) {
            ++lookups;
            return QStringLiteral("198.51.100.23");
        });
        // Cancel: nothing asked of anyone, nothing added.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog.detectButton()->click();
        QVERIFY(MessageBox::lastText().contains(AddressDetector::serviceUrl().host()));
        QCOMPARE(dialog.keepEdit()->toPlainText(), QString());
        // No: this computer's own address (whatever it is here), never the service.
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.detectButton()->click();
        QCOMPARE(dialog.keepEdit()->toPlainText(), AddressDetector::localGuess());
        QCOMPARE(lookups, 0);
        // Yes: the service, once.
        dialog.keepEdit()->clear();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.detectButton()->click();
        QTRY_COMPARE(dialog.keepEdit()->toPlainText(), QStringLiteral("198.51.100.23"));
        QCOMPARE(lookups, 1);
        // A failed lookup says why and adds nothing.
        AddressDetector::setLookupForTests([](QString *error) {
            *error = QStringLiteral("offline");
            return QString();
        });
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.detectButton()->click();
        QTRY_COMPARE(dialog.findChild<QLabel *>(QStringLiteral("fixDetectState"))->text(), QStringLiteral("offline"));
        QCOMPARE(dialog.keepEdit()->toPlainText(), QStringLiteral("198.51.100.23"));
    }

    void workbenchRangesAreKept()
    {
        // SSH from the internet and from the China site's Workbench range: the range is listed to
        // keep, and the fix leaves Workbench its SSH.
        Workspace workspace;
        WorkspaceGroup group;
        group.ruleSet.group.securityGroupId = QStringLiteral("sg-bp1wb");
        Rule ssh;
        ssh.direction = Direction::Ingress;
        ssh.policy = Policy::Accept;
        ssh.protocol = Protocol::Tcp;
        ssh.ports = PortRange(22, 22);
        ssh.priority = 1;
        ssh.description = QStringLiteral("SSH");
        ssh.peer = at(QStringLiteral("0.0.0.0/0"));
        Rule workbench = ssh;
        workbench.peer = at(QStringLiteral("47.96.60.0/24"));
        workbench.description = QStringLiteral("Workbench");
        group.ruleSet.rules = {ssh, workbench};
        workspace.groups.append(group);
        Finding exposed;
        exposed.check = QStringLiteral("exposed-ssh");
        exposed.severity = Severity::High;
        exposed.rules = {1};
        FixDialog dialog(workspace, 0, {exposed});
        QCOMPARE(dialog.keepEdit()->toPlainText(), QStringLiteral("47.96.60.0/24"));
        dialog.removeButton()->click();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.fix().changed());
        QVERIFY(dialog.fix().lockoutSafe());
        RuleSet after{group.ruleSet.group, dialog.fixedRules()};
        QVERIFY(reaches(after, QStringLiteral("47.96.60.10"), 22));
        QVERIFY(!reaches(after, QStringLiteral("198.51.100.1"), 22));
        // The group has an id: the fixed group may go on to Alibaba Cloud.
        QVERIFY(dialog.applyToCloudBox()->isEnabled());
        QVERIFY(dialog.applyToCloudBox()->text().contains(QStringLiteral("sg-bp1wb")));
    }

    void applyToCloudAfterFixing()
    {
        MainWindow window;
        QVERIFY(openAndSelect(window, exposedFile, {QStringLiteral("exposed-docker")}));
        QList<Rule> fixed;
        RuleSet target;
        DialogRunner::setNextHandler([&](QDialog &d) {
            auto &dialog = dynamic_cast<FixDialog &>(d);
            [&] {
                dialog.removeButton()->click();
                QTRY_VERIFY(!dialog.isBusy());
                QVERIFY(dialog.applyToCloudBox()->isEnabled());
                dialog.applyToCloudBox()->setChecked(true);
                fixed = dialog.fixedRules();
                // The live mode's dialog comes next, with the fixed group as its target.
                DialogRunner::setNextHandler([&](QDialog &next) {
                    target = dynamic_cast<ApplyToCloudDialog &>(next).target();
                    return int(QDialog::Rejected);
                });
                dialog.applyButton()->click();
            }();
            return dialog.result();
        });
        window.findingsDock()->fixAction()->trigger();
        QCOMPARE(fixed.size(), 5); // Docker removed
        QCOMPARE(window.ruleModel()->ruleSet().rules, fixed);
        QCOMPARE(target.rules, fixed);
        QCOMPARE(target.group.securityGroupId, QStringLiteral("sg-fix"));
    }
};

SGASSIST_GUI_TEST_MAIN(TestFixFindings)
#include "tst_fixfindings.moc"
