// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "core/endpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sg {

// One documented Workbench source block: the sites it serves and how Workbench connects from it.
struct WorkbenchRange
{
    QStringList sites; // "china", "international"
    QString via;       // "public" or "private"
    Endpoint block;

    friend bool operator==(const WorkbenchRange &, const WorkbenchRange &) = default;
};

// The addresses Alibaba Cloud Workbench connects to instances from (reference 6.4), kept as dated,
// site-tagged data (resources/workbench/ranges.json) because Alibaba changes them over time.
class WorkbenchRanges
{
    Q_DECLARE_TR_FUNCTIONS(sg::WorkbenchRanges)

public:
    // The ranges compiled into the application, loaded once; a broken built-in file is a
    // programming error caught by the tests.
    static const WorkbenchRanges &builtIn();
    static Parsed<WorkbenchRanges> fromJson(const QByteArray &json, const QString &fileName);

    // The valid values of a plan's "workbench.site" and "workbench.via".
    static QStringList siteIds() { return {QStringLiteral("china"), QStringLiteral("international")}; }
    static QStringList connectionTypes() { return {QStringLiteral("public"), QStringLiteral("private")}; }

    // When the ranges were taken from Alibaba's documentation ("2026", or a full date).
    const QString &taken() const { return m_taken; }
    const QList<WorkbenchRange> &ranges() const { return m_ranges; }

    // The blocks Workbench uses for a site and connection type, in file order.
    QList<Endpoint> blocks(QStringView site, QStringView via) const;
    // The range holding every address of `endpoint`, or nullptr (also for groups and prefix lists).
    const WorkbenchRange *containing(const Endpoint &endpoint) const;
    // "Alibaba Cloud Workbench (china, public)"; empty when `endpoint` is not within a range.
    QString describe(const Endpoint &endpoint) const;
    static QString describe(const WorkbenchRange &range);

private:
    QString m_taken;
    QList<WorkbenchRange> m_ranges;
};

} // namespace sg
