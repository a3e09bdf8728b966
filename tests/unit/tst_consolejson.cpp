// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console JSON reader (three tolerated shapes) and writer.

#include "formattesting.h"

#include "io/rulefiles.h"

using namespace sg;
using namespace formattesting;

class TestConsoleJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("detected");
        QTest::addColumn<int>("rules");
        QTest::newRow("bare array") << "good/bare-array.json"
                                    << "console-json" << 3;
        QTest::newRow("Permissions array") << "good/permissions-array.json"
                                           << "console-json" << 3;
        // The API's own nesting: detected as api-json, which reads it the same way.
        QTest::newRow("Permissions.Permission") << "good/permissions-permission.json"
                                                << "api-json" << 3;
        QTest::newRow("lower-case keys, BOM, CRLF") << "good/lowercase-keys.json"
                                                    << "console-json" << 1;
        QTest::newRow("console file name") << "good/ecs_cn-hangzhou_sg-bp1example.json"
                                           << "console-json" << 3;
        QTest::newRow("empty array") << "good/empty-array.json"
                                     << "" << 0;
    }

    void shapes()
    {
        QFETCH(QString, file);
        QFETCH(QString, detected);
        QFETCH(int, rules);
        const QString path = dataFile(QStringLiteral("console-json/") + file);
        const RuleFiles::LoadResult named = RuleFiles::load(path, QStringLiteral("console-json"));
        QVERIFY2(named.ok(), qPrintable(firstProblem(named.diagnostics)));
        QVERIFY(named.diagnostics.isEmpty());
        QCOMPARE(named.document.ruleSet.rules.size(), rules);
        const RuleFiles::LoadResult sniffed = RuleFiles::load(path);
        QCOMPARE(sniffed.format ? sniffed.format->id() : QString(), detected);
        if (!detected.isEmpty())
            QCOMPARE(sniffed.document.ruleSet.rules, named.document.ruleSet.rules);
    }

    void values()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("console-json/good/permissions-array.json")));
        const QList<Rule> &rules = loaded.document.ruleSet.rules;
        QCOMPARE(rules[1].peer.text(), QStringLiteral("sg-bp1cluster"));
        QCOMPARE(rules[1].ports, PortRange(6817, 6819));
        QCOMPARE(rules[2].direction, Direction::Egress);
        QCOMPARE(rules[2].policy, Policy::Drop);
        QCOMPARE(rules[2].priority, 100);
        const RuleFiles::LoadResult lower = RuleFiles::load(dataFile(QStringLiteral("console-json/good/lowercase-keys.json")));
        QCOMPARE(lower.document.ruleSet.rules.first().priority, 5);
        const RuleFiles::LoadResult named = RuleFiles::load(dataFile(QStringLiteral("console-json/good/ecs_cn-hangzhou_sg-bp1example.json")));
        QCOMPARE(named.document.ruleSet.group.securityGroupId, QStringLiteral("sg-bp1example"));
        QCOMPARE(named.document.ruleSet.group.regionId, QStringLiteral("cn-hangzhou"));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("truncated") << "broken/truncated.json"
                                   << "truncated" << 10;
        QTest::newRow("number root") << "broken/number-root.json"
                                     << "found a number" << 1;
        QTest::newRow("wrong types") << "broken/wrong-types.json"
                                     << "must be text, not the number 6" << 7;
        QTest::newRow("bad values") << "broken/bad-values.json"
                                    << "\"inbound\" is not a direction" << 2;
        QTest::newRow("deep nesting") << "broken/deep-nesting.json"
                                      << "must be an object" << 1;
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(int, line);
        expectRefused(QStringLiteral("console-json/") + file, QStringLiteral("console-json"), message,
                      [line](const Diagnostic &first) { QCOMPARE(first.location.line, line); });
    }

    void everyWrongTypeIsReported()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("console-json/broken/wrong-types.json")));
        QList<int> rules;
        for (const Diagnostic &d : loaded.diagnostics) {
            if (!rules.contains(d.location.rule))
                rules.append(d.location.rule);
        }
        QCOMPARE(rules, (QList<int>{2, 3, 4, 5, 6}));
        QCOMPARE(loaded.document.ruleSet.rules.size(), 1);
    }

    void writesApiFieldNames()
    {
        Document document;
        document.ruleSet.group.regionId = QStringLiteral("cn-hangzhou");
        document.ruleSet.group.securityGroupId = QStringLiteral("sg-1");
        Rule icmp = rule("10.0.0.0/8", -1, -1, Protocol::Icmp);
        icmp.description = QStringLiteral("ping");
        document.ruleSet.rules = {icmp};
        const QByteArray bytes = writeBytes(format("console-json"), document);
        QVERIFY(bytes.startsWith("{\n  \"RegionId\": \"cn-hangzhou\",\n  \"SecurityGroupId\": \"sg-1\",\n  \"Permissions\": [\n"));
        QVERIFY(bytes.contains("\"IpProtocol\": \"ICMP\""));
        QVERIFY(bytes.contains("\"PortRange\": \"-1/-1\""));
        QVERIFY(bytes.contains("\"Priority\": 1,"));
        QCOMPARE(FormatRegistry::instance().detect(bytes)->id(), QStringLiteral("console-json"));
        const Parsed<Document> reread = readBytes(format("console-json"), bytes);
        QCOMPARE(reread.value.ruleSet, document.ruleSet);
    }
};

QTEST_APPLESS_MAIN(TestConsoleJson)
#include "tst_consolejson.moc"
