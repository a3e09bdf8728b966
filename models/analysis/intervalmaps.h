// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ordered interval structures RuleCoverage sweeps address ranges with. Internal to the
// analysis: three small maps that belong together, so they share this header. All intervals are
// closed ([lo, hi]) over unsigned 128-bit addresses (IPv4 in the low 32 bits); nothing here
// computes hi + 1 where hi may be the largest address.

#include "core/endpoint.h"

#include <QtGlobal>

#include <iterator>
#include <map>
#include <memory_resource>
#include <vector>

namespace sg::detail {

__extension__ typedef unsigned __int128 Uint128;

constexpr Uint128 toUint128(Address128 a)
{
    return (Uint128(a.hi) << 64) | a.lo;
}

constexpr Uint128 MaxUint128 = ~Uint128(0);

struct AddressRange
{
    Uint128 lo = 0;
    Uint128 hi = 0;

    friend bool operator==(const AddressRange &, const AddressRange &) = default;
};

// A union of ranges, kept merged (no two stored ranges overlap or touch). Inserting is amortised
// O(log n): every stored range a query walks over is merged away by the insert that follows it.
class UnionSet
{
public:
    explicit UnionSet(std::pmr::memory_resource *memory)
        : m_map(memory) {}

    // Appends the parts of [lo, hi] that are not in the set. After `limit` parts (0 = no limit) the
    // rest of [lo, hi] is appended as one part, an over-approximation; returns false in that case.
    bool gaps(Uint128 lo, Uint128 hi, std::vector<AddressRange> &out, size_t limit = 0) const
    {
        Uint128 cur = lo;
        auto it = m_map.upper_bound(lo);
        if (it != m_map.begin()) {
            const auto before = std::prev(it);
            if (before->second >= lo) {
                if (before->second >= hi)
                    return true;
                cur = before->second + 1;
            }
        }
        size_t added = 0;
        for (; it != m_map.end() && it->first <= hi; ++it) {
            if (it->first > cur) {
                if (limit && added == limit) {
                    out.push_back({cur, hi});
                    return false;
                }
                out.push_back({cur, it->first - 1});
                ++added;
            }
            if (it->second >= hi)
                return true;
            cur = it->second + 1;
        }
        out.push_back({cur, hi});
        return true;
    }

    // Inserts [lo, hi] and appends to `gaps` the parts of it that were not in the set before: one walk
    // instead of gaps() followed by insert().
    void insert(Uint128 lo, Uint128 hi, std::vector<AddressRange> &gaps)
    {
        Uint128 newLo = lo;
        Uint128 newHi = hi;
        Uint128 cur = lo; // the first address of [lo, hi] not yet known to be covered
        auto it = m_map.upper_bound(lo);
        if (it != m_map.begin()) {
            const auto before = std::prev(it);
            if (before->second >= lo || before->second + 1 == lo) {
                if (before->second >= hi)
                    return;
                newLo = before->first;
                if (before->second >= lo)
                    cur = before->second + 1;
                it = m_map.erase(before);
            }
        }
        bool done = false;
        while (it != m_map.end() && (it->first <= hi || (hi != MaxUint128 && it->first == hi + 1))) {
            if (!done && it->first <= hi) {
                if (it->first > cur)
                    gaps.push_back({cur, it->first - 1});
                if (it->second >= hi)
                    done = true;
                else
                    cur = it->second + 1;
            }
            if (it->second > newHi)
                newHi = it->second;
            it = m_map.erase(it);
        }
        if (!done)
            gaps.push_back({cur, hi});
        m_map.emplace_hint(it, newLo, newHi);
    }

    bool isEmpty() const { return m_map.empty(); }

private:
    std::pmr::map<Uint128, Uint128> m_map;
};

// Disjoint ranges, each tagged with the rule that first covered it; fed with the gaps UnionSet
// reports just before the same range is inserted there, so it tells which rule decides where.
class OwnerMap
{
public:
    explicit OwnerMap(std::pmr::memory_resource *memory)
        : m_map(memory) {}

    void add(const AddressRange &range, int rule) { m_map.emplace(range.lo, Owned{range.hi, rule}); }

    // Calls visit(rule) for the owners of the pieces overlapping [lo, hi], walking at most
    // maxPieces pieces; visit returns false to stop.
    template <typename Visit>
    void visit(Uint128 lo, Uint128 hi, int maxPieces, Visit visit) const
    {
        auto it = m_map.upper_bound(lo);
        if (it != m_map.begin() && std::prev(it)->second.hi >= lo)
            --it;
        for (int walked = 0; it != m_map.end() && it->first <= hi && walked < maxPieces; ++it, ++walked) {
            if (!visit(it->second.rule))
                return;
        }
    }

private:
    struct Owned
    {
        Uint128 hi;
        int rule;
    };
    std::pmr::map<Uint128, Owned> m_map;
};

// The painter's map of the reverse sweep: which decision the rules painted so far make where.
// Unpainted addresses take the plane's default. assign() overwrites, so a later (in sweep order)
// rule hides what it covers; walking a range and then painting over it keeps the cost amortised.
class PaintMap
{
public:
    enum Value : quint8 {
        Accept,
        Drop,
        Unknown
    };

    explicit PaintMap(std::pmr::memory_resource *memory)
        : m_map(memory) {}

    // Calls visit(rule, value) for each painted piece overlapping [lo, hi] and visit(-1, hole)
    // once for each unpainted part; visit returns false to stop.
    template <typename Visit>
    void visit(Uint128 lo, Uint128 hi, Value hole, Visit visit) const
    {
        Uint128 cur = lo;
        auto it = m_map.upper_bound(lo);
        if (it != m_map.begin() && std::prev(it)->second.hi >= lo)
            --it;
        for (; it != m_map.end() && it->first <= hi; ++it) {
            if (it->first > cur && !visit(-1, hole))
                return;
            if (!visit(it->second.rule, it->second.value))
                return;
            if (it->second.hi >= hi)
                return;
            cur = it->second.hi + 1;
        }
        visit(-1, hole);
    }

    void assign(Uint128 lo, Uint128 hi, int rule, Value value)
    {
        auto it = m_map.upper_bound(lo);
        bool haveRight = false;
        Uint128 rightLo = 0;
        Painted right{};
        if (it != m_map.begin()) {
            const auto before = std::prev(it);
            if (before->second.hi >= lo) {
                if (before->second.hi > hi) {
                    haveRight = true;
                    rightLo = hi + 1;
                    right = before->second;
                }
                if (before->first < lo)
                    before->second.hi = lo - 1;
                else
                    m_map.erase(before);
            }
        }
        while (it != m_map.end() && it->first <= hi) {
            if (it->second.hi > hi) {
                haveRight = true;
                rightLo = hi + 1;
                right = it->second;
            }
            it = m_map.erase(it);
        }
        if (haveRight)
            it = m_map.emplace_hint(it, rightLo, right);
        m_map.emplace_hint(it, lo, Painted{hi, rule, value});
    }

    // Paints a rule that decides only part of its box (it has refinements): where what lies below
    // decides the same way the result is certain, elsewhere it is Unknown.
    void assignPartial(Uint128 lo, Uint128 hi, int rule, Value value, Value hole)
    {
        struct Piece
        {
            Uint128 lo, hi;
            int rule;
            Value value;
        };
        std::vector<Piece> pieces;
        Uint128 cur = lo;
        bool done = false;
        auto it = m_map.upper_bound(lo);
        if (it != m_map.begin() && std::prev(it)->second.hi >= lo)
            --it;
        for (; it != m_map.end() && it->first <= hi && !done; ++it) {
            const Uint128 pieceLo = std::max(it->first, lo);
            const Uint128 pieceHi = std::min(it->second.hi, hi);
            if (pieceLo > cur)
                pieces.push_back({cur, pieceLo - 1, rule, hole == value ? value : Unknown});
            pieces.push_back({pieceLo, pieceHi, it->second.rule, it->second.value == value ? value : Unknown});
            done = pieceHi == hi;
            if (!done)
                cur = pieceHi + 1;
        }
        if (!done)
            pieces.push_back({cur, hi, rule, hole == value ? value : Unknown});
        for (const Piece &piece : pieces)
            assign(piece.lo, piece.hi, piece.rule, piece.value);
    }

private:
    struct Painted
    {
        Uint128 hi;
        int rule;
        Value value;
    };
    std::pmr::map<Uint128, Painted> m_map;
};

} // namespace sg::detail
