// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace sg::ui {

// What to export and where: used by the export dialog and the wizard's last page alike.
struct ExportChoice
{
    QStringList formatIds;
    QString folder;
    QString baseName;
    bool replaceConfirmed = false; // the user already agreed to replace existing files
};

// Picks one or more writable formats, a folder and a base file name. Does no file I/O itself.
class ExportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExportPanel(QWidget *parent = nullptr);

    ExportChoice choice() const;
    void setChoice(const ExportChoice &choice);
    bool isComplete() const;
    // Why the choice is not complete yet, in a sentence; empty when it is.
    QString problem() const;

    // The file name a format gets: "<base>-<format>.<suffix>", and "<base>.sgassist" for projects.
    static QString fileNameFor(const QString &baseName, const QString &formatId);

Q_SIGNALS:
    void changed();

private:
    void browse();
    void createFolder();
    void update();

    QListWidget *m_formats;
    QLineEdit *m_folder;
    QLineEdit *m_baseName;
    class MessageLabel *m_problem;
    QPushButton *m_createFolder; // offered while the folder does not exist
};

} // namespace sg::ui
