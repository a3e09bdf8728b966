// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"
#include "decision.h"
#include "trafficquery.h"

#include <QCoreApplication>

namespace sg {

// Decides one packet the way Alibaba Cloud does (reference section 2): among the rules of the
// packet's direction that match its protocol, port and peer, the one with the smallest priority
// number decides, a drop beating an accept at equal priority. No match: inbound is denied, except
// between members of a basic group whose InnerAccessPolicy is Accept; outbound is allowed in a basic
// group and denied in an enterprise group.
//
// Matching is exact for address peers. A rule whose match depends on something the query cannot
// say (another group's or a prefix list's members, a local DestCidrIp, a SourcePortRange) never
// decides; if it could change the answer it is listed in Decision::uncertainRules. A security group
// as the source is matched by rules naming that group and by 0.0.0.0/0 (every member has an IPv4
// address). NicType is not considered. One query is a linear scan: O(number of rules).
class PolicyEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(sg::PolicyEvaluator)

public:
    // Keeps a (cheap, implicitly shared) copy of the rule set.
    explicit PolicyEvaluator(const RuleSet &set);

    Decision evaluate(const TrafficQuery &query) const;

    // What an explanation adds about a known source: "The source is in a range of Alibaba Cloud
    // Workbench (china, public), as documented in 2026." Empty for other sources and for egress.
    static QString sourceNote(const TrafficQuery &query);

private:
    RuleSet m_set;
};

} // namespace sg
