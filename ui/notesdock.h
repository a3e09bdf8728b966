// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QPlainTextEdit;

namespace sg::ui {

class DocumentController;

// The reviewer's notes about the rule set, saved in the project document.
class NotesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit NotesDock(DocumentController *document, QWidget *parent = nullptr);
    QPlainTextEdit *editor() const { return m_editor; }

private:
    DocumentController *m_document;
    QPlainTextEdit *m_editor;
};

} // namespace sg::ui
