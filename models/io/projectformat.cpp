// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectformat.h"

#include "jsonrulereader.h"
#include "jsonwriter.h"
#include "permissioncodec.h"

#include <QCoreApplication>

namespace sg {

QString ProjectFormat::displayName() const
{
    return QCoreApplication::translate("sg::ProjectFormat", "SG Assist project");
}

int ProjectFormat::sniff(QByteArrayView head) const
{
    return head.toByteArray().contains("\"sgassist-project\"") ? 100 : 0;
}

Parsed<Document> ProjectFormat::read(QIODevice &device, const QString &fileName) const
{
    return detail::readJsonRules(device, fileName, detail::JsonLayout::Project);
}

QString ProjectFormat::write(const Document &document, QIODevice &device) const
{
    const GroupInfo &group = document.ruleSet.group;
    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("format"), QStringLiteral("sgassist-project"));
    w.field(QLatin1StringView("version"), Version);
    w.key(QLatin1StringView("group"));
    w.beginObject();
    w.field(QLatin1StringView("RegionId"), group.regionId);
    w.field(QLatin1StringView("SecurityGroupId"), group.securityGroupId);
    w.field(QLatin1StringView("SecurityGroupName"), group.name);
    w.field(QLatin1StringView("Description"), group.description);
    w.field(QLatin1StringView("VpcId"), group.vpcId);
    w.field(QLatin1StringView("SecurityGroupType"), toApiString(group.type));
    w.field(QLatin1StringView("InnerAccessPolicy"),
            group.innerAccessPolicy == Policy::Accept ? QStringLiteral("Accept") : QStringLiteral("Drop"));
    w.endObject();
    if (document.plan) {
        w.key(QLatin1StringView("plan"));
        w.value(QJsonValue(document.plan->toJson()));
    }
    w.field(QLatin1StringView("notes"), document.notes);
    w.key(QLatin1StringView("rules"));
    w.beginArray();
    PermissionCodec::JsonStyle style;
    style.includeEmpty = false;
    style.includeServices = true;
    for (const Rule &rule : document.ruleSet.rules)
        PermissionCodec::writeJson(rule, w, style);
    w.endArray();
    w.endObject();
    if (!w.finish())
        return device.errorString();
    return {};
}

} // namespace sg
