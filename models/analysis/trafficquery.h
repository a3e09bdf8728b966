// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/endpoint.h"
#include "core/ruleenums.h"

namespace sg {

// "Can this peer reach this port?": the question PolicyEvaluator answers. For ingress `source` is
// where the traffic comes from; for egress it is where the traffic goes (the rule's peer either way).
struct TrafficQuery
{
    Endpoint source;                   // an address or block (usually /32 or /128), or a security group (sg-...)
    Protocol protocol = Protocol::Tcp; // ALL asks about a protocol no rule can name (ESP, SCTP, ...):
                                       // only rules for all protocols match it
    int port = -1;                     // TCP and UDP: 1..65535; ignored for the other protocols
    Direction direction = Direction::Ingress;
};

} // namespace sg
