// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setrulescommand.h"

#include "table/ruletablemodel.h"

namespace sg::ui {

SetRulesCommand::SetRulesCommand(DocumentController *document, int group, QList<Rule> after, const QString &text,
                                 QUndoCommand *parent)
    : GroupCommand(document, group, text, parent),
      m_before(model()->ruleSet().rules), m_after(std::move(after))
{
}

void SetRulesCommand::redo()
{
    set(m_after);
}

void SetRulesCommand::undo()
{
    set(m_before);
}

void SetRulesCommand::set(const QList<Rule> &rules)
{
    RuleTableModel *shown = model();
    // The group's metadata stays; only its rules change (a reset: most rows differ anyway).
    shown->setRuleSet(RuleSet{shown->ruleSet().group, rules});
}

} // namespace sg::ui
