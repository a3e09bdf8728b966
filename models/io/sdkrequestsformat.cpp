// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

#include "jsonwriter.h"
#include "permissioncodec.h"
#include "writerutil.h"

namespace sg {

SdkRequestsFormat::SdkRequestsFormat()
    : RuleFormat({.id = "sdk-requests", .displayName = QT_TRANSLATE_NOOP("sg::RuleFormat", "SDK request bodies (JSON)"), .suffix = "json", .writes = true})
{
}

Diagnostics SdkRequestsFormat::checkWritable(const Document &document) const
{
    Diagnostics out;
    const GroupInfo &group = document.ruleSet.group;
    if (document.ruleSet.rules.isEmpty())
        return out;
    if (group.regionId.isEmpty() && group.securityGroupId.isEmpty()) {
        out.append(Diagnostic::warning(SourceLocation{}, tr("the rule set names no region and no security group; the requests "
                                                            "have empty regionId and securityGroupId fields to fill in")));
    } else if (group.regionId.isEmpty()) {
        out.append(Diagnostic::warning(SourceLocation{}, tr("the rule set names no region (security group %1); the requests "
                                                            "have an empty regionId field to fill in")
                                                             .arg(group.securityGroupId)));
    } else if (group.securityGroupId.isEmpty()) {
        out.append(Diagnostic::warning(SourceLocation{}, tr("the rule set names no security group (region %1); the requests "
                                                            "have an empty securityGroupId field to fill in")
                                                             .arg(group.regionId)));
    }
    return out;
}

QString SdkRequestsFormat::write(const Document &document, QIODevice &device) const
{
    const GroupInfo &group = document.ruleSet.group;
    PermissionCodec::JsonStyle style;
    style.includeEmpty = false;
    style.includeDirection = false;
    style.includeRuleId = false;
    style.priorityAsString = true;
    JsonWriter w(device);
    w.beginArray();
    for (const detail::RuleBatch &batch : detail::batchesByDirection(document.ruleSet, MaxPermissionsPerRequest)) {
        w.beginObject();
        w.field(QLatin1StringView("action"), batch.direction == Direction::Ingress ? QStringLiteral("AuthorizeSecurityGroup") : QStringLiteral("AuthorizeSecurityGroupEgress"));
        w.field(QLatin1StringView("regionId"), group.regionId);
        w.field(QLatin1StringView("securityGroupId"), group.securityGroupId);
        w.key(QLatin1StringView("permissions"));
        w.beginArray();
        for (const Rule *rule : batch.rules)
            PermissionCodec::writeJson(*rule, w, style);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    return w.finishWithError();
}

} // namespace sg
