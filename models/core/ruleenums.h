// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The enumerations of an Alibaba Cloud security group rule and their API spellings.
namespace sg {

enum class Direction : quint8 {
    Ingress,
    Egress
};
enum class Policy : quint8 {
    Accept,
    Drop
};
enum class Protocol : quint8 {
    Tcp,
    Udp,
    Icmp,
    Icmpv6,
    Gre,
    All
};
enum class NicType : quint8 {
    Intranet,
    Internet
};
enum class GroupType {
    Basic,
    Enterprise
};

// The spellings the API sends (`ingress`, `accept`, `TCP`, `intranet`, ...). Parsers accept any case.
QString toApiString(Direction value);
QString toApiString(Policy value);
QString toApiString(Protocol value);
QString toApiString(NicType value);
QString toApiString(GroupType value);

std::optional<Direction> directionFromString(QStringView text);
std::optional<Policy> policyFromString(QStringView text);
std::optional<Protocol> protocolFromString(QStringView text);
std::optional<NicType> nicTypeFromString(QStringView text);
std::optional<GroupType> groupTypeFromString(QStringView text);

// True for the protocols that carry ports (TCP and UDP); the others take only "-1/-1".
constexpr bool hasPorts(Protocol protocol)
{
    return protocol == Protocol::Tcp || protocol == Protocol::Udp;
}

} // namespace sg
