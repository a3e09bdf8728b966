// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissioncodec.h"

#include <QCoreApplication>

#include <cmath>

namespace sg::PermissionCodec {
namespace {

// The translation context of the messages of the free functions here (Decoder has its own).
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(sg::PermissionCodec)
};

using Type = PermissionRecord::Value::Type;
using F = PermissionField;

class Decoder
{
    Q_DECLARE_TR_FUNCTIONS(sg::PermissionCodec::Decoder)

public:
    Decoder(const PermissionRecord &record, const SourceLocation &where, Diagnostics &diagnostics, const QSet<F> &unknown)
        : m_record(record), m_where(where), m_diagnostics(diagnostics), m_unknown(unknown)
    {
    }

    bool isUnknown(F field) const { return m_unknown.contains(field); }

    void error(F field, const QString &message) { error(QString(apiName(field)), message); }
    void error(const QString &field, const QString &message)
    {
        SourceLocation at = m_where;
        at.field = field;
        m_diagnostics.append(Diagnostic::error(at, message));
        m_failed = true;
    }
    void warning(F field, const QString &message)
    {
        SourceLocation at = m_where;
        at.field = QString(apiName(field));
        m_diagnostics.append(Diagnostic::warning(at, message));
    }

    // The trimmed text of a field that must be a string (or absent); reports other types.
    QString text(F field)
    {
        const PermissionRecord::Value &v = m_record[field];
        switch (v.type) {
        case Type::Absent: return {};
        case Type::String: return v.text.trimmed();
        case Type::Number:
            error(field, tr("must be text, not the number %1").arg(v.text));
            return {};
        case Type::Boolean:
        case Type::Other:
            error(field, tr("must be text, not %1").arg(v.text));
            return {};
        }
        return {};
    }

    std::optional<Endpoint> endpoint(F field, Endpoint::Kind kind)
    {
        const QString value = text(field);
        if (value.isEmpty())
            return std::nullopt;
        Endpoint::ParseResult parsed = Endpoint::parseAs(kind, value);
        if (!parsed.endpoint)
            error(field, parsed.error);
        return parsed.endpoint;
    }

    bool failed() const { return m_failed; }
    const PermissionRecord &record() const { return m_record; }

private:
    const PermissionRecord &m_record;
    const SourceLocation &m_where;
    Diagnostics &m_diagnostics;
    const QSet<F> &m_unknown;
    bool m_failed = false;
};

// Picks the peer (or local side) among the four API fields, with the API's precedence:
// a CIDR wins over a group, a group over a prefix list.
Endpoint choosePeer(Decoder &d, F v4, F v6, F group, F prefixList, bool required, bool ingress)
{
    const std::optional<Endpoint> a = d.endpoint(v4, Endpoint::Kind::Ipv4);
    const std::optional<Endpoint> b = d.endpoint(v6, Endpoint::Kind::Ipv6);
    if (a && b) {
        d.error(v6, Messages::tr("%1 and %2 cannot both be set in one rule").arg(apiName(v4), apiName(v6)));
        return {};
    }
    if (a)
        return *a;
    if (b)
        return *b;
    if (group != F::Count) {
        if (auto g = d.endpoint(group, Endpoint::Kind::SecurityGroup))
            return *g;
        if (auto p = d.endpoint(prefixList, Endpoint::Kind::PrefixList))
            return *p;
    }
    const bool anyGiven = d.record().isSet(v4) || d.record().isSet(v6) || d.isUnknown(v4) || d.isUnknown(v6)
        || (group != F::Count
            && (d.record().isSet(group) || d.record().isSet(prefixList) || d.isUnknown(group) || d.isUnknown(prefixList)));
    if (required && !anyGiven) {
        d.error(v4, ingress ? Messages::tr("the rule has no source: set SourceCidrIp, Ipv6SourceCidrIp, SourceGroupId or SourcePrefixListId") : Messages::tr("the rule has no destination: set DestCidrIp, Ipv6DestCidrIp, DestGroupId or DestPrefixListId"));
    }
    return {};
}

} // namespace

std::optional<Rule> decode(const PermissionRecord &record, const SourceLocation &where,
                           Diagnostics &diagnostics, Direction defaultDirection)
{
    return decode(record, where, diagnostics, defaultDirection, {});
}

std::optional<Rule> decode(const PermissionRecord &record, const SourceLocation &where, Diagnostics &diagnostics,
                           Direction defaultDirection, const QSet<PermissionField> &unknown)
{
    Decoder d(record, where, diagnostics, unknown);
    Rule rule;

    if (const QString text = d.text(F::Direction); !text.isEmpty()) {
        if (const auto direction = directionFromString(text))
            rule.direction = *direction;
        else
            d.error(F::Direction, Messages::tr("\"%1\" is not a direction: use ingress or egress").arg(text));
    } else {
        rule.direction = defaultDirection;
    }

    bool protocolKnown = false;
    if (const QString text = d.text(F::IpProtocol); !text.isEmpty()) {
        if (const auto protocol = protocolFromString(text)) {
            rule.protocol = *protocol;
            protocolKnown = true;
        } else {
            d.error(F::IpProtocol, Messages::tr("\"%1\" is not a protocol: use TCP, UDP, ICMP, ICMPv6, GRE or ALL").arg(text));
        }
    } else if (!d.failed() && !d.isUnknown(F::IpProtocol)) {
        d.error(F::IpProtocol, Messages::tr("the protocol is missing: use TCP, UDP, ICMP, ICMPv6, GRE or ALL"));
    }

    if (const QString text = d.text(F::PortRange); !text.isEmpty()) {
        const PortRange::ParseResult parsed = PortRange::parse(text);
        if (parsed.range)
            rule.ports = *parsed.range;
        else
            d.error(F::PortRange, parsed.error);
    } else if (protocolKnown && hasPorts(rule.protocol) && !d.isUnknown(F::PortRange)) {
        d.error(F::PortRange, Messages::tr("%1 needs a port range such as 22/22").arg(toApiString(rule.protocol)));
    }

    if (const QString text = d.text(F::SourcePortRange); !text.isEmpty()) {
        const PortRange::ParseResult parsed = PortRange::parse(text);
        if (parsed.range)
            rule.setSourcePorts(*parsed.range);
        else
            d.error(F::SourcePortRange, parsed.error);
    }

    const bool ingress = rule.direction == Direction::Ingress;
    if (ingress) {
        rule.peer = choosePeer(d, F::SourceCidrIp, F::Ipv6SourceCidrIp, F::SourceGroupId, F::SourcePrefixListId, true, true);
        rule.setLocal(choosePeer(d, F::DestCidrIp, F::Ipv6DestCidrIp, F::Count, F::Count, false, true));
        rule.setPeerOwnerAccount(d.text(F::SourceGroupOwnerAccount));
    } else {
        rule.peer = choosePeer(d, F::DestCidrIp, F::Ipv6DestCidrIp, F::DestGroupId, F::DestPrefixListId, true, false);
        rule.setLocal(choosePeer(d, F::SourceCidrIp, F::Ipv6SourceCidrIp, F::Count, F::Count, false, false));
        rule.setPeerOwnerAccount(d.text(F::DestGroupOwnerAccount));
    }

    if (const QString text = d.text(F::Policy); !text.isEmpty()) {
        if (const auto policy = policyFromString(text))
            rule.policy = *policy;
        else
            d.error(F::Policy, Messages::tr("\"%1\" is not a policy: use accept or drop").arg(text));
    }

    const PermissionRecord::Value &priority = record[F::Priority];
    if (priority.type == Type::Number) {
        if (priority.number != std::floor(priority.number) || std::abs(priority.number) > 1e6)
            d.error(F::Priority, Messages::tr("%1 is not a whole number from 1 to 100").arg(priority.text));
        else
            rule.priority = int(priority.number);
    } else if (priority.type == Type::String && !priority.text.trimmed().isEmpty()) {
        bool ok = false;
        const int value = priority.text.trimmed().toInt(&ok);
        if (ok)
            rule.priority = value;
        else
            d.error(F::Priority, Messages::tr("\"%1\" is not a whole number from 1 to 100").arg(priority.text));
    } else if (priority.type == Type::Boolean || priority.type == Type::Other) {
        d.error(F::Priority, Messages::tr("must be a number from 1 to 100, not %1").arg(priority.text));
    }

    if (const QString text = d.text(F::NicType); !text.isEmpty()) {
        if (const auto nic = nicTypeFromString(text))
            rule.nicType = *nic;
        else
            d.error(F::NicType, Messages::tr("\"%1\" is not a NIC type: use intranet or internet").arg(text));
    }

    // Descriptions keep their inner spacing; only the type is checked here.
    if (record[F::Description].type == Type::String)
        rule.description = record[F::Description].text;
    else
        d.text(F::Description);
    rule.id = d.text(F::SecurityGroupRuleId);
    if (record.services)
        rule.services = *record.services;
    rule.resource = record.resource;

    if (const QString list = d.text(F::PortRangeListId); !list.isEmpty()) {
        d.warning(F::PortRangeListId, Messages::tr("the port list %1 is not expanded; the rule is read with PortRange %2").arg(list, rule.ports.toString()));
    }

    if (d.failed())
        return std::nullopt;
    // Checks that depend on an open field are left to when it is known.
    const bool peerOpen = unknown.contains(F::SourceCidrIp) || unknown.contains(F::Ipv6SourceCidrIp)
        || unknown.contains(F::SourceGroupId) || unknown.contains(F::SourcePrefixListId) || unknown.contains(F::DestCidrIp)
        || unknown.contains(F::Ipv6DestCidrIp) || unknown.contains(F::DestGroupId) || unknown.contains(F::DestPrefixListId);
    const bool protocolOpen = unknown.contains(F::IpProtocol);
    for (const Rule::Problem &problem : rule.problems()) {
        const auto field = permissionFieldForKey(problem.field.toUtf8());
        if (!unknown.isEmpty()
            && ((field == F::PortRange && (protocolOpen || unknown.contains(F::PortRange)))
                || (field == F::Priority && unknown.contains(F::Priority))
                || (field == F::IpProtocol && (protocolOpen || peerOpen))
                || (field != F::PortRange && field != F::Priority && field != F::IpProtocol && field != F::Description && peerOpen)))
            continue;
        d.error(problem.field, problem.message);
    }
    if (d.failed())
        return std::nullopt;
    return rule;
}

QList<std::pair<PermissionField, QString>> fields(const Rule &rule, bool includeEmpty)
{
    QList<std::pair<PermissionField, QString>> out;
    const auto put = [&](F field, const QString &value) {
        if (includeEmpty || !value.isEmpty())
            out.append({field, value});
    };
    const bool ingress = rule.isIngress();
    const auto side = [](const Endpoint &e, Endpoint::Kind kind) { return e.kind() == kind ? e.text() : QString(); };

    put(F::SecurityGroupRuleId, rule.id);
    put(F::Direction, toApiString(rule.direction));
    put(F::IpProtocol, toApiString(rule.protocol));
    put(F::PortRange, rule.ports.toString());
    put(F::SourcePortRange, rule.sourcePorts() ? rule.sourcePorts()->toString() : QString());
    const Endpoint &source = ingress ? rule.peer : rule.local();
    const Endpoint &dest = ingress ? rule.local() : rule.peer;
    put(F::SourceCidrIp, side(source, Endpoint::Kind::Ipv4));
    put(F::Ipv6SourceCidrIp, side(source, Endpoint::Kind::Ipv6));
    put(F::SourceGroupId, ingress ? side(rule.peer, Endpoint::Kind::SecurityGroup) : QString());
    put(F::SourceGroupOwnerAccount, ingress ? rule.peerOwnerAccount() : QString());
    put(F::SourcePrefixListId, ingress ? side(rule.peer, Endpoint::Kind::PrefixList) : QString());
    put(F::DestCidrIp, side(dest, Endpoint::Kind::Ipv4));
    put(F::Ipv6DestCidrIp, side(dest, Endpoint::Kind::Ipv6));
    put(F::DestGroupId, ingress ? QString() : side(rule.peer, Endpoint::Kind::SecurityGroup));
    put(F::DestGroupOwnerAccount, ingress ? QString() : rule.peerOwnerAccount());
    put(F::DestPrefixListId, ingress ? QString() : side(rule.peer, Endpoint::Kind::PrefixList));
    put(F::Policy, toApiString(rule.policy));
    put(F::Priority, QString::number(rule.priority));
    put(F::NicType, toApiString(rule.nicType));
    put(F::Description, rule.description);
    return out;
}

void writeJson(const Rule &rule, JsonWriter &writer, const JsonStyle &style)
{
    writer.beginObject();
    for (const auto &[field, value] : fields(rule, style.includeEmpty)) {
        if ((field == F::Direction && !style.includeDirection) || (field == F::SecurityGroupRuleId && !style.includeRuleId))
            continue;
        writer.key(apiName(field));
        if (field == F::Priority && !style.priorityAsString) {
            writer.value(rule.priority);
        } else if (style.capitalised && field == F::Policy) {
            writer.value(rule.policy == Policy::Accept ? QStringLiteral("Accept") : QStringLiteral("Drop"));
        } else {
            writer.value(value);
        }
    }
    if (style.includeServices && !rule.services.isEmpty()) {
        writer.key(QLatin1StringView("Services"));
        writer.beginArray();
        for (const QString &id : rule.services)
            writer.value(id);
        writer.endArray();
    }
    if (style.includeServices && !rule.resource.isEmpty()) {
        writer.key(QLatin1StringView("Resource"));
        writer.value(rule.resource);
    }
    writer.endObject();
}

} // namespace sg::PermissionCodec
