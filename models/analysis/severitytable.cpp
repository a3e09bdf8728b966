// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "severitytable.h"

#include <array>

namespace sg {
namespace {

using Cell = std::optional<Severity>;
constexpr Cell None = std::nullopt;

// Rows in Exposure order (scoped .. internet), columns in Sensitivity order (low .. critical).
constexpr std::array<std::array<Cell, 4>, 6> table{{
    {None, None, None, None},                                               // scoped
    {None, None, None, Severity::Info},                                     // private
    {None, None, Severity::Info, Severity::Info},                           // alibaba-service
    {Severity::Info, Severity::Info, Severity::Info, Severity::Medium},     // public-narrow
    {Severity::Info, Severity::Low, Severity::Medium, Severity::High},      // public-wide
    {Severity::Info, Severity::Medium, Severity::High, Severity::Critical}, // internet
}};

} // namespace

std::optional<Severity> exposureSeverity(Exposure exposure, Sensitivity sensitivity)
{
    return table[size_t(exposure)][size_t(sensitivity)];
}

} // namespace sg
