// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The check reports: the JSON contract, SARIF shape, text grouping, and text that needs escaping.

#include "analysis/analysisreport.h"
#include "analysis/analyzer.h"
#include "analysis/checkinfo.h"
#include "workspace/workspaceanalyzer.h"

#include "formattesting.h"
#include "rulespec.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sg;
using formattesting::written;

namespace {

Workspace one(const RuleSet &set, const QString &file = QStringLiteral("r.json"))
{
    Workspace workspace;
    workspace.groups.append(WorkspaceGroup{set, GroupSource{file, 0, QStringLiteral("r.json")}});
    return workspace;
}

Workspace sample(QString *awkward)
{
    RuleSet set = spec::rules({"in accept tcp 22 0.0.0.0/0 p1 id=sgr-1", "in accept tcp 2375 ::/0 p1"});
    set.group.securityGroupId.clear(); // named by its file, as a console CSV without a group is
    // Quotes, backslashes, control characters, CJK and a character outside the BMP.
    *awkward = QStringLiteral("say \"hi\"\\ tab\there\nnew line \x01 \u4e2d\u6587 \U0001F600");
    set.rules[0].id = *awkward;
    return one(set, QStringLiteral("dir/rules file.json"));
}

} // namespace

class TestAnalysisReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        QString awkward;
        const Workspace workspace = sample(&awkward);
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(workspace);
        const AnalysisResult &result = analysis.groups.first();
        const QByteArray bytes = written([&](QIODevice &d) { return AnalysisReport::writeJson(workspace, analysis, QStringLiteral("in \"x\".json"), d); });
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("input")).toString(), QStringLiteral("in \"x\".json"));
        QCOMPARE(root.value(QStringLiteral("ruleCount")).toInt(), 2);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), result.findings.size());
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const QJsonObject f = findings.at(i).toObject();
            const Finding &want = result.findings.at(i);
            QCOMPARE(f.keys(), (QStringList{"check", "group", "message", "recommendation", "resource", "ruleIds", "rules", "severity"}));
            QCOMPARE(f.value(QStringLiteral("group")).toString(), QStringLiteral("r.json"));
            QCOMPARE(f.value(QStringLiteral("check")).toString(), want.check);
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), toId(want.severity));
            QCOMPARE(f.value(QStringLiteral("message")).toString(), result.message(want));
            QCOMPARE(f.value(QStringLiteral("recommendation")).toString(), want.recommendation);
            QCOMPARE(f.value(QStringLiteral("rules")).toArray().size(), want.rules.size());
        }
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("ruleIds")).toArray().first().toString(), awkward);
        QVERIFY(findings.at(1).toObject().value(QStringLiteral("message")).toString().contains(awkward));
        const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("r.json"));
        QCOMPARE(groups.first().toObject().value(QStringLiteral("source")).toString(), QStringLiteral("dir/rules file.json"));
        QCOMPARE(groups.first().toObject().value(QStringLiteral("ruleCount")).toInt(), 2);
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("critical")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("high")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("info")).toInt(), 1);
    }

    // Large reports are formatted in chunks on two threads: same content, same order.
    void jsonInChunks()
    {
        WorkspaceAnalysis analysis;
        analysis.groups.append(AnalysisResult{});
        AnalysisResult &result = analysis.groups.first();
        RuleSet set;
        set.rules.resize(40000);
        for (int i = 0; i < 40000; ++i)
            set.rules[i].id = QStringLiteral("sgr-%1").arg(i);
        const Workspace workspace = one(set);
        for (int i = 0; i < 40000; ++i) {
            Finding f;
            f.check = QStringLiteral("missing-description");
            f.severity = Severity::Low;
            f.rules = {i + 1};
            f.setMessage(QStringLiteral("Rule %1 has no description \u00e9 \"%1\".").arg(i + 1));
            f.recommendation = QStringLiteral("Describe it.");
            result.findings.append(f);
        }
        const QByteArray bytes = written([&](QIODevice &d) { return AnalysisReport::writeJson(workspace, analysis, QStringLiteral("big.json"), d); });
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 40000);
        for (int i = 0; i < 40000; i += 997) {
            const QJsonObject f = findings.at(i).toObject();
            QCOMPARE(f.value(QStringLiteral("rules")).toArray().first().toInt(), i + 1);
            // The ids are those of the rules at the finding's positions, looked up as the report is written.
            QCOMPARE(f.value(QStringLiteral("ruleIds")).toArray(), QJsonArray{QStringLiteral("sgr-%1").arg(i)});
            QCOMPARE(f.value(QStringLiteral("message")).toString(), result.message(result.findings.at(i)));
        }
        QCOMPARE(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("low")).toInt(), 40000);
    }

    void jsonWithoutFindings()
    {
        const Workspace workspace;
        const WorkspaceAnalysis empty;
        const QByteArray bytes = written([&](QIODevice &d) { return AnalysisReport::writeJson(workspace, empty, QStringLiteral("e.json"), d); });
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QVERIFY(root.value(QStringLiteral("findings")).toArray().isEmpty());
        QCOMPARE(root.value(QStringLiteral("counts")).toObject().size(), 5);
    }

    void sarif()
    {
        QString awkward;
        const Workspace workspace = sample(&awkward);
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(workspace);
        const QByteArray bytes = written([&](QIODevice &d) { return AnalysisReport::writeSarif(workspace, analysis, QStringLiteral("in.json"), d); });
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject run = root.value(QStringLiteral("runs")).toArray().first().toObject();
        const QJsonArray rules = run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject().value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), checkCatalogue().size());
        QCOMPARE(rules.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("ExposedAllProtocols"));
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        const QJsonObject ssh = results.at(1).toObject();
        QCOMPARE(ssh.value(QStringLiteral("ruleId")).toString(), QStringLiteral("exposed-ssh"));
        QCOMPARE(ssh.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        const QJsonObject location = ssh.value(QStringLiteral("locations")).toArray().first().toObject();
        QCOMPARE(location.value(QStringLiteral("physicalLocation")).toObject().value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString(),
                 QStringLiteral("dir/rules%20file.json"));
        const QJsonArray logical = location.value(QStringLiteral("logicalLocations")).toArray();
        QCOMPARE(logical.first().toObject().value(QStringLiteral("fullyQualifiedName")).toString(), QStringLiteral("r.json"));
        QCOMPARE(logical.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("namespace"));
        QCOMPARE(logical.at(1).toObject().value(QStringLiteral("fullyQualifiedName")).toString(), QStringLiteral("r.json/") + awkward);
        QCOMPARE(AnalysisReport::sarifLevel(Severity::Medium), QStringLiteral("warning"));
        QCOMPARE(AnalysisReport::sarifLevel(Severity::Info), QStringLiteral("note"));
    }

    void text()
    {
        QString awkward;
        const Workspace workspace = sample(&awkward);
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(workspace);
        const QString out = QString::fromUtf8(written([&](QIODevice &d) { return AnalysisReport::writeText(workspace, analysis, QStringLiteral("r.json"), d); }));
        QVERIFY(out.startsWith(QStringLiteral("r.json: 2 rules, 3 findings (1 critical, 1 high, 0 medium, 0 low, 1 info).\n")));
        QVERIFY(out.indexOf(QStringLiteral("CRITICAL (1)")) < out.indexOf(QStringLiteral("HIGH (1)")));
        QVERIFY(out.contains(QStringLiteral("  [exposed-docker] rule 2\n")));
        QVERIFY(out.contains(QStringLiteral("    Recommendation: ")));
        QVERIFY(out.contains(QStringLiteral("  [basic-group] group\n")));
        QVERIFY(!out.contains(u'\x1b'));
        const QString coloured = QString::fromUtf8(written([&](QIODevice &d) { return AnalysisReport::writeText(workspace, analysis, QStringLiteral("r.json"), d, true); }));
        QVERIFY(coloured.contains(QStringLiteral("\x1b[1;31mCRITICAL (1)\x1b[0m")));
    }

    // Several groups: each finding names its group and the rule's name in its source; counts and
    // ruleCount cover every group; the text names the group of each finding.
    void severalGroups()
    {
        RuleSet web = spec::rules({"in accept tcp 3389 0.0.0.0/0 p1"});
        web.group.securityGroupId.clear(); // a template's group: no id until the stack exists
        web.rules[0].resource = QStringLiteral("RdpIngress");
        RuleSet db = spec::rules({"in accept tcp 3389 0.0.0.0/0 p1", "in accept tcp 22 10.0.0.0/8 p1"});
        db.group.securityGroupId = QStringLiteral("sg-db");
        db.group.name = QStringLiteral("database");
        Workspace workspace;
        workspace.groups.append(WorkspaceGroup{web, GroupSource{QStringLiteral("t.yaml"), 3, QStringLiteral("WebSg")}});
        workspace.groups.append(WorkspaceGroup{db, GroupSource{QStringLiteral("db.json"), 0, QString()}});
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(workspace);
        const QJsonObject root = QJsonDocument::fromJson(written([&](QIODevice &d) {
                                     return AnalysisReport::writeJson(workspace, analysis, QStringLiteral("t.yaml, db.json"), d);
                                 })).object();
        QCOMPARE(root.value(QStringLiteral("ruleCount")).toInt(), 3);
        const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("WebSg"));
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("sg-db"));
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("database"));
        int rdp = 0;
        for (const QJsonValue &value : root.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = value.toObject();
            QVERIFY(!f.contains(QStringLiteral("reachableOn"))); // nothing is known of interfaces
            if (f.value(QStringLiteral("check")).toString() != u"exposed-rdp")
                continue;
            ++rdp;
            const QString group = f.value(QStringLiteral("group")).toString();
            QCOMPARE(f.value(QStringLiteral("resource")).toString(), group == u"WebSg" ? QStringLiteral("RdpIngress") : QString());
            QCOMPARE(f.value(QStringLiteral("rules")).toArray(), QJsonArray{1});
        }
        QCOMPARE(rdp, 2); // one per group, neither a duplicate of the other
        const QString text = QString::fromUtf8(written([&](QIODevice &d) { return AnalysisReport::writeText(workspace, analysis, QStringLiteral("t"), d); }));
        QVERIFY(text.startsWith(QStringLiteral("t: 3 rules in 2 groups, ")));
        QVERIFY(text.contains(QStringLiteral("  [exposed-rdp] WebSg, rule 1 (RdpIngress)\n")));
        QVERIFY(text.contains(QStringLiteral("  [exposed-rdp] sg-db, rule 1\n")));
    }
};

QTEST_APPLESS_MAIN(TestAnalysisReport)
#include "tst_analysisreport.moc"
