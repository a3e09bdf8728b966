// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exemption.h"
#include "workspace/workspaceanalyzer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace sg {

// A file of accepted risks for CI and teams: {"exemptions": [...]} (Exemption). Applied to an
// analysis, an exemption in force marks the findings it matches as suppressed (kept in every report,
// not counted); one past its date applies no more, and an expired-exemption finding names it.
class Baseline
{
    Q_DECLARE_TR_FUNCTIONS(sg::Baseline)

public:
    // Reads a baseline file. Every problem is a diagnostic naming the file and the field
    // ("exemptions[2].expires"); *ioError is set when the file cannot be read at all.
    static Parsed<Baseline> load(const QString &path, bool *ioError = nullptr);
    static Parsed<Baseline> fromJson(const QByteArray &json, const QString &fileName);
    // Indented JSON; top-level keys the file had besides "exemptions" are kept.
    QByteArray toJson() const;
    // Writes atomically; returns an empty string or the reason, naming the file.
    QString save(const QString &path) const;
    // Reads `path` (a missing file is an empty baseline), appends `exemption` and saves atomically:
    // what the GUI's "Accept this risk..." does. Returns an empty string or the reason; a file that
    // is not a baseline is left as it is.
    static QString appendTo(const QString &path, const Exemption &exemption);

    const QList<Exemption> &exemptions() const { return m_exemptions; }
    void append(const Exemption &exemption) { m_exemptions.append(exemption); }

    // The first exemption in force on `today` that matches the finding, or nullptr.
    const Exemption *match(const WorkspaceGroup &group, const Finding &finding, QDate today) const;
    // Marks the findings of `analysis` (of `workspace`) that an exemption in force matches, and adds
    // an expired-exemption finding (low) for each exemption past its date: in the group it names or
    // whose findings it would match, about the rules of those findings.
    void apply(const Workspace &workspace, WorkspaceAnalysis &analysis, QDate today) const;

private:
    QList<Exemption> m_exemptions;
    QJsonObject m_otherKeys;
};

} // namespace sg
