// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writerutil.h"

#include "jsonwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace sg::detail {

void writeGroupFields(JsonWriter &writer, const GroupInfo &group, GroupTypeField type)
{
    writer.field(QLatin1StringView("RegionId"), group.regionId);
    writer.field(QLatin1StringView("SecurityGroupId"), group.securityGroupId);
    writer.field(QLatin1StringView("SecurityGroupName"), group.name);
    writer.field(QLatin1StringView("Description"), group.description);
    writer.field(QLatin1StringView("VpcId"), group.vpcId);
    if (type == GroupTypeField::Always || group.type == GroupType::Enterprise)
        writer.field(QLatin1StringView("SecurityGroupType"), toApiString(group.type));
    writer.field(QLatin1StringView("InnerAccessPolicy"),
                 group.innerAccessPolicy == Policy::Accept ? QStringLiteral("Accept") : QStringLiteral("Drop"));
}

QString commentSafe(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool breaks = u < 0x20 || u == 0x7F || u == 0x85 || u == 0x2028 || u == 0x2029;
        out += breaks ? QChar(u' ') : c;
    }
    return out;
}

void appendEscaped(QString &out, QChar c, QLatin1StringView hexPrefix, int hexDigits)
{
    switch (c.unicode()) {
    case u'\\': out += QStringLiteral("\\\\"); break;
    case u'\n': out += QStringLiteral("\\n"); break;
    case u'\r': out += QStringLiteral("\\r"); break;
    case u'\t': out += QStringLiteral("\\t"); break;
    default:
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            out += hexPrefix;
            out += QStringLiteral("%1").arg(c.unicode(), hexDigits, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
}

QString ruleCountSummary(const RuleSet &ruleSet)
{
    qsizetype ingress = 0;
    for (const Rule &rule : ruleSet.rules)
        ingress += rule.isIngress() ? 1 : 0;
    const qsizetype egress = ruleSet.rules.size() - ingress;
    const char *text = ruleSet.rules.size() == 1 ? QT_TRANSLATE_NOOP("sg::RuleCount", "%1 rule (%2 ingress, %3 egress)")
                                                 : QT_TRANSLATE_NOOP("sg::RuleCount", "%1 rules (%2 ingress, %3 egress)");
    return QCoreApplication::translate("sg::RuleCount", text).arg(ruleSet.rules.size()).arg(ingress).arg(egress);
}

QList<RuleBatch> batchesByDirection(const RuleSet &ruleSet, int batchSize)
{
    QList<RuleBatch> out;
    for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
        RuleBatch batch{direction, {}};
        for (const Rule &rule : ruleSet.rules) {
            if (rule.direction != direction)
                continue;
            batch.rules.append(&rule);
            if (batch.rules.size() == batchSize) {
                out.append(batch);
                batch.rules.clear();
            }
        }
        if (!batch.rules.isEmpty())
            out.append(batch);
    }
    return out;
}

void fillGroupFromConsoleFileName(const QString &fileName, GroupInfo &group)
{
    // Region ids look like cn-hangzhou, ap-southeast-1; group ids like sg-bp1example.
    static const QRegularExpression json(QStringLiteral("^ecs_([a-z]{2,}(?:-[a-z0-9]+)+)_(sg-[A-Za-z0-9]+)(?:-\\d+)?\\.json$"));
    static const QRegularExpression csv(QStringLiteral("^ecs_sgRule_(sg-[A-Za-z0-9]+)_([a-z]{2,}(?:-[a-z0-9]+)+)_.*\\.csv$"));
    const QString name = QFileInfo(fileName).fileName();
    QString region;
    QString groupId;
    if (const QRegularExpressionMatch m = json.match(name); m.hasMatch()) {
        region = m.captured(1);
        groupId = m.captured(2);
    } else if (const QRegularExpressionMatch c = csv.match(name); c.hasMatch()) {
        groupId = c.captured(1);
        region = c.captured(2);
    }
    if (group.regionId.isEmpty())
        group.regionId = region;
    if (group.securityGroupId.isEmpty())
        group.securityGroupId = groupId;
}

void settleGroupId(const QSet<QString> &groups, const QString &fileName, const QString &field, Parsed<Document> &out)
{
    if (groups.size() == 1) {
        out.value.ruleSet.group.securityGroupId = *groups.cbegin();
        return;
    }
    if (groups.size() > 1) {
        QStringList names(groups.cbegin(), groups.cend());
        names.sort();
        out.diagnostics.append(Diagnostic::warning(
            SourceLocation{fileName, 0, 0, 0, field},
            QCoreApplication::translate("sg::detail", "the rules belong to %1 security groups (%2); they are read as one rule set")
                .arg(names.size())
                .arg(names.join(QStringLiteral(", ")))));
    }
}

} // namespace sg::detail
