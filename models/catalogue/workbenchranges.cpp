// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbenchranges.h"

#include "builtinresource.h"
#include "io/jsonutil.h"

#include <QJsonArray>
#include <QJsonObject>

static void initWorkbenchResource()
{
    Q_INIT_RESOURCE(workbench);
}

namespace sg {

const WorkbenchRanges &WorkbenchRanges::builtIn()
{
    return builtInResource<WorkbenchRanges>(initWorkbenchResource, QStringLiteral(":/sgassist/workbench/ranges.json"));
}

Parsed<WorkbenchRanges> WorkbenchRanges::fromJson(const QByteArray &json, const QString &fileName)
{
    Parsed<WorkbenchRanges> out;
    const QJsonDocument document = json::parse(json, fileName, out.diagnostics);
    if (!out.ok())
        return out;
    const auto fail = [&](const QString &field, const QString &message) {
        SourceLocation at{fileName};
        at.field = field;
        out.diagnostics.append(Diagnostic::error(at, message));
    };
    const QJsonObject root = document.object();
    out.value.m_taken = root.value(QLatin1StringView("taken")).toString();
    if (out.value.m_taken.isEmpty())
        fail(QStringLiteral("taken"), tr("the date the ranges were taken is missing"));
    const QJsonArray ranges = root.value(QLatin1StringView("ranges")).toArray();
    if (ranges.isEmpty())
        fail(QStringLiteral("ranges"), tr("no ranges"));
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const QString field = QStringLiteral("ranges[%1]").arg(i);
        const QJsonObject entry = ranges.at(i).toObject();
        WorkbenchRange range;
        for (const QJsonValue &site : entry.value(QLatin1StringView("sites")).toArray())
            range.sites.append(site.toString());
        range.via = entry.value(QLatin1StringView("via")).toString();
        if (range.sites.isEmpty() || std::any_of(range.sites.cbegin(), range.sites.cend(), [](const QString &s) { return !siteIds().contains(s); }))
            fail(field + QStringLiteral(".sites"), tr("sites must list china and/or international"));
        if (!connectionTypes().contains(range.via))
            fail(field + QStringLiteral(".via"), tr("via must be public or private"));
        for (const QJsonValue &cidr : entry.value(QLatin1StringView("cidrs")).toArray()) {
            const Endpoint::ParseResult parsed = Endpoint::parse(cidr.toString());
            if (!parsed.endpoint || !parsed.endpoint->isAddress()) {
                fail(field + QStringLiteral(".cidrs"), tr("\"%1\" is not a CIDR block").arg(cidr.toString()));
                continue;
            }
            range.block = *parsed.endpoint;
            out.value.m_ranges.append(range);
        }
    }
    return out;
}

QList<Endpoint> WorkbenchRanges::blocks(QStringView site, QStringView via) const
{
    QList<Endpoint> out;
    for (const WorkbenchRange &range : m_ranges) {
        if (range.via == via && range.sites.contains(site) && !out.contains(range.block))
            out.append(range.block);
    }
    return out;
}

const WorkbenchRange *WorkbenchRanges::containing(const Endpoint &endpoint) const
{
    if (!endpoint.isAddress())
        return nullptr;
    for (const WorkbenchRange &range : m_ranges) {
        if (range.block.contains(endpoint))
            return &range;
    }
    return nullptr;
}

QString WorkbenchRanges::describe(const WorkbenchRange &range)
{
    return tr("Alibaba Cloud Workbench (%1, %2)").arg(range.sites.join(tr(" or ")), range.via);
}

QString WorkbenchRanges::describe(const Endpoint &endpoint) const
{
    const WorkbenchRange *range = containing(endpoint);
    return range ? describe(*range) : QString();
}

} // namespace sg
