// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sg {

// PolicyEvaluator's answer: allowed or not, which rule decides (or why none does), in a sentence.
struct Decision
{
    enum class Reason {
        Rule,       // a rule matched first
        Default,    // no rule matched: the group's default for the direction
        IntraGroup, // no rule matched, and a basic group with InnerAccessPolicy Accept lets its members in
    };

    bool allowed = false;
    int decidingRule = 0; // 1-based position, 0 = none
    Reason reason = Reason::Default;
    QString explanation;
    // Rules evaluated no later than the decision that may or may not match, because whether they
    // do depends on what the query cannot say: membership of another security group or a prefix
    // list, the local address (DestCidrIp) or the source port (SourcePortRange). 1-based.
    QList<int> uncertainRules;
};

// "rule", "default", "intra-group": the ids `explain --report json` prints.
QString toId(Decision::Reason reason);

} // namespace sg
