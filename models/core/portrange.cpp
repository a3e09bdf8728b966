// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "portrange.h"

namespace sg {
namespace {

// A decimal number of at most 5 digits, optionally negative; nothing else.
std::optional<int> parseNumber(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 6)
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok, 10);
    if (!ok || text.startsWith(u'+'))
        return std::nullopt;
    return value;
}

PortRange::ParseResult fromBounds(QStringView original, std::optional<int> first, std::optional<int> last)
{
    if (!first || !last) {
        return {std::nullopt,
                PortRange::tr("\"%1\" is not a port range; write start/end, for example 22/22 or 6817/6819")
                    .arg(original.toString())};
    }
    if (*first == -1 && *last == -1)
        return {PortRange::none(), {}};
    if (*first == -1 || *last == -1)
        return {std::nullopt, PortRange::tr("\"%1\": -1 is only allowed as -1/-1").arg(original.toString())};
    if (*first < PortRange::MinPort || *last < PortRange::MinPort || *first > PortRange::MaxPort
        || *last > PortRange::MaxPort) {
        return {std::nullopt,
                PortRange::tr("\"%1\": ports must be between 1 and 65535").arg(original.toString())};
    }
    if (*first > *last) {
        return {std::nullopt,
                PortRange::tr("\"%1\": the first port is larger than the last").arg(original.toString())};
    }
    return {PortRange(*first, *last), {}};
}

} // namespace

QString PortRange::toString() const
{
    return QString::number(m_first) + u'/' + QString::number(m_last);
}

QString PortRange::toDisplayString() const
{
    if (isNone())
        return {};
    if (isSingle())
        return QString::number(m_first);
    return QString::number(m_first) + u'-' + QString::number(m_last);
}

PortRange::ParseResult PortRange::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash < 0 || trimmed.indexOf(u'/', slash + 1) >= 0)
        return fromBounds(text, std::nullopt, std::nullopt);
    return fromBounds(text, parseNumber(trimmed.left(slash)), parseNumber(trimmed.mid(slash + 1)));
}

PortRange::ParseResult PortRange::parseLenient(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.contains(u'/'))
        return parse(trimmed);
    // A dash that is not a leading minus sign separates the bounds.
    const qsizetype dash = trimmed.indexOf(u'-', 1);
    if (dash < 0) {
        const auto port = parseNumber(trimmed);
        return fromBounds(text, port, port);
    }
    return fromBounds(text, parseNumber(trimmed.left(dash)), parseNumber(trimmed.mid(dash + 1)));
}

QString PortRange::problemWith(Protocol protocol) const
{
    if (hasPorts(protocol) && isNone()) {
        return tr("%1 needs a port range such as 22/22; -1/-1 is only for ICMP, GRE and ALL")
            .arg(toApiString(protocol));
    }
    if (!hasPorts(protocol) && !isNone()) {
        return tr("%1 takes no ports: the port range must be -1/-1, not %2")
            .arg(toApiString(protocol), toString());
    }
    return {};
}

} // namespace sg
