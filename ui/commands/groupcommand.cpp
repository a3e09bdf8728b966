// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupcommand.h"

#include "documentcontroller.h"

namespace sg::ui {

RuleTableModel *GroupCommand::model() const
{
    return m_document->modelFor(m_group);
}

} // namespace sg::ui
