// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sgassist-cli check, explain and diff as pipelines use them: reports, exit codes, bad input.

#include "clirunner.h"

#include "analysis/checkinfo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace {

QString data(const char *name)
{
    return QStringLiteral(SGASSIST_TEST_DATA "/analysis/") + QString::fromLatin1(name);
}

QString broken()
{
    return QStringLiteral(SGASSIST_TEST_DATA "/api-json/broken/invalid-rules.json");
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

// "check severity rule" of every finding of a check --report json output.
QStringList findings(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &v : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        QStringList rules;
        for (const QJsonValue &r : f.value(QStringLiteral("rules")).toArray())
            rules.append(QString::number(r.toInt()));
        out.append(f.value(QStringLiteral("check")).toString() + u' ' + f.value(QStringLiteral("severity")).toString() + u' '
                   + rules.join(u','));
    }
    return out;
}

} // namespace

class TestCliAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageListsTheCommands()
    {
        const CliResult r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("sgassist-cli check PATHS...")));
        QVERIFY(r.outText().contains(QStringLiteral("sgassist-cli explain PATHS... [--eni ID | --instance ID | --group ID] --source ADDR|sg-ID")));
        QVERIFY(r.outText().contains(QStringLiteral("sgassist-cli diff OLD NEW")));
        for (const char *command : {"check", "explain", "diff"}) {
            const CliResult help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.outText().startsWith(QStringLiteral("Usage: sgassist-cli %1").arg(QString::fromLatin1(command))));
        }
    }

    void checkTextGroupsBySeverity()
    {
        const CliResult r = runCli({QStringLiteral("check"), data("ehpc-risky.json")});
        QCOMPARE(r.exitCode, 1); // a critical and a high finding, default --fail-on high
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString out = r.outText();
        QVERIFY(out.startsWith(data("ehpc-risky.json") + QStringLiteral(": 11 rules, 11 findings (1 critical, 1 high, 2 medium, 3 low, 4 info).")));
        const qsizetype critical = out.indexOf(QStringLiteral("CRITICAL (1)"));
        const qsizetype high = out.indexOf(QStringLiteral("HIGH (1)"));
        const qsizetype medium = out.indexOf(QStringLiteral("MEDIUM (2)"));
        const qsizetype info = out.indexOf(QStringLiteral("INFO (4)"));
        QVERIFY(critical > 0 && critical < high && high < medium && medium < info);
        QVERIFY(out.contains(QStringLiteral("[exposed-docker] rule 2\n    Rule 2 (sgr-2ze0000000000002) opens Docker (TCP 2375-2376) to ::/0 (the internet).")));
        QVERIFY(out.contains(QStringLiteral("[exposed-rdp] rule 7 (mitigated)")));
        QVERIFY(out.contains(QStringLiteral("Recommendation: Docker ports 2375 and 2376 expose the Docker daemon API")));
    }

    void checkJsonContract()
    {
        const CliResult r = runCli({QStringLiteral("check"), data("ehpc-risky.json"), QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = r.json();
        QCOMPARE(keysOf(report), (QSet<QString>{"input", "ruleCount", "groups", "findings", "counts"}));
        QCOMPARE(report.value(QStringLiteral("input")).toString(), data("ehpc-risky.json"));
        QCOMPARE(report.value(QStringLiteral("ruleCount")).toInt(), 11);
        const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
        QCOMPARE(keysOf(counts), (QSet<QString>{"critical", "high", "medium", "low", "info"}));
        QCOMPARE(counts.value(QStringLiteral("critical")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("high")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("medium")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("low")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("info")).toInt(), 4);
        QCOMPARE(findings(report), (QStringList{"exposed-docker critical 2", "exposed-ssh high 1", "exposed-portal medium 5", "exposed-other-protocol medium 10", "shadowed-rule low 7", "missing-description low 8", "egress-all-open low 11", "exposed-rdp info 7", "exposed-icmp info 8", "redundant-rule info 11", "basic-group info "}));
        const QJsonObject first = report.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(keysOf(first), (QSet<QString>{"check", "severity", "group", "resource", "rules", "ruleIds", "message", "recommendation"}));
        QCOMPARE(first.value(QStringLiteral("group")).toString(), QStringLiteral("sg-2zeehpc0000001"));
        const QJsonArray groups = report.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(keysOf(groups.first().toObject()), (QSet<QString>{"id", "name", "source", "ruleCount"}));
        QCOMPARE(groups.first().toObject().value(QStringLiteral("ruleCount")).toInt(), 11);
        QCOMPARE(first.value(QStringLiteral("ruleIds")).toArray(), QJsonArray{QStringLiteral("sgr-2ze0000000000002")});
    }

    void checkFailOn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("risky, default") << "ehpc-risky.json"
                                        << "" << 1;
        QTest::newRow("risky, critical") << "ehpc-risky.json"
                                         << "critical" << 1;
        QTest::newRow("risky, never") << "ehpc-risky.json"
                                      << "never" << 0;
        QTest::newRow("clean, default") << "ehpc-clean.json"
                                        << "" << 0;
        QTest::newRow("clean, medium") << "ehpc-clean.json"
                                       << "medium" << 0;
        QTest::newRow("clean, info") << "ehpc-clean.json"
                                     << "info" << 1;
        QTest::newRow("mitigated, default") << "mitigated.json"
                                            << "" << 0; // the internet SSH rule is dropped first
        QTest::newRow("mitigated, low") << "mitigated.json"
                                        << "LOW" << 1;
        QTest::newRow("bad level") << "ehpc-clean.json"
                                   << "severe" << 2;
    }

    void checkFailOn()
    {
        QFETCH(QString, file);
        QFETCH(QString, level);
        QFETCH(int, exitCode);
        QStringList args{QStringLiteral("check"), data(qPrintable(file)), QStringLiteral("--report"), QStringLiteral("json")};
        if (!level.isEmpty())
            args << QStringLiteral("--fail-on") << level;
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 2)
            QVERIFY(r.errText().contains(QStringLiteral("\"severe\" is not a level")));
    }

    void checkMitigatedIsInfo()
    {
        const QJsonObject report = runCli({QStringLiteral("check"), data("mitigated.json"), QStringLiteral("--report"), QStringLiteral("json")}).json();
        const QStringList all = findings(report);
        QVERIFY(all.contains(QStringLiteral("exposed-ssh info 2")));
        QVERIFY(!all.contains(QStringLiteral("exposed-ssh high 2")));
        for (const QJsonValue &v : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("check")).toString() == u"exposed-ssh")
                QVERIFY(f.value(QStringLiteral("message")).toString().contains(QStringLiteral("mitigated by rule 1")));
        }
    }

    void checkSarif()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report.sarif"));
        const CliResult r = runCli({QStringLiteral("check"), data("ehpc-risky.json"), QStringLiteral("--report"), QStringLiteral("sarif"),
                                    QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject sarif = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(sarif.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject run = sarif.value(QStringLiteral("runs")).toArray().first().toObject();
        const QJsonObject driver = run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
        QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("SG Assist"));
        const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), sg::checkCatalogue().size());
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 11);
        for (const QJsonValue &v : results) {
            const QJsonObject result = v.toObject();
            const int index = result.value(QStringLiteral("ruleIndex")).toInt(-1);
            QVERIFY(index >= 0 && index < rules.size());
            QCOMPARE(rules.at(index).toObject().value(QStringLiteral("id")).toString(), result.value(QStringLiteral("ruleId")).toString());
            QVERIFY(result.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString().endsWith(u'.'));
        }
        const QJsonObject docker = results.first().toObject();
        QCOMPARE(docker.value(QStringLiteral("ruleId")).toString(), QStringLiteral("exposed-docker"));
        QCOMPARE(docker.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        const QJsonObject location = docker.value(QStringLiteral("locations")).toArray().first().toObject();
        const QJsonArray logical = location.value(QStringLiteral("logicalLocations")).toArray();
        QCOMPARE(logical.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("sg-2zeehpc0000001"));
        QCOMPARE(logical.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("rules[2]"));
        QCOMPARE(logical.at(1).toObject().value(QStringLiteral("fullyQualifiedName")).toString(), QStringLiteral("sg-2zeehpc0000001/sgr-2ze0000000000002"));
        QVERIFY(location.value(QStringLiteral("physicalLocation")).toObject().value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString().startsWith(QStringLiteral("file:///")));
    }

    void checkBadInput()
    {
        const CliResult r = runCli({QStringLiteral("check"), broken()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.errText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9); // every problem, one per line, then the format that was assumed
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(broken() + u':'), qPrintable(line));
        QVERIFY(lines.first().contains(QStringLiteral("rule 2, PortRange")));
        QVERIFY(lines.last().contains(QStringLiteral("read as api-json (detected from the content)")));

        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("/nonexistent/rules.json")}).exitCode, 3);
        QCOMPARE(runCli({QStringLiteral("check")}).exitCode, 2);
        // Several files are one workspace: the risky one's findings decide the exit code.
        QCOMPARE(runCli({QStringLiteral("check"), data("ehpc-clean.json"), QStringLiteral(SGASSIST_TEST_DATA "/workspace/region/sg-web.json")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("check"), data("ehpc-clean.json"), QStringLiteral("--report"), QStringLiteral("xml")}).exitCode, 2);
        const CliResult wrongFormat = runCli({QStringLiteral("check"), data("ehpc-clean.json"), QStringLiteral("--from"), QStringLiteral("nonsense")});
        QCOMPARE(wrongFormat.exitCode, 2);
        QVERIFY(wrongFormat.errText().contains(QStringLiteral("is not a readable format")));
        QCOMPARE(runCli({QStringLiteral("check"), data("ehpc-clean.json"), QStringLiteral("--from"), QStringLiteral("api-json")}).exitCode, 0);
    }

    void explain_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // "allowed decidingRule reason"
        QTest::newRow("allowed by a rule")
            << QStringList{"--source", "203.0.113.50", "--protocol", "tcp", "--port", "22"} << 0
            << "true 1 rule";
        QTest::newRow("drop decides first")
            << QStringList{"--source", "198.51.100.7", "--protocol", "TCP", "--port", "3389"} << 1
            << "false 6 rule";
        QTest::newRow("denied by default")
            << QStringList{"--source", "203.0.113.50", "--protocol", "tcp", "--port", "6817"} << 1
            << "false null default";
        QTest::newRow("group reference")
            << QStringList{"--source", "sg-2zecluster000001", "--protocol", "tcp", "--port", "6818"} << 0
            << "true 3 rule";
        QTest::newRow("intra-group")
            << QStringList{"--source", "sg-2zeehpc0000001", "--protocol", "udp", "--port", "111"} << 0
            << "true null intra-group";
        QTest::newRow("ipv6 docker")
            << QStringList{"--source", "2001:db8::7", "--protocol", "tcp", "--port", "2376"} << 0
            << "true 2 rule";
        QTest::newRow("gre")
            << QStringList{"--source", "203.0.113.50", "--protocol", "gre"} << 0
            << "true 10 rule";
        QTest::newRow("gre does not open tcp 22 for v6")
            << QStringList{"--source", "2001:db8::7", "--protocol", "tcp", "--port", "22"} << 1
            << "false null default";
        QTest::newRow("egress")
            << QStringList{"--source", "8.8.8.8", "--protocol", "udp", "--port", "53", "--direction", "egress"} << 0
            << "true 11 rule";
        QTest::newRow("icmp")
            << QStringList{"--source", "203.0.113.50", "--protocol", "icmp", "--port", "7"} << 0
            << "true 8 rule";
    }

    void explain()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const CliResult r = runCli(QStringList{QStringLiteral("explain"), data("ehpc-risky.json"), QStringLiteral("--report"),
                                               QStringLiteral("json")}
                                   + args);
        QCOMPARE(r.exitCode, exitCode);
        QJsonObject answer = r.json();
        QCOMPARE(keysOf(answer), (QSet<QString>{"allowed", "decidingRule", "reason", "explanation", "decidingGroup", "decidingRuleId"}));
        QCOMPARE(answer.value(QStringLiteral("decidingGroup")).toString(),
                 answer.value(QStringLiteral("reason")).toString() == u"rule" ? QStringLiteral("sg-2zeehpc0000001") : QString());
        QVERIFY(answer.value(QStringLiteral("explanation")).toString().startsWith(exitCode == 0 ? u"Allowed" : u"Denied"));
        const QJsonValue deciding = answer.value(QStringLiteral("decidingRule"));
        const QString got = QStringLiteral("%1 %2 %3")
                                .arg(answer.value(QStringLiteral("allowed")).toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                                     deciding.isNull() ? QStringLiteral("null") : QString::number(deciding.toInt()),
                                     answer.value(QStringLiteral("reason")).toString());
        QCOMPARE(got, expected);
    }

    void explainText()
    {
        const CliResult r = runCli({QStringLiteral("explain"), data("ehpc-risky.json"), QStringLiteral("--source"), QStringLiteral("198.51.100.7"),
                                    QStringLiteral("--protocol"), QStringLiteral("tcp"), QStringLiteral("--port"), QStringLiteral("3389")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.outText(), QStringLiteral("DENIED\nDenied: inbound TCP 3389 from 198.51.100.7 is decided by rule 6 (sgr-2ze0000000000006, drop TCP 3389 from 0.0.0.0/0, priority 1), the first matching rule in evaluation order.\n"));
    }

    void explainUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no port for tcp") << QStringList{"--source", "1.2.3.4", "--protocol", "tcp"} << "--port is required for tcp";
        QTest::newRow("port out of range") << QStringList{"--source", "1.2.3.4", "--protocol", "udp", "--port", "70000"} << "not a port";
        QTest::newRow("bad source") << QStringList{"--source", "1.2.3", "--protocol", "icmp"} << "--source:";
        QTest::newRow("no source") << QStringList{"--protocol", "icmp"} << "--source is required";
        QTest::newRow("bad protocol") << QStringList{"--source", "1.2.3.4", "--protocol", "sctp"} << "is not a protocol";
        QTest::newRow("no protocol") << QStringList{"--source", "1.2.3.4"} << "--protocol is required";
        QTest::newRow("bad direction") << QStringList{"--source", "1.2.3.4", "--protocol", "gre", "--direction", "up"} << "is not a direction";
    }

    void explainUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(QStringList{QStringLiteral("explain"), data("ehpc-risky.json")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), r.err.constData());
    }

    void explainBadInput()
    {
        const CliResult r = runCli({QStringLiteral("explain"), broken(), QStringLiteral("--source"), QStringLiteral("1.2.3.4"),
                                    QStringLiteral("--protocol"), QStringLiteral("gre")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().startsWith(broken() + u':'));
        QCOMPARE(runCli({QStringLiteral("explain"), QStringLiteral("/nonexistent.json"), QStringLiteral("--source"), QStringLiteral("1.2.3.4"),
                         QStringLiteral("--protocol"), QStringLiteral("gre")})
                     .exitCode,
                 3);
    }

    void diffText()
    {
        const CliResult r = runCli({QStringLiteral("diff"), data("diff-before.json"), data("diff-after.json")});
        QCOMPARE(r.exitCode, 0);
        const QString out = r.outText();
        QVERIFY(out.contains(QStringLiteral(": 1 added, 1 removed, 1 changed; 2 findings introduced, 1 resolved.")));
        QVERIFY(out.contains(QStringLiteral("  + rule 4: ingress accept TCP 22 from 0.0.0.0/0, priority 1 [sgr-2ze0000000000005]")));
        QVERIFY(out.contains(QStringLiteral("  - rule 3: ingress accept TCP 8888 from 198.51.100.0/24, priority 1 [sgr-2ze0000000000003]")));
        QVERIFY(out.contains(QStringLiteral("  ~ rule 2 -> rule 2 (Priority) [sgr-2ze0000000000002]")));
        QVERIFY(out.contains(QStringLiteral("  [high] exposed-ssh (new rule 4): ")));
        QVERIFY(out.contains(QStringLiteral("  [info] exposed-jupyter (old rule 3): ")));
    }

    void diffJson()
    {
        const CliResult r = runCli({QStringLiteral("diff"), data("diff-before.json"), data("diff-after.json"), QStringLiteral("--report"),
                                    QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject diff = r.json();
        QCOMPARE(keysOf(diff), (QSet<QString>{"old", "new", "groupChanges", "added", "removed", "changed", "introduced", "resolved"}));
        QCOMPARE(diff.value(QStringLiteral("added")).toArray().size(), 1);
        QCOMPARE(diff.value(QStringLiteral("added")).toArray().first().toObject().value(QStringLiteral("rule")).toInt(), 4);
        QCOMPARE(diff.value(QStringLiteral("removed")).toArray().first().toObject().value(QStringLiteral("ruleId")).toString(),
                 QStringLiteral("sgr-2ze0000000000003"));
        const QJsonObject changed = diff.value(QStringLiteral("changed")).toArray().first().toObject();
        QCOMPARE(changed.value(QStringLiteral("before")).toInt(), 2);
        QCOMPARE(changed.value(QStringLiteral("after")).toInt(), 2);
        QCOMPARE(changed.value(QStringLiteral("fields")).toArray(), QJsonArray{QStringLiteral("Priority")});
        QCOMPARE(findings(QJsonObject{{QStringLiteral("findings"), diff.value(QStringLiteral("introduced"))}}),
                 (QStringList{"exposed-ssh high 4", "redundant-rule info 1"}));
        QCOMPARE(findings(QJsonObject{{QStringLiteral("findings"), diff.value(QStringLiteral("resolved"))}}),
                 (QStringList{"exposed-jupyter info 3"}));
    }

    void diffIdentical()
    {
        const CliResult r = runCli({QStringLiteral("diff"), data("diff-before.json"), data("diff-before.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral(": 0 added, 0 removed, 0 changed; 0 findings introduced, 0 resolved.")));
    }

    void diffBadInput()
    {
        CliResult r = runCli({QStringLiteral("diff"), data("diff-before.json"), broken()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().startsWith(broken() + u':'));
        QVERIFY(r.out.isEmpty());
        r = runCli({QStringLiteral("diff"), data("diff-before.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("two rule files are required")));
        QCOMPARE(runCli({QStringLiteral("diff"), QStringLiteral("/nonexistent.json"), data("diff-before.json")}).exitCode, 3);
    }
};

QTEST_APPLESS_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
