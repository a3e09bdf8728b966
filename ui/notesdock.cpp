// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesdock.h"

#include "documentcontroller.h"

#include <QPlainTextEdit>

namespace sg::ui {

NotesDock::NotesDock(DocumentController *document, QWidget *parent)
    : QDockWidget(tr("Notes"), parent), m_document(document), m_editor(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("notesDock"));
    m_editor->setObjectName(QStringLiteral("notesEditor"));
    m_editor->setPlaceholderText(tr("Notes for this rule set: why a rule exists, who asked for it, what to review…"));
    m_editor->setTabChangesFocus(true);
    setWidget(m_editor);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_document->setNotes(m_editor->toPlainText()); });
    connect(m_document, &DocumentController::notesChanged, this, [this] {
        if (m_editor->toPlainText() != m_document->notes()) {
            const QSignalBlocker blocker(m_editor);
            m_editor->setPlainText(m_document->notes());
        }
    });
}

} // namespace sg::ui
