// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisresult.h"
#include "catalogue/servicecatalogue.h"
#include "core/ruleset.h"

namespace sg {

// Runs every check of checkCatalogue() on a rule set, with Alibaba's evaluation semantics: exposure
// is judged on what earlier drops leave open, shadowing and redundancy on the whole rule set.
// Cheap to construct; analyze() is const and may run on any thread.
class Analyzer
{
public:
    explicit Analyzer(const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn());

    AnalysisResult analyze(const RuleSet &set) const;

private:
    ServiceCatalogue m_catalogue;
};

} // namespace sg
