// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

#include "core/limits.h"
#include "jsonrulereader.h"
#include "jsonwriter.h"
#include "permissioncodec.h"
#include "writerutil.h"

namespace sg {
namespace {

qsizetype skipSpace(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        ++i;
    return i;
}

} // namespace

ConsoleJsonFormat::ConsoleJsonFormat()
    : RuleFormat({.id = "console-json", .displayName = QT_TRANSLATE_NOOP("sg::RuleFormat", "Console export JSON"), .suffix = "json", .reads = true, .writes = true, .maxRulesPerFile = Limits::RulesPerConsoleFile})
{
}

int ConsoleJsonFormat::sniff(QByteArrayView head) const
{
    const QByteArrayView text = head;
    const qsizetype start = skipSpace(text, 0);
    if (start >= text.size())
        return 0;
    if (text[start] == '[') {
        // A bare array of permissions.
        return text.contains("\"ipprotocol\"") ? 85 : 0;
    }
    if (text[start] != '{' || text.contains("\"sgassist-project\""))
        return 0;
    // {"Permissions": [...]}: the list directly under Permissions is what sets this apart from the
    // API response's {"Permissions": {"Permission": [...]}}.
    for (qsizetype at = text.indexOf("\"permissions\""); at >= 0; at = text.indexOf("\"permissions\"", at + 1)) {
        qsizetype i = skipSpace(text, at + 13);
        if (i < text.size() && text[i] == ':') {
            i = skipSpace(text, i + 1);
            if (i < text.size() && text[i] == '[')
                return 95;
        }
    }
    return 0;
}

Parsed<Document> ConsoleJsonFormat::read(QIODevice &device, const QString &fileName) const
{
    Parsed<Document> out = detail::readJsonRules(device, fileName, detail::JsonLayout::Console);
    detail::fillGroupFromConsoleFileName(fileName, out.value.ruleSet.group);
    return out;
}

QString ConsoleJsonFormat::write(const Document &document, QIODevice &device) const
{
    if (const QString tooMany = checkFitsOneFile(document); !tooMany.isEmpty())
        return tooMany;
    const GroupInfo &group = document.ruleSet.group;
    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("RegionId"), group.regionId);
    w.field(QLatin1StringView("SecurityGroupId"), group.securityGroupId);
    w.key(QLatin1StringView("Permissions"));
    w.beginArray();
    // Every field, "" when unset, values as the API takes them on input ("accept", "TCP").
    const PermissionCodec::JsonStyle style;
    for (const Rule &rule : document.ruleSet.rules)
        PermissionCodec::writeJson(rule, w, style);
    w.endArray();
    w.endObject();
    return w.finishWithError();
}

} // namespace sg
