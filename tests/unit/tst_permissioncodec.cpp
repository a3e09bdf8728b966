// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of one permission exactly as the API would do it, with the field named in every error.

#include "io/permissioncodec.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sg;

namespace {

PermissionRecord record(const char *json)
{
    return PermissionRecord::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

// A valid rule whose description has `length` characters.
QByteArray withDescription(int length)
{
    return "{\"IpProtocol\":\"TCP\",\"PortRange\":\"22/22\",\"SourceCidrIp\":\"10.0.0.0/8\",\"Description\":\""
        + QByteArray(length, 'x') + "\"}";
}

} // namespace

class TestPermissionCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorField"); // empty = valid

        QTest::newRow("minimal") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8"})") << "";
        QTest::newRow("lower-case keys and values") << QByteArray(R"({"ipprotocol":"tcp","portrange":"22/22","sourcecidrip":"10.0.0.0/8","policy":"accept","nictype":"intranet","direction":"ingress"})") << "";
        QTest::newRow("capitalised values") << QByteArray(R"({"IpProtocol":"Tcp","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Policy":"Accept","Direction":"Ingress"})") << "";
        QTest::newRow("priority string") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Priority":"100"})") << "";
        QTest::newRow("empty fields") << QByteArray(R"({"IpProtocol":"ICMP","PortRange":"-1/-1","SourceCidrIp":"10.0.0.0/8","SourceGroupId":"","Ipv6SourceCidrIp":"","Description":""})") << "";
        QTest::newRow("icmp without range") << QByteArray(R"({"IpProtocol":"ICMP","SourceCidrIp":"10.0.0.0/8"})") << "";
        QTest::newRow("ipv6") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","Ipv6SourceCidrIp":"2001:db8::/32"})") << "";
        QTest::newRow("group") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"6817/6819","SourceGroupId":"sg-bp1cluster"})") << "";
        QTest::newRow("prefix list") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourcePrefixListId":"pl-1"})") << "";
        QTest::newRow("egress") << QByteArray(R"({"Direction":"egress","IpProtocol":"ALL","PortRange":"-1/-1","DestCidrIp":"0.0.0.0/0"})") << "";
        QTest::newRow("512 chars") << withDescription(512) << "";

        QTest::newRow("no protocol") << QByteArray(R"({"PortRange":"22/22","SourceCidrIp":"10.0.0.0/8"})") << "IpProtocol";
        QTest::newRow("bad protocol") << QByteArray(R"({"IpProtocol":"SCTP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8"})") << "IpProtocol";
        QTest::newRow("tcp without range") << QByteArray(R"({"IpProtocol":"TCP","SourceCidrIp":"10.0.0.0/8"})") << "PortRange";
        QTest::newRow("tcp -1/-1") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"-1/-1","SourceCidrIp":"10.0.0.0/8"})") << "PortRange";
        QTest::newRow("gre with ports") << QByteArray(R"({"IpProtocol":"GRE","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8"})") << "PortRange";
        QTest::newRow("reversed range") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"23/22","SourceCidrIp":"10.0.0.0/8"})") << "PortRange";
        QTest::newRow("port 0") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"0/22","SourceCidrIp":"10.0.0.0/8"})") << "PortRange";
        QTest::newRow("port 65536") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"1/65536","SourceCidrIp":"10.0.0.0/8"})") << "PortRange";
        QTest::newRow("priority 0") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Priority":0})") << "Priority";
        QTest::newRow("priority 101") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Priority":"101"})") << "Priority";
        QTest::newRow("priority fraction") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Priority":1.5})") << "Priority";
        QTest::newRow("priority word") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Priority":"high"})") << "Priority";
        QTest::newRow("priority bool") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Priority":true})") << "Priority";
        QTest::newRow("prefix 33") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.1/33"})") << "SourceCidrIp";
        QTest::newRow("octet 300") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"300.1.1.1"})") << "SourceCidrIp";
        QTest::newRow("bad v6") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","Ipv6SourceCidrIp":"2001:db8:::1"})") << "Ipv6SourceCidrIp";
        QTest::newRow("v6 in v4 field") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"::/0"})") << "SourceCidrIp";
        QTest::newRow("v4 and v6") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Ipv6SourceCidrIp":"::/0"})") << "Ipv6SourceCidrIp";
        QTest::newRow("no source") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22"})") << "SourceCidrIp";
        QTest::newRow("egress no dest") << QByteArray(R"({"Direction":"egress","IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8"})") << "DestCidrIp";
        QTest::newRow("bad group") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceGroupId":"group-1"})") << "SourceGroupId";
        QTest::newRow("bad policy") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Policy":"allow"})") << "Policy";
        QTest::newRow("bad direction") << QByteArray(R"({"Direction":"inbound","IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8"})") << "Direction";
        QTest::newRow("bad nic") << QByteArray(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","NicType":"vpc"})") << "NicType";
        QTest::newRow("513 chars") << withDescription(513) << "Description";
        QTest::newRow("port as number") << QByteArray(R"({"IpProtocol":"TCP","PortRange":22,"SourceCidrIp":"10.0.0.0/8"})") << "PortRange";
        QTest::newRow("icmpv6 with v4") << QByteArray(R"({"IpProtocol":"ICMPv6","PortRange":"-1/-1","SourceCidrIp":"10.0.0.0/8"})") << "IpProtocol";
    }

    void decode()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorField);
        Diagnostics diagnostics;
        const SourceLocation where(QStringLiteral("rules.json"), 7, 0, 3);
        const std::optional<Rule> rule = PermissionCodec::decode(record(json.constData()), where, diagnostics);
        if (errorField.isEmpty()) {
            QVERIFY2(rule, diagnostics.isEmpty() ? "" : qPrintable(diagnostics.first().toString()));
            QVERIFY(!hasErrors(diagnostics));
            return;
        }
        QVERIFY(!rule);
        QVERIFY(hasErrors(diagnostics));
        const Diagnostic &first = diagnostics.first();
        QCOMPARE(first.location.field, errorField);
        QCOMPARE(first.location.rule, 3);
        QCOMPARE(first.location.line, 7);
        QVERIFY(first.toString().startsWith(QStringLiteral("rules.json:7: rule 3, ") + errorField + u':'));
    }

    void defaultsFollowTheApi()
    {
        Diagnostics diagnostics;
        const auto rule = PermissionCodec::decode(record(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8"})"),
                                                  SourceLocation(), diagnostics);
        QVERIFY(rule);
        QCOMPARE(rule->direction, Direction::Ingress);
        QCOMPARE(rule->policy, Policy::Accept);
        QCOMPARE(rule->priority, 1);
        QCOMPARE(rule->nicType, NicType::Intranet);
    }

    void everyProblemIsReported()
    {
        Diagnostics diagnostics;
        const auto rule = PermissionCodec::decode(
            record(R"({"IpProtocol":"TCP","PortRange":"0/0","SourceCidrIp":"1.2.3","Policy":"maybe","Priority":"x"})"),
            SourceLocation(QStringLiteral("f.json")), diagnostics);
        QVERIFY(!rule);
        QStringList fields;
        for (const Diagnostic &d : diagnostics)
            fields << d.location.field;
        QCOMPARE(fields, (QStringList{"PortRange", "SourceCidrIp", "Policy", "Priority"}));
    }

    void groupPrecedence()
    {
        // The API: a CIDR wins over a group, a group over a prefix list.
        Diagnostics diagnostics;
        auto rule = PermissionCodec::decode(record(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","SourceGroupId":"sg-1","SourcePrefixListId":"pl-1"})"),
                                            SourceLocation(), diagnostics);
        QCOMPARE(rule->peer.kind(), Endpoint::Kind::Ipv4);
        rule = PermissionCodec::decode(record(R"({"IpProtocol":"TCP","PortRange":"22/22","SourceGroupId":"sg-1","SourcePrefixListId":"pl-1"})"),
                                       SourceLocation(), diagnostics);
        QCOMPARE(rule->peer.kind(), Endpoint::Kind::SecurityGroup);
    }

    void fieldsRoundTrip()
    {
        Diagnostics diagnostics;
        const auto rule = PermissionCodec::decode(
            record(R"({"Direction":"egress","IpProtocol":"UDP","PortRange":"53/53","DestCidrIp":"10.0.0.2","SourceCidrIp":"172.16.0.5","Policy":"drop","Priority":5,"NicType":"internet","Description":"DNS lookups","SecurityGroupRuleId":"sgr-1","SourcePortRange":"1024/65535"})"),
            SourceLocation(), diagnostics);
        QVERIFY(rule);
        QJsonObject rebuilt;
        for (const auto &[field, value] : PermissionCodec::fields(*rule, false))
            rebuilt.insert(QString(apiName(field)), value);
        Diagnostics again;
        const auto reread = PermissionCodec::decode(PermissionRecord::fromJson(rebuilt), SourceLocation(), again);
        QVERIFY(reread);
        QCOMPARE(*reread, *rule);
        QCOMPARE(rebuilt.value(QStringLiteral("DestCidrIp")).toString(), QStringLiteral("10.0.0.2"));
        QCOMPARE(rebuilt.value(QStringLiteral("SourceCidrIp")).toString(), QStringLiteral("172.16.0.5"));
    }

    // The refinements live out of line (RareFields): still values. Unset ones take no memory,
    // copies do not see each other's changes, and equality is by value.
    void refinementsAreValues()
    {
        Rule plain;
        plain.setLocal(Endpoint());
        plain.setSourcePorts(std::nullopt);
        plain.setPeerOwnerAccount(QString());
        QVERIFY(!plain.refinements.isSet()); // setting what is unset to unset allocates nothing

        Rule refined = plain;
        refined.setLocal(*Endpoint::parse(u"10.0.0.2").endpoint);
        refined.setSourcePorts(PortRange(1024, 65535));
        QVERIFY(plain.local().isNone());
        QVERIFY(!plain.sourcePorts());
        QVERIFY(!(refined == plain));
        QVERIFY(refined.hasRefinements());

        Rule copy = refined;
        QCOMPARE(copy, refined);
        copy.setPeerOwnerAccount(QStringLiteral("1234567890"));
        QVERIFY(refined.peerOwnerAccount().isEmpty());
        QVERIFY(!(copy == refined));

        // Set back to the defaults, a rule equals one that never had them.
        copy.setLocal(Endpoint());
        copy.setSourcePorts(std::nullopt);
        copy.setPeerOwnerAccount(QString());
        QVERIFY(copy.refinements.isSet());
        QCOMPARE(copy, plain);
        QVERIFY(!copy.hasRefinements());
    }
};

QTEST_APPLESS_MAIN(TestPermissionCodec)
#include "tst_permissioncodec.moc"
