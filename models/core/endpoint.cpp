// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include "catalogue/workbenchranges.h"

#include <QHostAddress>

#include <array>

namespace sg {
namespace {

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Qt's parsers accept shorthand the API does not ("10/8", "1.2.3", octal-looking "010.0.0.1"),
// so the dotted-quad shape is checked here and the parsing itself is left to QHostAddress.
bool isStrictDottedQuad(QStringView text)
{
    int parts = 0;
    for (QStringView part : text.split(u'.')) {
        ++parts;
        if (!isAsciiDigits(part) || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return false;
        if (part.toInt() > 255)
            return false;
    }
    return parts == 4;
}

bool isIdBody(QStringView text)
{
    if (text.isEmpty() || text.size() > 128)
        return false;
    for (QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

struct Block
{
    Endpoint::Kind family;
    Address128 first;
    int prefix;
};

// Address space that is not reachable from the public internet.
constexpr std::array privateBlocks{
    Block{Endpoint::Kind::Ipv4, {0, 0x0A000000}, 8},          // 10.0.0.0/8
    Block{Endpoint::Kind::Ipv4, {0, 0xAC100000}, 12},         // 172.16.0.0/12
    Block{Endpoint::Kind::Ipv4, {0, 0xC0A80000}, 16},         // 192.168.0.0/16
    Block{Endpoint::Kind::Ipv4, {0, 0x64400000}, 10},         // 100.64.0.0/10, shared address space
    Block{Endpoint::Kind::Ipv4, {0, 0x7F000000}, 8},          // 127.0.0.0/8, loopback
    Block{Endpoint::Kind::Ipv4, {0, 0xA9FE0000}, 16},         // 169.254.0.0/16, link-local
    Block{Endpoint::Kind::Ipv6, {0xFC00000000000000, 0}, 7},  // fc00::/7, unique local
    Block{Endpoint::Kind::Ipv6, {0xFE80000000000000, 0}, 10}, // fe80::/10, link-local
    Block{Endpoint::Kind::Ipv6, {0, 1}, 128},                 // ::1, loopback
};

} // namespace

Endpoint::ParseResult Endpoint::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {std::nullopt, tr("no source or destination given")};
    if (trimmed.startsWith(u"sg-", Qt::CaseInsensitive))
        return parseAs(Kind::SecurityGroup, trimmed);
    if (trimmed.startsWith(u"pl-", Qt::CaseInsensitive))
        return parseAs(Kind::PrefixList, trimmed);
    if (trimmed.contains(u':'))
        return parseAs(Kind::Ipv6, trimmed);
    return parseAs(Kind::Ipv4, trimmed);
}

Endpoint::ParseResult Endpoint::parseAs(Kind kind, QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const QString shown = trimmed.toString();
    Endpoint result;
    result.m_kind = kind;
    result.m_text = shown;

    switch (kind) {
    case Kind::None:
        return {std::nullopt, tr("no source or destination given")};
    case Kind::SecurityGroup:
        if (!trimmed.startsWith(u"sg-", Qt::CaseInsensitive) || !isIdBody(trimmed.mid(3)))
            return {std::nullopt, tr("\"%1\" is not a security group id (sg- followed by letters and digits)").arg(shown)};
        return {result, {}};
    case Kind::PrefixList:
        if (!trimmed.startsWith(u"pl-", Qt::CaseInsensitive) || !isIdBody(trimmed.mid(3)))
            return {std::nullopt, tr("\"%1\" is not a prefix list id (pl- followed by letters and digits)").arg(shown)};
        return {result, {}};
    case Kind::Ipv4:
    case Kind::Ipv6:
        break;
    }

    const bool v6 = kind == Kind::Ipv6;
    const int width = v6 ? 128 : 32;
    const qsizetype slash = trimmed.indexOf(u'/');
    const QStringView addressPart = slash < 0 ? trimmed : trimmed.left(slash);
    int prefix = width;
    if (slash >= 0) {
        const QStringView prefixPart = trimmed.mid(slash + 1);
        if (!isAsciiDigits(prefixPart) || prefixPart.size() > 3
            || (prefixPart.size() > 1 && prefixPart.front() == u'0')) {
            return {std::nullopt, tr("\"%1\": the prefix length after / must be a number from 0 to %2").arg(shown).arg(width)};
        }
        prefix = prefixPart.toInt();
        if (prefix > width) {
            return {std::nullopt, tr("\"%1\": the prefix length after / must be a number from 0 to %2").arg(shown).arg(width)};
        }
    }

    if (!v6 && isStrictDottedQuad(addressPart)) {
        // The common case, without QHostAddress's string round trips (a third of the time it takes to
        // read a large rule file): the quad is validated, so this is exactly what parseSubnet computes.
        quint32 value = 0;
        for (QStringView part : addressPart.split(u'.'))
            value = (value << 8) | quint32(part.toUInt());
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        result.m_first = {0, value & mask};
        result.m_prefix = quint8(prefix);
        return {result, {}};
    }

    QHostAddress address;
    const bool shapeOk = v6 ? !addressPart.contains(u'%') : isStrictDottedQuad(addressPart);
    if (!shapeOk || !address.setAddress(addressPart.toString())
        || address.protocol() != (v6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol)) {
        return {std::nullopt, v6 ? tr("\"%1\" is not a valid IPv6 address or CIDR block").arg(shown) : tr("\"%1\" is not a valid IPv4 address or CIDR block").arg(shown)};
    }

    // Let Qt compute the network (it clears the host bits).
    const auto [network, length] = QHostAddress::parseSubnet(address.toString() + u'/' + QString::number(prefix));
    if (network.isNull() || length != prefix)
        return {std::nullopt, tr("\"%1\" is not a valid CIDR block").arg(shown)};

    if (v6) {
        const Q_IPV6ADDR bytes = network.toIPv6Address();
        for (int i = 0; i < 8; ++i) {
            result.m_first.hi = (result.m_first.hi << 8) | bytes[i];
            result.m_first.lo = (result.m_first.lo << 8) | bytes[i + 8];
        }
    } else {
        result.m_first = {0, network.toIPv4Address()};
    }
    result.m_prefix = quint8(prefix);
    return {result, {}};
}

QString Endpoint::canonical() const
{
    if (!isAddress())
        return m_text;
    return addressToString(m_kind, m_first) + u'/' + QString::number(m_prefix);
}

bool Endpoint::contains(const Endpoint &other) const
{
    if (m_kind != other.m_kind)
        return false;
    if (isReference())
        return *this == other;
    if (!isAddress())
        return false;
    return m_first <= other.m_first && other.last() <= last();
}

bool Endpoint::overlaps(const Endpoint &other) const
{
    if (m_kind != other.m_kind)
        return false;
    if (!isAddress())
        return *this == other && !isNone();
    return m_first <= other.last() && other.m_first <= last();
}

Exposure Endpoint::exposure() const
{
    if (!isAddress())
        return Exposure::Scoped;
    // Before the private blocks: Workbench's 100.104.0.0/16 lies inside 100.64.0.0/10.
    if (WorkbenchRanges::builtIn().containing(*this))
        return Exposure::AlibabaService;
    for (const Block &block : privateBlocks) {
        if (block.family != m_kind || m_prefix < block.prefix)
            continue;
        const Address128 mask = hostMask(addressBits(), block.prefix);
        if ((m_first.hi & ~mask.hi) == block.first.hi && (m_first.lo & ~mask.lo) == block.first.lo)
            return Exposure::Private;
    }
    if (m_prefix <= 8)
        return Exposure::Internet;
    const int narrowFrom = m_kind == Kind::Ipv6 ? 48 : 24;
    return m_prefix < narrowFrom ? Exposure::PublicWide : Exposure::PublicNarrow;
}

QString Endpoint::exposureDescription() const
{
    const QString service = WorkbenchRanges::builtIn().describe(*this);
    return service.isEmpty() ? displayName(exposure()) : service;
}

bool operator==(const Endpoint &a, const Endpoint &b)
{
    if (a.m_kind != b.m_kind)
        return false;
    if (a.isAddress())
        return a.m_first == b.m_first && a.m_prefix == b.m_prefix;
    return a.m_text.compare(b.m_text, Qt::CaseInsensitive) == 0;
}

size_t qHash(const Endpoint &key, size_t seed) noexcept
{
    if (key.isAddress())
        return qHashMulti(seed, int(key.kind()), key.first().hi, key.first().lo, key.prefixLength());
    return qHashMulti(seed, int(key.kind()), key.text().toLower());
}

const QList<Endpoint> &privateAddressBlocks()
{
    static const QList<Endpoint> blocks = [] {
        QList<Endpoint> out;
        for (const Block &block : privateBlocks) {
            const QString text = addressToString(block.family, block.first) + u'/' + QString::number(block.prefix);
            if (const auto parsed = Endpoint::parseAs(block.family, text); parsed.endpoint)
                out.append(*parsed.endpoint);
        }
        return out;
    }();
    return blocks;
}

QString addressToString(Endpoint::Kind family, Address128 address)
{
    if (family == Endpoint::Kind::Ipv6) {
        Q_IPV6ADDR bytes;
        for (int i = 0; i < 8; ++i) {
            bytes[7 - i] = quint8(address.hi >> (8 * i));
            bytes[15 - i] = quint8(address.lo >> (8 * i));
        }
        return QHostAddress(bytes).toString();
    }
    return QHostAddress(quint32(address.lo)).toString();
}

} // namespace sg
