// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"

#include <QUndoCommand>

namespace sg {
class RuleTableModel;
}

namespace sg::ui {

// Changes the group's metadata (region, id, name, type, intra-group policy).
class SetGroupCommand : public QUndoCommand
{
public:
    SetGroupCommand(RuleTableModel *model, GroupInfo after, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    RuleTableModel *m_model;
    GroupInfo m_before;
    GroupInfo m_after;
};

} // namespace sg::ui
