// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"

#include "groupcommand.h"

namespace sg::ui {

// Replaces rules in place: a cell edit, a rule edited in the dialog, or a bulk edit of many rules.
// Consecutive edits of the same cell merge into one undo step, as a text editor merges typing.
class ReplaceRulesCommand : public GroupCommand
{
public:
    enum {
        CellEditId = 0x5347
    }; // commands with this id may merge

    ReplaceRulesCommand(DocumentController *document, int group, QList<int> rows, QList<Rule> after, const QString &text,
                        int editedColumn = -1, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return m_column >= 0 ? CellEditId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QList<int> m_rows;
    QList<Rule> m_before;
    QList<Rule> m_after;
    int m_column;
};

} // namespace sg::ui
