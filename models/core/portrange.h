// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleenums.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace sg {

// A rule's port range as the API writes it: "start/end" with 1 <= start <= end <= 65535, or "-1/-1"
// (no ports: ICMP, GRE, ALL). Immutable and cheap to copy.
struct PortRangeParseResult;

class PortRange
{
    Q_DECLARE_TR_FUNCTIONS(sg::PortRange)

public:
    static constexpr int MinPort = 1;
    static constexpr int MaxPort = 65535;

    // "-1/-1"
    constexpr PortRange() = default;
    constexpr PortRange(int first, int last)
        : m_first(first), m_last(last) {}

    static constexpr PortRange none() { return {}; }
    static constexpr PortRange single(int port) { return {port, port}; }
    static constexpr PortRange all() { return {MinPort, MaxPort}; }

    constexpr bool isNone() const { return m_first < 0; }
    constexpr int first() const { return m_first; }
    constexpr int last() const { return m_last; }
    constexpr bool isSingle() const { return !isNone() && m_first == m_last; }
    constexpr bool coversAllPorts() const { return m_first == MinPort && m_last == MaxPort; }
    constexpr int count() const { return isNone() ? 0 : m_last - m_first + 1; }
    constexpr bool contains(int port) const { return !isNone() && port >= m_first && port <= m_last; }

    // "22/22", "6817/6819", "-1/-1"
    QString toString() const;
    // "22", "6817-6819", "" for none: for people, not for the API.
    QString toDisplayString() const;

    using ParseResult = struct PortRangeParseResult;
    // Strict API syntax: "start/end" or "-1/-1", surrounding blanks ignored.
    static ParseResult parse(QStringView text);
    // Also what people type: "22", "6817-6819", "6817 - 6819" and the API form.
    static ParseResult parseLenient(QStringView text);

    // Why this range is not allowed with that protocol, or an empty string when it is.
    QString problemWith(Protocol protocol) const;

    friend constexpr bool operator==(PortRange, PortRange) = default;

private:
    int m_first = -1;
    int m_last = -1;
};

struct PortRangeParseResult
{
    std::optional<PortRange> range;
    QString error; // set when range is empty: a sentence a user understands
};

} // namespace sg
