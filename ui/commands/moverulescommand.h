// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groupcommand.h"

namespace sg::ui {

// Moves a contiguous block of rules up or down. Order matters to people reading a rule set and to
// the positions findings cite, although Alibaba evaluates by priority, not by position.
class MoveRulesCommand : public GroupCommand
{
public:
    MoveRulesCommand(DocumentController *document, int group, int row, int count, int destination, const QString &text,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    int m_row;
    int m_count;
    int m_destination;
};

} // namespace sg::ui
