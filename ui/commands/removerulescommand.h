// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"

#include "groupcommand.h"

namespace sg::ui {

// Removes any selection of rules; undo puts each back at its old position.
class RemoveRulesCommand : public GroupCommand
{
public:
    RemoveRulesCommand(DocumentController *document, int group, QList<int> rows, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    QList<int> m_rows; // ascending
    QList<Rule> m_rules;
};

} // namespace sg::ui
