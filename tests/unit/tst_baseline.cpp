// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Baselines: exemptions by rule id, resource and port, their expiry, and files that are not baselines.

#include "analysis/analysisreport.h"
#include "analysis/baseline.h"
#include "formattesting.h"
#include "rulespec.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sg;

namespace {

const QDate Today(2026, 3, 1);

// One group, sg-1: SSH, RDP and Docker open to the internet; rule 2 named like a Terraform resource.
Workspace workspace()
{
    WorkspaceGroup group;
    group.ruleSet = spec::rules({
                                    "in accept tcp 22 0.0.0.0/0 p1 id=sgr-ssh",
                                    "in accept tcp 3389 0.0.0.0/0 p1",
                                    "in accept tcp 2375 0.0.0.0/0 p1 id=sgr-docker",
                                    "in accept udp 3389 0.0.0.0/0 p1 id=sgr-rdp-udp",
                                },
                                GroupType::Enterprise, Policy::Accept, QStringLiteral("sg-1"));
    group.ruleSet.rules[1].resource = QStringLiteral("alicloud_security_group_rule.rdp");
    group.source.file = QStringLiteral("g.json");
    Workspace w;
    w.groups.append(group);
    return w;
}

Baseline baselineFrom(const QByteArray &json)
{
    return formattesting::parsedValue(Baseline::fromJson(json, QStringLiteral("baseline.json")));
}

// "exposed-ssh 1" for each suppressed finding.
QStringList suppressed(const WorkspaceAnalysis &analysis)
{
    QStringList out;
    for (const Finding &f : analysis.groups.first().findings) {
        if (f.suppressed())
            out << f.check + u' ' + QString::number(f.rules.value(0));
    }
    return out;
}

WorkspaceAnalysis applied(const QByteArray &json, QDate today = Today)
{
    const Workspace w = workspace();
    WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);
    baselineFrom(json).apply(w, analysis, today);
    return analysis;
}

} // namespace

class TestBaseline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching_data()
    {
        QTest::addColumn<QByteArray>("exemption");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("rule id") << QByteArray(R"({"check":"exposed-ssh","group":"sg-1","ruleId":"sgr-ssh"})") << QStringList{"exposed-ssh 1"};
        QTest::newRow("rule id, other check") << QByteArray(R"({"check":"exposed-rdp","group":"sg-1","ruleId":"sgr-ssh"})") << QStringList{};
        QTest::newRow("resource") << QByteArray(R"({"check":"exposed-rdp","group":"sg-1","resource":"alicloud_security_group_rule.rdp"})") << QStringList{"exposed-rdp 2"};
        QTest::newRow("port, any protocol") << QByteArray(R"({"check":"exposed-rdp","group":"sg-1","port":3389})") << QStringList{"exposed-rdp 2", "exposed-rdp 4"};
        QTest::newRow("port and protocol") << QByteArray(R"({"check":"exposed-rdp","port":"3389/udp"})") << QStringList{"exposed-rdp 4"};
        QTest::newRow("port elsewhere") << QByteArray(R"({"check":"exposed-docker","port":2376})") << QStringList{};
        QTest::newRow("whole group") << QByteArray(R"({"check":"exposed-rdp","group":"SG-1"})") << QStringList{"exposed-rdp 2", "exposed-rdp 4"};
        QTest::newRow("other group") << QByteArray(R"({"check":"exposed-ssh","group":"sg-2","ruleId":"sgr-ssh"})") << QStringList{};
    }

    void matching()
    {
        QFETCH(QByteArray, exemption);
        QFETCH(QStringList, expected);
        QJsonObject object = QJsonDocument::fromJson(exemption).object();
        object.insert(QStringLiteral("reason"), QStringLiteral("accepted"));
        object.insert(QStringLiteral("expires"), QStringLiteral("2026-12-31"));
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("exemptions"), QJsonArray{object}}}).toJson();
        const WorkspaceAnalysis analysis = applied(json);
        QCOMPARE(suppressed(analysis), expected);
        for (const Finding &f : analysis.groups.first().findings) {
            if (f.suppressed()) {
                QCOMPARE(f.suppression()->reason, QStringLiteral("accepted"));
                QCOMPARE(f.suppression()->expires, QDate(2026, 12, 31));
            }
        }
    }

    void suppressedFindingsDoNotCount()
    {
        const QByteArray json = R"({"exemptions":[{"check":"exposed-ssh","ruleId":"sgr-ssh","reason":"bastion","expires":"2026-12-31"}]})";
        const Workspace w = workspace();
        WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);
        const int before = analysis.countAtLeast(Severity::High);
        baselineFrom(json).apply(w, analysis, Today);
        QCOMPARE(analysis.countAtLeast(Severity::High), before - 1);
        QCOMPARE(analysis.suppressedCount(), 1);
        QCOMPARE(analysis.findingCount(), WorkspaceAnalyzer().analyze(w).findingCount()); // still listed
        // The rule carries no severity from an accepted finding (its missing description aside).
        QCOMPARE(analysis.groups.first().ruleSeverity.first(), std::nullopt);
    }

    void expiry()
    {
        const QByteArray json = R"({"exemptions":[{"check":"exposed-ssh","ruleId":"sgr-ssh","reason":"bastion","expires":"2026-03-01"}]})";
        // Through the day it names.
        QCOMPARE(suppressed(applied(json, Today)), QStringList{"exposed-ssh 1"});
        // The day after: the finding fires again, and an expired-exemption finding names the exemption.
        const WorkspaceAnalysis later = applied(json, Today.addDays(1));
        QVERIFY(suppressed(later).isEmpty());
        const QList<Finding> &findings = later.groups.first().findings;
        const auto expired = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.check == u"expired-exemption"; });
        QVERIFY(expired != findings.cend());
        QCOMPARE(expired->severity, Severity::Low);
        QCOMPARE(expired->rules, QList<int>{1});
        QCOMPARE(workspace().groups.first().ruleSet.ruleIdAt(expired->rules.first()), QStringLiteral("sgr-ssh"));
        QVERIFY(later.groups.first().message(*expired).contains(QStringLiteral("\"bastion\"")));
        QVERIFY(later.groups.first().message(*expired).contains(QStringLiteral("2026-03-01")));
        const std::span<const int> first = later.groups.first().ruleFindings.at(0);
        QVERIFY(std::find(first.begin(), first.end(), int(expired - findings.cbegin())) != first.end());
        // Order kept: most severe first.
        for (qsizetype i = 1; i < findings.size(); ++i)
            QVERIFY(findings.at(i - 1).severity >= findings.at(i).severity);
    }

    void expiredMatchingNothing()
    {
        const WorkspaceAnalysis analysis = applied(R"({"exemptions":[{"check":"exposed-vnc","group":"sg-1","reason":"old","expires":"2025-01-01"}]})");
        const QList<Finding> &findings = analysis.groups.first().findings;
        const auto expired = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.check == u"expired-exemption"; });
        QVERIFY(expired != findings.cend());
        QVERIFY(expired->rules.isEmpty());
        QVERIFY(analysis.groups.first().message(*expired).contains(QStringLiteral("matches no finding")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"exemptions\": [") << ""
                                  << "";
        QTest::newRow("rule file") << QByteArray(R"({"Permissions":{"Permission":[]}})") << ""
                                   << "not a baseline";
        QTest::newRow("array") << QByteArray(R"([])") << ""
                               << "not a baseline";
        QTest::newRow("not objects") << QByteArray(R"({"exemptions":[1]})") << "exemptions[0]"
                                     << "must be an object";
        QTest::newRow("no check") << QByteArray(R"({"exemptions":[{"reason":"r","expires":"2026-01-01"}]})") << "exemptions[0].check"
                                  << "missing";
        QTest::newRow("unknown check") << QByteArray(R"({"exemptions":[{"check":"exposed-shh","reason":"r","expires":"2026-01-01"}]})") << "exemptions[0].check"
                                       << "not a check id";
        QTest::newRow("no reason") << QByteArray(R"({"exemptions":[{"check":"exposed-ssh","expires":"2026-01-01"}]})") << "exemptions[0].reason"
                                   << "needs a reason";
        QTest::newRow("no date") << QByteArray(R"({"exemptions":[{"check":"exposed-ssh","reason":"r"}]})") << "exemptions[0].expires"
                                 << "needs a date";
        QTest::newRow("bad date") << QByteArray(R"({"exemptions":[{"check":"exposed-ssh","reason":"r","expires":"31/12/2026"}]})") << "exemptions[0].expires"
                                  << "YYYY-MM-DD";
        QTest::newRow("impossible date") << QByteArray(R"({"exemptions":[{"check":"exposed-ssh","reason":"r","expires":"2026-02-30"}]})") << "exemptions[0].expires"
                                         << "YYYY-MM-DD";
        QTest::newRow("bad port") << QByteArray(R"({"exemptions":[{"check":"exposed-ssh","reason":"r","expires":"2026-01-01","port":70000}]})") << "exemptions[0].port"
                                  << "1 to 65535";
        QTest::newRow("two selectors") << QByteArray(R"({"exemptions":[{"check":"exposed-ssh","reason":"r","expires":"2026-01-01","port":22,"ruleId":"sgr-1"}]})") << "exemptions[0]"
                                       << "at most one";
        QTest::newRow("wrong type") << QByteArray(R"({"exemptions":[{"check":"exposed-ssh","reason":7,"expires":"2026-01-01"}]})") << "exemptions[0].reason"
                                    << "must be a string";
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const Parsed<Baseline> parsed = Baseline::fromJson(json, QStringLiteral("baseline.json"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.value.exemptions().isEmpty());
        const Diagnostic &first = parsed.diagnostics.first();
        QCOMPARE(first.location.file, QStringLiteral("baseline.json"));
        QCOMPARE(first.location.field, field);
        QVERIFY2(first.message.contains(message), qPrintable(first.message));
    }

    void unknownFieldsWarn()
    {
        const Parsed<Baseline> parsed = Baseline::fromJson(
            R"({"exemptions":[{"check":"exposed-ssh","reason":"r","expires":"2026-01-01","owner":"ops"}]})", QStringLiteral("b.json"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.diagnostics.size(), 1);
        QCOMPARE(parsed.diagnostics.first().location.field, QStringLiteral("exemptions[0].owner"));
    }

    void appendAndSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("baseline.json"));
        const Workspace w = workspace();
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);
        const WorkspaceGroup &group = w.groups.first();
        QList<Exemption> written;
        // The narrowest exemption for each: by rule id, by resource, by port.
        for (const char *check : {"exposed-ssh", "exposed-rdp"}) {
            for (const Finding &f : analysis.groups.first().findings) {
                if (f.check == QLatin1StringView(check)) {
                    written << Exemption::forFinding(group, f, QStringLiteral("reviewed"), QDate(2026, 6, 30));
                    QCOMPARE(Baseline::appendTo(path, written.last()), QString());
                }
            }
        }
        QCOMPARE(written.size(), 3);
        QCOMPARE(written.at(0).ruleId, QStringLiteral("sgr-ssh"));
        QCOMPARE(written.at(1).resource, QStringLiteral("alicloud_security_group_rule.rdp"));
        QCOMPARE(written.at(2).ruleId, QStringLiteral("sgr-rdp-udp"));
        const Parsed<Baseline> loaded = Baseline::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value.exemptions(), written);
        // Each exemption matches its finding, and only while it is in force.
        for (const Finding &f : analysis.groups.first().findings) {
            const bool accepted = f.check == u"exposed-ssh" || f.check == u"exposed-rdp";
            QCOMPARE(loaded.value.match(group, f, QDate(2026, 6, 30)) != nullptr, accepted);
            QCOMPARE(loaded.value.match(group, f, QDate(2026, 7, 1)), nullptr);
        }
        // A rule with neither id nor resource: by port.
        Finding portOnly;
        portOnly.check = QStringLiteral("exposed-ssh");
        portOnly.rules = {2};
        WorkspaceGroup bare = group;
        bare.ruleSet.rules[1].resource.clear();
        const Exemption byPort = Exemption::forFinding(bare, portOnly, QStringLiteral("r"), Today);
        QCOMPARE(byPort.port, 3389);
        QCOMPARE(byPort.portProtocol, Protocol::Tcp);
        QCOMPARE(byPort.toJson().value(QStringLiteral("port")).toString(), QStringLiteral("3389/tcp"));
    }

    void appendKeepsOtherKeysAndRefusesOtherFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("baseline.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"owner":"platform team","exemptions":[]})");
        file.close();
        Exemption e;
        e.check = QStringLiteral("basic-group");
        e.reason = QStringLiteral("legacy");
        e.expires = Today;
        QCOMPARE(Baseline::appendTo(path, e), QString());
        const Parsed<Baseline> loaded = Baseline::load(path);
        QCOMPARE(loaded.value.exemptions(), QList<Exemption>{e});
        QVERIFY(loaded.value.toJson().contains("platform team"));

        const QString rules = dir.filePath(QStringLiteral("rules.json"));
        QFile other(rules);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(R"({"Permissions":{}})");
        other.close();
        QVERIFY(Baseline::appendTo(rules, e).contains(QStringLiteral("not a baseline")));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QCOMPARE(other.readAll(), QByteArray(R"({"Permissions":{}})"));
        bool ioError = false;
        QVERIFY(!Baseline::load(dir.filePath(QStringLiteral("missing.json")), &ioError).ok());
        QVERIFY(ioError);
    }

    void reports()
    {
        const Workspace w = workspace();
        WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);
        baselineFrom(R"({"exemptions":[{"check":"exposed-ssh","ruleId":"sgr-ssh","reason":"bastion host","expires":"2026-12-31"}]})")
            .apply(w, analysis, Today);
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QCOMPARE(AnalysisReport::writeJson(w, analysis, QStringLiteral("g.json"), json), QString());
        const QJsonObject report = QJsonDocument::fromJson(json.data()).object();
        QCOMPARE(report.value(QStringLiteral("suppressed")).toInt(), 1);
        int marked = 0;
        for (const QJsonValue &v : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("suppressed")).toBool()) {
                ++marked;
                QCOMPARE(f.value(QStringLiteral("check")).toString(), QStringLiteral("exposed-ssh"));
                QCOMPARE(f.value(QStringLiteral("suppression")).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("bastion host"));
            }
        }
        QCOMPARE(marked, 1);

        QBuffer sarif;
        sarif.open(QIODevice::WriteOnly);
        QCOMPARE(AnalysisReport::writeSarif(w, analysis, QStringLiteral("g.json"), sarif), QString());
        const QJsonArray results = QJsonDocument::fromJson(sarif.data()).object().value(QStringLiteral("runs")).toArray().first().toObject().value(QStringLiteral("results")).toArray();
        int suppressions = 0;
        for (const QJsonValue &v : results) {
            const QJsonArray list = v.toObject().value(QStringLiteral("suppressions")).toArray();
            if (list.isEmpty())
                continue;
            ++suppressions;
            const QJsonObject s = list.first().toObject();
            QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("external"));
            QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
            QCOMPARE(s.value(QStringLiteral("justification")).toString(), QStringLiteral("bastion host"));
        }
        QCOMPARE(suppressions, 1);

        QBuffer text;
        text.open(QIODevice::WriteOnly);
        QCOMPARE(AnalysisReport::writeText(w, analysis, QStringLiteral("g.json"), text), QString());
        const QString out = QString::fromUtf8(text.data());
        QVERIFY(out.contains(QStringLiteral("SUPPRESSED (1)")));
        QVERIFY(out.contains(QStringLiteral("Suppressed: bastion host (accepted until 2026-12-31)")));
        QVERIFY(out.indexOf(QStringLiteral("SUPPRESSED")) > out.lastIndexOf(QStringLiteral("[exposed-docker]")));
    }
};

QTEST_APPLESS_MAIN(TestBaseline)
#include "tst_baseline.moc"
