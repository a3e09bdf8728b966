// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposureseries.h"

#include "analysis/exposureclassifier.h"
#include "analysis/rulecoverage.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <map>

namespace sg {
namespace {

Protocol protocolOf(TrafficClass traffic)
{
    switch (traffic) {
    case TrafficClass::Tcp: return Protocol::Tcp;
    case TrafficClass::Udp: return Protocol::Udp;
    case TrafficClass::Icmp: return Protocol::Icmp;
    case TrafficClass::Icmpv6: return Protocol::Icmpv6;
    case TrafficClass::Gre: return Protocol::Gre;
    case TrafficClass::Other: return Protocol::All;
    }
    return Protocol::All;
}

// The catalogue services whose own ports lie inside the range (a 1-65535 range is not "SSH").
QStringList serviceNamesIn(const ServiceCatalogue &catalogue, TrafficClass traffic, int first, int last)
{
    QStringList names;
    if (!hasPorts(traffic) || last - first >= 1024)
        return names;
    const QLocale locale;
    for (const Service &service : catalogue.services()) {
        const bool inside = std::any_of(service.ports.cbegin(), service.ports.cend(), [&](const ServicePort &p) {
            return p.protocol == protocolOf(traffic) && p.range.first() >= first && p.range.last() <= last;
        });
        if (inside)
            names << service.name.text(locale);
    }
    return names;
}

QString labelFor(TrafficClass traffic, int first, int last, const QStringList &names)
{
    if (!hasPorts(traffic))
        return displayName(traffic);
    const QString ports = first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last);
    const QString base = QStringLiteral("%1 %2").arg(displayName(traffic), ports);
    return names.isEmpty() ? base : QStringLiteral("%1 (%2)").arg(base, names.join(QStringLiteral(", ")));
}

} // namespace

ExposureSeries ExposureSeries::build(const RuleSet &set, const AnalysisResult &analysis, const ServiceCatalogue &catalogue)
{
    ExposureSeries series;
    series.m_catalogue = &catalogue;
    series.m_ruleSeverity = analysis.ruleSeverity;
    const std::vector<bool> skip(size_t(set.rules.size()), false);
    const RuleCoverage coverage(set, skip);
    for (int i = 0; i < int(set.rules.size()); ++i) {
        const Rule &rule = set.rules.at(i);
        if (!rule.isIngress() || rule.policy != Policy::Accept)
            continue;
        // Address peers: what the drops before the rule leave open. Groups and prefix lists are not
        // address blocks the sweep can subtract from: their whole box, as scoped.
        if (rule.peer.isAddress() && coverage.analysed(i)) {
            for (const OpenPart &part : coverage.openParts(i))
                series.m_parts.push_back({part.traffic, part.first, part.last, part.exposure, i});
        } else {
            for (const OpenPart &part : ExposureClassifier::nominalParts(rule))
                series.m_parts.push_back({part.traffic, part.first, part.last, part.exposure, i});
        }
    }
    std::sort(series.m_parts.begin(), series.m_parts.end(), [](const Part &a, const Part &b) {
        return std::tie(a.traffic, a.first, a.last, a.rule) < std::tie(b.traffic, b.first, b.last, b.rule);
    });
    series.m_allBars = series.computeBars(nullptr);
    return series;
}

QList<ExposureBar> ExposureSeries::bars(const QSet<int> *visibleRules) const
{
    return visibleRules ? computeBars(visibleRules) : m_allBars;
}

QList<ExposureBar> ExposureSeries::computeBars(const QSet<int> *visibleRules) const
{
    QList<ExposureBar> out;
    if (!m_catalogue)
        return out;
    // A sweep per traffic class over port boundaries, counting the active parts per exposure and per
    // severity, so that each elementary segment knows its widest exposure and worst severity.
    struct Event
    {
        int port;
        int delta; // +1 opens at port, -1 closes after port-1
        const Part *part;
    };
    std::map<TrafficClass, std::vector<Event>> events;
    for (const Part &part : m_parts) {
        if (visibleRules && !visibleRules->contains(part.rule))
            continue;
        events[part.traffic].push_back({part.first, +1, &part});
        events[part.traffic].push_back({part.last + 1, -1, &part});
    }
    for (auto &[traffic, list] : events) {
        std::sort(list.begin(), list.end(), [](const Event &a, const Event &b) { return a.port < b.port; });
        std::array<int, 6> exposureCount{}; // per Exposure, scoped .. internet
        std::array<int, 5> severityCount{};
        int active = 0;
        for (size_t e = 0; e < list.size();) {
            const int port = list[e].port;
            while (e < list.size() && list[e].port == port) {
                const Part &part = *list[e].part;
                const int delta = list[e].delta;
                exposureCount[size_t(part.exposure)] += delta;
                const auto severity = part.rule < m_ruleSeverity.size() ? m_ruleSeverity.at(part.rule) : std::nullopt;
                if (severity)
                    severityCount[size_t(*severity)] += delta;
                active += delta;
                ++e;
            }
            if (active <= 0 || e >= list.size())
                continue;
            const int segmentLast = list[e].port - 1;
            ExposureBar bar;
            bar.traffic = traffic;
            bar.first = port;
            bar.last = segmentLast;
            for (int x = int(exposureCount.size()) - 1; x >= 0; --x) {
                if (exposureCount[size_t(x)] > 0) {
                    bar.exposure = Exposure(x);
                    break;
                }
            }
            for (int x = int(severityCount.size()) - 1; x >= 0; --x) {
                if (severityCount[size_t(x)] > 0) {
                    bar.severity = Severity(x);
                    break;
                }
            }
            bar.ruleCount = active;
            const QStringList names = serviceNamesIn(*m_catalogue, traffic, bar.first, bar.last);
            // Adjacent segments that look alike (width, severity, services) are one bar.
            if (!out.isEmpty()) {
                ExposureBar &previous = out.last();
                if (previous.traffic == bar.traffic && previous.last + 1 == bar.first && previous.exposure == bar.exposure
                    && previous.severity == bar.severity
                    && serviceNamesIn(*m_catalogue, traffic, previous.first, previous.last) == names) {
                    previous.last = bar.last;
                    previous.label = labelFor(traffic, previous.first, previous.last,
                                              serviceNamesIn(*m_catalogue, traffic, previous.first, previous.last));
                    previous.ruleCount = std::max(previous.ruleCount, bar.ruleCount);
                    continue;
                }
            }
            bar.label = labelFor(traffic, bar.first, bar.last, names);
            out.append(bar);
        }
    }
    return out;
}

QList<int> ExposureSeries::rulesOf(const ExposureBar &bar, const QSet<int> *visibleRules) const
{
    QList<int> rules;
    for (const Part &part : m_parts) {
        if (part.traffic == bar.traffic && part.first <= bar.last && bar.first <= part.last && part.exposure == bar.exposure
            && (!visibleRules || visibleRules->contains(part.rule)) && !rules.contains(part.rule)) {
            rules.append(part.rule);
        }
    }
    std::sort(rules.begin(), rules.end());
    return rules;
}

} // namespace sg
