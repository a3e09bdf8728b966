// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleenums.h"

#include <array>
#include <utility>

namespace sg {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<QLatin1StringView, Enum>, N> &table,
                           QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const auto &[name, value] : table) {
        if (trimmed.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

constexpr std::array directions{
    std::pair{QLatin1StringView("ingress"), Direction::Ingress},
    std::pair{QLatin1StringView("egress"), Direction::Egress},
};
constexpr std::array policies{
    std::pair{QLatin1StringView("accept"), Policy::Accept},
    std::pair{QLatin1StringView("drop"), Policy::Drop},
};
constexpr std::array protocols{
    std::pair{QLatin1StringView("TCP"), Protocol::Tcp},
    std::pair{QLatin1StringView("UDP"), Protocol::Udp},
    std::pair{QLatin1StringView("ICMP"), Protocol::Icmp},
    std::pair{QLatin1StringView("ICMPv6"), Protocol::Icmpv6},
    std::pair{QLatin1StringView("GRE"), Protocol::Gre},
    std::pair{QLatin1StringView("ALL"), Protocol::All},
};
constexpr std::array nicTypes{
    std::pair{QLatin1StringView("intranet"), NicType::Intranet},
    std::pair{QLatin1StringView("internet"), NicType::Internet},
};
constexpr std::array groupTypes{
    std::pair{QLatin1StringView("basic"), GroupType::Basic},
    std::pair{QLatin1StringView("enterprise"), GroupType::Enterprise},
};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<QLatin1StringView, Enum>, N> &table, Enum value)
{
    for (const auto &[name, candidate] : table) {
        if (candidate == value)
            return QString(name);
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace

QString toApiString(Direction value)
{
    return nameOf(directions, value);
}
QString toApiString(Policy value)
{
    return nameOf(policies, value);
}
QString toApiString(Protocol value)
{
    return nameOf(protocols, value);
}
QString toApiString(NicType value)
{
    return nameOf(nicTypes, value);
}
QString toApiString(GroupType value)
{
    return nameOf(groupTypes, value);
}

std::optional<Direction> directionFromString(QStringView text)
{
    return lookup(directions, text);
}
std::optional<Policy> policyFromString(QStringView text)
{
    return lookup(policies, text);
}
std::optional<Protocol> protocolFromString(QStringView text)
{
    return lookup(protocols, text);
}
std::optional<NicType> nicTypeFromString(QStringView text)
{
    return lookup(nicTypes, text);
}
std::optional<GroupType> groupTypeFromString(QStringView text)
{
    return lookup(groupTypes, text);
}

} // namespace sg
