// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setrulescommand.h"

#include "documentcontroller.h"
#include "table/ruletablemodel.h"

namespace sg::ui {

SetRulesCommand::SetRulesCommand(DocumentController *document, int group, QList<Rule> after, const QString &text,
                                 QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_group(group),
      m_before(document->modelFor(group)->ruleSet().rules), m_after(std::move(after))
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
    RuleTableModel *model = m_document->modelFor(m_group);
    // The group's metadata stays; only its rules change (a reset: most rows differ anyway).
    model->setRuleSet(RuleSet{model->ruleSet().group, rules});
}

} // namespace sg::ui
