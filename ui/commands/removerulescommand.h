// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"

#include <QUndoCommand>

namespace sg::ui {

class DocumentController;

// Removes any selection of rules; undo puts each back at its old position.
class RemoveRulesCommand : public QUndoCommand
{
public:
    RemoveRulesCommand(DocumentController *document, int group, QList<int> rows, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DocumentController *m_document;
    int m_group;       // the group the command changes: shown before it changes it
    QList<int> m_rows; // ascending
    QList<Rule> m_rules;
};

} // namespace sg::ui
