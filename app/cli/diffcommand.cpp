// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "commands.h"
#include "ruleinput.h"

#include "analysis/rulesetdiff.h"
#include "io/formatregistry.h"
#include "io/jsonwriter.h"

namespace sg::cli {
namespace {

// "ingress accept TCP 22 from 0.0.0.0/0, priority 1"
QString summary(const Rule &r)
{
    QString what = r.protocol == Protocol::All ? QStringLiteral("ALL") : toApiString(r.protocol);
    if (hasPorts(r.protocol) && !r.ports.isNone())
        what += u' ' + r.ports.toDisplayString();
    return QStringLiteral("%1 %2 %3 %4 %5, priority %6")
        .arg(toApiString(r.direction), toApiString(r.policy), what, r.isIngress() ? QStringLiteral("from") : QStringLiteral("to"),
             r.peer.text(), QString::number(r.priority));
}

QString withId(const Rule &r)
{
    return r.id.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.id);
}

void writeFinding(JsonWriter &w, const Finding &f)
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
    for (const QString &id : f.ruleIds)
        w.value(id);
    w.endArray();
    w.field(QLatin1StringView("message"), f.message);
    w.field(QLatin1StringView("recommendation"), f.recommendation);
    w.endObject();
}

void writeRuleRef(JsonWriter &w, int position, const Rule &r)
{
    w.beginObject();
    w.field(QLatin1StringView("rule"), position);
    w.field(QLatin1StringView("ruleId"), r.id);
    w.field(QLatin1StringView("summary"), summary(r));
    w.endObject();
}

QString jsonReport(const RuleSetDiff &diff, const QString &oldPath, const RuleSet &before, const QString &newPath,
                   const RuleSet &after, QIODevice &device)
{
    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("old"), oldPath);
    w.field(QLatin1StringView("new"), newPath);
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
        w.field(QLatin1StringView("old"), summary(before.rules.at(c.before - 1)));
        w.field(QLatin1StringView("new"), summary(after.rules.at(c.after - 1)));
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("introduced"));
    w.beginArray();
    for (const Finding &f : diff.introduced)
        writeFinding(w, f);
    w.endArray();
    w.key(QLatin1StringView("resolved"));
    w.beginArray();
    for (const Finding &f : diff.resolved)
        writeFinding(w, f);
    w.endArray();
    w.endObject();
    return w.finish() ? QString() : device.errorString();
}

QString textReport(const RuleSetDiff &diff, const QString &oldPath, const RuleSet &before, const QString &newPath,
                   const RuleSet &after)
{
    QString out = QStringLiteral("%1 -> %2: %3 added, %4 removed, %5 changed; %6 findings introduced, %7 resolved.\n")
                      .arg(oldPath, newPath)
                      .arg(diff.added.size())
                      .arg(diff.removed.size())
                      .arg(diff.changed.size())
                      .arg(diff.introduced.size())
                      .arg(diff.resolved.size());
    if (!diff.groupChanges.isEmpty()) {
        out += QStringLiteral("\nGroup:\n");
        for (const QString &change : diff.groupChanges)
            out += QStringLiteral("  ~ %1\n").arg(change);
    }
    if (!diff.added.isEmpty()) {
        out += QStringLiteral("\nAdded:\n");
        for (int p : diff.added)
            out += QStringLiteral("  + rule %1: %2%3\n").arg(QString::number(p), summary(after.rules.at(p - 1)), withId(after.rules.at(p - 1)));
    }
    if (!diff.removed.isEmpty()) {
        out += QStringLiteral("\nRemoved:\n");
        for (int p : diff.removed)
            out += QStringLiteral("  - rule %1: %2%3\n").arg(QString::number(p), summary(before.rules.at(p - 1)), withId(before.rules.at(p - 1)));
    }
    if (!diff.changed.isEmpty()) {
        out += QStringLiteral("\nChanged:\n");
        for (const RuleChange &c : diff.changed) {
            out += QStringLiteral("  ~ rule %1 -> rule %2 (%3)%4\n      was: %5\n      now: %6\n")
                       .arg(QString::number(c.before), QString::number(c.after), c.fields.join(QStringLiteral(", ")),
                            withId(after.rules.at(c.after - 1)), summary(before.rules.at(c.before - 1)),
                            summary(after.rules.at(c.after - 1)));
        }
    }
    auto findings = [&](const QString &title, const QList<Finding> &list, const QString &ruleWord) {
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
                            f.message);
        }
    };
    findings(QStringLiteral("Findings introduced:"), diff.introduced, QStringLiteral("new rule"));
    findings(QStringLiteral("Findings resolved:"), diff.resolved, QStringLiteral("old rule"));
    return out;
}

} // namespace

int runDiff(CliContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("diff");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compare two rule files before applying the new one: rules added, removed and changed, and the\n"
                       "findings the change introduces and resolves. Exits 0 whether or not they differ."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Format of both files: %1 (default: detected for each).").arg(FormatRegistry::instance().idList(true)),
                                  QStringLiteral("format"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Output: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOptions({from, report});
    parser.addPositionalArgument(QStringLiteral("old"), QStringLiteral("The rule file as it is."));
    parser.addPositionalArgument(QStringLiteral("new"), QStringLiteral("The rule file as it would be."));
    int exitCode = Success;
    if (!context.parse(parser, command, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usageError(command, QStringLiteral("two rule files are required: OLD NEW"));
    const QString kind = parser.value(report);
    if (kind != u"text" && kind != u"json")
        return context.usageError(command, QStringLiteral("\"%1\" is not a report: use text or json").arg(kind));

    RuleFiles::LoadResult before;
    RuleFiles::LoadResult after;
    if (const int code = loadRuleFile(context, positional.at(0), parser.value(from), before); code != Success)
        return code;
    if (const int code = loadRuleFile(context, positional.at(1), parser.value(from), after); code != Success)
        return code;
    const RuleSet &oldSet = before.document.ruleSet;
    const RuleSet &newSet = after.document.ruleSet;
    const RuleSetDiff diff = diffRuleSets(oldSet, newSet);
    return context.writeOutput({}, [&](QIODevice &device) {
        if (kind == u"json")
            return jsonReport(diff, positional.at(0), oldSet, positional.at(1), newSet, device);
        return device.write(textReport(diff, positional.at(0), oldSet, positional.at(1), newSet).toUtf8()) < 0
            ? device.errorString()
            : QString();
    });
}

} // namespace sg::cli
