// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace sg {
class RuleTableModel;
}

namespace sg::ui {

class DocumentController;

// An undoable change to one group of the document, addressed by its index in the workspace.
// model() shows the group first, so that undo and redo change what the user then sees.
class GroupCommand : public QUndoCommand
{
protected:
    GroupCommand(DocumentController *document, int group, const QString &text, QUndoCommand *parent)
        : QUndoCommand(text, parent), m_document(document), m_group(group) {}

    // The model of the group the command changes, shown.
    RuleTableModel *model() const;
    int group() const { return m_group; }

private:
    DocumentController *m_document;
    int m_group;
};

} // namespace sg::ui
