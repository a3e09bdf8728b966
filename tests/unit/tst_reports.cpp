// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's other reports, written by models/report and tested here on buffers: diff (one group and
// several), explain (with the deciding group), catalogue and probe.

#include "report/cataloguereport.h"
#include "report/diffreport.h"
#include "report/explainreport.h"
#include "report/probereport.h"

#include "formattesting.h"
#include "rulespec.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sg;
using formattesting::written;

namespace {

Workspace workspaceOf(const QList<std::pair<QString, QStringList>> &groups)
{
    Workspace w;
    for (const auto &[id, rules] : groups)
        w.groups.append(WorkspaceGroup{spec::rules(rules, GroupType::Basic, Policy::Accept, id), {}});
    return w;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One group on each side: the report is that group's, whatever the keys (a file and its copy).
    void diffOfOneGroup()
    {
        const Workspace before = workspaceOf({{QStringLiteral("sg-a"), {"in accept tcp 22 0.0.0.0/0 p1", "in accept tcp 80 10.0.0.0/8 p1"}}});
        const Workspace after = workspaceOf({{QStringLiteral("sg-b"), {"in accept tcp 22 10.0.0.0/8 p1", "in accept tcp 80 10.0.0.0/8 p1"}}});
        const WorkspaceDiff diff = WorkspaceDiff::compare(before, after);
        QVERIFY(diff.hasChanges());
        const DiffReport report(diff, before, QStringLiteral("old.json"), after, QStringLiteral("new.json"));
        const QJsonObject json = QJsonDocument::fromJson(written([&](QIODevice &d) { return report.writeJson(d); })).object();
        QVERIFY(!json.contains(QStringLiteral("groups")));
        QCOMPARE(json.value(QStringLiteral("changed")).toArray().size(), 1); // one cell edited: a change, not add + remove
        QCOMPARE(json.value(QStringLiteral("resolved")).toArray().first().toObject().value(QStringLiteral("check")).toString(),
                 QStringLiteral("exposed-ssh"));
        const QString text = QString::fromUtf8(written([&](QIODevice &d) { return report.writeText(d); }));
        QVERIFY(text.startsWith(QStringLiteral("old.json -> new.json: 0 added, 0 removed, 1 changed; 0 findings introduced, 1 resolved.\n")));
    }

    // Several groups: paired by key, with the groups that appear and disappear.
    void diffOfSeveralGroups()
    {
        const Workspace before = workspaceOf({{QStringLiteral("sg-a"), {"in accept tcp 22 10.0.0.0/8 p1"}},
                                              {QStringLiteral("sg-gone"), {"in accept tcp 80 10.0.0.0/8 p1"}}});
        const Workspace after = workspaceOf({{QStringLiteral("sg-a"), {"in accept tcp 22 10.0.0.0/8 p1"}},
                                             {QStringLiteral("sg-new"), {"in accept tcp 3389 0.0.0.0/0 p1"}}});
        const WorkspaceDiff diff = WorkspaceDiff::compare(before, after);
        const DiffReport report(diff, before, QStringLiteral("a/"), after, QStringLiteral("b/"));
        const QJsonArray groups = QJsonDocument::fromJson(written([&](QIODevice &d) { return report.writeJson(d); }))
                                      .object()
                                      .value(QStringLiteral("groups"))
                                      .toArray();
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unchanged"));
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("group")).toString(), QStringLiteral("sg-gone"));
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("removed"));
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("removed")).toArray().size(), 1);
        QCOMPARE(groups.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("added"));
        QCOMPARE(groups.at(2).toObject().value(QStringLiteral("introduced")).toArray().first().toObject().value(QStringLiteral("check")).toString(),
                 QStringLiteral("exposed-rdp"));
        const QString text = QString::fromUtf8(written([&](QIODevice &d) { return report.writeText(d); }));
        QVERIFY(text.contains(QStringLiteral("== sg-new (new group) ==")));
        QVERIFY(text.contains(QStringLiteral("== sg-gone (group removed) ==")));
    }

    void explainJson()
    {
        EniDecision byRule;
        byRule.decision.allowed = false;
        byRule.decision.reason = Decision::Reason::Rule;
        byRule.decision.decidingRule = 2;
        byRule.decision.explanation = QStringLiteral("Denied.");
        byRule.decidingGroupKey = QStringLiteral("sg-lock");
        byRule.decidingRuleId = QString(); // a rule without an id
        QJsonObject json = QJsonDocument::fromJson(written([&](QIODevice &d) { return ExplainReport::writeJson(byRule, d); })).object();
        QCOMPARE(json.value(QStringLiteral("decidingRule")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("decidingGroup")).toString(), QStringLiteral("sg-lock"));
        QVERIFY(json.value(QStringLiteral("decidingRuleId")).isString());
        QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("rule"));

        EniDecision byDefault;
        byDefault.decision.explanation = QStringLiteral("Denied: no rule matches.");
        byDefault.missingGroups = {QStringLiteral("sg-x")};
        json = QJsonDocument::fromJson(written([&](QIODevice &d) { return ExplainReport::writeJson(byDefault, d); })).object();
        QVERIFY(json.value(QStringLiteral("decidingRule")).isNull());
        QCOMPARE(json.value(QStringLiteral("decidingGroup")).toString(), QString());
        QVERIFY(json.value(QStringLiteral("decidingRuleId")).isNull());
        QCOMPARE(json.value(QStringLiteral("missingGroups")).toArray(), QJsonArray{QStringLiteral("sg-x")});
        QCOMPARE(written([&](QIODevice &d) { return ExplainReport::writeText(byDefault, d); }), QByteArray("DENIED\nDenied: no rule matches.\n"));
    }

    void catalogue()
    {
        const QJsonObject json = QJsonDocument::fromJson(written([](QIODevice &d) {
                                     return CatalogueReport::writeJson(ServiceCatalogue::builtIn(), d);
                                 })).object();
        QCOMPARE(json.value(QStringLiteral("services")).toArray().size(), 12);
        const QString text = QString::fromUtf8(written([](QIODevice &d) { return CatalogueReport::writeText(ServiceCatalogue::builtIn(), d); }));
        QVERIFY(text.contains(QStringLiteral("slurm")));
        QVERIFY(text.contains(QStringLiteral("    ports:          6817-6819/TCP")) || text.contains(QStringLiteral("6817")));
    }

    void probe()
    {
        ProbeResult open;
        open.target = ProbeTarget{Protocol::Tcp, 22, {QStringLiteral("ssh")}};
        open.status = ProbeStatus::Open;
        open.elapsedMs = 3;
        ProbeResult failed;
        failed.target = ProbeTarget{Protocol::Tcp, 6817, {QStringLiteral("slurm")}};
        failed.status = ProbeStatus::Error;
        failed.detail = QStringLiteral("Host not found");
        const QList<ProbeResult> results{open, failed};
        const QString text = QString::fromUtf8(written([&](QIODevice &d) { return ProbeReport::writeText(QStringLiteral("head"), results, d); }));
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("head 22/tcp")));
        QVERIFY(lines.at(0).contains(QStringLiteral("3 ms")));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("(slurm)  Host not found")));
        const QJsonArray json = QJsonDocument::fromJson(written([&](QIODevice &d) { return ProbeReport::writeJson(QStringLiteral("head"), results, d); }))
                                    .object()
                                    .value(QStringLiteral("results"))
                                    .toArray();
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(json.at(1).toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("Host not found"));
        QCOMPARE(json.at(1).toObject().value(QStringLiteral("protocol")).toString(), QStringLiteral("tcp"));
    }
};

QTEST_APPLESS_MAIN(TestReports)
#include "tst_reports.moc"
