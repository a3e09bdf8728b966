// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/decision.h"
#include "analysis/trafficquery.h"
#include "workspace.h"

#include <QCoreApplication>

namespace sg {

// PolicyEvaluator's answer for a network interface: the rules of all the groups it carries merged
// and evaluated together, as Alibaba Cloud does (reference 6.6): the smallest priority number of
// any group decides, a drop of one group beating an accept of another at equal priority; with no
// match, the defaults, and a basic group with InnerAccessPolicy Accept admits its own members.
struct EniDecision
{
    Decision decision;      // decidingRule counts within the deciding group
    int decidingGroup = -1; // index into the workspace's groups, -1 when no rule decides
    QString decidingGroupKey;
    QString decidingRuleId;
    QStringList missingGroups; // groups the interface carries that the workspace does not hold
};

class EniEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(sg::EniEvaluator)

public:
    // Evaluates the groups of `groupIndexes` together (an interface's groups that the workspace
    // holds); `name` says what they are in explanations ("eni-123", "the instance i-456").
    EniEvaluator(const Workspace &workspace, QList<int> groupIndexes, QString name, QStringList missingGroups = {});
    // The interface at `interfaceIndex` of the workspace.
    static EniEvaluator forInterface(const Workspace &workspace, qsizetype interfaceIndex);

    EniDecision evaluate(const TrafficQuery &query) const;

private:
    const Workspace &m_workspace;
    QList<int> m_groups;
    QString m_name;
    QStringList m_missing;
};

} // namespace sg
