// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulebuilder.h"

#include "catalogue/workbenchranges.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace sg {
namespace {

// Rules are merged when they match the same traffic; this is the key for that.
struct MergeKey
{
    Protocol protocol;
    PortRange ports;
    Endpoint peer;

    friend bool operator==(const MergeKey &, const MergeKey &) = default;
};

size_t qHash(const MergeKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, int(key.protocol), key.ports.first(), key.ports.last(), key.peer);
}

// Merges overlapping or touching ranges of the rules of one service from one peer and protocol,
// keeping the position of the first rule of each group.
QList<Rule> mergeAdjacentRanges(const QList<Rule> &rules)
{
    QList<Rule> out;
    QList<bool> consumed(rules.size(), false);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (consumed[i])
            continue;
        QList<qsizetype> group{i};
        for (qsizetype j = i + 1; j < rules.size(); ++j) {
            if (!consumed[j] && rules[j].protocol == rules[i].protocol && rules[j].peer == rules[i].peer)
                group.append(j);
        }
        std::sort(group.begin(), group.end(), [&](qsizetype a, qsizetype b) {
            return rules[a].ports.first() < rules[b].ports.first();
        });
        QList<PortRange> merged;
        for (qsizetype index : group) {
            consumed[index] = true;
            const PortRange r = rules[index].ports;
            if (!merged.isEmpty() && r.first() <= merged.last().last() + 1)
                merged.last() = PortRange(merged.last().first(), std::max(merged.last().last(), r.last()));
            else
                merged.append(r);
        }
        for (const PortRange &range : merged) {
            Rule rule = rules[i];
            rule.ports = range;
            out.append(rule);
        }
    }
    return out;
}

// The blocks of the plan's "workbench" (site and connection types), or errors naming the field.
template <typename Fail>
QList<Endpoint> workbenchSources(const SetupPlan &plan, const Fail &fail)
{
    QList<Endpoint> out;
    if (!plan.workbench)
        return out;
    const WorkbenchAccess &access = *plan.workbench;
    if (!WorkbenchRanges::siteIds().contains(access.site)) {
        fail(QStringLiteral("workbench.site"),
             RuleBuilder::tr("\"%1\" is not a Workbench site: use china or international").arg(access.site));
    }
    if (access.via.isEmpty())
        fail(QStringLiteral("workbench.via"), RuleBuilder::tr("list how Workbench connects: public, private or both"));
    for (qsizetype i = 0; i < access.via.size(); ++i) {
        if (!WorkbenchRanges::connectionTypes().contains(access.via[i])) {
            fail(QStringLiteral("workbench.via[%1]").arg(i),
                 RuleBuilder::tr("\"%1\" is not a Workbench connection type: use public or private").arg(access.via[i]));
            continue;
        }
        for (const Endpoint &block : WorkbenchRanges::builtIn().blocks(access.site, access.via[i])) {
            if (!out.contains(block))
                out.append(block);
        }
    }
    return out;
}

} // namespace

RuleBuilder::RuleBuilder(const ServiceCatalogue &catalogue)
    : m_catalogue(catalogue) {}

RuleBuilder::SourceChoice RuleBuilder::sourcesFor(const SetupPlan &plan, const Service &service) const
{
    if (auto it = plan.overrides.constFind(service.id); it != plan.overrides.constEnd() && !it->isEmpty())
        return {it.value(), QStringLiteral("overrides.") + service.id};
    const QStringList own = plan.sources.value(service.scope);
    if (!own.isEmpty())
        return {own, QStringLiteral("sources.") + toId(service.scope)};
    if (const auto fallback = fallbackScope(service.scope)) {
        const QStringList inherited = plan.sources.value(*fallback);
        if (!inherited.isEmpty())
            return {inherited, QStringLiteral("sources.") + toId(*fallback)};
    }
    return {{}, QStringLiteral("sources.") + toId(service.scope)};
}

QList<Scope> RuleBuilder::scopesNeeded(const SetupPlan &plan) const
{
    QList<Scope> out;
    for (const QString &id : plan.selectedServiceIds()) {
        const Service *service = m_catalogue.find(id);
        if (!service) {
            const auto custom = std::find_if(plan.customServices.cbegin(), plan.customServices.cend(),
                                             [&](const Service &s) { return s.id == id; });
            service = custom == plan.customServices.cend() ? nullptr : &*custom;
        }
        if (service && !out.contains(service->scope))
            out.append(service->scope);
    }
    std::sort(out.begin(), out.end());
    return out;
}

Parsed<RuleSet> RuleBuilder::build(const SetupPlan &plan, const QString &fileName) const
{
    Parsed<RuleSet> out;
    const auto fail = [&](const QString &field, const QString &message) {
        SourceLocation where{fileName};
        where.field = field;
        out.diagnostics.append(Diagnostic::error(where, message));
    };
    const bool enterprise = plan.groupType == GroupType::Enterprise;

    // The group itself.
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]+(-[a-z0-9]+)+$"));
    if (!plan.regionId.isEmpty() && !regionPattern.match(plan.regionId).hasMatch())
        fail(QStringLiteral("regionId"), tr("\"%1\" is not a region id such as cn-hangzhou").arg(plan.regionId));
    if (!plan.securityGroupId.isEmpty()
        && Endpoint::parseAs(Endpoint::Kind::SecurityGroup, plan.securityGroupId).endpoint == std::nullopt) {
        fail(QStringLiteral("securityGroupId"),
             tr("\"%1\" is not a security group id (sg- followed by letters and digits)").arg(plan.securityGroupId));
    }

    // The catalogue this plan sees: the built-in services plus its own.
    ServiceCatalogue catalogue = m_catalogue;
    for (qsizetype i = 0; i < plan.customServices.size(); ++i) {
        if (!catalogue.add(plan.customServices[i])) {
            fail(QStringLiteral("customServices[%1].id").arg(i),
                 tr("the custom service id \"%1\" is already used by the catalogue").arg(plan.customServices[i].id));
        }
    }

    // Which services.
    const QString scheduler = plan.scheduler.trimmed().toLower();
    if (scheduler != u"none" && scheduler != u"") {
        const Service *s = catalogue.find(scheduler);
        if (!s || !s->scheduler)
            fail(QStringLiteral("scheduler"), tr("\"%1\" is not a scheduler: use slurm, pbs or none").arg(plan.scheduler));
    }
    QList<const Service *> selected;
    for (qsizetype i = 0; i < plan.services.size(); ++i) {
        if (!catalogue.find(plan.services[i])) {
            QStringList known;
            for (const Service &s : catalogue.services())
                known.append(s.id);
            fail(QStringLiteral("services[%1]").arg(i),
                 tr("unknown service \"%1\"; known services: %2").arg(plan.services[i], known.join(QStringLiteral(", "))));
        }
    }
    for (const Service &service : catalogue.services()) {
        if (plan.selectedServiceIds().contains(service.id))
            selected.append(&service);
    }
    if (selected.isEmpty() && !plan.workbench && !hasErrors(out.diagnostics))
        fail(QStringLiteral("services"), tr("no services selected: pick at least one service or a scheduler"));
    const QList<Endpoint> workbenchBlocks = workbenchSources(plan, fail);
    for (auto it = plan.overrides.constBegin(); it != plan.overrides.constEnd(); ++it) {
        if (!catalogue.find(it.key()))
            fail(QStringLiteral("overrides.") + it.key(), tr("unknown service \"%1\"").arg(it.key()));
    }

    // Every listed source must be valid, whether or not a selected service uses it.
    QHash<QString, QHash<QString, Endpoint>> parsed; // field -> text -> endpoint
    const auto checkSources = [&](const QString &field, const QStringList &list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = field + u'[' + QString::number(i) + u']';
            const Endpoint::ParseResult result = Endpoint::parse(list[i]);
            if (!result.endpoint) {
                fail(at, result.error);
                continue;
            }
            if (enterprise && result.endpoint->kind() == Endpoint::Kind::SecurityGroup) {
                const bool itself = !plan.securityGroupId.isEmpty()
                    && list[i].compare(plan.securityGroupId, Qt::CaseInsensitive) == 0;
                fail(at, itself ? tr("%1 is this security group itself: an enterprise group gives its members no access "
                                     "to each other and cannot reference security groups, so it cannot stand for the "
                                     "cluster nodes; give the CIDR block of the cluster's vSwitch or a prefix list of "
                                     "the nodes")
                                      .arg(list[i])
                                : tr("%1: an enterprise security group cannot reference another security group; "
                                     "use the cluster's CIDR block or a prefix list instead")
                                      .arg(list[i]));
                continue;
            }
            parsed[field].insert(list[i], *result.endpoint);
        }
    };
    for (auto it = plan.sources.constBegin(); it != plan.sources.constEnd(); ++it)
        checkSources(QStringLiteral("sources.") + toId(it.key()), it.value());
    for (auto it = plan.overrides.constBegin(); it != plan.overrides.constEnd(); ++it)
        checkSources(QStringLiteral("overrides.") + it.key(), it.value());

    // One rule per (port entry, source), service by service.
    QList<Rule> rules;
    for (const Service *service : selected) {
        const SourceChoice choice = sourcesFor(plan, *service);
        if (choice.sources.isEmpty()) {
            const auto fallback = fallbackScope(service->scope);
            QString message = fallback ? tr("%1 needs sources: neither sources.%2 nor its fall-back sources.%3 lists any")
                                             .arg(service->name.english(), toId(service->scope), toId(*fallback))
                                       : tr("%1 needs sources: sources.%2 lists none")
                                             .arg(service->name.english(), toId(service->scope));
            const bool clusterNodes = service->scope == Scope::Cluster || fallback == Scope::Cluster;
            if (enterprise && clusterNodes) {
                message += u' ' + tr("(an enterprise group cannot name itself or another security group as the cluster "
                                     "nodes: give the CIDR block of the cluster's vSwitch or a prefix list of the nodes)");
            }
            fail(QStringLiteral("sources.") + toId(service->scope), message);
            continue;
        }
        QList<Rule> serviceRules;
        const QHash<QString, Endpoint> valid = parsed.value(choice.field);
        for (const ServicePort &port : service->portsWithUpstream(plan.upstreamPorts)) {
            for (const QString &text : choice.sources) {
                const auto endpoint = valid.constFind(text);
                if (endpoint == valid.constEnd())
                    continue; // invalid, already reported
                Rule rule;
                rule.protocol = port.protocol;
                rule.ports = port.range;
                rule.peer = Endpoint::parse(endpoint->canonical()).endpoint.value_or(*endpoint);
                rule.services = {service->id};
                serviceRules.append(rule);
            }
        }
        rules += mergeAdjacentRanges(serviceRules);
    }

    // Identical rules from different services become one, naming all of them.
    QList<Rule> merged;
    QHash<MergeKey, qsizetype> index;
    for (const Rule &rule : std::as_const(rules)) {
        const MergeKey key{rule.protocol, rule.ports, rule.peer};
        if (auto it = index.constFind(key); it != index.constEnd()) {
            Rule &existing = merged[it.value()];
            for (const QString &id : rule.services) {
                if (!existing.services.contains(id))
                    existing.services.append(id);
            }
            continue;
        }
        index.insert(key, merged.size());
        merged.append(rule);
    }
    for (Rule &rule : merged) {
        QStringList names;
        for (const QString &id : std::as_const(rule.services))
            names.append(catalogue.find(id)->name.english());
        rule.description = names.join(QStringLiteral(", ")).left(Rule::MaxDescriptionLength);
        for (const Rule::Problem &problem : rule.problems())
            fail(QStringLiteral("services"), tr("%1: %2").arg(rule.description, problem.message));
    }

    // Workbench's own ranges, after the merge: their rules say where they come from, not which service.
    const bool rdp = std::any_of(selected.cbegin(), selected.cend(), [](const Service *s) { return s->id == u"rdp"; });
    for (const Endpoint &block : workbenchBlocks) {
        const WorkbenchRange *range = WorkbenchRanges::builtIn().containing(block);
        for (const auto &[id, port] : {std::pair{QStringLiteral("ssh"), 22}, std::pair{QStringLiteral("rdp"), 3389}}) {
            if (port == 3389 && !rdp)
                continue;
            Rule rule;
            rule.protocol = Protocol::Tcp;
            rule.ports = PortRange(port, port);
            rule.peer = block;
            rule.services = {id};
            rule.description = tr("%1, ranges of %2").arg(WorkbenchRanges::describe(*range), WorkbenchRanges::builtIn().taken());
            const MergeKey key{rule.protocol, rule.ports, rule.peer};
            if (index.contains(key))
                continue; // a source the plan already lists for this port
            index.insert(key, merged.size());
            merged.append(rule);
        }
    }

    const auto references = std::count_if(merged.cbegin(), merged.cend(), [](const Rule &r) {
        return r.peer.kind() == Endpoint::Kind::SecurityGroup;
    });
    if (!enterprise && references > MaxGroupReferences) {
        fail(QStringLiteral("sources"),
             tr("the plan needs %1 rules that reference security groups; a basic group allows at most %2")
                 .arg(references)
                 .arg(MaxGroupReferences));
    }

    if (hasErrors(out.diagnostics))
        return out;
    out.value.group.regionId = plan.regionId;
    out.value.group.securityGroupId = plan.securityGroupId;
    out.value.group.name = plan.name;
    out.value.group.type = plan.groupType;
    out.value.rules = merged;
    return out;
}

} // namespace sg
