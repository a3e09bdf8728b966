// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"

#include <algorithm>

namespace sg {

// Alibaba's evaluation order as one number, smaller first (reference section 2): priority ascending
// (1 is evaluated first) and, at equal priority, drop before accept. Rules with equal keys make the
// same decision, so their order among themselves does not matter.
inline quint32 precedenceKey(const Rule &rule)
{
    return quint32(std::clamp(rule.priority, 0, 1 << 20)) * 2 + (rule.policy == Policy::Accept ? 1 : 0);
}

} // namespace sg
