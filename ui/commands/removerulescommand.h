// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"

#include <QUndoCommand>

namespace sg {
class RuleTableModel;
}

namespace sg::ui {

// Removes any selection of rules; undo puts each back at its old position.
class RemoveRulesCommand : public QUndoCommand
{
public:
    RemoveRulesCommand(RuleTableModel *model, QList<int> rows, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    RuleTableModel *m_model;
    QList<int> m_rows; // ascending
    QList<Rule> m_rules;
};

} // namespace sg::ui
