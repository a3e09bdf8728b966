// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/rulesetdiff.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QIODevice>

namespace sg {

// One group compared: present before, after, or both (then with its rule changes).
struct GroupDiff
{
    QString key;
    int before = -1; // index in the old workspace, -1 when the group is new
    int after = -1;  // index in the new workspace, -1 when the group is gone
    RuleSetDiff diff;
};

// What a new workspace would change, group by group. Groups are paired by key; two workspaces of
// one group each are paired whatever their keys (a file and its edited copy).
struct WorkspaceDiff
{
    QList<GroupDiff> groups;

    bool hasChanges() const;
    static WorkspaceDiff compare(const Workspace &before, const Workspace &after,
                                 const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn());
};

// The reports of `sgassist-cli diff`. With one group on each side the report is that group's
// (added, removed, changed, findings introduced and resolved); with several, one such entry per
// group under "groups" (JSON) or a heading per group (text).
class DiffReport
{
    Q_DECLARE_TR_FUNCTIONS(sg::DiffReport)

public:
    DiffReport(const WorkspaceDiff &diff, const Workspace &before, const QString &oldName, const Workspace &after, const QString &newName)
        : m_diff(diff), m_before(before), m_oldName(oldName), m_after(after), m_newName(newName)
    {
    }

    QString writeText(QIODevice &device) const;
    QString writeJson(QIODevice &device) const;

    // "ingress accept TCP 22 from 0.0.0.0/0, priority 1"
    static QString summary(const Rule &rule);

private:
    const WorkspaceDiff &m_diff;
    const Workspace &m_before;
    QString m_oldName;
    const Workspace &m_after;
    QString m_newName;
};

} // namespace sg
