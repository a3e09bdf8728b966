// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectformat.h"

#include "jsonrulereader.h"
#include "jsonwriter.h"
#include "permissioncodec.h"
#include "writerutil.h"

namespace sg {

ProjectFormat::ProjectFormat()
    : RuleFormat({.id = "project", .displayName = QT_TRANSLATE_NOOP("sg::RuleFormat", "SG Assist project"), .suffix = "sgassist", .reads = true, .writes = true})
{
}

int ProjectFormat::sniff(QByteArrayView head) const
{
    return head.toByteArray().contains("\"sgassist-project\"") ? 100 : 0;
}

Parsed<Document> ProjectFormat::read(QIODevice &device, const QString &fileName) const
{
    return detail::readJsonRules(device, fileName, detail::JsonLayout::Project);
}

Parsed<Workspace> ProjectFormat::readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const
{
    Q_UNUSED(options);
    return detail::readJsonWorkspace(device, fileName, detail::JsonLayout::Project);
}

QString ProjectFormat::write(const Document &document, QIODevice &device) const
{
    Workspace workspace;
    workspace.groups.append(WorkspaceGroup{document.ruleSet, {}});
    workspace.plan = document.plan;
    workspace.notes = document.notes;
    return writeWorkspace(workspace, device);
}

QString ProjectFormat::writeWorkspace(const Workspace &workspace, QIODevice &device)
{
    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("format"), QStringLiteral("sgassist-project"));
    w.field(QLatin1StringView("version"), Version);
    if (workspace.plan) {
        w.key(QLatin1StringView("plan"));
        w.value(QJsonValue(workspace.plan->toJson()));
    }
    w.field(QLatin1StringView("notes"), workspace.notes);
    w.key(QLatin1StringView("groups"));
    w.beginArray();
    PermissionCodec::JsonStyle style;
    style.includeEmpty = false;
    style.includeServices = true;
    for (const WorkspaceGroup &entry : workspace.groups) {
        w.beginObject();
        w.key(QLatin1StringView("group"));
        w.beginObject();
        detail::writeGroupFields(w, entry.ruleSet.group, detail::GroupTypeField::Always);
        w.endObject();
        if (!entry.source.file.isEmpty() || !entry.source.name.isEmpty()) {
            w.key(QLatin1StringView("source"));
            w.beginObject();
            w.field(QLatin1StringView("file"), entry.source.file);
            if (entry.source.line > 0)
                w.field(QLatin1StringView("line"), entry.source.line);
            w.field(QLatin1StringView("name"), entry.source.name);
            w.endObject();
        }
        w.key(QLatin1StringView("rules"));
        w.beginArray();
        for (const Rule &rule : entry.ruleSet.rules)
            PermissionCodec::writeJson(rule, w, style);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    if (workspace.attachmentsKnown || !workspace.interfaces.isEmpty()) {
        w.key(QLatin1StringView("networkInterfaces"));
        w.beginArray();
        const auto list = [&](QLatin1StringView key, const QStringList &values) {
            w.key(key);
            w.beginArray();
            for (const QString &value : values)
                w.value(value);
            w.endArray();
        };
        for (const NetworkInterface &eni : workspace.interfaces) {
            w.beginObject();
            w.field(QLatin1StringView("NetworkInterfaceId"), eni.id);
            w.field(QLatin1StringView("InstanceId"), eni.instanceId);
            w.field(QLatin1StringView("Type"), eni.type);
            w.field(QLatin1StringView("VpcId"), eni.vpcId);
            list(QLatin1StringView("PrivateIpAddresses"), eni.privateIps);
            list(QLatin1StringView("SecurityGroupIds"), eni.groupIds);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
    return w.finishWithError();
}

} // namespace sg
