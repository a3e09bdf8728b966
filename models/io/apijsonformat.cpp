// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

#include "jsonrulereader.h"
#include "jsonwriter.h"
#include "permissioncodec.h"
#include "writerutil.h"

namespace sg {

ApiJsonFormat::ApiJsonFormat()
    : RuleFormat({.id = "api-json", .displayName = QT_TRANSLATE_NOOP("sg::RuleFormat", "DescribeSecurityGroupAttribute JSON"), .suffix = "json", .reads = true, .writes = true})
{
}

int ApiJsonFormat::sniff(QByteArrayView head) const
{
    const QByteArrayView text = head;
    if (!text.trimmed().startsWith('{'))
        return 0;
    if (!text.contains("\"permissions\""))
        return 0;
    // The API response names its group at the top level; a console export may not.
    const bool hasGroup = text.contains("\"securitygroupid\"") || text.contains("\"requestid\"")
        || text.contains("\"regionid\"");
    return hasGroup ? 90 : 40;
}

Parsed<Document> ApiJsonFormat::read(QIODevice &device, const QString &fileName) const
{
    return detail::readJsonRules(device, fileName, detail::JsonLayout::ApiResponse);
}

QString ApiJsonFormat::write(const Document &document, QIODevice &device) const
{
    JsonWriter w(device);
    w.beginObject();
    // SecurityGroupType is not in DescribeSecurityGroupAttribute's answer (DescribeSecurityGroups
    // has it), but an enterprise group is analysed differently: written when it is one, read back.
    detail::writeGroupFields(w, document.ruleSet.group, detail::GroupTypeField::WhenEnterprise);
    w.key(QLatin1StringView("Permissions"));
    w.beginObject();
    w.key(QLatin1StringView("Permission"));
    w.beginArray();
    PermissionCodec::JsonStyle style;
    style.capitalised = true;
    for (const Rule &rule : document.ruleSet.rules)
        PermissionCodec::writeJson(rule, w, style);
    w.endArray();
    w.endObject();
    w.endObject();
    return w.finishWithError();
}

} // namespace sg
