// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "catalogue/servicecatalogue.h"
#include "workspace.h"

#include <QCoreApplication>

class QThreadPool;

namespace sg {

// The findings of every group of a workspace, in the workspace's group order. Rule positions in
// findings count within their group.
struct WorkspaceAnalysis
{
    QList<AnalysisResult> groups;

    int count(Severity severity) const;
    int countAtLeast(Severity severity) const;
    int suppressedCount() const;
    qsizetype findingCount() const; // suppressed ones included

    // Every finding as (group index, finding index), most severe first, then by group and by the
    // group's own order: the order reports list them in.
    QList<std::pair<int, int>> ordered() const;
};

// Analyses a workspace: each group on its own with the Analyzer (in parallel on the worker pool, sg::workerPool()),
// so that duplicates, shadowing and redundancy are only ever found within a group; then what only
// the workspace can tell. With several groups or known network interfaces:
//  - rules that admit a security group missing from the workspace (unknown-group-reference);
//  - groups no interface carries, referenced by others (unattached-group) or not (unused-group);
//  - for every exposure, the interfaces where it is effective once the other groups of each
//    interface are merged in, as Alibaba Cloud evaluates them (Finding::reachableOn); an exposure
//    that a drop of another group blocks on every interface carrying the group becomes mitigated,
//    naming the blocking group and rule.
class WorkspaceAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(sg::WorkspaceAnalyzer)

public:
    explicit WorkspaceAnalyzer(const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn());

    // Groups are analysed in parallel on `pool` (sg::workerPool() when null). A GUI passes a pool
    // of its own: Qt's painting waits for the global one.
    WorkspaceAnalysis analyze(const Workspace &workspace, QThreadPool *pool = nullptr) const;

private:
    ServiceCatalogue m_catalogue;
};

} // namespace sg
