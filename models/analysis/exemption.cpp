// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exemption.h"

namespace sg {
namespace {

bool ruleOpensPort(const Rule &rule, int port, std::optional<Protocol> protocol)
{
    if (rule.protocol == Protocol::All)
        return true;
    if (!hasPorts(rule.protocol) || (protocol && *protocol != rule.protocol))
        return false;
    return rule.ports.isNone() || (rule.ports.first() <= port && port <= rule.ports.last());
}

} // namespace

bool Exemption::matches(const WorkspaceGroup &target, const Finding &finding) const
{
    if (finding.check != check)
        return false;
    if (!group.isEmpty() && group.compare(target.key(), Qt::CaseInsensitive) != 0
        && group.compare(target.ruleSet.group.securityGroupId, Qt::CaseInsensitive) != 0
        && group.compare(target.source.name, Qt::CaseInsensitive) != 0) {
        return false;
    }
    const auto anyRule = [&](const auto &test) {
        return std::any_of(finding.rules.cbegin(), finding.rules.cend(), [&](int position) {
            const Rule *rule = target.ruleSet.ruleAt(position);
            return rule && test(*rule);
        });
    };
    if (!ruleId.isEmpty())
        return anyRule([&](const Rule &rule) { return rule.id.compare(ruleId, Qt::CaseInsensitive) == 0; });
    if (!resource.isEmpty())
        return anyRule([&](const Rule &rule) { return rule.resource == resource; });
    if (port > 0)
        return anyRule([&](const Rule &rule) { return ruleOpensPort(rule, port, portProtocol); });
    return true;
}

QString Exemption::describe() const
{
    QStringList parts{check};
    parts << (group.isEmpty() ? tr("every group") : tr("group %1").arg(group));
    if (!ruleId.isEmpty())
        parts << tr("rule %1").arg(ruleId);
    if (!resource.isEmpty())
        parts << tr("resource %1").arg(resource);
    if (port > 0) {
        parts << (portProtocol ? tr("port %1/%2").arg(QString::number(port), toApiString(*portProtocol).toLower())
                               : tr("port %1").arg(port));
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject Exemption::toJson() const
{
    QJsonObject o{{QStringLiteral("check"), check}};
    if (!group.isEmpty())
        o.insert(QStringLiteral("group"), group);
    if (!ruleId.isEmpty())
        o.insert(QStringLiteral("ruleId"), ruleId);
    if (!resource.isEmpty())
        o.insert(QStringLiteral("resource"), resource);
    if (port > 0) {
        if (portProtocol)
            o.insert(QStringLiteral("port"), QString(QString::number(port) + u'/' + toApiString(*portProtocol).toLower()));
        else
            o.insert(QStringLiteral("port"), port);
    }
    o.insert(QStringLiteral("reason"), reason);
    o.insert(QStringLiteral("expires"), expires.toString(Qt::ISODate));
    return o;
}

Exemption Exemption::forFinding(const WorkspaceGroup &group, const Finding &finding, const QString &reason, QDate expires)
{
    Exemption e;
    e.check = finding.check;
    e.group = group.key();
    e.reason = reason;
    e.expires = expires;
    const auto id = std::find_if(finding.rules.cbegin(), finding.rules.cend(),
                                 [&](int position) { return !group.ruleSet.ruleIdAt(position).isEmpty(); });
    const Rule *rule = group.ruleSet.ruleAt(finding.rules.value(0, 0));
    if (id != finding.rules.cend()) {
        e.ruleId = group.ruleSet.ruleIdAt(*id);
    } else if (rule && !rule->resource.isEmpty()) {
        e.resource = rule->resource;
    } else if (rule && hasPorts(rule->protocol) && !rule->ports.isNone() && rule->ports.first() == rule->ports.last()) {
        e.port = rule->ports.first();
        e.portProtocol = rule->protocol;
    }
    return e;
}

} // namespace sg
