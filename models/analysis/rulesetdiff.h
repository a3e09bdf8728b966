// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/servicecatalogue.h"
#include "core/ruleset.h"
#include "finding.h"

#include <QList>
#include <QStringList>

namespace sg {

// One rule present before and after, with the fields that differ (API names: "Priority", "Policy",
// "SourceCidrIp", "Description", ...).
struct RuleChange
{
    int before = 0; // 1-based position in the old rule set
    int after = 0;  // 1-based position in the new rule set
    QStringList fields;

    friend bool operator==(const RuleChange &, const RuleChange &) = default;
};

// What applying a new rule set would change, and which risks it introduces or resolves: the
// "dry render before applying" users ask for (reference risk-checks.md section 4).
struct RuleSetDiff
{
    QStringList groupChanges; // "InnerAccessPolicy: Accept -> Drop", ...
    QList<int> added;         // 1-based positions in the new rule set
    QList<int> removed;       // 1-based positions in the old rule set
    QList<RuleChange> changed;
    QList<Finding> introduced; // findings of the new set the old one does not have (new positions)
    QList<Finding> resolved;   // findings of the old set the new one no longer has (old positions)

    bool hasRuleChanges() const { return !groupChanges.isEmpty() || !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty(); }
};

// Rules are paired by SecurityGroupRuleId where both sides have one, then by identical content,
// then by (direction, protocol, ports, peer) - a rule whose priority, policy or description changed
// is "changed", not removed and added. Rules without ids still unpaired are then matched by position
// and content: one that differs in one of the fields that decide traffic (its source, its ports,
// ...) from a rule near its old place is "changed" too. Otherwise rule order does not matter
// (Alibaba evaluates by priority).
// Findings are compared by check, severity and the identity of the rules they are about.
RuleSetDiff diffRuleSets(const RuleSet &before, const RuleSet &after,
                         const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn());

} // namespace sg
