// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sg {

// How wide the set of peers a rule admits is, ordered from narrowest to widest (DESIGN section 6).
enum class Exposure {
    Scoped,         // a security group or prefix list: membership decides, not an address
    Private,        // RFC 1918, 100.64.0.0/10 (carrier-grade NAT and Alibaba health checks),
                    // loopback, link-local, fc00::/7
    AlibabaService, // within the documented ranges of an Alibaba Cloud service that connects to
                    // instances (Workbench: resources/workbench/ranges.json); wins over Private
                    // for 100.104.0.0/16, which lies inside 100.64.0.0/10
    PublicNarrow,   // public IPv4 /24../32, IPv6 /48../128
    PublicWide,     // public IPv4 /9../23, IPv6 /9../47
    Internet,       // 0.0.0.0/0, ::/0 or any public prefix of /8 or wider
};

// Stable ids used in reports and files: "scoped", "private", "alibaba-service", "public-narrow",
// "public-wide", "internet".
QString toId(Exposure exposure);
std::optional<Exposure> exposureFromId(QStringView id);
// Translated, for people.
QString displayName(Exposure exposure);
// Every class, narrowest first.
QList<Exposure> allExposures();

// Wide enough that the UI emphasises it and checks treat it as public exposure.
constexpr bool isWide(Exposure exposure)
{
    return exposure == Exposure::Internet || exposure == Exposure::PublicWide;
}

} // namespace sg
