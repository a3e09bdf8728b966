// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"

#include "groupcommand.h"

namespace sg::ui {

// Inserts a block of rules at one position (add, duplicate, paste).
class InsertRulesCommand : public GroupCommand
{
public:
    InsertRulesCommand(DocumentController *document, int group, int row, QList<Rule> rules, const QString &text,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    int m_row;
    QList<Rule> m_rules;
};

} // namespace sg::ui
