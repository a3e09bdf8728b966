// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insertrulescommand.h"

#include "documentcontroller.h"
#include "table/ruletablemodel.h"

namespace sg::ui {

InsertRulesCommand::InsertRulesCommand(DocumentController *document, int group, int row, QList<Rule> rules, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_group(group), m_row(row), m_rules(std::move(rules))
{
}

void InsertRulesCommand::redo()
{
    m_document->modelFor(m_group)->insertRules(m_row, m_rules);
}

void InsertRulesCommand::undo()
{
    m_document->modelFor(m_group)->removeRulesAt(m_row, int(m_rules.size()));
}

} // namespace sg::ui
