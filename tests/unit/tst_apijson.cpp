// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The DescribeSecurityGroupAttribute reader and writer on real-shaped and deliberately broken files.

#include "io/formatregistry.h"
#include "io/formats.h"
#include "io/readmonitor.h"
#include "io/rulefiles.h"

#include "formattesting.h"

#include <QBuffer>
#include <QTest>

using namespace sg;

using namespace formattesting;

namespace {

QString apiFile(const QString &name)
{
    return dataFile(QStringLiteral("api-json/") + name);
}

Parsed<Document> readApi(const QByteArray &bytes)
{
    return readBytes(format("api-json"), bytes, QStringLiteral("mem.json"));
}

QByteArray write(const Document &document)
{
    return writeBytes(format("api-json"), document);
}

} // namespace

class TestApiJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRealShape()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(apiFile(QStringLiteral("good/describe-real-shape.json")));
        QVERIFY(readCleanly(loaded, QStringLiteral("api-json")));
        const RuleSet &set = loaded.document.ruleSet;
        QCOMPARE(set.group.regionId, QStringLiteral("cn-beijing"));
        QCOMPARE(set.group.securityGroupId, QStringLiteral("sg-2ze8example0001"));
        QCOMPARE(set.group.name, QStringLiteral("ehpc-prod"));
        QCOMPARE(set.group.vpcId, QStringLiteral("vpc-2zeexample01"));
        QCOMPARE(set.group.description, QStringLiteral("E-HPC production cluster"));
        QCOMPARE(set.group.innerAccessPolicy, Policy::Accept);
        QCOMPARE(set.rules.size(), 7);

        const Rule &ssh = set.rules[0];
        QCOMPARE(ssh.id, QStringLiteral("sgr-2ze0000000000001"));
        QCOMPARE(ssh.protocol, Protocol::Tcp);
        QCOMPARE(ssh.ports, PortRange::single(22));
        QCOMPARE(ssh.peer.text(), QStringLiteral("0.0.0.0/0"));
        QCOMPARE(ssh.policy, Policy::Accept);
        QCOMPARE(ssh.description, QStringLiteral("SSH from anywhere"));

        QCOMPARE(set.rules[1].peer.kind(), Endpoint::Kind::SecurityGroup);
        QCOMPARE(set.rules[2].protocol, Protocol::Udp);
        QCOMPARE(set.rules[3].priority, 50);
        QCOMPARE(set.rules[3].ports, PortRange::none());
        QCOMPARE(set.rules[4].peer.kind(), Endpoint::Kind::Ipv6);
        QCOMPARE(set.rules[4].policy, Policy::Drop);
        QCOMPARE(set.rules[5].direction, Direction::Egress);
        QCOMPARE(set.rules[5].peer.text(), QStringLiteral("0.0.0.0/0"));
        QVERIFY(set.rules[5].local().isNone());
        QCOMPARE(set.rules[6].peer.kind(), Endpoint::Kind::PrefixList);
    }

    void tolerantSpellings()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(apiFile(QStringLiteral("good/lowercase-priority-string.json")));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.document.ruleSet.group.innerAccessPolicy, Policy::Drop);
        const Rule &rdp = loaded.document.ruleSet.rules.first();
        QCOMPARE(rdp.priority, 10);
        QCOMPARE(rdp.ports, PortRange::single(3389));
        QCOMPARE(rdp.nicType, NicType::Intranet);
    }

    void byteOrderMarkAndCrlf()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(apiFile(QStringLiteral("good/bom-crlf.json")));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.document.ruleSet.rules.first().description, QStringLiteral("Prometheus — 监控"));
        QCOMPARE(loaded.document.ruleSet.rules.first().peer.text(), QStringLiteral("10.0.8.15"));
    }

    // U+FEFF inside a value is a character, not a byte order mark: kept wherever it stands, as the
    // raw bytes of a file or as an escape, and written as an escape.
    void zeroWidthNoBreakSpaceIsKept()
    {
        // The description's first six bytes are two U+FEFF; an escaped one follows.
        const QByteArray file = "{\"Permissions\": {\"Permission\": [{\"IpProtocol\": \"TCP\", \"PortRange\": \"22/22\", "
                                "\"SourceCidrIp\": \"10.0.0.0/8\", \"Description\": \"\xEF\xBB\xBF\xEF\xBB\xBFssh \\ufeff\"}]}}";
        const Parsed<Document> read = readApi(file);
        QVERIFY2(read.ok(), qPrintable(firstProblem(read.diagnostics)));
        const QString description = read.value.ruleSet.rules.first().description;
        QCOMPARE(description, QStringLiteral("\uFEFF\uFEFFssh \uFEFF"));
        QVERIFY(write(read.value).contains("\"Description\": \"\\ufeff\\ufeffssh \\ufeff\""));
    }

    void emptyGroup()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(apiFile(QStringLiteral("good/empty-group.json")));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.document.ruleSet.rules.isEmpty());
    }

    void everyInvalidRuleIsReported()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(apiFile(QStringLiteral("broken/invalid-rules.json")));
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.ioError);
        struct Expected
        {
            int rule;
            int line;
            const char *field;
        };
        const QList<Expected> expected{
            {2, 34, "PortRange"}, {3, 62, "SourceCidrIp"}, {4, 90, "Priority"}, {5, 118, "PortRange"}, {6, 146, "Ipv6SourceCidrIp"}, {7, 174, "SourceCidrIp"}, {8, 202, "Description"}, {9, 230, "SourceCidrIp"}};
        QCOMPARE(loaded.diagnostics.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Diagnostic &d = loaded.diagnostics[i];
            QCOMPARE(d.location.rule, expected[i].rule);
            QCOMPARE(d.location.line, expected[i].line);
            QCOMPARE(d.location.field, QLatin1StringView(expected[i].field));
            QVERIFY(d.location.file.endsWith(QStringLiteral("invalid-rules.json")));
        }
        // The valid rule is still there for a caller that decides to use it; nothing is silent.
        QCOMPARE(loaded.document.ruleSet.rules.size(), 1);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("truncated") << "broken/truncated.json"
                                   << "truncated" << 0;
        QTest::newRow("not json") << "broken/not-json.json"
                                  << "" << 1;
        QTest::newRow("permissions string") << "broken/permissions-string.json"
                                            << "must be an array" << 1;
        QTest::newRow("utf-16") << "broken/utf16.json"
                                << "UTF-16" << 0;
        QTest::newRow("trailing garbage") << "broken/trailing-garbage.json"
                                          << "after the end" << 2;
        QTest::newRow("empty") << "broken/empty.json"
                               << "empty" << 0;
        QTest::newRow("rules not objects") << "broken/rules-not-objects.json"
                                           << "must be an object" << 1;
        QTest::newRow("no permissions") << "broken/no-permissions.json"
                                        << "Permissions" << 1;
        QTest::newRow("invalid utf-8") << "broken/invalid-utf8.json"
                                       << "UTF-8" << 0;
        QTest::newRow("nul bytes") << "broken/nul-bytes.json"
                                   << "" << 0;
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(int, line);
        expectRefused(QStringLiteral("api-json/") + file, QStringLiteral("api-json"), message, [line](const Diagnostic &first) {
            if (line > 0)
                QCOMPARE(first.location.line, line);
        });
    }

    void roundTrip()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(apiFile(QStringLiteral("good/describe-real-shape.json")));
        QVERIFY(loaded.ok());
        const QByteArray written = write(loaded.document);
        const Parsed<Document> reread = readApi(written);
        QVERIFY(reread.ok());
        QCOMPARE(reread.value.ruleSet, loaded.document.ruleSet);
        // Deterministic: the same document gives the same bytes.
        QCOMPARE(write(reread.value), written);
        QVERIFY(written.contains("\"Permission\": ["));
        QVERIFY(written.contains("\"Priority\": 50,"));
        QVERIFY(written.endsWith("}\n"));
    }

    void enterpriseTypeIsKept()
    {
        // DescribeSecurityGroupAttribute does not say the type; a pulled enterprise group must.
        Document document;
        document.ruleSet.group.securityGroupId = QStringLiteral("sg-bp1ent");
        const QByteArray basic = write(document);
        QVERIFY(!basic.contains("SecurityGroupType"));
        document.ruleSet.group.type = GroupType::Enterprise;
        const QByteArray enterprise = write(document);
        QVERIFY(enterprise.contains("\"SecurityGroupType\": \"enterprise\""));
        const Parsed<Document> reread = readApi(enterprise);
        QVERIFY(reread.ok());
        QCOMPARE(reread.value.ruleSet.group.type, GroupType::Enterprise);
    }

    void descriptionsSurviveAnyText()
    {
        Document document;
        Rule rule;
        rule.ports = PortRange::single(22);
        rule.peer = *Endpoint::parse(u"10.0.0.0/8").endpoint;
        rule.description = QStringLiteral("quote \" backslash \\ newline \n tab \t control \x01 unicode 中文 ${x} %{y}");
        document.ruleSet.rules = {rule};
        const Parsed<Document> reread = readApi(write(document));
        QVERIFY(reread.ok());
        QCOMPARE(reread.value.ruleSet.rules.first().description, rule.description);
    }

    void detection()
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        QCOMPARE(registry.detect(R"({"RegionId":"x","Permissions":{"Permission":[]}})")->id(), QStringLiteral("api-json"));
        QCOMPARE(registry.detect(R"({"format":"sgassist-project","rules":[]})")->id(), QStringLiteral("project"));
        QVERIFY(!registry.detect("hello"));
    }

    // Detection looks at the first 4 KB, then at the whole head when no format is sure of so
    // little: long files are told apart by what comes late as well as by what comes first.
    void detectionOfLongHeads_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("detected");
        const QByteArray parameters = "  \"Parameters\": {\"Note\": {\"Type\": \"String\", \"Default\": \""
            + QByteArray(6000, 'x') + "\"}},\n";
        QTest::newRow("ROS resources after long parameters")
            << "{\n" + parameters + "  \"Resources\": {\"Sg\": {\"Type\": \"ALIYUN::ECS::SecurityGroup\"}}\n}"
            << "ros";
        QByteArray permissions;
        for (int i = 0; i < 200; ++i)
            permissions += QByteArray(i ? "," : "") + R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8"})";
        QTest::newRow("API response of many rules")
            << R"({"RequestId":"r","SecurityGroupId":"sg-1","Permissions":{"Permission":[)" + permissions + "]}}"
            << "api-json";
        QTest::newRow("DescribeInstances of many instances")
            << R"({"Instances":{"Instance":[)" + QByteArray(5000, ' ') + R"({"InstanceId":"i-1"}]}})"
            << "network-interfaces";
        QTest::newRow("byte order mark, then a long API response")
            << "\xEF\xBB\xBF"
               R"({"RequestId":"r","Permissions":{"Permission":[)"
                + permissions + "]}}"
            << "api-json";
    }

    void detectionOfLongHeads()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, detected);
        QVERIFY(head.size() > 4096);
        const RuleFormat *format = FormatRegistry::instance().detect(head);
        QCOMPARE(format ? format->id() : QString(), detected);
    }

    // A large file's list is read in two halves at once: problems still come in file order, each
    // with its rule number and line, and only the valid rules are kept, in order.
    void problemsInLargeFiles()
    {
        const int count = 40000;
        const QList<int> broken{100, 25000, 39999}; // 0-based: one in the first half, two in the second
        QByteArray json = "{\"RequestId\": \"r\", \"SecurityGroupId\": \"sg-1\",\n\"Permissions\": {\"Permission\": [\n";
        for (int i = 0; i < count; ++i) {
            json += i ? ",\n" : "";
            json += "{\"IpProtocol\": \"TCP\", \"PortRange\": \"" + QByteArray(broken.contains(i) ? "99999/99999" : "22/22")
                + "\", \"SourceCidrIp\": \"10.0.0.0/8\", \"Description\": \"rule " + QByteArray::number(i) + ' '
                + QByteArray(80, 'x') + "\"}";
        }
        json += "\n]}}\n";
        QVERIFY(json.size() >= (qsizetype(4) << 20));
        const Parsed<Document> read = readApi(json);
        QCOMPARE(read.diagnostics.size(), broken.size());
        for (qsizetype k = 0; k < broken.size(); ++k) {
            const Diagnostic &d = read.diagnostics[k];
            QCOMPARE(d.location.rule, broken[k] + 1);
            QCOMPARE(d.location.line, broken[k] + 3); // the list starts on line 3, one rule a line
            QCOMPARE(d.location.field, QStringLiteral("PortRange"));
        }
        const QList<Rule> &rules = read.value.ruleSet.rules;
        QCOMPARE(rules.size(), count - broken.size());
        QVERIFY(rules.first().description.startsWith(QStringLiteral("rule 0 ")));
        QVERIFY(rules.at(100).description.startsWith(QStringLiteral("rule 101 ")));
        QVERIFY(rules.last().description.startsWith(QStringLiteral("rule 39998 ")));
    }

    // JSON that breaks off in the first half of a large list ends reading there: nothing of the
    // second half is kept or reported.
    void brokenJsonInLargeFiles()
    {
        QByteArray json = "{\"Permissions\": {\"Permission\": [\n";
        for (int i = 0; i < 40000; ++i) {
            json += i ? ",\n" : "";
            const QByteArray rule = "{\"IpProtocol\": \"TCP\", \"PortRange\": \"22/22\", \"SourceCidrIp\": \"10.0.0.0/8\", "
                                    "\"Description\": \""
                + QByteArray(100, 'x') + "\"}";
            json += i == 10 ? QByteArray(rule).replace("\"22/22\",", "\"22/22\"") : rule; // a comma missing
        }
        json += "\n]}}\n";
        QVERIFY(json.size() >= (qsizetype(4) << 20));
        const Parsed<Document> read = readApi(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.diagnostics.size(), 1);
        QCOMPARE(read.diagnostics.first().location.rule, 11);
        QCOMPARE(read.diagnostics.first().location.line, 12);
        QCOMPARE(read.value.ruleSet.rules.size(), 10);
    }

    void progressAndCancel()
    {
        QByteArray json = R"({"SecurityGroupId":"sg-1","Permissions":{"Permission":[)";
        for (int i = 0; i < 5000; ++i)
            json += QByteArray(i ? "," : "") + R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8"})";
        json += "]}}";

        QList<qint64> reported;
        std::atomic_bool cancelled = false;
        ReadMonitor monitor([&](qint64 done, qint64 total) { reported << done; QCOMPARE(total, qint64(json.size())); }, &cancelled);
        {
            ReadMonitor::Scope scope(&monitor);
            const Parsed<Document> parsed = readApi(json);
            QVERIFY(parsed.ok());
            QCOMPARE(parsed.value.ruleSet.rules.size(), 5000);
        }
        QCOMPARE(reported.size(), 9); // every 512 rules
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));

        cancelled = true;
        ReadMonitor::Scope scope(&monitor);
        const Parsed<Document> parsed = readApi(json);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.diagnostics.first().message.contains(QStringLiteral("cancelled")));
        QVERIFY(parsed.value.ruleSet.rules.size() < 5000);
    }

    void deepNestingIsRefused()
    {
        const QByteArray json = "{\"Permissions\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        const Parsed<Document> parsed = readApi(json);
        QVERIFY(!parsed.ok());
    }
};

QTEST_APPLESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
