// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Supply Values…: Terraform files whose rules wait for a variable open with a bar that names it; the
// dialog checks each value as it is typed and refuses a bad one with its reason; the files are read
// again with the values, the rule gets its real value and the unresolved-value finding goes; the
// values come back when the files are opened again, except those that look like secrets, which are
// never written to the settings.

#include "guitesthelpers.h"

#include "analysis/checkids.h"
#include "analysiscontroller.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "findingsdock.h"
#include "mainwindow.h"
#include "messagelabel.h"
#include "settings.h"
#include "supplyvaluesdialog.h"
#include "table/findingsmodel.h"
#include "table/ruletablemodel.h"
#include "validatedlineedit.h"
#include "valuesbar.h"
#include "valuescontroller.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>

using namespace sg;
using namespace sg::ui;

namespace {

const QString openValues = QStringLiteral(SGASSIST_TEST_DATA "/terraform-hcl/open-values");
const QString openSecret = QStringLiteral(SGASSIST_TEST_DATA "/terraform-hcl/open-secret");
const QString rosFunctions = QStringLiteral(SGASSIST_TEST_DATA "/ros/good/functions.yaml");

// A copy of a fixture folder in a folder of the test's own: values are remembered by path, so each
// test starts with none.
QString copyOf(const QString &fixture, const QTemporaryDir &dir)
{
    for (const QString &name : QDir(fixture).entryList(QDir::Files))
        QFile::copy(fixture + u'/' + name, dir.filePath(name));
    return dir.path();
}

int countOf(FindingsDock *dock, const QString &check)
{
    const QList<Finding> &findings = dock->model()->analysis().findings;
    return int(std::count_if(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.check == check; }));
}

// The row of the SSH rule of open-values (the other is the notebooks rule).
int sshRow(MainWindow &window)
{
    return int(ruleLines(*window.ruleModel()).indexOf(QStringLiteral("TCP 22/22 203.0.113.10/32")));
}

// The notebooks rule of open-values.
QString notebooks(MainWindow &window)
{
    const QStringList lines = ruleLines(*window.ruleModel());
    return lines.size() == 2 && sshRow(window) >= 0 ? lines.at(1 - sshRow(window)) : QString();
}

// What the settings remember for a folder: {"values": {...}, "files": [...]}.
QVariantMap remembered(const QString &folder)
{
    return Settings::value(Settings::Key::InputValues).toMap().value(QDir::cleanPath(folder)).toMap();
}

// Types into a field as a person does, replacing what it holds.
void typeInto(ValidatedLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

} // namespace

class TestSupplyValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The folders each test remembered values for are gone with it.
    void cleanup() { Settings::setValue(Settings::Key::InputValues, QVariantMap()); }

    void barNamesTheOpenValues()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(copyOf(openValues, dir)));
        ValuesBar *bar = window.findChild<ValuesBar *>(QStringLiteral("valuesBar"));
        QVERIFY(bar);
        QVERIFY(bar->isVisibleTo(&window));
        const QString text = bar->text()->text();
        QVERIFY2(text.contains(QStringLiteral("1 variable(s)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("users_cidr")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 rule(s) match")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("jupyter_port"))); // it has a default
        QVERIFY(bar->supplyButton()->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionValues"))->isEnabled());
        QTRY_VERIFY(window.analysisController()->isCurrent());
        QCOMPARE(countOf(window.findingsDock(), QLatin1StringView(CheckIds::UnresolvedValue)), 1);

        // The bar's button is reached by keyboard: its mnemonic is the only one of its letter in the
        // window, menus included.
        const QChar letter = mnemonicOf(bar->supplyButton()->text());
        QVERIFY(!letter.isNull());
        QMultiHash<QChar, QString> live = liveMnemonics(window);
        for (QAction *menu : window.menuBar()->actions())
            live.insert(mnemonicOf(menu->text()), menu->text());
        QCOMPARE(live.values(letter), QStringList{bar->supplyButton()->text()});

        // Hidden by its close button until the next document.
        window.findChild<QToolButton *>(QStringLiteral("valuesBarClose"))->click();
        QVERIFY(!bar->isVisibleTo(&window));
    }

    void badValueIsRefusedWithItsReason()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(copyOf(openSecret, dir)));
        bool shown = false;
        const auto fill = [](SupplyValuesDialog &dialog) {
            ValidatedLineEdit *cidr = dialog.field(QStringLiteral("office_cidr"));
            ValidatedLineEdit *port = dialog.field(QStringLiteral("api_port"));
            QVERIFY(cidr && port);
            // Typing goes to the first field, the first value the rules wait for (port_range).
            QCOMPARE(dialog.focusWidget(), port);
            // Empty fields stay open, which is no problem.
            QVERIFY(dialog.applyButton()->isEnabled());
            QVERIFY(!cidr->placeholderText().isEmpty());
            typeInto(cidr, QStringLiteral("10.0.0.0/33"));
            QVERIFY(!cidr->isValid());
            MessageLabel *reason = dialog.reasonLabel(QStringLiteral("office_cidr"));
            QVERIFY(reason->isVisibleTo(&dialog));
            QVERIFY2(reason->text().contains(QStringLiteral("cidr_ip")), qPrintable(reason->text()));
            QVERIFY(!dialog.applyButton()->isEnabled());
            QVERIFY(dialog.problem().startsWith(QStringLiteral("office_cidr: ")));
            typeInto(cidr, QStringLiteral("198.51.100.0/24"));
            QVERIFY(cidr->isValid());
            QVERIFY(!reason->isVisibleTo(&dialog));
            QVERIFY(dialog.applyButton()->isEnabled());
            // A number variable takes numbers.
            typeInto(port, QStringLiteral("https"));
            QVERIFY(!port->isValid());
            QVERIFY2(dialog.reasonLabel(QStringLiteral("api_port"))->text().contains(QStringLiteral("not a number")),
                     qPrintable(dialog.reasonLabel(QStringLiteral("api_port"))->text()));
            QVERIFY(!dialog.applyButton()->isEnabled());
            // Apply does nothing while a value is refused.
            dialog.applyButton()->click();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        };
        DialogRunner::setNextHandler([&](QDialog &d) {
            shown = true;
            fill(dynamic_cast<SupplyValuesDialog &>(d));
            return int(QDialog::Rejected); // Cancel leaves everything as it was
        });
        QVERIFY(!window.valuesController()->supplyValues());
        QVERIFY(shown);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(remembered(dir.path()).isEmpty());
        QVERIFY(window.findChild<ValuesBar *>(QStringLiteral("valuesBar"))->isVisibleTo(&window));
    }

    void suppliedValueReachesTheRuleAndComesBack()
    {
        QTemporaryDir dir;
        const QString folder = copyOf(openValues, dir);
        {
            MainWindow window;
            QVERIFY(openAnalysed(window, folder));
            const QString before = notebooks(window);
            QVERIFY2(!before.contains(QStringLiteral("198.51.100.0/24")), qPrintable(before));

            // From the unresolved-value finding, as a person does from its context menu.
            FindingsDock *dock = window.findingsDock();
            const QList<Finding> &findings = dock->model()->analysis().findings;
            const auto open = std::find_if(findings.cbegin(), findings.cend(),
                                           [](const Finding &f) { return f.check == QLatin1StringView(CheckIds::UnresolvedValue); });
            QVERIFY(open != findings.cend());
            dock->selectFinding(int(open - findings.cbegin()));
            QVERIFY(dock->supplyValuesAction()->isEnabled());
            bool shown = false;
            const auto fill = [](SupplyValuesDialog &dialog) {
                ValidatedLineEdit *field = dialog.field(QStringLiteral("users_cidr"));
                QVERIFY(field);
                // Where it is declared and which rule it feeds.
                const QString about = dialog.findChild<QLabel *>(QStringLiteral("valueLabel_users_cidr"))->text();
                QVERIFY2(about.contains(QStringLiteral("variables.tf:4")), qPrintable(about));
                QVERIFY2(about.contains(QStringLiteral("main.tf:20")), qPrintable(about));
                QVERIFY2(about.contains(QStringLiteral("alicloud_security_group_rule.notebooks")), qPrintable(about));
                QVERIFY2(about.contains(QStringLiteral("type string")), qPrintable(about));
                QVERIFY2(about.contains(QStringLiteral("Where the notebooks")), qPrintable(about));
                QCOMPARE(dialog.field(QStringLiteral("jupyter_port")), nullptr);
                typeInto(field, QStringLiteral("198.51.100.0/24"));
                dialog.applyButton()->click();
            };
            DialogRunner::setNextHandler([&](QDialog &d) {
                shown = true;
                auto &dialog = dynamic_cast<SupplyValuesDialog &>(d);
                fill(dialog);
                return dialog.result();
            });
            dock->supplyValuesAction()->trigger();
            QVERIFY(shown);
            if (QTest::currentTestFailed())
                return;

            QCOMPARE(notebooks(window), QStringLiteral("TCP 8888/8888 198.51.100.0/24"));
            QVERIFY(!window.findChild<ValuesBar *>(QStringLiteral("valuesBar"))->isVisibleTo(&window));
            QTRY_VERIFY(window.analysisController()->isCurrent());
            QCOMPARE(countOf(window.findingsDock(), QLatin1StringView(CheckIds::UnresolvedValue)), 0);
            QCOMPARE(window.documentController()->undoStack()->count(), 0);
            QVERIFY(!window.isWindowModified());
            QCOMPARE(remembered(folder).value(QStringLiteral("values")).toMap(),
                     (QVariantMap{{QStringLiteral("users_cidr"), QStringLiteral("198.51.100.0/24")}}));
        }

        // Opened again: read with the value at once, and File > Supply Values… shows it to change.
        MainWindow again;
        QVERIFY(again.openFile(folder));
        QCOMPARE(notebooks(again), QStringLiteral("TCP 8888/8888 198.51.100.0/24"));
        QVERIFY(!again.findChild<ValuesBar *>(QStringLiteral("valuesBar"))->isVisibleTo(&again));
        QAction *values = again.findChild<QAction *>(QStringLiteral("actionValues"));
        QVERIFY(values->isEnabled());
        QString offered;
        DialogRunner::setNextHandler([&](QDialog &d) {
            auto &dialog = dynamic_cast<SupplyValuesDialog &>(d);
            ValidatedLineEdit *field = dialog.field(QStringLiteral("users_cidr"));
            if (!field)
                return int(QDialog::Rejected);
            offered = field->text();
            // Emptied, the variable is open again.
            typeInto(field, QString());
            dialog.applyButton()->click();
            return dialog.result();
        });
        values->trigger();
        QCOMPARE(offered, QStringLiteral("198.51.100.0/24"));
        QVERIFY(again.findChild<ValuesBar *>(QStringLiteral("valuesBar"))->isVisibleTo(&again));
        QVERIFY(remembered(folder).isEmpty());
    }

    void unsavedChangesAreAskedAbout()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(copyOf(openValues, dir)));
        QVERIFY(sshRow(window) >= 0);
        QVERIFY(window.ruleModel()->setData(window.ruleModel()->index(sshRow(window), RuleTableModel::DescriptionColumn), QStringLiteral("edited")));
        QVERIFY(window.isWindowModified());
        const auto supply = [&] {
            DialogRunner::setNextHandler([](QDialog &d) {
                auto &dialog = dynamic_cast<SupplyValuesDialog &>(d);
                if (!dialog.field(QStringLiteral("users_cidr")))
                    return int(QDialog::Rejected);
                typeInto(dialog.field(QStringLiteral("users_cidr")), QStringLiteral("192.0.2.0/24"));
                dialog.applyButton()->click();
                return dialog.result();
            });
            return window.valuesController()->supplyValues();
        };
        // Cancelled: the edit and its undo stay, the files are not read again.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!supply());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("unsaved changes")), qPrintable(MessageBox::lastText()));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.documentController()->undoStack()->count(), 1);
        QVERIFY(!notebooks(window).contains(QStringLiteral("192.0.2.0/24")));
        QVERIFY(remembered(dir.path()).isEmpty());
        // Confirmed: read again as the files say, with the value.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(supply());
        QCOMPARE(notebooks(window), QStringLiteral("TCP 8888/8888 192.0.2.0/24"));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.documentController()->undoStack()->count(), 0);
    }

    void rosParameterIsSupplied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("functions.yaml"));
        QVERIFY(QFile::copy(rosFunctions, path));
        MainWindow window;
        QVERIFY(window.openFile(path));
        const QString text = window.findChild<ValuesBar *>(QStringLiteral("valuesBar"))->text()->text();
        QVERIFY2(text.contains(QStringLiteral("ALIYUN::StackName, UsersCidr")), qPrintable(text));
        // The group shown stays shown when the template is read again.
        DocumentController *document = window.documentController();
        const int bastion = int(document->workspace().indexOfGroup(u"BastionSg"));
        QVERIFY(bastion > 0);
        document->showGroup(bastion);
        DialogRunner::setNextHandler([](QDialog &d) {
            auto &dialog = dynamic_cast<SupplyValuesDialog &>(d);
            ValidatedLineEdit *users = dialog.field(QStringLiteral("UsersCidr"));
            if (!users || !dialog.field(QStringLiteral("ALIYUN::StackName")))
                return int(QDialog::Rejected);
            typeInto(users, QStringLiteral("not an address"));
            if (users->isValid())
                return int(QDialog::Rejected);
            typeInto(users, QStringLiteral("203.0.113.0/24"));
            dialog.applyButton()->click();
            return dialog.result();
        });
        QVERIFY(window.valuesController()->supplyValues());
        const Workspace workspace = document->workspace();
        QCOMPARE(document->currentGroup(), int(workspace.indexOfGroup(u"BastionSg")));
        const WorkspaceGroup &app = workspace.groups.at(workspace.indexOfGroup(u"AppSg"));
        QCOMPARE(app.ruleSet.rules.first().peer.text(), QStringLiteral("203.0.113.0/24"));
        QVERIFY(std::none_of(app.unresolved.cbegin(), app.unresolved.cend(),
                             [](const UnresolvedValue &open) { return open.input == u"UsersCidr"; }));
        const QString after = window.findChild<ValuesBar *>(QStringLiteral("valuesBar"))->text()->text();
        QVERIFY2(after.contains(QStringLiteral("1 variable(s) or parameter(s): ALIYUN::StackName.")), qPrintable(after));
    }

    void secretsAreKeptForTheSessionOnly()
    {
        QCOMPARE(ValuesController::looksSecret(QStringLiteral("db_password"), QString()), true);
        QCOMPARE(ValuesController::looksSecret(QStringLiteral("AccessKeySecret"), QString()), true);
        QCOMPARE(ValuesController::looksSecret(QStringLiteral("note"), QStringLiteral("LTAI5tExampleKeyId1234")), true);
        QCOMPARE(ValuesController::looksSecret(QStringLiteral("cert"), QStringLiteral("-----BEGIN CERTIFICATE-----")), true);
        QCOMPARE(ValuesController::looksSecret(QStringLiteral("users_cidr"), QStringLiteral("198.51.100.0/24")), false);
        QCOMPARE(ValuesController::looksSecret(QStringLiteral("kms_key_id"), QStringLiteral("key-1")), false);
        QCOMPARE(ValuesController::looksSecret(QStringLiteral("authorized_cidrs"), QStringLiteral("10.0.0.0/8")), false);

        QTemporaryDir dir;
        const QString folder = copyOf(openSecret, dir);
        {
            MainWindow window;
            QVERIFY(window.openFile(folder));
            DialogRunner::setNextHandler([](QDialog &d) {
                auto &dialog = dynamic_cast<SupplyValuesDialog &>(d);
                // Both are shown as dots: one is declared sensitive, the other is named like a token.
                for (const QString &name : {QStringLiteral("deploy_token"), QStringLiteral("ops_note")}) {
                    if (!dialog.field(name) || dialog.field(name)->echoMode() != QLineEdit::PasswordEchoOnEdit)
                        return int(QDialog::Rejected);
                }
                typeInto(dialog.field(QStringLiteral("office_cidr")), QStringLiteral("198.51.100.7"));
                typeInto(dialog.field(QStringLiteral("api_port")), QStringLiteral("8443"));
                typeInto(dialog.field(QStringLiteral("deploy_token")), QStringLiteral("ci"));
                typeInto(dialog.field(QStringLiteral("ops_note")), QStringLiteral("on call"));
                dialog.applyButton()->click();
                return dialog.result();
            });
            QVERIFY(window.valuesController()->supplyValues());
            QCOMPARE(ruleLines(*window.ruleModel()).value(0), QStringLiteral("TCP 8443/8443 198.51.100.7"));
            QCOMPARE(window.ruleModel()->rule(0).description, QStringLiteral("API for ci"));
            QCOMPARE(window.ruleModel()->rule(1).description, QStringLiteral("on call"));
        }
        const QVariantMap kept = remembered(folder).value(QStringLiteral("values")).toMap();
        QCOMPARE(QStringList(kept.keys()), (QStringList{QStringLiteral("api_port"), QStringLiteral("office_cidr")}));

        // Another window of the same session still has them.
        MainWindow again;
        QVERIFY(again.openFile(folder));
        QCOMPARE(again.ruleModel()->rule(0).description, QStringLiteral("API for ci"));
        QCOMPARE(again.ruleModel()->rule(1).description, QStringLiteral("on call"));
        QVERIFY(!again.findChild<ValuesBar *>(QStringLiteral("valuesBar"))->isVisibleTo(&again));
    }
};

SGASSIST_GUI_TEST_MAIN(TestSupplyValues)
#include "tst_supplyvalues.moc"
