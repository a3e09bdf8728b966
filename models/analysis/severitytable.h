// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/service.h"
#include "core/exposure.h"
#include "severity.h"

#include <optional>

namespace sg {

// The risk model of DESIGN section 6: how severe it is that traffic to a port of some sensitivity
// is accepted from a source of some exposure. std::nullopt means "not worth a finding".
//
//   exposure \ sensitivity   low     medium   high     critical
//   internet                 info    medium   high     critical
//   public-wide              info    low      medium   high
//   public-narrow            info    info     info     medium
//   private                  -       -        -        info
//   alibaba-service          -       -        info     info
//   scoped (sg-, pl-)        -       -        -        -
//
// Sensitivities: critical = all ports or all protocols, Docker 2375/2376; high = every named
// service of the catalogue and of the peer lists (SSH, RDP, scheduler, NFS, databases, ...);
// medium = the web portal 12011, any other TCP/UDP port, GRE; low = 80/443 and ICMP.
// docs/risk-model.md has the same table with the reasons behind each cell.
std::optional<Severity> exposureSeverity(Exposure exposure, Sensitivity sensitivity);

} // namespace sg
