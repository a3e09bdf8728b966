// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"

#include <QUndoCommand>

namespace sg::ui {

class DocumentController;

// Inserts a block of rules at one position (add, duplicate, paste).
class InsertRulesCommand : public QUndoCommand
{
public:
    InsertRulesCommand(DocumentController *document, int group, int row, QList<Rule> rules, const QString &text,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DocumentController *m_document;
    int m_group; // the group the command changes: shown before it changes it
    int m_row;
    QList<Rule> m_rules;
};

} // namespace sg::ui
