// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ROS templates: every rule resource kind, functions reported by resource and property, the writer.

#include "formattesting.h"

#include "io/rulefiles.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace sg;
using namespace formattesting;

class TestRos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separateResources()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("ros/good/separate-resources.json")));
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QVERIFY(loaded.diagnostics.isEmpty());
        QCOMPARE(loaded.format->id(), QStringLiteral("ros"));
        const RuleSet &set = loaded.document.ruleSet;
        QCOMPARE(set.group.securityGroupId, QStringLiteral("sg-bp1example")); // from the parameter's default
        // Natural order of resource names: Rule2, Rule3 (two permissions), Rule10.
        QCOMPARE(set.rules.size(), 4);
        QCOMPARE(set.rules[0].description, QStringLiteral("SSH"));
        QCOMPARE(set.rules[1].peer.text(), QStringLiteral("sg-bp1cluster"));
        QCOMPARE(set.rules[2].peer.kind(), Endpoint::Kind::Ipv6);
        QCOMPARE(set.rules[2].priority, 2);
        QCOMPARE(set.rules[3].direction, Direction::Egress);
        QCOMPARE(set.rules[3].peer.text(), QStringLiteral("0.0.0.0/0"));
        QCOMPARE(set.rules[3].policy, Policy::Drop);
    }

    void inlineRulesOfAGroup()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("ros/good/inline-group.json")));
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        const RuleSet &set = loaded.document.ruleSet;
        QCOMPARE(set.group.name, QStringLiteral("ehpc"));
        QCOMPARE(set.group.description, QStringLiteral("cluster group"));
        QCOMPARE(set.group.type, GroupType::Enterprise);
        QVERIFY(set.group.vpcId.isEmpty()); // {"Ref": "Vpc"}: not a rule field, not an error
        QCOMPARE(set.rules.size(), 3);
        QCOMPARE(set.rules[1].protocol, Protocol::Icmp);
        QCOMPARE(set.rules[2].direction, Direction::Egress);
    }

    void literalGroupAnyCase()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("ros/good/literal-group.json")));
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QCOMPARE(loaded.document.ruleSet.group.securityGroupId, QStringLiteral("sg-literal"));
        QCOMPARE(loaded.document.ruleSet.rules.first().priority, 7);
    }

    void functionsAreNamed()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("ros/broken/ref-values.json")));
        QVERIFY(!loaded.ok());
        const QStringList fields{
            "Resources.Admin.Properties.SourceCidrIp",
            "Resources.Joined.Properties.PortRange",
            "Resources.List.Properties.Permissions",
            "Resources.Sg.Properties.SecurityGroupIngress[0].SourceCidrIp",
        };
        QCOMPARE(loaded.diagnostics.size(), fields.size());
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QCOMPARE(loaded.diagnostics[i].location.field, fields[i]);
            QVERIFY(loaded.diagnostics[i].message.contains(QStringLiteral("ROS function")));
        }
        QVERIFY(loaded.diagnostics[0].message.contains(QStringLiteral("{\"Ref\":\"AdminCidr\"}")));
        QCOMPARE(loaded.document.ruleSet.rules.size(), 1); // "Ok"
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad values") << "broken/bad-values.json" << "ports must be between" << "Resources.B.Properties.PortRange";
        QTest::newRow("yaml") << "broken/yaml.yaml" << "YAML" << "";
        QTest::newRow("truncated") << "broken/truncated.json" << "not valid JSON" << "";
        QTest::newRow("no resources") << "broken/no-resources.json" << "no Resources" << "Resources";
        QTest::newRow("resources array") << "broken/resources-array.json" << "must be an object" << "Resources";
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(QString, field);
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("ros/") + file), QStringLiteral("ros"));
        QVERIFY(!loaded.ok());
        const Diagnostic &first = loaded.diagnostics.first();
        QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
        QCOMPARE(first.location.field, field);
    }

    void everyBadRuleIsReported()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("ros/broken/bad-values.json")));
        QStringList fields;
        for (const Diagnostic &d : loaded.diagnostics)
            fields.append(d.location.field);
        QCOMPARE(fields, (QStringList{"Resources.B.Properties.PortRange", "Resources.C.Properties.Permissions[0].SourceCidrIp",
                                      "Resources.C.Properties.Permissions[1]", "Resources.D.Properties.Priority"}));
        QCOMPARE(loaded.document.ruleSet.rules.size(), 1);
    }

    void writesATemplate()
    {
        Document document;
        document.ruleSet.group.securityGroupId = QStringLiteral("sg-1");
        for (int i = 0; i < 12; ++i)
            document.ruleSet.rules.append(rule("10.0.0.0/8", 100 + i, 100 + i));
        document.ruleSet.rules[11].direction = Direction::Egress;
        const QByteArray bytes = writeBytes(format("ros"), document);
        QVERIFY(bytes.startsWith("{\n  \"ROSTemplateFormatVersion\": \"2015-09-01\",\n"));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        const QJsonObject resources = root.value(QStringLiteral("Resources")).toObject();
        QCOMPARE(resources.size(), 12);
        const QJsonObject last = resources.value(QStringLiteral("Rule012")).toObject();
        QCOMPARE(last.value(QStringLiteral("Type")).toString(), QStringLiteral("ALIYUN::ECS::SecurityGroupEgress"));
        const QJsonObject properties = last.value(QStringLiteral("Properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("DestCidrIp")).toString(), QStringLiteral("10.0.0.0/8"));
        QCOMPARE(properties.value(QStringLiteral("IpProtocol")).toString(), QStringLiteral("tcp"));
        QCOMPARE(properties.value(QStringLiteral("Priority")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("Parameters")).toObject().value(QStringLiteral("SecurityGroupId")).toObject().value(QStringLiteral("Default")).toString(),
                 QStringLiteral("sg-1"));
        const Parsed<Document> reread = readBytes(format("ros"), bytes);
        QVERIFY(reread.ok());
        QCOMPARE(reread.value.ruleSet.rules, document.ruleSet.rules); // order kept through Rule001 ... Rule012
        QCOMPARE(reread.value.ruleSet.group.securityGroupId, QStringLiteral("sg-1"));
    }
};

QTEST_APPLESS_MAIN(TestRos)
#include "tst_ros.moc"
