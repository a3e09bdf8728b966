// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QBoxLayout;
class QDialog;
class QDialogButtonBox;
class QWidget;

namespace sg::ui {

// File dialogs through one seam, so that GUI tests can answer them without a modal dialog.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter);
    // `confirmOverwrite` false: for a file that is added to, not replaced (a baseline).
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                   const QString &filter, bool confirmOverwrite = true);
    // Several files at once; a test's next file name gives one (several separated by newlines).
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                        const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory);

    // The next dialog returns this instead of opening (an empty string means "cancelled").
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString *fileName);
};

// Message boxes through one seam, for the same reason.
class MessageBox
{
public:
    // Button texts of one's own (with mnemonics, "&Save") replace the standard ones given in `texts`.
    using ButtonTexts = QList<std::pair<QMessageBox::StandardButton, QString>>;
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const ButtonTexts &texts = {});
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // The next question returns this answer without showing a box; warnings are then not shown either.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For dialogs of their own: true (and the answer) when a test has set the next answer, which is
    // then consumed; `text` is recorded as the last text either way.
    static bool takeAnswer(QMessageBox::StandardButton *answer, const QString &text);
    // The text of the last box shown or answered, for tests.
    static QString lastText();
};

// The application's own modal dialogs through one seam: a test hands the next dialog to a function
// (which fills it in and presses its buttons, or just returns a result) instead of running it.
class DialogRunner
{
public:
    using Handler = std::function<int(QDialog &dialog)>;
    // Runs the dialog (QDialog::exec), or hands it to the handler a test set, once.
    static int exec(QDialog &dialog);
    static void setNextHandler(Handler handler);
};

// Ends a dialog's layout with its button box, whose accepted and rejected signals accept and reject
// the dialog.
void addDialogButtons(QDialog *dialog, QBoxLayout *layout, QDialogButtonBox *buttons);

} // namespace sg::ui
