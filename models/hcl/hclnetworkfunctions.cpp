// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hclfunctioncall.h"

#include <QHostAddress>

namespace sg::HclFunctions::detail {
namespace {

// 128-bit address arithmetic for cidrsubnet() and cidrhost().
struct Block
{
    quint64 hi = 0;
    quint64 lo = 0;
    int prefix = 0;
    int bits = 32;
};

std::optional<Block> parseBlock(const QString &text, QString *error)
{
    const auto [address, prefix] = QHostAddress::parseSubnet(text);
    if (address.isNull() || !text.contains(u'/')) {
        *error = Messages::tr("\"%1\" is not a CIDR block").arg(text);
        return std::nullopt;
    }
    Block b;
    b.prefix = prefix;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        b.lo = address.toIPv4Address();
    } else {
        b.bits = 128;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        for (int i = 0; i < 8; ++i) {
            b.hi = (b.hi << 8) | bytes[i];
            b.lo = (b.lo << 8) | bytes[i + 8];
        }
    }
    return b;
}

// Adds `value` shifted left by `shift` bits to the address (bits above the address are dropped).
void addShifted(Block &b, quint64 value, int shift)
{
    if (shift >= 128)
        return;
    quint64 hi = 0;
    quint64 lo = 0;
    if (shift == 0) {
        lo = value;
    } else if (shift < 64) {
        lo = value << shift;
        hi = value >> (64 - shift);
    } else {
        hi = value << (shift - 64);
    }
    const quint64 sum = b.lo + lo;
    b.hi += hi + (sum < b.lo ? 1 : 0);
    b.lo = sum;
}

QString blockText(const Block &b, bool withPrefix)
{
    QString address;
    if (b.bits == 32) {
        address = QHostAddress(quint32(b.lo)).toString();
    } else {
        Q_IPV6ADDR bytes;
        for (int i = 0; i < 8; ++i) {
            bytes[7 - i] = quint8(b.hi >> (8 * i));
            bytes[15 - i] = quint8(b.lo >> (8 * i));
        }
        address = QHostAddress(bytes).toString();
    }
    return withPrefix ? address + u'/' + QString::number(b.prefix) : address;
}

// Clears the host bits below the prefix.
void network(Block &b)
{
    const int host = b.bits - b.prefix;
    if (host >= 64) {
        b.lo = 0;
        const int inHi = host - 64;
        b.hi = inHi >= 64 ? 0 : (b.hi >> inHi) << inHi;
    } else if (host > 0) {
        b.lo = (b.lo >> host) << host;
    }
}

} // namespace

std::optional<HclValue> networkFunctions(QStringView name, Call &c)
{
    if (name == u"cidrsubnet") {
        const auto args = c.arguments<QString, qint64, qint64>();
        if (!args)
            return HclValue::invalid();
        const auto &[prefix, newbits, netnum] = *args;
        std::optional<Block> b = parseBlock(prefix, c.error);
        if (!b)
            return HclValue::invalid();
        if (newbits < 0 || b->prefix + newbits > b->bits || newbits > 62 || netnum < 0 || (netnum >> newbits) != 0) {
            *c.error = Messages::tr("cidrsubnet(): %1 new bits cannot number subnet %2 of %3").arg(newbits).arg(netnum).arg(prefix);
            return HclValue::invalid();
        }
        network(*b);
        b->prefix += int(newbits);
        addShifted(*b, quint64(netnum), b->bits - b->prefix);
        return HclValue::string(blockText(*b, true));
    }
    if (name == u"cidrhost") {
        const auto args = c.arguments<QString, qint64>();
        if (!args)
            return HclValue::invalid();
        const auto &[prefix, host] = *args;
        std::optional<Block> b = parseBlock(prefix, c.error);
        if (!b)
            return HclValue::invalid();
        const int hostBits = b->bits - b->prefix;
        if (host < 0 || (hostBits < 62 && (host >> hostBits) != 0)) {
            *c.error = Messages::tr("cidrhost(): host %1 is outside %2").arg(host).arg(prefix);
            return HclValue::invalid();
        }
        network(*b);
        addShifted(*b, quint64(host), 0);
        return HclValue::string(blockText(*b, false));
    }
    if (name == u"cidrnetmask") {
        const auto args = c.arguments<QString>();
        if (!args)
            return HclValue::invalid();
        std::optional<Block> b = parseBlock(std::get<0>(*args), c.error);
        if (!b)
            return HclValue::invalid();
        if (b->bits != 32) {
            *c.error = Messages::tr("cidrnetmask(): only IPv4 blocks have a netmask");
            return HclValue::invalid();
        }
        const quint32 mask = b->prefix == 0 ? 0 : ~quint32(0) << (32 - b->prefix);
        return HclValue::string(QHostAddress(mask).toString());
    }
    return std::nullopt;
}

} // namespace sg::HclFunctions::detail
