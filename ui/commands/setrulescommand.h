// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"

#include "groupcommand.h"

namespace sg::ui {

// Replaces every rule of a group at once: a fix narrows some rules into several and removes others,
// and the whole change is one undo step that brings back the rules exactly as they were.
class SetRulesCommand : public GroupCommand
{
public:
    SetRulesCommand(DocumentController *document, int group, QList<Rule> after, const QString &text,
                    QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void set(const QList<Rule> &rules);

    QList<Rule> m_before;
    QList<Rule> m_after;
};

} // namespace sg::ui
