// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficclass.h"

#include <QCoreApplication>

#include <array>

namespace sg {
namespace {

constexpr std::array allClasses{TrafficClass::Tcp, TrafficClass::Udp, TrafficClass::Icmp,
                                TrafficClass::Icmpv6, TrafficClass::Gre, TrafficClass::Other};

} // namespace

std::span<const TrafficClass> trafficClassesOf(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Tcp: return std::span(allClasses).subspan(0, 1);
    case Protocol::Udp: return std::span(allClasses).subspan(1, 1);
    case Protocol::Icmp: return std::span(allClasses).subspan(2, 1);
    case Protocol::Icmpv6: return std::span(allClasses).subspan(3, 1);
    case Protocol::Gre: return std::span(allClasses).subspan(4, 1);
    case Protocol::All: return allClasses;
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(TrafficClass traffic)
{
    switch (traffic) {
    case TrafficClass::Tcp: return QStringLiteral("TCP");
    case TrafficClass::Udp: return QStringLiteral("UDP");
    case TrafficClass::Icmp: return QStringLiteral("ICMP");
    case TrafficClass::Icmpv6: return QStringLiteral("ICMPv6");
    case TrafficClass::Gre: return QStringLiteral("GRE");
    case TrafficClass::Other: return QCoreApplication::translate("sg::TrafficClass", "other protocols");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace sg
