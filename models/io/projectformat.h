// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

namespace sg {

// `project`: SG Assist's own document (*.sgassist): the group, the plan it was built from, the
// rules with the services they serve, and notes. JSON, versioned, readable in a diff.
class ProjectFormat final : public RuleFormat
{
public:
    static constexpr int Version = 1;

    QString id() const override { return QStringLiteral("project"); }
    QString displayName() const override;
    QString suffix() const override { return QStringLiteral("sgassist"); }
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    int sniff(QByteArrayView head) const override;
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;
    QString write(const Document &document, QIODevice &device) const override;
};

} // namespace sg
