// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/service.h"
#include "core/rule.h"
#include "rulecoverage.h"

#include <QList>
#include <QStringList>

#include <span>

namespace sg {

// One exposure check that a rule's open traffic triggers: the ports behind it and how wide the
// widest source reaching them is.
struct ExposureHit
{
    const char *check = nullptr;
    Sensitivity sensitivity = Sensitivity::Low;
    const char *service = nullptr; // the catalogue service whose recommendation applies, if any
    Exposure exposure = Exposure::Scoped;
    bool reduced = false; // earlier drops took some sources away on some of these ports
    QStringList ports;    // "SSH (TCP 22)", "UDP 5000-5100", ... in port order
};

// Sorts open traffic into the exposure checks (sensitiveports.h): protocol ALL gives
// exposed-all-protocols, TCP/UDP on every port exposed-all-ports, named ports their own check,
// other TCP/UDP ports exposed-unlisted-port, ICMP exposed-icmp, GRE exposed-other-protocol.
// A UDP rule never counts as a TCP service and the other way round.
class ExposureClassifier
{
public:
    // The parts a rule would open if no drop applied (its whole box at its nominal exposure).
    static QList<OpenPart> nominalParts(const Rule &rule);
    // True for protocol ALL and for TCP/UDP rules on every port (1/65535, or no range at all).
    static bool opensEverything(const Rule &rule);

    static QList<ExposureHit> classify(const Rule &rule, std::span<const OpenPart> parts);
};

} // namespace sg
