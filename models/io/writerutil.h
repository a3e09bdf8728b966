// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"
#include "document.h"

#include <QSet>

#include <QString>
#include <QStringView>

namespace sg {
class JsonWriter;
}

// Small helpers the writers (and the template readers) share.
namespace sg::detail {

// A group's fields as the API names them, into the object `writer` is in: RegionId,
// SecurityGroupId, SecurityGroupName, Description, VpcId, SecurityGroupType (always, or only for an
// enterprise group, as DescribeSecurityGroupAttribute's answer leaves it out) and InnerAccessPolicy.
enum class GroupTypeField : quint8 {
    Always,
    WhenEnterprise
};
void writeGroupFields(JsonWriter &writer, const GroupInfo &group, GroupTypeField type);

// Text safe inside a one-line comment of any language: line breaks and other control characters
// (which would end a `#` comment and start code) become spaces.
QString commentSafe(QStringView text);

// Appends `c` as the backslash escapes that bash's $'...' strings and HCL strings share: \\, \n, \r,
// \t, and every other control character (below U+0020, and U+007F) as `hexPrefix` and `hexDigits`
// hex digits ("\\x" and 2 for bash, "\\u" and 4 for HCL); any other character as it is.
void appendEscaped(QString &out, QChar c, QLatin1StringView hexPrefix, int hexDigits);

// "12 rules (10 ingress, 2 egress)", for file headers.
QString ruleCountSummary(const RuleSet &ruleSet);

// The rules of one direction, in rule-set order, cut into batches of at most `batchSize`
// (the API takes at most 100 permissions per call). Ingress batches come first.
struct RuleBatch
{
    Direction direction = Direction::Ingress;
    QList<const Rule *> rules;
};
QList<RuleBatch> batchesByDirection(const RuleSet &ruleSet, int batchSize);

// Reads a group and region out of the names the console gives its exports
// (`ecs_${regionId}_${groupId}.json`, `ecs_sgRule_${groupId}_${regionId}_${date}.csv`), for files
// that do not name them inside. Leaves fields that are already set alone.
void fillGroupFromConsoleFileName(const QString &fileName, GroupInfo &group);

// For readers of files that name a group per rule (ROS, Terraform): one group becomes the rule set's
// group; several are read as one rule set, with a warning at `field` naming them.
void settleGroupId(const QSet<QString> &groups, const QString &fileName, const QString &field, Parsed<Document> &out);

} // namespace sg::detail
