// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleenums.h"

#include <QString>

#include <span>

namespace sg {

// The kinds of packet a rule can match. A rule for protocol ALL matches all six; Other stands for
// every IP protocol that no rule can name (ESP, SCTP, ...), which only ALL rules match.
enum class TrafficClass : quint8 {
    Tcp,
    Udp,
    Icmp,
    Icmpv6,
    Gre,
    Other
};

constexpr bool hasPorts(TrafficClass traffic)
{
    return traffic == TrafficClass::Tcp || traffic == TrafficClass::Udp;
}

// The classes a rule of that protocol matches.
std::span<const TrafficClass> trafficClassesOf(Protocol protocol);
// "TCP", "UDP", "ICMP", "ICMPv6", "GRE", "other protocols" (translated where it is a phrase).
QString displayName(TrafficClass traffic);

} // namespace sg
