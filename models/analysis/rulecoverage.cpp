// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulecoverage.h"

#include "core/workerpool.h"
#include "intervalmaps.h"
#include "precedence.h"

#include "catalogue/workbenchranges.h"

#include <QHash>

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <numeric>
#include <unordered_map>

namespace sg {

using detail::AddressRange;
using detail::OwnerMap;
using detail::PaintMap;
using detail::Uint128;
using detail::UnionSet;

namespace {

constexpr size_t MaxGaps = 64;     // parts kept per rule and segment before over-approximating
constexpr int MaxWalk = 64;        // pieces walked to name the rules behind a relation
constexpr quint8 MaxRawLinks = 16; // links recorded per rule and relation (duplicates included)
constexpr quint32 IPv4Universe = 0;
constexpr quint32 IPv6Universe = 1;

struct ClassRanges
{
    std::vector<AddressRange> v4;
    std::vector<AddressRange> v6;

    const std::vector<AddressRange> &of(bool v6Family) const { return v6Family ? v6 : v4; }
};

ClassRanges rangesOf(const QList<Endpoint> &blocks)
{
    ClassRanges out;
    for (const Endpoint &block : blocks) {
        const AddressRange range{detail::toUint128(block.first()), detail::toUint128(block.last())};
        (block.kind() == Endpoint::Kind::Ipv6 ? out.v6 : out.v4).push_back(range);
    }
    return out;
}

const ClassRanges &privateRanges()
{
    static const ClassRanges ranges = rangesOf(privateAddressBlocks());
    return ranges;
}

// Alibaba Cloud service ranges (Workbench): Exposure::AlibabaService when nothing else is open.
const ClassRanges &serviceRanges()
{
    static const ClassRanges ranges = [] {
        QList<Endpoint> blocks;
        for (const WorkbenchRange &range : WorkbenchRanges::builtIn().ranges())
            blocks.append(range.block);
        return rangesOf(blocks);
    }();
    return ranges;
}

Uint128 overlap(const AddressRange &a, const AddressRange &b)
{
    const Uint128 lo = std::max(a.lo, b.lo);
    const Uint128 hi = std::min(a.hi, b.hi);
    return lo <= hi ? hi - lo + 1 : 0;
}

// How wide a set of disjoint address ranges is, by the number of public addresses in it, with the
// thresholds Endpoint::exposure() applies to CIDR blocks: /8 or wider is the internet, wider than
// /24 (IPv6 /48) is public-wide, anything public narrower is public-narrow. Addresses of an Alibaba
// Cloud service (Workbench) are not public; a set of nothing but them is AlibabaService, one with
// private addresses too is Private, as Endpoint::exposure() says of the CIDR blocks that hold both.
Exposure exposureOf(const std::vector<AddressRange> &ranges, bool v6)
{
    const std::vector<AddressRange> &priv = privateRanges().of(v6);
    const std::vector<AddressRange> &service = serviceRanges().of(v6);
    Uint128 publicCount = 0;
    bool anyPrivate = false;
    bool anyService = false;
    for (const AddressRange &r : ranges) {
        if (r.lo == 0 && r.hi == detail::MaxUint128)
            return Exposure::Internet;
        Uint128 count = r.hi - r.lo + 1;
        for (const AddressRange &s : service) {
            const Uint128 inService = overlap(r, s);
            count -= inService;
            anyService = anyService || inService > 0;
        }
        for (const AddressRange &p : priv) {
            Uint128 inPrivate = overlap(r, p);
            for (const AddressRange &s : service) {
                const AddressRange both{std::max(p.lo, s.lo), std::min(p.hi, s.hi)};
                if (both.lo <= both.hi)
                    inPrivate -= overlap(r, both);
            }
            count -= inPrivate;
            anyPrivate = anyPrivate || inPrivate > 0;
        }
        publicCount += count;
    }
    const Uint128 internet = Uint128(1) << (v6 ? 120 : 24);
    const Uint128 wide = Uint128(1) << (v6 ? 80 : 8);
    if (publicCount >= internet)
        return Exposure::Internet;
    if (publicCount > wide)
        return Exposure::PublicWide;
    if (publicCount > 0)
        return Exposure::PublicNarrow;
    return anyService && !anyPrivate ? Exposure::AlibabaService : Exposure::Private;
}

// Where the sweep's per-segment maps live: an arena over a buffer that serves every segment of a
// plane, so that no segment allocates and maps its memory afresh (page faults were most of the
// maps' cost). It starts in the thread's own 1 MiB buffer (kept for the thread's life, which serves
// a region's thousands of small groups), and when a segment's maps outgrow it, the next segments
// get a buffer as large as that one needed (up to 64 MiB; freed with the scratch). One thread runs
// one sweep at a time (sweep() never waits for another task, which could run a second sweep on the
// thread's buffer meanwhile).
class SegmentScratch
{
public:
    std::pmr::monotonic_buffer_resource arena()
    {
        if (m_overflow.requested > 0 && m_size < MaxSize) {
            m_size = std::min(MaxSize, (m_size + m_overflow.requested + StartSize - 1) / StartSize * StartSize);
            m_larger = std::make_unique_for_overwrite<std::byte[]>(m_size);
        }
        m_overflow.requested = 0;
        return std::pmr::monotonic_buffer_resource(m_larger ? m_larger.get() : threadBuffer(), m_size, &m_overflow);
    }

private:
    static constexpr size_t StartSize = size_t(1) << 20;
    static constexpr size_t MaxSize = size_t(64) << 20;

    // What an arena asks for beyond its buffer, from the heap.
    struct Overflow final : std::pmr::memory_resource
    {
        size_t requested = 0;
        void *do_allocate(size_t bytes, size_t alignment) override
        {
            requested += bytes;
            return std::pmr::new_delete_resource()->allocate(bytes, alignment);
        }
        void do_deallocate(void *p, size_t bytes, size_t alignment) override
        {
            std::pmr::new_delete_resource()->deallocate(p, bytes, alignment);
        }
        bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override { return this == &other; }
    };

    static std::byte *threadBuffer()
    {
        thread_local const std::unique_ptr<std::byte[]> buffer = std::make_unique_for_overwrite<std::byte[]>(StartSize);
        return buffer.get();
    }

    Overflow m_overflow;
    std::unique_ptr<std::byte[]> m_larger;
    size_t m_size = StartSize;
};

} // namespace

struct RuleCoverage::Entry
{
    Uint128 lo = 0; // peer addresses; 0/0 in group and prefix-list universes
    Uint128 hi = 0;
    quint64 plane = 0;
    int rule = 0;
    int order = 0; // rank in evaluation order (ties broken widest-last, see the constructor)
    quint32 key = 0;
    quint16 firstPort = 0;
    quint16 lastPort = 0;
    Exposure nominal = Exposure::Scoped;
    bool home = true;     // false: a 0.0.0.0/0 rule standing in a group universe
    bool partial = false; // the rule has refinements and matches only part of its box
    bool accept = true;
};

struct RuleCoverage::Plane
{
    TrafficClass traffic = TrafficClass::Tcp;
    bool address = false; // an IPv4 or IPv6 universe
    bool v6 = false;
    bool defaultAccept = false;
};

RuleCoverage::RuleCoverage(const RuleSet &set, const std::vector<bool> &skip)
{
    const auto n = size_t(set.rules.size());
    m_flags.assign(n, 0);
    m_linkCount.assign(n, {});
    m_partBegin.assign(n + 1, 0);
    // Every plane costs the segments its rules span; beyond this budget (far above realistic sets)
    // planes are left out rather than letting a pathological file take minutes.
    m_budget = 4'000'000 + 16 * qsizetype(n);

    const GroupInfo &group = set.group;
    QHash<QString, quint32> universeIds;
    std::vector<std::vector<quint32>> groupUniverses(2); // per direction: the sg universes
    auto universeOf = [&](const Endpoint &peer, int direction) -> quint32 {
        const bool isGroup = peer.kind() == Endpoint::Kind::SecurityGroup;
        const QString name = (isGroup ? u"sg:" : u"pl:") + peer.text().toLower();
        auto it = universeIds.constFind(name);
        if (it == universeIds.cend())
            it = universeIds.insert(name, quint32(universeIds.size()) + 2);
        if (isGroup) {
            std::vector<quint32> &list = groupUniverses[size_t(direction)];
            if (std::find(list.cbegin(), list.cend(), *it) == list.cend())
                list.push_back(*it);
        }
        return *it;
    };
    quint32 ownUniverse = 0; // 0: no universe where the intra-group default accepts
    const bool intraGroup = group.type == GroupType::Basic && group.innerAccessPolicy == Policy::Accept
        && !group.securityGroupId.isEmpty();
    if (intraGroup) {
        const auto own = Endpoint::parseAs(Endpoint::Kind::SecurityGroup, group.securityGroupId);
        if (own.endpoint)
            ownUniverse = universeOf(*own.endpoint, int(Direction::Ingress));
    }
    for (size_t i = 0; i < n; ++i) {
        const Rule &rule = set.rules.at(qsizetype(i));
        if (!skip[i] && rule.peer.isReference())
            universeOf(rule.peer, int(rule.direction));
    }

    // Evaluation order; within one precedence key narrower rules first and, for equal sizes, later
    // positions first, so that the reverse sweep paints the widest (then the earliest) rule of a tie
    // before it asks whether the others are redundant beside it.
    std::vector<int> byOrder;
    byOrder.reserve(n);
    std::vector<quint32> &keys = m_keys;
    keys.assign(n, 0);
    std::vector<quint32> hostBits(n);
    std::vector<int> portCounts(n);
    for (size_t i = 0; i < n; ++i) {
        const Rule &rule = set.rules.at(qsizetype(i));
        if (skip[i] || rule.peer.isNone())
            continue;
        byOrder.push_back(int(i));
        keys[i] = precedenceKey(rule);
        hostBits[i] = rule.peer.isAddress() ? quint32(rule.peer.addressBits() - rule.peer.prefixLength()) : 0;
        portCounts[i] = rule.protocol == Protocol::All || rule.ports.isNone() ? 65536 : rule.ports.count();
    }
    std::sort(byOrder.begin(), byOrder.end(), [&](int a, int b) {
        const auto ua = size_t(a);
        const auto ub = size_t(b);
        if (keys[ua] != keys[ub])
            return keys[ua] < keys[ub];
        if (hostBits[ua] != hostBits[ub])
            return hostBits[ua] < hostBits[ub];
        if (portCounts[ua] != portCounts[ub])
            return portCounts[ua] < portCounts[ub];
        return a > b;
    });

    std::vector<Entry> entries;
    entries.reserve(byOrder.size() + byOrder.size() / 8);
    for (size_t rank = 0; rank < byOrder.size(); ++rank) {
        const int index = byOrder[rank];
        const Rule &rule = set.rules.at(index);
        m_flags[size_t(index)] |= Analysed;
        const int direction = int(rule.direction);
        Entry base;
        base.rule = index;
        base.order = int(rank);
        base.key = keys[size_t(index)];
        base.nominal = rule.peer.exposure();
        base.partial = rule.hasRefinements();
        base.accept = rule.policy == Policy::Accept;
        quint32 universe = 0;
        switch (rule.peer.kind()) {
        case Endpoint::Kind::Ipv4:
        case Endpoint::Kind::Ipv6:
            universe = rule.peer.kind() == Endpoint::Kind::Ipv6 ? IPv6Universe : IPv4Universe;
            base.lo = detail::toUint128(rule.peer.first());
            base.hi = detail::toUint128(rule.peer.last());
            break;
        case Endpoint::Kind::SecurityGroup:
        case Endpoint::Kind::PrefixList:
            universe = universeIds.value((rule.peer.kind() == Endpoint::Kind::SecurityGroup ? u"sg:" : u"pl:")
                                         + rule.peer.text().toLower());
            break;
        case Endpoint::Kind::None:
            break;
        }
        const bool everyone = rule.peer.kind() == Endpoint::Kind::Ipv4 && rule.peer.isUniversal();
        for (TrafficClass traffic : trafficClassesOf(rule.protocol)) {
            Entry e = base;
            if (hasPorts(traffic)) {
                const bool allPorts = rule.protocol == Protocol::All || rule.ports.isNone();
                e.firstPort = quint16(allPorts ? PortRange::MinPort : std::clamp(rule.ports.first(), 1, 65535));
                e.lastPort = quint16(allPorts ? PortRange::MaxPort : std::clamp(rule.ports.last(), int(e.firstPort), 65535));
            }
            const quint64 planeBits = (quint64(traffic) << 1) | quint64(direction);
            e.plane = (quint64(universe) << 8) | planeBits;
            entries.push_back(e);
            if (everyone) {
                for (quint32 groupUniverse : groupUniverses[size_t(direction)]) {
                    Entry guest = e;
                    guest.lo = guest.hi = 0;
                    guest.home = false;
                    guest.plane = (quint64(groupUniverse) << 8) | planeBits;
                    entries.push_back(guest);
                }
            }
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.plane != b.plane ? a.plane < b.plane : a.order < b.order;
    });

    for (size_t begin = 0; begin < entries.size();) {
        size_t end = begin + 1;
        while (end < entries.size() && entries[end].plane == entries[begin].plane)
            ++end;
        const quint64 key = entries[begin].plane;
        const auto universe = quint32(key >> 8);
        Plane plane;
        plane.traffic = TrafficClass((key >> 1) & 0x7);
        plane.address = universe == IPv4Universe || universe == IPv6Universe;
        plane.v6 = universe == IPv6Universe;
        const bool ingress = (key & 1) == quint64(Direction::Ingress);
        plane.defaultAccept = ingress ? (ownUniverse != 0 && universe == ownUniverse)
                                      : group.type == GroupType::Basic;
        processPlane(plane, std::span(entries).subspan(begin, end - begin));
        begin = end;
    }

    // Open parts were recorded per segment: sort them by rule and merge neighbours.
    std::stable_sort(m_rawParts.begin(), m_rawParts.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        if (a.second.traffic != b.second.traffic)
            return a.second.traffic < b.second.traffic;
        return a.second.first < b.second.first;
    });
    m_parts.reserve(m_rawParts.size());
    size_t next = 0;
    for (size_t rule = 0; rule < n; ++rule) {
        m_partBegin[rule] = quint32(m_parts.size());
        for (; next < m_rawParts.size() && m_rawParts[next].first == int(rule); ++next) {
            const OpenPart &part = m_rawParts[next].second;
            if (m_parts.size() > m_partBegin[rule]) {
                OpenPart &last = m_parts.back();
                if (last.traffic == part.traffic && last.exposure == part.exposure && last.reduced == part.reduced
                    && last.last + 1 == part.first) {
                    last.last = part.last;
                    continue;
                }
            }
            m_parts.push_back(part);
        }
    }
    m_partBegin[n] = quint32(m_parts.size());
    m_rawParts = {};

    std::sort(m_links.begin(), m_links.end(), [](const Link &a, const Link &b) {
        if (a.rule != b.rule)
            return a.rule < b.rule;
        if (a.relation != b.relation)
            return a.relation < b.relation;
        return a.other < b.other;
    });
    m_links.erase(std::unique(m_links.begin(), m_links.end(),
                              [](const Link &a, const Link &b) {
                                  return a.rule == b.rule && a.relation == b.relation && a.other == b.other;
                              }),
                  m_links.end());
    std::sort(m_limited.begin(), m_limited.end());
    m_limited.erase(std::unique(m_limited.begin(), m_limited.end()), m_limited.end());
}

// The segments of one plane: port boundaries and, per segment, its entries in evaluation order.
struct RuleCoverage::PlaneIndex
{
    std::vector<int> bounds;       // segment s covers ports [bounds[s], bounds[s + 1] - 1]
    std::vector<quint32> segBegin; // CSR offsets into bucket, one per segment + 1
    std::vector<quint32> bucket;   // entry indexes
    // Segments with the same entries decide the same way (typically the stretches between custom
    // ports that only wide ranges span): only the first of each kind is swept, and what it leaves
    // open is reported for the port ranges of its copies too.
    std::vector<size_t> swept;               // the segments to sweep, ascending
    std::vector<std::vector<size_t>> copies; // per segment: the later segments with the same entries
};

// What one thread's sweep over some segments found, merged into the rule flags afterwards.
struct RuleCoverage::SweepOutput
{
    std::vector<quint8> flags;                                // per entry: RuleCoverage::Flag bits
    std::vector<std::array<quint8, RelationCount>> linkCount; // per entry
    std::vector<Link> links;
    std::vector<std::pair<int, OpenPart>> parts;

    void link(const Entry &x, size_t entry, Relation relation, int other)
    {
        quint8 &count = linkCount[entry][relation];
        if (other == x.rule || count >= MaxRawLinks)
            return;
        if (!links.empty() && links.back().rule == x.rule && links.back().relation == relation && links.back().other == other)
            return;
        ++count;
        links.push_back({x.rule, other, relation});
    }
};

void RuleCoverage::processPlane(const Plane &plane, std::span<Entry> entries)
{
    const size_t m = entries.size();
    PlaneIndex index;
    // Elementary port segments: cut at every rule's first port and after every rule's last port.
    index.bounds.reserve(2 * m);
    for (const Entry &e : entries) {
        index.bounds.push_back(e.firstPort);
        index.bounds.push_back(e.lastPort + 1);
    }
    std::sort(index.bounds.begin(), index.bounds.end());
    index.bounds.erase(std::unique(index.bounds.begin(), index.bounds.end()), index.bounds.end());
    const size_t segments = index.bounds.size() - 1;
    auto segmentOf = [&](int port) {
        return size_t(std::lower_bound(index.bounds.cbegin(), index.bounds.cend(), port) - index.bounds.cbegin());
    };

    std::vector<std::pair<quint32, quint32>> spans(m);
    qsizetype total = 0;
    for (size_t i = 0; i < m; ++i) {
        spans[i] = {quint32(segmentOf(entries[i].firstPort)), quint32(segmentOf(entries[i].lastPort + 1))};
        total += spans[i].second - spans[i].first;
    }
    if (total > m_budget) {
        for (const Entry &e : entries) {
            m_flags[size_t(e.rule)] &= quint8(~Analysed);
            m_limited.append(e.rule);
        }
        return;
    }
    m_budget -= total;

    // Bucket the entries by segment (CSR); each bucket keeps evaluation order.
    index.segBegin.assign(segments + 1, 0);
    for (const auto &[first, last] : spans) {
        for (quint32 s = first; s < last; ++s)
            ++index.segBegin[s + 1];
    }
    std::partial_sum(index.segBegin.begin(), index.segBegin.end(), index.segBegin.begin());
    index.bucket.resize(size_t(total));
    {
        std::vector<quint32> fill(index.segBegin.cbegin(), index.segBegin.cend() - 1);
        for (size_t i = 0; i < m; ++i) {
            for (quint32 s = spans[i].first; s < spans[i].second; ++s)
                index.bucket[fill[s]++] = quint32(i);
        }
    }
    spans = {};

    index.copies.resize(segments);
    {
        std::unordered_map<quint64, std::vector<size_t>> byHash;
        qsizetype work = 0;
        for (size_t s = 0; s < segments; ++s) {
            const auto first = index.bucket.cbegin() + index.segBegin[s];
            const auto last = index.bucket.cbegin() + index.segBegin[s + 1];
            quint64 hash = quint64(last - first);
            for (auto it = first; it != last; ++it)
                hash = (hash ^ *it) * 0x100000001B3ULL;
            std::vector<size_t> &candidates = byHash[hash];
            const auto same = std::find_if(candidates.cbegin(), candidates.cend(), [&](size_t other) {
                return std::equal(first, last, index.bucket.cbegin() + index.segBegin[other],
                                  index.bucket.cbegin() + index.segBegin[other + 1]);
            });
            if (same != candidates.cend()) {
                index.copies[*same].push_back(s);
            } else {
                candidates.push_back(s);
                index.swept.push_back(s);
                work += last - first;
            }
        }
        total = work;
    }

    // Segments are independent: large planes are swept in two halves (by work) of the segments, the
    // second on sg::workerPool(), with outputs of their own that are merged below. (When the pool is
    // busy, waiting for the second half runs it on this thread instead.)
    constexpr qsizetype ParallelFrom = 20'000;
    const unsigned threads = total >= ParallelFrom && index.swept.size() > 1 && workerPool()->maxThreadCount() > 1 ? 2 : 1;
    std::vector<SweepOutput> outputs(threads);
    for (SweepOutput &out : outputs) {
        out.flags.assign(m, 0);
        out.linkCount.assign(m, {});
    }
    const std::span<const size_t> swept = index.swept;
    if (threads == 1) {
        sweep(plane, entries, index, swept, outputs[0]);
    } else {
        size_t split = 1;
        qsizetype done = 0;
        for (split = 0; split + 1 < swept.size() && done < total / 2; ++split)
            done += index.segBegin[swept[split] + 1] - index.segBegin[swept[split]];
        split = std::max<size_t>(split, 1);
        QFuture<void> second = QtConcurrent::run(workerPool(), [&] { sweep(plane, entries, index, swept.subspan(split), outputs[1]); });
        sweep(plane, entries, index, swept.first(split), outputs[0]);
        second.waitForFinished();
    }

    for (SweepOutput &out : outputs) {
        for (size_t i = 0; i < m; ++i) {
            // An entry outside the rule's home plane says nothing about the rule being uncovered.
            const quint8 f = entries[i].home ? out.flags[i] : quint8(out.flags[i] & ~Uncovered);
            m_flags[size_t(entries[i].rule)] |= f;
        }
        for (const Link &link : out.links)
            addLink(link.rule, link.relation, link.other);
        m_rawParts.insert(m_rawParts.end(), out.parts.begin(), out.parts.end());
    }
}

void RuleCoverage::sweep(const Plane &plane, std::span<const Entry> entries, const PlaneIndex &index,
                         std::span<const size_t> segmentsToSweep, SweepOutput &out) const
{
    std::vector<AddressRange> gapPool;
    std::vector<quint32> gapBegin;
    std::vector<AddressRange> scratch;
    const bool ports = hasPorts(plane.traffic);
    const PaintMap::Value hole = plane.defaultAccept ? PaintMap::Accept : PaintMap::Drop;
    SegmentScratch segmentScratch;

    for (const size_t s : segmentsToSweep) {
        const quint32 begin = index.segBegin[s];
        const quint32 end = index.segBegin[s + 1];
        std::pmr::monotonic_buffer_resource arena = segmentScratch.arena();
        gapPool.clear();
        gapBegin.assign(end - begin + 1, 0);

        // Forward sweep: what earlier rules decide (all of them, and drops alone).
        UnionSet all(&arena);
        UnionSet drops(&arena);
        OwnerMap ownerAll(&arena);
        OwnerMap ownerDrop(&arena);
        for (quint32 k = begin; k < end;) {
            quint32 groupEnd = k;
            const quint32 key = entries[index.bucket[k]].key;
            while (groupEnd < end && entries[index.bucket[groupEnd]].key == key)
                ++groupEnd;
            // Rules of one precedence key neither shadow nor mitigate each other: ask first, then insert.
            for (quint32 q = k; q < groupEnd; ++q) {
                const size_t e = index.bucket[q];
                const Entry &x = entries[e];
                quint8 &flags = out.flags[e];
                gapBegin[q - begin] = quint32(gapPool.size());
                const bool wantGaps = !(flags & NotRedundant);
                const bool wantCovered = x.home && !(flags & Uncovered);
                if (wantGaps || wantCovered) {
                    const size_t before = gapPool.size();
                    all.gaps(x.lo, x.hi, gapPool, wantGaps ? MaxGaps : 1);
                    const bool covered = gapPool.size() == before;
                    if (!wantGaps)
                        gapPool.resize(before);
                    if (!covered) {
                        flags |= Uncovered;
                    } else if (x.home) {
                        ownerAll.visit(x.lo, x.hi, MaxWalk, [&](int other) {
                            out.link(x, e, Shadower, other);
                            if (m_keys[size_t(other)] & 1) // odd keys are accepts (precedence.h)
                                flags |= CoveredByAccept;
                            return true;
                        });
                    }
                }
                if (!x.home || !x.accept || !plane.address)
                    continue;
                const auto record = [&](Exposure exposure, bool reduced) {
                    const auto part = [&](size_t segment) {
                        const int first = ports ? index.bounds[segment] : 0;
                        const int last = ports ? index.bounds[segment + 1] - 1 : 0;
                        out.parts.push_back({x.rule, OpenPart{plane.traffic, first, last, exposure, reduced}});
                    };
                    part(s);
                    for (size_t copy : index.copies[s])
                        part(copy);
                };
                if (drops.isEmpty()) {
                    record(x.nominal, false);
                    continue;
                }
                scratch.clear();
                const bool exact = drops.gaps(x.lo, x.hi, scratch, MaxGaps);
                if (scratch.size() == 1 && scratch.front() == AddressRange{x.lo, x.hi}) {
                    record(x.nominal, false);
                    continue;
                }
                flags |= TouchedByDrops;
                // Precedence keys hold the priority (key / 2): compact, unlike the rules themselves.
                ownerDrop.visit(x.lo, x.hi, MaxWalk, [&](int other) {
                    out.link(x, e, Mitigator, other);
                    if (m_keys[size_t(other)] / 2 == x.key / 2)
                        out.link(x, e, TieDrop, other);
                    return true;
                });
                if (!scratch.empty())
                    record(exact ? exposureOf(scratch, plane.v6) : x.nominal, true);
            }
            for (quint32 q = k; q < groupEnd; ++q) {
                const Entry &x = entries[index.bucket[q]];
                if (x.partial)
                    continue;
                scratch.clear();
                all.insert(x.lo, x.hi, scratch);
                for (const AddressRange &gap : scratch)
                    ownerAll.add(gap, x.rule);
                if (!x.accept) {
                    scratch.clear();
                    drops.insert(x.lo, x.hi, scratch);
                    for (const AddressRange &gap : scratch)
                        ownerDrop.add(gap, x.rule);
                }
            }
            k = groupEnd;
        }
        gapBegin[end - begin] = quint32(gapPool.size());

        // Reverse sweep: paint from the last rule to the first; before painting a rule, ask whether
        // the rules after it (and the default) already decide what it decides, the same way.
        PaintMap paint(&arena);
        for (quint32 q = end; q-- > begin;) {
            const size_t e = index.bucket[q];
            const Entry &x = entries[e];
            quint8 &flags = out.flags[e];
            const PaintMap::Value value = x.accept ? PaintMap::Accept : PaintMap::Drop;
            for (quint32 g = gapBegin[q - begin]; g < gapBegin[q - begin + 1] && !(flags & NotRedundant); ++g) {
                paint.visit(gapPool[g].lo, gapPool[g].hi, hole, [&](int other, PaintMap::Value v) {
                    if (v != value) {
                        flags |= NotRedundant;
                        return false;
                    }
                    if (other < 0)
                        flags |= DefaultTakes;
                    else
                        out.link(x, e, Taker, other);
                    return true;
                });
            }
            if (x.partial)
                paint.assignPartial(x.lo, x.hi, x.rule, value, hole);
            else
                paint.assign(x.lo, x.hi, x.rule, value);
        }
    }
}

void RuleCoverage::addLink(int rule, Relation relation, int other)
{
    if (other == rule)
        return;
    quint8 &count = m_linkCount[size_t(rule)][relation];
    if (count >= MaxRawLinks)
        return;
    if (!m_links.empty()) {
        const Link &last = m_links.back();
        if (last.rule == rule && last.relation == relation && last.other == other)
            return;
    }
    ++count;
    m_links.push_back({rule, other, relation});
}

QList<int> RuleCoverage::related(int rule, Relation relation) const
{
    QList<int> out;
    auto it = std::lower_bound(m_links.cbegin(), m_links.cend(), std::pair{rule, relation},
                               [](const Link &link, const std::pair<int, Relation> &wanted) {
                                   return link.rule != wanted.first ? link.rule < wanted.first
                                                                    : link.relation < wanted.second;
                               });
    for (; it != m_links.cend() && it->rule == rule && it->relation == relation && out.size() < MaxRelated; ++it)
        out.append(it->other);
    return out;
}

std::span<const OpenPart> RuleCoverage::openParts(int rule) const
{
    const auto r = size_t(rule);
    return std::span(m_parts).subspan(m_partBegin[r], m_partBegin[r + 1] - m_partBegin[r]);
}

} // namespace sg
