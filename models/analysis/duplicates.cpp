// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates.h"

#include <QHashFunctions>

#include <algorithm>

namespace sg {

std::vector<int> findDuplicates(const RuleSet &set)
{
    const auto n = size_t(set.rules.size());
    std::vector<int> original(n, -1);
    // Rules hashed on what sameEffect compares, then sorted by (hash, position): rules with the same
    // effect sit together, in file order, and the first of each such run is the original of the
    // others. Two flat arrays instead of a hash of 100,000 nodes.
    std::vector<std::pair<size_t, int>> hashed(n);
    for (size_t i = 0; i < n; ++i) {
        const Rule &r = set.rules.at(qsizetype(i));
        hashed[i] = {qHashMulti(0, int(r.direction), int(r.policy), int(r.protocol), r.ports.first(), r.ports.last(), r.peer,
                                r.priority, int(r.nicType), r.local(), r.sourcePorts() ? r.sourcePorts()->first() : -2,
                                r.sourcePorts() ? r.sourcePorts()->last() : -2),
                     int(i)};
    }
    std::sort(hashed.begin(), hashed.end());
    std::vector<int> firsts; // the originals met so far among the rules of one hash
    for (size_t begin = 0; begin < n;) {
        size_t end = begin + 1;
        while (end < n && hashed[end].first == hashed[begin].first)
            ++end;
        firsts.clear();
        for (size_t k = begin; k < end; ++k) {
            const int i = hashed[k].second;
            const Rule &r = set.rules.at(i);
            const auto same = std::find_if(firsts.cbegin(), firsts.cend(), [&](int j) { return set.rules.at(j).sameEffect(r); });
            if (same == firsts.cend())
                firsts.push_back(i);
            else
                original[size_t(i)] = *same;
        }
        begin = end;
    }
    return original;
}

} // namespace sg
