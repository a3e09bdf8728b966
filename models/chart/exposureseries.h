// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/trafficclass.h"
#include "catalogue/servicecatalogue.h"
#include "core/ruleset.h"

#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace sg {

// One bar of the exposure chart: a port range of one protocol that some inbound accept rule
// leaves open, after the drops evaluated before it, and how wide the widest source reaching it is.
struct ExposureBar
{
    TrafficClass traffic = TrafficClass::Tcp;
    int first = 0; // ports; 0-0 for protocols without ports
    int last = 0;
    Exposure exposure = Exposure::Scoped;
    std::optional<Severity> severity; // the worst finding among the rules that open it
    QString label;                    // "SSH, Git" where the catalogue knows the ports, else "TCP 8080-8090"
    int ruleCount = 0;                // how many rules open it

    friend bool operator==(const ExposureBar &, const ExposureBar &) = default;
};

// The data behind the exposure chart, computed in the domain from the rule set and its analysis
// (the chart keeps no copy of its own). Inbound accept rules only: the chart answers "who can
// reach the cluster's ports". Effective exposure: a drop evaluated first takes its sources away.
class ExposureSeries
{
public:
    ExposureSeries() = default;
    static ExposureSeries build(const RuleSet &set, const AnalysisResult &analysis,
                                const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn());

    // The bars in protocol then port order. With `visibleRules` (0-based), only what those rules open:
    // the chart follows the table's filter. The unfiltered bars are computed by build() (on the
    // caller's thread, usually a worker) and kept.
    QList<ExposureBar> bars(const QSet<int> *visibleRules = nullptr) const;
    // The rules (0-based, ascending) that open part of a bar at its exposure: what a click selects.
    QList<int> rulesOf(const ExposureBar &bar, const QSet<int> *visibleRules = nullptr) const;

private:
    struct Part
    {
        TrafficClass traffic;
        int first;
        int last;
        Exposure exposure;
        int rule;
    };
    QList<ExposureBar> computeBars(const QSet<int> *visibleRules) const;

    std::vector<Part> m_parts;
    QList<ExposureBar> m_allBars;
    QList<std::optional<Severity>> m_ruleSeverity;
    const ServiceCatalogue *m_catalogue = nullptr;
};

} // namespace sg
