// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatfidelity.h"

#include <algorithm>

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
    // ROS names each rule by its resource, Rule001, Rule002, ... (RosFormat::write).
    const int width = std::max(3, int(QString::number(set.rules.size()).size()));
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        Rule &rule = set.rules[i];
        if (formatId != u"project") {
            rule.services.clear();
            rule.resource.clear(); // only the project keeps a rule's name in its source
        }
        if (formatId == u"ros") {
            rule.id.clear();
            rule.resource = QStringLiteral("Rule%1").arg(i + 1, width, 10, QLatin1Char('0'));
        }
    }
    return set;
}

} // namespace sg
