// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatfidelity.h"

namespace sg {

RuleSet keptBy(const QString &formatId, RuleSet set)
{
    GroupInfo group;
    if (formatId != u"console-csv")
        group.securityGroupId = set.group.securityGroupId;
    if (formatId != u"ros" && formatId != u"console-csv")
        group.regionId = set.group.regionId;
    if (formatId == u"api-json" || formatId == u"project")
        group = set.group;
    set.group = group;
    for (Rule &rule : set.rules) {
        if (formatId != u"project")
            rule.services.clear();
        if (formatId == u"ros")
            rule.id.clear();
    }
    return set;
}

} // namespace sg
