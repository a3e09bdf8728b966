// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposureclassifier.h"

#include "checkids.h"
#include "sensitiveports.h"

namespace sg {
namespace {

constexpr qsizetype MaxListedPorts = 12;

QString portText(TrafficClass traffic, int first, int last)
{
    QString text = displayName(traffic);
    if (hasPorts(traffic)) {
        text += u' ' + QString::number(first);
        if (last != first)
            text += u'-' + QString::number(last);
    }
    return text;
}

ExposureHit &hitFor(QList<ExposureHit> &hits, const char *check, Sensitivity sensitivity, const char *service)
{
    for (ExposureHit &hit : hits) {
        if (hit.check == check) { // CheckIds constants: one address each
            if (!hit.service)
                hit.service = service;
            return hit;
        }
    }
    ExposureHit hit;
    hit.check = check;
    hit.sensitivity = sensitivity;
    hit.service = service;
    hits.append(hit);
    return hits.last();
}

void note(ExposureHit &hit, const OpenPart &part, const QString &port)
{
    hit.exposure = std::max(hit.exposure, part.exposure);
    hit.reduced = hit.reduced || part.reduced;
    if (hit.ports.size() < MaxListedPorts) {
        if (!hit.ports.contains(port))
            hit.ports.append(port);
    } else if (hit.ports.size() == MaxListedPorts) {
        hit.ports.append(QStringLiteral("..."));
    }
}

} // namespace

bool ExposureClassifier::opensEverything(const Rule &rule)
{
    return rule.protocol == Protocol::All
        || (hasPorts(rule.protocol) && (rule.ports.isNone() || rule.ports.coversAllPorts()));
}

QList<OpenPart> ExposureClassifier::nominalParts(const Rule &rule)
{
    QList<OpenPart> out;
    const Exposure exposure = rule.peer.exposure();
    for (TrafficClass traffic : trafficClassesOf(rule.protocol)) {
        OpenPart part{traffic, 0, 0, exposure};
        if (hasPorts(traffic)) {
            const bool all = rule.protocol == Protocol::All || rule.ports.isNone();
            part.first = all ? PortRange::MinPort : rule.ports.first();
            part.last = all ? PortRange::MaxPort : rule.ports.last();
        }
        out.append(part);
    }
    return out;
}

QList<ExposureHit> ExposureClassifier::classify(const Rule &rule, std::span<const OpenPart> parts)
{
    using namespace CheckIds;
    QList<ExposureHit> hits;
    if (parts.empty())
        return hits;
    if (opensEverything(rule)) {
        const bool all = rule.protocol == Protocol::All;
        ExposureHit &hit = hitFor(hits, all ? ExposedAllProtocols : ExposedAllPorts, Sensitivity::Critical, nullptr);
        for (const OpenPart &part : parts)
            note(hit, part, portText(part.traffic, part.first, part.last));
        return hits;
    }
    const std::span<const SensitivePort> named = sensitivePorts();
    for (const OpenPart &part : parts) {
        switch (part.traffic) {
        case TrafficClass::Icmp:
        case TrafficClass::Icmpv6:
            note(hitFor(hits, ExposedIcmp, Sensitivity::Low, nullptr), part, displayName(part.traffic));
            continue;
        case TrafficClass::Gre:
        case TrafficClass::Other:
            note(hitFor(hits, ExposedOtherProtocol, Sensitivity::Medium, nullptr), part, displayName(part.traffic));
            continue;
        case TrafficClass::Tcp:
        case TrafficClass::Udp:
            break;
        }
        const quint8 bit = part.traffic == TrafficClass::Tcp ? SensitivePort::Tcp : SensitivePort::Udp;
        int next = part.first; // the first port of the part not yet attributed to a named service
        for (const SensitivePort &port : named) {
            if (port.last < part.first || !(port.protocols & bit))
                continue;
            if (port.first > part.last)
                break;
            const int first = std::max(int(port.first), part.first);
            const int last = std::min(int(port.last), part.last);
            if (first > next) {
                note(hitFor(hits, ExposedUnlistedPort, Sensitivity::Medium, nullptr), part,
                     portText(part.traffic, next, first - 1));
            }
            note(hitFor(hits, port.check, port.sensitivity, port.service), part,
                 QLatin1StringView(port.label) + u" (" + portText(part.traffic, first, last) + u')');
            next = last + 1;
        }
        if (next <= part.last) {
            note(hitFor(hits, ExposedUnlistedPort, Sensitivity::Medium, nullptr), part,
                 portText(part.traffic, next, part.last));
        }
    }
    return hits;
}

} // namespace sg
