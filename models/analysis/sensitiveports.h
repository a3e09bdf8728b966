// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/service.h"
#include "core/rule.h"

#include <QStringList>

#include <QtGlobal>

#include <span>

namespace sg {

// One port (range) that the exposure checks know by name: the catalogue's services and the ports of
// the peer auditors' lists (reference/risk-checks.md section 2). Ranges never overlap each other.
struct SensitivePort
{
    enum ProtocolBit : quint8 {
        Tcp = 1,
        Udp = 2
    };

    const char *check; // CheckIds::Exposed...
    const char *label; // "SSH", "MySQL": for messages (not translated: product names)
    quint8 protocols;  // ProtocolBit mask
    quint16 first;
    quint16 last;
    Sensitivity sensitivity;
    const char *service; // catalogue id whose recommendation applies, or nullptr
};

// Sorted by first port; also used by docs/risk-model.md.
std::span<const SensitivePort> sensitivePorts();

// Whether a rule's protocol and ports reach a port of that check (a CheckIds constant).
bool reachesCheck(const Rule &rule, const char *check);
// The named ports of that check the rule reaches, for messages: "Slurm (TCP 6817-6819)".
QStringList namedPortsOf(const Rule &rule, const char *check);

} // namespace sg
