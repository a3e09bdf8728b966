// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apijsonformat.h"

#include "jsonrulereader.h"
#include "jsonwriter.h"
#include "permissioncodec.h"

#include <QCoreApplication>

namespace sg {

QString ApiJsonFormat::displayName() const
{
    return QCoreApplication::translate("sg::ApiJsonFormat", "DescribeSecurityGroupAttribute JSON");
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
    const GroupInfo &group = document.ruleSet.group;
    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("RegionId"), group.regionId);
    w.field(QLatin1StringView("SecurityGroupId"), group.securityGroupId);
    w.field(QLatin1StringView("SecurityGroupName"), group.name);
    w.field(QLatin1StringView("Description"), group.description);
    w.field(QLatin1StringView("VpcId"), group.vpcId);
    // Not in DescribeSecurityGroupAttribute's answer (DescribeSecurityGroups has it), but an
    // enterprise group is analysed differently: written when it is one, read back by the reader.
    if (group.type == GroupType::Enterprise)
        w.field(QLatin1StringView("SecurityGroupType"), toApiString(group.type));
    w.field(QLatin1StringView("InnerAccessPolicy"),
            group.innerAccessPolicy == Policy::Accept ? QStringLiteral("Accept") : QStringLiteral("Drop"));
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
