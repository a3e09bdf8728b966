// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `terraform show -json` states and plans, child modules included, and raw terraform.tfstate.

#include "formattesting.h"

#include "io/rulefiles.h"

using namespace sg;
using namespace formattesting;

class TestTerraformJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateWithChildModules()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("terraform-json/good/state-child-modules.json")));
        QVERIFY(readCleanly(loaded, QStringLiteral("terraform-json")));
        const RuleSet &set = loaded.document.ruleSet;
        QCOMPARE(set.group.securityGroupId, QStringLiteral("sg-bp1example"));
        // Root resources first, then each child module depth-first; data sources and other types skipped.
        QCOMPARE(set.rules.size(), 5);
        QCOMPARE(set.rules[0].description, QStringLiteral("SSH from the admin network"));
        QCOMPARE(set.rules[0].peer.text(), QStringLiteral("203.0.113.10/32"));
        QCOMPARE(set.rules[1].direction, Direction::Egress);
        QCOMPARE(set.rules[1].peer.text(), QStringLiteral("0.0.0.0/0")); // egress cidr_ip is the destination
        QVERIFY(set.rules[1].local().isNone());
        QCOMPARE(set.rules[1].protocol, Protocol::All);
        QCOMPARE(set.rules[1].policy, Policy::Drop);
        QCOMPARE(set.rules[1].priority, 100);
        QCOMPARE(set.rules[2].peer.kind(), Endpoint::Kind::SecurityGroup);
        QCOMPARE(set.rules[2].ports, PortRange(6817, 6819));
        QCOMPARE(set.rules[3].peer.kind(), Endpoint::Kind::Ipv6);
        QCOMPARE(set.rules[3].protocol, Protocol::Udp);
        QCOMPARE(set.rules[4].peer.kind(), Endpoint::Kind::PrefixList);
        QCOMPARE(set.rules[4].priority, 5);
    }

    void plan()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("terraform-json/good/plan.json")));
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QCOMPARE(loaded.format->id(), QStringLiteral("terraform-json"));
        QCOMPARE(loaded.document.ruleSet.rules.size(), 2);
        QCOMPARE(loaded.document.ruleSet.rules[1].direction, Direction::Egress);
        QCOMPARE(loaded.document.ruleSet.rules[1].protocol, Protocol::Tcp); // "TCP": any case
        QVERIFY(loaded.document.ruleSet.group.securityGroupId.isEmpty());   // unknown until apply
    }

    void rawStateBomCrlf()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("terraform-json/good/raw-tfstate.json")));
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QCOMPARE(loaded.format->id(), QStringLiteral("terraform-json"));
        QCOMPARE(loaded.document.ruleSet.rules.size(), 3);
        QCOMPARE(loaded.document.ruleSet.rules[1].peer.text(), QStringLiteral("10.1.0.0/16"));
    }

    void emptyState()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("terraform-json/good/empty-state.json")));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.document.ruleSet.rules.isEmpty());
    }

    void everyBadResourceIsNamed()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("terraform-json/broken/bad-values.json")));
        QCOMPARE(loaded.format->id(), QStringLiteral("terraform-json"));
        const QStringList fields{
            "alicloud_security_group_rule.bad_port.port_range",
            "alicloud_security_group_rule.bad_type.type",
            "alicloud_security_group_rule.priority_text.priority",
            "alicloud_security_group_rule.no_source.cidr_ip",
            "alicloud_security_group_rule.wrong_type.cidr_ip",
            "module.m.alicloud_security_group_rule.deep_bad.cidr_ip",
        };
        QCOMPARE(loaded.diagnostics.size(), fields.size());
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QCOMPARE(loaded.diagnostics[i].location.field, fields[i]);
            QCOMPARE(loaded.diagnostics[i].location.rule, int(i + 2));
        }
        QCOMPARE(loaded.document.ruleSet.rules.size(), 1);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << "broken/truncated.json"
                                   << "not valid JSON";
        QTest::newRow("not terraform") << "broken/not-terraform.json"
                                       << "terraform show -json";
        QTest::newRow("array root") << "broken/array-root.json"
                                    << "JSON object";
        QTest::newRow("resources not array") << "broken/resources-not-array.json"
                                             << "must be an array";
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        expectRefused(QStringLiteral("terraform-json/") + file, QStringLiteral("terraform-json"), message);
    }

    // Rules of two groups are two groups of a workspace, never one rule set; read() refuses to
    // pick one.
    void severalGroupsAreSeparate()
    {
        const QByteArray json = "{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":["
                                "{\"type\":\"alicloud_security_group_rule\",\"address\":\"a\",\"values\":{\"type\":\"ingress\",\"ip_protocol\":\"tcp\",\"port_range\":\"22/22\",\"cidr_ip\":\"10.0.0.0/8\",\"security_group_id\":\"sg-a\"}},"
                                "{\"type\":\"alicloud_security_group_rule\",\"address\":\"b\",\"values\":{\"type\":\"ingress\",\"ip_protocol\":\"tcp\",\"port_range\":\"22/22\",\"cidr_ip\":\"10.0.0.0/8\",\"security_group_id\":\"sg-b\"}}]}}}";
        const Parsed<Document> parsed = readBytes(format("terraform-json"), json);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.diagnostics.first().message.contains(QStringLiteral("2 security groups (sg-a, sg-b)")));
        QBuffer buffer;
        buffer.setData(json);
        buffer.open(QIODevice::ReadOnly);
        const Parsed<Workspace> workspace = format("terraform-json").readWorkspace(buffer, QStringLiteral("s.json"));
        QVERIFY(workspace.ok());
        QCOMPARE(workspace.value.groups.size(), 2);
        QCOMPARE(workspace.value.groups[0].key(), QStringLiteral("sg-a"));
        QCOMPARE(workspace.value.groups[1].key(), QStringLiteral("sg-b"));
        QCOMPARE(workspace.value.groups[0].ruleSet.rules.size(), 1);
        QCOMPARE(workspace.value.groups[0].ruleSet.rules[0].resource, QStringLiteral("a"));
        QCOMPARE(workspace.value.groups[1].ruleSet.rules[0].resource, QStringLiteral("b"));
    }
};

QTEST_APPLESS_MAIN(TestTerraformJson)
#include "tst_terraformjson.moc"
