// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffreport.h"

#include "io/jsonwriter.h"

#include <QHash>

namespace sg {
namespace {

const RuleSet &emptySet()
{
    static const RuleSet empty;
    return empty;
}

QString withId(const Rule &r)
{
    return r.id.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.id);
}

// A finding of `set`'s analysis.
void writeFinding(JsonWriter &w, const Finding &f, const RuleSet &set)
{
    w.beginObject();
    w.field(QLatin1StringView("check"), f.check);
    w.field(QLatin1StringView("severity"), toId(f.severity));
    w.key(QLatin1StringView("rules"));
    w.beginArray();
    for (int r : f.rules)
        w.value(r);
    w.endArray();
    w.key(QLatin1StringView("ruleIds"));
    w.beginArray();
    for (int r : f.rules)
        w.value(set.ruleIdAt(r));
    w.endArray();
    w.field(QLatin1StringView("message"), f.message(set));
    w.field(QLatin1StringView("recommendation"), f.recommendation);
    w.endObject();
}

void writeRuleRef(JsonWriter &w, int position, const Rule &r)
{
    w.beginObject();
    w.field(QLatin1StringView("rule"), position);
    w.field(QLatin1StringView("ruleId"), r.id);
    if (!r.resource.isEmpty())
        w.field(QLatin1StringView("resource"), r.resource);
    w.field(QLatin1StringView("summary"), DiffReport::summary(r));
    w.endObject();
}

// The fields of one group's comparison, into the object being written.
void writeGroupFields(JsonWriter &w, const RuleSetDiff &diff, const RuleSet &before, const RuleSet &after)
{
    w.key(QLatin1StringView("groupChanges"));
    w.beginArray();
    for (const QString &change : diff.groupChanges)
        w.value(change);
    w.endArray();
    w.key(QLatin1StringView("added"));
    w.beginArray();
    for (int p : diff.added)
        writeRuleRef(w, p, after.rules.at(p - 1));
    w.endArray();
    w.key(QLatin1StringView("removed"));
    w.beginArray();
    for (int p : diff.removed)
        writeRuleRef(w, p, before.rules.at(p - 1));
    w.endArray();
    w.key(QLatin1StringView("changed"));
    w.beginArray();
    for (const RuleChange &c : diff.changed) {
        w.beginObject();
        w.field(QLatin1StringView("before"), c.before);
        w.field(QLatin1StringView("after"), c.after);
        w.field(QLatin1StringView("ruleId"), after.rules.at(c.after - 1).id);
        w.key(QLatin1StringView("fields"));
        w.beginArray();
        for (const QString &field : c.fields)
            w.value(field);
        w.endArray();
        w.field(QLatin1StringView("old"), DiffReport::summary(before.rules.at(c.before - 1)));
        w.field(QLatin1StringView("new"), DiffReport::summary(after.rules.at(c.after - 1)));
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("introduced"));
    w.beginArray();
    for (const Finding &f : diff.introduced)
        writeFinding(w, f, after);
    w.endArray();
    w.key(QLatin1StringView("resolved"));
    w.beginArray();
    for (const Finding &f : diff.resolved)
        writeFinding(w, f, before);
    w.endArray();
}

} // namespace

bool WorkspaceDiff::hasChanges() const
{
    for (const GroupDiff &g : groups) {
        if (g.before < 0 || g.after < 0 || g.diff.hasRuleChanges())
            return true;
    }
    return false;
}

WorkspaceDiff WorkspaceDiff::compare(const Workspace &before, const Workspace &after, const ServiceCatalogue &catalogue)
{
    WorkspaceDiff out;
    if (before.groups.size() == 1 && after.groups.size() == 1) {
        out.groups.append({after.groups.first().key(), 0, 0,
                           diffRuleSets(before.groups.first().ruleSet, after.groups.first().ruleSet, catalogue)});
        return out;
    }
    QHash<QString, int> afterIndex;
    for (qsizetype i = 0; i < after.groups.size(); ++i)
        afterIndex.insert(after.groups.at(i).key(), int(i));
    QList<bool> matched(after.groups.size(), false);
    for (qsizetype i = 0; i < before.groups.size(); ++i) {
        const QString key = before.groups.at(i).key();
        const int j = afterIndex.value(key, -1);
        GroupDiff g{key, int(i), j, {}};
        if (j >= 0) {
            matched[j] = true;
            g.diff = diffRuleSets(before.groups.at(i).ruleSet, after.groups.at(j).ruleSet, catalogue);
        } else {
            g.diff = diffRuleSets(before.groups.at(i).ruleSet, emptySet(), catalogue);
        }
        out.groups.append(g);
    }
    for (qsizetype j = 0; j < after.groups.size(); ++j) {
        if (!matched.at(j))
            out.groups.append({after.groups.at(j).key(), -1, int(j), diffRuleSets(emptySet(), after.groups.at(j).ruleSet, catalogue)});
    }
    return out;
}

QString DiffReport::summary(const Rule &r)
{
    QString what = r.protocol == Protocol::All ? QStringLiteral("ALL") : toApiString(r.protocol);
    if (hasPorts(r.protocol) && !r.ports.isNone())
        what += u' ' + r.ports.toDisplayString();
    return QStringLiteral("%1 %2 %3 %4 %5, priority %6")
        .arg(toApiString(r.direction), toApiString(r.policy), what, r.isIngress() ? QStringLiteral("from") : QStringLiteral("to"),
             r.peer.text(), QString::number(r.priority));
}

QString DiffReport::writeJson(QIODevice &device) const
{
    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("old"), m_oldName);
    w.field(QLatin1StringView("new"), m_newName);
    const auto setOf = [](const Workspace &workspace, int index) -> const RuleSet & {
        return index >= 0 ? workspace.groups.at(index).ruleSet : emptySet();
    };
    if (m_diff.groups.size() == 1) {
        const GroupDiff &g = m_diff.groups.first();
        writeGroupFields(w, g.diff, setOf(m_before, g.before), setOf(m_after, g.after));
    } else {
        w.key(QLatin1StringView("groups"));
        w.beginArray();
        for (const GroupDiff &g : m_diff.groups) {
            w.beginObject();
            w.field(QLatin1StringView("group"), g.key);
            w.field(QLatin1StringView("status"), g.before < 0 ? QStringLiteral("added") : g.after < 0 ? QStringLiteral("removed")
                        : g.diff.hasRuleChanges()                                                     ? QStringLiteral("changed")
                                                                                                      : QStringLiteral("unchanged"));
            writeGroupFields(w, g.diff, setOf(m_before, g.before), setOf(m_after, g.after));
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
    return w.finishWithError();
}

QString DiffReport::writeText(QIODevice &device) const
{
    QString out;
    const bool several = m_diff.groups.size() != 1;
    for (const GroupDiff &g : m_diff.groups) {
        const RuleSetDiff &diff = g.diff;
        const RuleSet &before = g.before >= 0 ? m_before.groups.at(g.before).ruleSet : emptySet();
        const RuleSet &after = g.after >= 0 ? m_after.groups.at(g.after).ruleSet : emptySet();
        if (several) {
            const QString status = g.before < 0 ? tr("new group") : g.after < 0 ? tr("group removed")
                                                                                : QString();
            out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("== %1%2 ==\n").arg(g.key, status.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(status));
        }
        out += tr("%1 -> %2: %3 added, %4 removed, %5 changed; %6 findings introduced, %7 resolved.\n")
                   .arg(m_oldName, m_newName)
                   .arg(diff.added.size())
                   .arg(diff.removed.size())
                   .arg(diff.changed.size())
                   .arg(diff.introduced.size())
                   .arg(diff.resolved.size());
        if (!diff.groupChanges.isEmpty()) {
            out += u'\n' + tr("Group:") + u'\n';
            for (const QString &change : diff.groupChanges)
                out += QStringLiteral("  ~ %1\n").arg(change);
        }
        if (!diff.added.isEmpty()) {
            out += u'\n' + tr("Added:") + u'\n';
            for (int p : diff.added)
                out += tr("  + rule %1: %2%3\n").arg(QString::number(p), summary(after.rules.at(p - 1)), withId(after.rules.at(p - 1)));
        }
        if (!diff.removed.isEmpty()) {
            out += u'\n' + tr("Removed:") + u'\n';
            for (int p : diff.removed)
                out += tr("  - rule %1: %2%3\n").arg(QString::number(p), summary(before.rules.at(p - 1)), withId(before.rules.at(p - 1)));
        }
        if (!diff.changed.isEmpty()) {
            out += u'\n' + tr("Changed:") + u'\n';
            for (const RuleChange &c : diff.changed) {
                out += tr("  ~ rule %1 -> rule %2 (%3)%4\n      was: %5\n      now: %6\n")
                           .arg(QString::number(c.before), QString::number(c.after), c.fields.join(QStringLiteral(", ")),
                                withId(after.rules.at(c.after - 1)), summary(before.rules.at(c.before - 1)),
                                summary(after.rules.at(c.after - 1)));
            }
        }
        const auto findings = [&](const QString &title, const QList<Finding> &list, const RuleSet &set, const QString &ruleWord) {
            if (list.isEmpty())
                return;
            out += u'\n' + title + u'\n';
            for (const Finding &f : list) {
                QStringList rules;
                for (int r : f.rules)
                    rules.append(QString::number(r));
                out += QStringLiteral("  [%1] %2%3: %4\n")
                           .arg(toId(f.severity), f.check,
                                rules.isEmpty() ? QString() : QStringLiteral(" (%1 %2)").arg(ruleWord, rules.join(QStringLiteral(", "))),
                                f.message(set));
            }
        };
        findings(tr("Findings introduced:"), diff.introduced, after, tr("new rule"));
        findings(tr("Findings resolved:"), diff.resolved, before, tr("old rule"));
    }
    return device.write(out.toUtf8()) < 0 ? device.errorString() : QString();
}

} // namespace sg
