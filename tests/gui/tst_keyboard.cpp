// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and languages: every wizard page has unique mnemonics (Alt+N is Next, Alt+F Finish),
// in English and in Chinese with Qt's own translations; the Unsaved Changes buttons have mnemonics;
// a language change says plainly that it needs a restart.

#include "guitesthelpers.h"

#include "dialogseams.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "qttranslations.h"
#include "setupwizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTimer>
#include <QTranslator>

using namespace sg;
using namespace sg::ui;

namespace {

void typeSources(QWizard &wizard)
{
    auto *admin = wizard.findChild<QPlainTextEdit *>(QStringLiteral("sources_admin"));
    admin->setPlainText(QStringLiteral("203.0.113.10/32"));
    auto *cluster = wizard.findChild<QPlainTextEdit *>(QStringLiteral("sources_cluster"));
    cluster->setPlainText(QStringLiteral("sg-bp1cluster"));
}

// Walks the wizard with Alt+N and Alt+F alone, checking each page's mnemonics on the way.
void walkWizardByKeyboard(const QString &language)
{
    SetupWizard wizard;
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("groupIdEdit"))->setText(QStringLiteral("sg-bp1example"));
    const QChar next = mnemonicOf(wizard.buttonText(QWizard::NextButton));
    const QChar finish = mnemonicOf(wizard.buttonText(QWizard::FinishButton));
    QCOMPARE(next, QChar(u'n'));
    QCOMPARE(finish, QChar(u'f'));
    for (int page = SetupWizard::TargetPageId; page <= SetupWizard::ExportPageId; ++page) {
        QCOMPARE(wizard.currentId(), page);
        if (page == SetupWizard::SourcesPageId)
            typeSources(wizard);
        const QMultiHash<QChar, QString> live = liveMnemonics(wizard);
        for (const QChar key : live.uniqueKeys()) {
            QVERIFY2(live.count(key) == 1, qPrintable(QStringLiteral("%1, page %2: Alt+%3 is %4").arg(language).arg(page).arg(key).arg(QStringList(live.values(key)).join(QStringLiteral(" / ")))));
        }
        if (page == SetupWizard::ExportPageId)
            break;
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &wizard;
        QTest::keyClick(focus, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard.currentId(), page + 1);
    }
    // Alt+F finishes (nothing to write).
    wizard.findChild<QAbstractButton *>(QStringLiteral("exportNowCheck"))->setChecked(false);
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &wizard;
    QTest::keyClick(focus, Qt::Key_F, Qt::AltModifier);
    QTRY_COMPARE(wizard.result(), int(QDialog::Accepted));
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizardMnemonicsInEnglish() { walkWizardByKeyboard(QStringLiteral("English")); }

    void wizardMnemonicsInChinese()
    {
        QTranslator app;
        QVERIFY(app.load(QStringLiteral(SGASSIST_QM)));
        QCoreApplication::installTranslator(&app);
        QVERIFY2(installQtTranslations(QLocale(QLocale::Chinese, QLocale::China)), "qtbase_zh_CN.qm is missing (qt6-translations-l10n)");
        {
            SetupWizard wizard;
            // Qt's own buttons speak Chinese too.
            QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("下一步(&N) >"));
            QCOMPARE(wizard.buttonText(QWizard::BackButton), QStringLiteral("< 上一步(&B)"));
        }
        walkWizardByKeyboard(QStringLiteral("Chinese"));
        QCoreApplication::removeTranslator(&app);
        for (QTranslator *qt : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(qt);
    }

    void unsavedChangesButtonsHaveMnemonics()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json")));
        window.documentController()->removeRules({0});
        QStringList texts;
        QTimer::singleShot(0, &window, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons())
                texts << button->text();
            box->button(QMessageBox::Cancel)->click();
        });
        window.findChild<QAction *>(QStringLiteral("actionClose"))->trigger();
        QVERIFY(window.documentController()->hasDocument()); // cancelled
        QVERIFY2(texts.contains(QStringLiteral("&Save")), qPrintable(texts.join(u',')));
        QVERIFY(texts.contains(QStringLiteral("&Don't Save")));
        QSet<QChar> keys;
        for (const QString &text : std::as_const(texts)) {
            if (!mnemonicOf(text).isNull()) {
                QVERIFY(!keys.contains(mnemonicOf(text)));
                keys.insert(mnemonicOf(text));
            }
        }
        QVERIFY(window.isWindowModified());
    }

    void languageChangeSaysARestartIsNeeded()
    {
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::No);
        window.findChild<QAction *>(QStringLiteral("actionLanguageChinese"))->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("restart")));
        MessageBox::setNextAnswer(QMessageBox::No);
        window.findChild<QAction *>(QStringLiteral("actionLanguageSystem"))->trigger();
    }
};

SGASSIST_GUI_TEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
