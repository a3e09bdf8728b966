// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A large analysis for the tests of views that must stay responsive with many findings.

#include "analysis/analyzer.h"

namespace testfindings {

// The analysis of `count` inbound TCP rules on 40 ports from 250 subnets (`peerFormat` with %1 for
// the subnet's number, "10.1.%1.0/24"), at 100 priorities: most rules are redundant or shadowed by an
// earlier one, so the result holds more findings than rules, most of them with messages made from
// the rules (Finding::messageForm).
inline sg::AnalysisResult analysedRules(int count, const char *peerFormat)
{
    sg::RuleSet set;
    for (int i = 0; i < count; ++i) {
        sg::Rule r;
        r.ports = sg::PortRange(8000 + i % 40, 8000 + i % 40);
        r.peer = *sg::Endpoint::parse(QString::fromLatin1(peerFormat).arg(i % 250)).endpoint;
        r.priority = 1 + i % 100;
        set.rules.append(r);
    }
    return sg::Analyzer().analyze(set);
}

} // namespace testfindings
