// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Can X reach port Y?" decided exactly as Alibaba Cloud does (reference section 2).

#include "analysis/policyevaluator.h"

#include "rulespec.h"

#include <QTest>

using namespace sg;

class TestPolicyEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<int>("groupType"); // 0 basic, 1 enterprise
        QTest::addColumn<int>("inner");     // 0 accept, 1 drop
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("deciding");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("uncertain");
        QTest::addColumn<QString>("says");

        const QStringList none;
        // Priority: the smaller number decides, wherever the rule sits in the file.
        QTest::newRow("smaller priority first")
            << QStringList{"in drop tcp 22 0.0.0.0/0 p5", "in accept tcp 22 203.0.113.0/24 p1"} << 0 << 0
            << "203.0.113.7"
            << "tcp" << 22 << "ingress" << true << 2 << "rule"
            << ""
            << "rule 2";
        QTest::newRow("larger number loses")
            << QStringList{"in accept tcp 22 203.0.113.0/24 p2", "in drop tcp 22 0.0.0.0/0 p1"} << 0 << 0
            << "203.0.113.7"
            << "tcp" << 22 << "ingress" << false << 2 << "rule"
            << ""
            << "Denied";
        // At equal priority a drop beats an accept, also when the accept comes first in the file.
        QTest::newRow("drop wins tie")
            << QStringList{"in accept tcp 22 0.0.0.0/0 p1", "in drop tcp 22 198.51.100.0/24 p1"} << 0 << 0
            << "198.51.100.9"
            << "tcp" << 22 << "ingress" << false << 2 << "rule"
            << ""
            << "Rule 1 accepts it at the same priority, but at equal priority a drop beats an accept.";
        QTest::newRow("tie elsewhere does not matter")
            << QStringList{"in accept tcp 22 0.0.0.0/0 p1", "in drop tcp 22 198.51.100.0/24 p1"} << 0 << 0
            << "203.0.113.1"
            << "tcp" << 22 << "ingress" << true << 1 << "rule"
            << ""
            << "Allowed";
        // Protocols: GRE and UDP never open TCP 22; ALL opens everything; ICMP has no port.
        QTest::newRow("gre is not ssh")
            << QStringList{"in accept gre - 0.0.0.0/0 p1"} << 0 << 0 << "203.0.113.7"
            << "tcp" << 22 << "ingress"
            << false << 0 << "default"
            << ""
            << "inbound traffic is denied by default";
        QTest::newRow("gre matches gre")
            << QStringList{"in accept gre - 0.0.0.0/0 p1"} << 0 << 0 << "203.0.113.7"
            << "gre" << -1 << "ingress"
            << true << 1 << "rule"
            << ""
            << "inbound GRE from 203.0.113.7";
        QTest::newRow("udp is not tcp")
            << QStringList{"in accept udp 22 0.0.0.0/0 p1"} << 0 << 0 << "203.0.113.7"
            << "tcp" << 22 << "ingress"
            << false << 0 << "default"
            << ""
            << "";
        QTest::newRow("all opens tcp")
            << QStringList{"in accept all - 0.0.0.0/0 p1"} << 0 << 0 << "203.0.113.7"
            << "tcp" << 65535 << "ingress"
            << true << 1 << "rule"
            << ""
            << "all protocols";
        QTest::newRow("all opens icmp")
            << QStringList{"in accept all - 0.0.0.0/0 p1"} << 0 << 0 << "203.0.113.7"
            << "icmp" << -1 << "ingress"
            << true << 1 << "rule"
            << ""
            << "";
        QTest::newRow("protocol all only matched by all")
            << QStringList{"in accept tcp 1-65535 0.0.0.0/0 p1", "in accept udp 1-65535 0.0.0.0/0 p1"} << 0 << 0
            << "203.0.113.7"
            << "all" << -1 << "ingress" << false << 0 << "default"
            << ""
            << "such as ESP";
        QTest::newRow("icmp ignores ports")
            << QStringList{"in accept icmp - 10.0.0.0/8 p1"} << 0 << 0 << "10.1.2.3"
            << "icmp" << -1 << "ingress"
            << true << 1 << "rule"
            << ""
            << "";
        QTest::newRow("port outside range")
            << QStringList{"in accept tcp 6817-6819 10.0.0.0/8 p1"} << 0 << 0 << "10.1.2.3"
            << "tcp" << 6820
            << "ingress" << false << 0 << "default"
            << ""
            << "";
        QTest::newRow("tcp needs a port")
            << QStringList{"in accept tcp 22 10.0.0.0/8 p1"} << 0 << 0 << "10.1.2.3"
            << "tcp" << -1 << "ingress"
            << false << 0 << "default"
            << ""
            << "needs a port";
        // IPv6: ::/0 is everyone on IPv6, and only on IPv6.
        QTest::newRow("v6 any")
            << QStringList{"in accept tcp 22 ::/0 p1"} << 0 << 0 << "2001:db8::1"
            << "tcp" << 22 << "ingress"
            << true << 1 << "rule"
            << ""
            << "";
        QTest::newRow("v6 rule, v4 source")
            << QStringList{"in accept tcp 22 ::/0 p1"} << 0 << 0 << "203.0.113.7"
            << "tcp" << 22 << "ingress"
            << false << 0 << "default"
            << ""
            << "";
        QTest::newRow("v4 rule, v6 source")
            << QStringList{"in accept tcp 22 0.0.0.0/0 p1"} << 0 << 0 << "2001:db8::1"
            << "tcp" << 22 << "ingress"
            << false << 0 << "default"
            << ""
            << "";
        QTest::newRow("v6 drop wins")
            << QStringList{"in accept tcp 22 ::/0 p2", "in drop all - 2001:db8::/32 p1"} << 0 << 0 << "2001:db8::5"
            << "tcp" << 22 << "ingress" << false << 2 << "rule"
            << ""
            << "";
        QTest::newRow("icmp from v6 is icmpv6")
            << QStringList{"in accept icmpv6 - ::/0 p1"} << 0 << 0 << "2001:db8::1"
            << "icmp" << -1 << "ingress"
            << true << 1 << "rule"
            << ""
            << "ICMPv6";
        // Intra-group access: basic groups with InnerAccessPolicy Accept only.
        QTest::newRow("intra-group basic accept")
            << none << 0 << 0 << "sg-own"
            << "tcp" << 6817 << "ingress" << true << 0 << "intra-group"
            << ""
            << "InnerAccessPolicy is Accept";
        QTest::newRow("intra-group id any case")
            << none << 0 << 0 << "SG-OWN"
            << "udp" << 53 << "ingress" << true << 0 << "intra-group"
            << ""
            << "";
        QTest::newRow("intra-group basic drop")
            << none << 0 << 1 << "sg-own"
            << "tcp" << 6817 << "ingress" << false << 0 << "default"
            << ""
            << "InnerAccessPolicy is Drop";
        QTest::newRow("enterprise has no intra-group access")
            << none << 1 << 0 << "sg-own"
            << "tcp" << 6817 << "ingress" << false << 0 << "default"
            << ""
            << "enterprise security group";
        QTest::newRow("a rule beats intra-group")
            << QStringList{"in drop all - 0.0.0.0/0 p100"} << 0 << 0 << "sg-own"
            << "tcp" << 22 << "ingress" << false
            << 1 << "rule"
            << ""
            << "";
        QTest::newRow("other group is not intra-group")
            << none << 0 << 0 << "sg-other"
            << "tcp" << 22 << "ingress" << false << 0 << "default"
            << ""
            << "";
        QTest::newRow("group rule")
            << QStringList{"in accept tcp 6817-6819 sg-cluster p1"} << 0 << 0 << "sg-cluster"
            << "tcp" << 6818
            << "ingress" << true << 1 << "rule"
            << ""
            << "";
        // Egress defaults.
        QTest::newRow("basic egress default allow")
            << none << 0 << 0 << "8.8.8.8"
            << "udp" << 53 << "egress" << true << 0 << "default"
            << ""
            << "basic security group allows outbound";
        QTest::newRow("enterprise egress default deny")
            << none << 1 << 0 << "8.8.8.8"
            << "udp" << 53 << "egress" << false << 0 << "default"
            << ""
            << "enterprise security group denies outbound";
        QTest::newRow("egress drop")
            << QStringList{"out drop all - 0.0.0.0/0 p100", "out accept tcp 443 0.0.0.0/0 p1"} << 0 << 0 << "1.2.3.4"
            << "tcp" << 25 << "egress" << false << 1 << "rule"
            << ""
            << "outbound TCP 25 to 1.2.3.4";
        QTest::newRow("ingress rules do not decide egress")
            << QStringList{"in drop all - 0.0.0.0/0 p1"} << 1 << 0 << "1.2.3.4"
            << "tcp" << 443 << "egress" << false
            << 0 << "default"
            << ""
            << "";
        // What the question cannot say: group and prefix-list membership, refinements.
        QTest::newRow("unknown membership listed")
            << QStringList{"in drop tcp 22 pl-blocked p1", "in accept tcp 22 0.0.0.0/0 p2"} << 0 << 0 << "203.0.113.7"
            << "tcp" << 22 << "ingress" << true << 2 << "rule"
            << "1"
            << "Rule 1 comes first";
        QTest::newRow("same-way uncertain rules not listed")
            << QStringList{"in accept tcp 22 sg-a p1", "in accept tcp 22 0.0.0.0/0 p2"} << 0 << 0 << "203.0.113.7"
            << "tcp" << 22 << "ingress" << true << 2 << "rule"
            << ""
            << "";
        QTest::newRow("group rule for an address is uncertain")
            << QStringList{"in accept tcp 6817 sg-cluster p1"} << 0 << 0 << "10.0.0.5"
            << "tcp" << 6817 << "ingress"
            << false << 0 << "default"
            << "1"
            << "";
        QTest::newRow("refined rule never decides")
            << QStringList{"in accept tcp 22 0.0.0.0/0 p1 sport=1024-65535"} << 0 << 0 << "203.0.113.7"
            << "tcp" << 22
            << "ingress" << false << 0 << "default"
            << "1"
            << "";
        QTest::newRow("local address refinement")
            << QStringList{"in drop tcp 22 0.0.0.0/0 p1 local=10.0.0.5", "in accept tcp 22 0.0.0.0/0 p2"} << 0 << 0
            << "203.0.113.7"
            << "tcp" << 22 << "ingress" << true << 2 << "rule"
            << "1"
            << "";
        QTest::newRow("0.0.0.0/0 matches group members")
            << QStringList{"in accept tcp 22 0.0.0.0/0 p1"} << 1 << 0 << "sg-cluster"
            << "tcp" << 22 << "ingress"
            << true << 1 << "rule"
            << ""
            << "";
        QTest::newRow("narrow block for a group is uncertain")
            << QStringList{"in drop tcp 22 10.0.0.0/8 p1"} << 0 << 0 << "sg-own"
            << "tcp" << 22 << "ingress" << true
            << 0 << "intra-group"
            << "1"
            << "";
    }

    void evaluate()
    {
        QFETCH(QStringList, rules);
        QFETCH(int, groupType);
        QFETCH(int, inner);
        QFETCH(QString, source);
        QFETCH(QString, protocol);
        QFETCH(int, port);
        QFETCH(QString, direction);
        QFETCH(bool, allowed);
        QFETCH(int, deciding);
        QFETCH(QString, reason);
        QFETCH(QString, uncertain);
        QFETCH(QString, says);

        const RuleSet set = spec::rules(rules, groupType ? GroupType::Enterprise : GroupType::Basic,
                                        inner ? Policy::Drop : Policy::Accept);
        TrafficQuery query;
        query.source = *Endpoint::parse(source).endpoint;
        query.protocol = *protocolFromString(protocol);
        query.port = port;
        query.direction = *directionFromString(direction);
        const Decision d = PolicyEvaluator(set).evaluate(query);
        QCOMPARE(d.allowed, allowed);
        QCOMPARE(d.decidingRule, deciding);
        QCOMPARE(toId(d.reason), reason);
        QStringList listed;
        for (int r : d.uncertainRules)
            listed.append(QString::number(r));
        QCOMPARE(listed.join(u','), uncertain);
        QVERIFY2(d.explanation.contains(says), qPrintable(d.explanation));
        QVERIFY(d.explanation.startsWith(allowed ? u"Allowed" : u"Denied"));
    }

    // Many rules of unknown match: all are listed in the decision, ten in the sentence.
    void manyUncertainRules()
    {
        QStringList rules;
        for (int i = 0; i < 25; ++i)
            rules.append(QStringLiteral("in drop tcp 22 sg-g%1 p1").arg(i));
        rules.append(QStringLiteral("in accept tcp 22 0.0.0.0/0 p2"));
        TrafficQuery query;
        query.source = *Endpoint::parse(u"203.0.113.7").endpoint;
        query.port = 22;
        const Decision d = PolicyEvaluator(spec::rules(rules)).evaluate(query);
        QCOMPARE(d.decidingRule, 26);
        QCOMPARE(d.uncertainRules.size(), 25);
        QVERIFY2(d.explanation.contains(QStringLiteral("Rules 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... (25 in all) come first")),
                 qPrintable(d.explanation));
    }
};

QTEST_APPLESS_MAIN(TestPolicyEvaluator)
#include "tst_policyevaluator.moc"
