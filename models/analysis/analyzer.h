// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisresult.h"
#include "catalogue/servicecatalogue.h"
#include "core/ruleset.h"

#include <vector>

namespace sg {

// Runs every check of checkCatalogue() on a rule set, with Alibaba's evaluation semantics: exposure
// is judged on what earlier drops leave open, shadowing and redundancy on the whole rule set.
// Construct once and reuse (it prepares the catalogue's ports); analyze() is const and may run on
// any thread.
class Analyzer
{
public:
    explicit Analyzer(const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn());

    AnalysisResult analyze(const RuleSet &set) const;
    // Only the exposure findings ("exposed-..." checks) of the first `ruleCount` rules of `set`,
    // exactly as analyze() reports them: what a group's rules still expose once the rules of the
    // other groups of a network interface are appended after them. Much cheaper than analyze().
    AnalysisResult analyzeExposure(const RuleSet &set, qsizetype ruleCount) const;

private:
    ServiceCatalogue m_catalogue;
    std::vector<QList<ServicePort>> m_servicePorts; // per catalogue service, upstream ports included
};

} // namespace sg
