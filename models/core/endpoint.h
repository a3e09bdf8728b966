// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exposure.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace sg {

// An IPv4 or IPv6 address as an unsigned 128-bit number (IPv4 in the low 32 bits), so that address
// blocks can be compared, sorted and swept without allocating.
struct Address128
{
    quint64 hi = 0;
    quint64 lo = 0;

    friend constexpr auto operator<=>(const Address128 &, const Address128 &) = default;
    friend constexpr bool operator==(const Address128 &, const Address128 &) = default;
};

// The peer of a rule: the source of an ingress rule or the destination of an egress rule.
// An IPv4 or IPv6 address block, a security group (sg-...) or a prefix list (pl-...).
// Keeps the text as written, so files round-trip, and the parsed block for analysis.
struct EndpointParseResult;

class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(sg::Endpoint)

public:
    enum class Kind : quint8 {
        None,
        Ipv4,
        Ipv6,
        SecurityGroup,
        PrefixList
    };

    Endpoint() = default;

    using ParseResult = struct EndpointParseResult;
    // Any kind: an IPv4/IPv6 address or CIDR, "sg-..." or "pl-...".
    static ParseResult parse(QStringView text);
    // Only what an API field of that kind accepts (SourceCidrIp is IPv4, Ipv6SourceCidrIp IPv6, ...).
    static ParseResult parseAs(Kind kind, QStringView text);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isAddress() const { return m_kind == Kind::Ipv4 || m_kind == Kind::Ipv6; }
    bool isReference() const { return m_kind == Kind::SecurityGroup || m_kind == Kind::PrefixList; }

    // As written (trimmed): "203.0.113.10", "10.0.0.1/8", "sg-bp1example".
    const QString &text() const { return m_text; }
    // The block in CIDR form with host bits cleared ("203.0.113.10/32", "10.0.0.0/8"); ids unchanged.
    QString canonical() const;

    // Address blocks only.
    int prefixLength() const { return m_prefix; }
    int addressBits() const { return m_kind == Kind::Ipv6 ? 128 : 32; }
    Address128 first() const { return m_first; }
    // The block's last address is not stored (an endpoint is in every rule, twice): it is the
    // first with the host bits set.
    Address128 last() const
    {
        if (!isAddress())
            return m_first;
        const Address128 host = hostMask(addressBits(), m_prefix);
        return {m_first.hi | host.hi, m_first.lo | host.lo};
    }
    bool isUniversal() const { return isAddress() && m_prefix == 0; } // 0.0.0.0/0 or ::/0
    // True when every address (or the same group/list) of other is in this one.
    bool contains(const Endpoint &other) const;
    bool overlaps(const Endpoint &other) const;

    Exposure exposure() const;
    // For people: "Alibaba Cloud Workbench (china, public)" for a Workbench range, else the
    // exposure's display name ("Internet", "Private network", ...).
    QString exposureDescription() const;

    friend bool operator==(const Endpoint &a, const Endpoint &b);

private:
    static constexpr quint64 lowMask(int bits) // the low `bits` bits set, 0..64
    {
        return bits >= 64 ? ~quint64(0) : ((quint64(1) << bits) - 1);
    }

    // The host part of a /prefix block in a space of `width` bits, as a 128-bit mask.
    static constexpr Address128 hostMask(int width, int prefix)
    {
        const int hostBits = width - prefix;
        if (hostBits <= 64)
            return {0, lowMask(hostBits)};
        return {lowMask(hostBits - 64), ~quint64(0)};
    }

    QString m_text;
    Address128 m_first;
    Kind m_kind = Kind::None;
    quint8 m_prefix = 0;
};

struct EndpointParseResult
{
    std::optional<Endpoint> endpoint;
    QString error; // set when endpoint is empty
};

size_t qHash(const Endpoint &key, size_t seed = 0) noexcept;

// The text of an IPv4 (value in the low 32 bits) or IPv6 address: for messages and the evaluator.
QString addressToString(Endpoint::Kind family, Address128 address);

// The address blocks that Exposure::Private covers (RFC 1918, 100.64.0.0/10, loopback, link-local,
// fc00::/7, ...), for code that classifies address ranges that are not CIDR blocks.
const QList<Endpoint> &privateAddressBlocks();

} // namespace sg
