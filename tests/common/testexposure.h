// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The exposure chart's data, for the tests of the series (unit) and of the chart that draws it (GUI).

#include "analysis/analyzer.h"
#include "chart/exposureseries.h"

namespace testexposure {

// The series of `set` with the findings of its own analysis, as the window builds it.
inline sg::ExposureSeries seriesOf(const sg::RuleSet &set)
{
    return sg::ExposureSeries::build(set, sg::Analyzer().analyze(set));
}

} // namespace testexposure
