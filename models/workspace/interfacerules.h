// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "workspace.h"
#include "workspaceanalyzer.h"

#include <QCoreApplication>

namespace sg {

// The rules of every group a network interface carries, as one list in the order Alibaba Cloud
// evaluates them (reference 6.6): inbound before outbound, then by priority, a drop before an
// accept at equal priority, then by the interface's group order and each group's own order. What
// the window shows for an interface; each row knows the group and position it came from.
struct InterfaceRules
{
    Q_DECLARE_TR_FUNCTIONS(sg::InterfaceRules)

public:
    RuleSet rules;             // merged; its group is the interface's first group held (for its type)
    QList<int> groups;         // per row: index of the rule's group in the workspace
    QList<int> positions;      // per row: 1-based position of the rule within its group
    QList<int> groupIndexes;   // the interface's groups the workspace holds, in the interface's order
    QStringList missingGroups; // groups the interface carries that the workspace does not hold
    QString interfaceId;

    static InterfaceRules of(const Workspace &workspace, qsizetype interfaceIndex);

    // The row of a group's rule (1-based position), or -1 when the rule is not merged here.
    int rowOf(int group, int position) const;
    // The findings of the merged groups with their rules as rows of this list (1-based), each
    // message naming its group, sorted as an AnalysisResult is. An exposure that is reachable on
    // other interfaces but not on this one (another of its groups blocks it) is mitigated here:
    // info, saying so. Empty when `analysis` does not cover the workspace.
    AnalysisResult mapAnalysis(const Workspace &workspace, const WorkspaceAnalysis &analysis) const;
};

} // namespace sg
