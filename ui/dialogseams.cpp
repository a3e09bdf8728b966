// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogseams.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>

#include <optional>

namespace sg::ui {
namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> next;
    return next;
}

std::optional<QMessageBox::StandardButton> &nextAnswer()
{
    static std::optional<QMessageBox::StandardButton> next;
    return next;
}

QString &lastMessage()
{
    static QString text;
    return text;
}

DialogRunner::Handler &nextHandler()
{
    static DialogRunner::Handler handler;
    return handler;
}

} // namespace

bool FileDialog::takeNext(QString *fileName)
{
    if (!nextFileName())
        return false;
    *fileName = *nextFileName();
    nextFileName().reset();
    return true;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                         const QString &filter)
{
    QString names;
    if (takeNext(&names))
        return names.split(u'\n', Qt::SkipEmptyParts);
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                    const QString &filter, bool confirmOverwrite)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, path, filter, nullptr,
                                        confirmOverwrite ? QFileDialog::Options() : QFileDialog::DontConfirmOverwrite);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton, const ButtonTexts &texts)
{
    lastMessage() = text;
    if (nextAnswer()) {
        const auto answer = *nextAnswer();
        nextAnswer().reset();
        return answer;
    }
    if (texts.isEmpty())
        return QMessageBox::question(parent, title, text, buttons, defaultButton);
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (const auto &[button, label] : texts) {
        if (QAbstractButton *b = box.button(button))
            b->setText(label);
    }
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    lastMessage() = text;
    if (nextAnswer()) {
        nextAnswer().reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

bool MessageBox::takeAnswer(QMessageBox::StandardButton *answer, const QString &text)
{
    lastMessage() = text;
    if (!nextAnswer())
        return false;
    if (answer)
        *answer = *nextAnswer();
    nextAnswer().reset();
    return true;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer() = answer;
}

QString MessageBox::lastText()
{
    return lastMessage();
}

int DialogRunner::exec(QDialog &dialog)
{
    if (nextHandler()) {
        const Handler handler = std::exchange(nextHandler(), Handler());
        return handler(dialog);
    }
    return dialog.exec();
}

void DialogRunner::setNextHandler(Handler handler)
{
    nextHandler() = std::move(handler);
}

void addDialogButtons(QDialog *dialog, QBoxLayout *layout, QDialogButtonBox *buttons)
{
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

} // namespace sg::ui
