// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"
#include "trafficclass.h"

#include <QList>

#include <array>
#include <span>
#include <utility>
#include <vector>

namespace sg {

// What is left open of an accept rule once the drops evaluated before it are taken away: a
// traffic class, a port range (0/0 for classes without ports) and how wide the remaining sources are.
struct OpenPart
{
    TrafficClass traffic = TrafficClass::Tcp;
    int first = 0;
    int last = 0;
    Exposure exposure = Exposure::Scoped;
    bool reduced = false; // earlier drops took some of the rule's sources away here

    friend bool operator==(const OpenPart &, const OpenPart &) = default;
};

// How the rules of a set cover each other under Alibaba's evaluation order (reference section 2):
// which rules never decide anything (shadowed, also by several rules together), which could be
// removed without changing any decision (redundant), what earlier drops leave open of each accept,
// and which drops win a priority tie.
//
// The traffic space is split into planes: (direction, peer universe, traffic class). A universe is
// IPv4, IPv6, or one security group or prefix list (membership is unknown, so each id is a universe
// of its own). Within a plane a rule is a box: peer addresses x ports. Ports are cut into elementary
// segments at every rule boundary; in each segment a forward sweep in precedence order (smaller
// priority first, drops before accepts at equal priority) keeps the union of what earlier rules
// decide, and a reverse sweep paints what later rules would decide. Both use ordered interval maps,
// so a plane costs O(S log S) for S = sum over rules of the segments their port range spans - about
// the number of rules for realistic sets.
//
// Assumptions, documented in docs/risk-model.md: 0.0.0.0/0 also matches the members of every
// security group (an instance in a VPC always has an IPv4 address); other address blocks are assumed
// not to match group members; prefix lists are opaque; NicType is ignored. Rules with refinements
// (local DestCidrIp, SourcePortRange) match only part of their box: they never count as covering
// anything, and in the reverse sweep their box is "unknown" wherever what lies below decides otherwise.
class RuleCoverage
{
public:
    static constexpr int MaxRelated = 8; // rules named per relation and rule

    // Analyses every rule except those with skip[i] set (duplicates).
    RuleCoverage(const RuleSet &set, const std::vector<bool> &skip);

    // False for skipped rules and for rules in a plane the size guard left out.
    bool analysed(int rule) const { return has(rule, Analysed); }
    // Every packet the rule matches is decided by rules evaluated before it.
    bool shadowed(int rule) const { return analysed(rule) && !has(rule, Uncovered); }
    // Shadowed, and some of the deciding rules accept (for drops: the block never happens).
    bool shadowedByAccept(int rule) const { return shadowed(rule) && has(rule, CoveredByAccept); }
    // Not shadowed, and removing the rule alone changes no decision.
    bool redundant(int rule) const { return analysed(rule) && !shadowed(rule) && !has(rule, NotRedundant); }
    // Part of a redundant rule's traffic falls to the group's default decision.
    bool redundantByDefault(int rule) const { return redundant(rule) && has(rule, DefaultTakes); }
    // A drop evaluated before this accept overlaps it.
    bool touchedByDrops(int rule) const { return has(rule, TouchedByDrops); }

    // 0-based rule indexes, at most MaxRelated each, ascending.
    QList<int> shadowers(int rule) const { return related(rule, Shadower); }
    QList<int> takers(int rule) const { return related(rule, Taker); }
    QList<int> mitigators(int rule) const { return related(rule, Mitigator); }
    QList<int> tieDrops(int rule) const { return related(rule, TieDrop); }

    // For accepts with an address peer: what earlier drops leave open, merged, by traffic class and
    // port. Empty when the drops take everything. Meaningless when !analysed(rule).
    std::span<const OpenPart> openParts(int rule) const;

    // Rules the size guard left out (their planes combine too many port segments).
    const QList<int> &limitedRules() const { return m_limited; }

private:
    enum Flag : quint8 {
        Analysed = 1,
        Uncovered = 2,
        NotRedundant = 4,
        CoveredByAccept = 8,
        DefaultTakes = 16,
        TouchedByDrops = 32,
    };
    enum Relation : quint8 {
        Shadower,
        Taker,
        Mitigator,
        TieDrop,
        RelationCount
    };

    struct Entry;
    struct Plane;
    struct PlaneIndex;
    struct SweepOutput;
    struct Link
    {
        int rule;
        int other;
        Relation relation;
    };

    bool has(int rule, Flag flag) const { return (m_flags[size_t(rule)] & flag) != 0; }
    QList<int> related(int rule, Relation relation) const;
    void addLink(int rule, Relation relation, int other);
    void processPlane(const Plane &plane, std::span<Entry> entries);
    void sweep(const Plane &plane, std::span<const Entry> entries, const PlaneIndex &index,
               std::span<const size_t> segmentsToSweep, SweepOutput &out) const;

    std::vector<quint32> m_keys; // precedence key per rule (precedence.h), read in the sweep
    std::vector<quint8> m_flags;
    std::vector<std::array<quint8, RelationCount>> m_linkCount;
    std::vector<Link> m_links;                        // sorted by (rule, relation, other) after the sweep
    std::vector<std::pair<int, OpenPart>> m_rawParts; // (rule, part) per segment, during the sweep
    std::vector<OpenPart> m_parts;
    std::vector<quint32> m_partBegin; // n + 1 offsets into m_parts
    QList<int> m_limited;
    qsizetype m_budget = 0;
};

} // namespace sg
