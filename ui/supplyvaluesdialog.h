// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/workspace.h"

#include <QDialog>
#include <QHash>

class QListWidget;
class QPushButton;

namespace sg::ui {

class MessageLabel;
class ValidatedLineEdit;

// Supply Values… and File > Values…: a field for each variable or parameter the open workspace's
// files leave without a value (and each one given a value before), with where it is declared and
// used, its description and type; each field is checked as it is typed (InputValueCheck: its type,
// and the rule field it is the whole value of) and says why beside it when it is refused. Terraform
// variables files (.tfvars) can be added too. The caller reads the files again with the result.
class SupplyValuesDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        WorkspaceInput input;
        QList<UnresolvedValue> uses; // the open values it would supply, each with its file
        QString value;               // the value it is given now; empty for none
        bool open = true;            // the files as read now wait for it
    };

    SupplyValuesDialog(const QString &workspaceName, const QList<Entry> &entries, const QStringList &variableFiles,
                       bool offerVariableFiles, QWidget *parent = nullptr);

    // The values given (empty fields left out, text trimmed), and the variables files in order.
    QHash<QString, QString> values() const;
    QStringList variableFiles() const;
    // What keeps the dialog from applying ("users_cidr: … is not a valid …"); empty when nothing does.
    QString problem() const;

    ValidatedLineEdit *field(const QString &name) const;
    MessageLabel *reasonLabel(const QString &name) const;
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *loadFileButton() const { return m_loadFile; }
    QListWidget *fileList() const { return m_files; }

private:
    struct Row
    {
        QString name;
        ValidatedLineEdit *field = nullptr;
        MessageLabel *reason = nullptr;
    };

    QWidget *rowsWidget(const QList<Entry> &entries);
    void update();
    void loadVariableFile();

    QList<Row> m_rows;
    QListWidget *m_files = nullptr;
    QPushButton *m_loadFile = nullptr;
    QPushButton *m_removeFile = nullptr;
    MessageLabel *m_problem = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace sg::ui
