// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ROS templates (JSON): every rule resource kind, groups, functions that are errors and values that
// stay open, the writer. YAML and the function evaluator in detail: tst_rosyaml.

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
        QVERIFY(readCleanly(loaded, QStringLiteral("ros")));
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
        QVERIFY(set.group.vpcId.isEmpty()); // {"Ref": "Vpc"}, a parameter without default: open, not an error
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

    // References to names the template does not have are errors; a parameter without a default is
    // an open value (a warning); Fn::Join is evaluated.
    void functionsAreEvaluatedOrNamed()
    {
        const RuleFiles::WorkspaceResult loaded = RuleFiles::loadWorkspace(dataFile(QStringLiteral("ros/broken/ref-values.json")));
        QVERIFY(!loaded.ok());
        QStringList fields;
        QList<bool> errors;
        for (const Diagnostic &d : loaded.diagnostics) {
            fields.append(d.location.field);
            errors.append(d.isError());
        }
        QCOMPARE(fields, (QStringList{"Resources.Admin.Properties.SourceCidrIp", "Resources.List.Properties.Permissions", "Resources.Sg.Properties.SecurityGroupIngress[0].SourceCidrIp"}));
        QCOMPARE(errors, (QList<bool>{false, true, true}));
        QVERIFY(loaded.diagnostics[0].message.contains(QStringLiteral("{\"Ref\":\"AdminCidr\"}")));
        QVERIFY(loaded.diagnostics[1].message.contains(QStringLiteral("Ref Rules names no parameter or resource")));
        QVERIFY(loaded.diagnostics[2].message.contains(QStringLiteral("Mon, which is no resource")));
        const Workspace &w = loaded.workspace;
        QCOMPARE(w.groups.size(), 2);
        QCOMPARE(w.groups[0].key(), QStringLiteral("Sg"));
        QCOMPARE(w.groups[0].ruleSet.rules.size(), 1); // Admin, open
        QCOMPARE(w.groups[0].unresolved.size(), 1);
        QCOMPARE(w.groups[1].key(), QStringLiteral("sg-1"));
        QCOMPARE(w.groups[1].ruleSet.rules.size(), 2); // Joined (Fn::Join evaluated) and Ok
        QCOMPARE(w.groups[1].ruleSet.rules[0].ports, PortRange(80, 80));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad values") << "broken/bad-values.json"
                                    << "ports must be between"
                                    << "Resources.B.Properties.PortRange";
        QTest::newRow("yaml without properties") << "broken/yaml.yaml"
                                                 << "must be an object"
                                                 << "Resources.A.Properties";
        QTest::newRow("truncated") << "broken/truncated.json"
                                   << "not valid JSON"
                                   << "";
        QTest::newRow("no resources") << "broken/no-resources.json"
                                      << "no Resources"
                                      << "Resources";
        QTest::newRow("resources array") << "broken/resources-array.json"
                                         << "must be an object"
                                         << "Resources";
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(QString, field);
        expectRefused(QStringLiteral("ros/") + file, QStringLiteral("ros"), message,
                      [&field](const Diagnostic &first) { QCOMPARE(first.location.field, field); });
    }

    void everyBadRuleIsReported()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("ros/broken/bad-values.json")));
        QStringList fields;
        for (const Diagnostic &d : loaded.diagnostics)
            fields.append(d.location.field);
        QCOMPARE(fields, (QStringList{"Resources.B.Properties.PortRange", "Resources.C.Properties.Permissions[0].SourceCidrIp", "Resources.C.Properties.Permissions[1]", "Resources.D.Properties.Priority"}));
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
        Parsed<Document> reread = readBytes(format("ros"), bytes);
        QVERIFY(reread.ok());
        QCOMPARE(reread.value.ruleSet.rules.first().resource, QStringLiteral("Rule001")); // the logical id names the rule
        for (Rule &r : reread.value.ruleSet.rules)
            r.resource.clear();
        QCOMPARE(reread.value.ruleSet.rules, document.ruleSet.rules); // order kept through Rule001 ... Rule012
        QCOMPARE(reread.value.ruleSet.group.securityGroupId, QStringLiteral("sg-1"));
    }
};

QTEST_APPLESS_MAIN(TestRos)
#include "tst_ros.moc"
