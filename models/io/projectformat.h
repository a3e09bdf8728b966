// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

namespace sg {

// `project`: SG Assist's own document (*.sgassist): a whole workspace - every group with where it
// came from and its rules (with the services they serve and their names in the source), the network
// interfaces that carry the groups, the plan the rules were built from, and notes. JSON, versioned,
// readable in a diff. Version 1 (one group, "group" and "rules" at the top) still reads.
class ProjectFormat final : public RuleFormat
{
public:
    static constexpr int Version = 2;

    ProjectFormat();
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;
    // A document is written as a workspace of its one group.
    QString write(const Document &document, QIODevice &device) const override;
    static QString writeWorkspace(const Workspace &workspace, QIODevice &device);

protected:
    Parsed<Workspace> readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const override;
};

} // namespace sg
