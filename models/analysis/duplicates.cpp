// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates.h"

#include <QHash>

namespace sg {

std::vector<int> findDuplicates(const RuleSet &set)
{
    const qsizetype n = set.rules.size();
    std::vector<int> original(size_t(n), -1);
    QMultiHash<size_t, int> seen;
    seen.reserve(n);
    for (int i = 0; i < int(n); ++i) {
        const Rule &r = set.rules.at(i);
        const size_t h = qHashMulti(0, int(r.direction), int(r.policy), int(r.protocol), r.ports.first(), r.ports.last(),
                                    r.peer, r.priority, int(r.nicType), r.local, r.sourcePorts ? r.sourcePorts->first() : -2,
                                    r.sourcePorts ? r.sourcePorts->last() : -2);
        bool duplicate = false;
        for (auto it = seen.constFind(h); it != seen.cend() && it.key() == h; ++it) {
            if (set.rules.at(it.value()).sameEffect(r)) {
                original[size_t(i)] = it.value();
                duplicate = true;
                break;
            }
        }
        if (!duplicate)
            seen.insert(h, i);
    }
    return original;
}

} // namespace sg
