// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Port range syntax and protocol rules exactly as the API accepts them (reference section 1).

#include "core/portrange.h"

#include <QTest>

using namespace sg;

class TestPortRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("single") << "22/22" << true << 22 << 22 << "";
        QTest::newRow("range") << "6817/6819" << true << 6817 << 6819 << "";
        QTest::newRow("none") << "-1/-1" << true << -1 << -1 << "";
        QTest::newRow("blanks") << "  22/22 " << true << 22 << 22 << "";
        QTest::newRow("full") << "1/65535" << true << 1 << 65535 << "";
        QTest::newRow("zero") << "0/22" << false << 0 << 0 << "between 1 and 65535";
        QTest::newRow("too high") << "1/65536" << false << 0 << 0 << "between 1 and 65535";
        QTest::newRow("reversed") << "23/22" << false << 0 << 0 << "larger than the last";
        QTest::newRow("half none") << "-1/22" << false << 0 << 0 << "-1/-1";
        QTest::newRow("no slash") << "22" << false << 0 << 0 << "start/end";
        QTest::newRow("dash") << "22-23" << false << 0 << 0 << "start/end";
        QTest::newRow("two slashes") << "1/2/3" << false << 0 << 0 << "start/end";
        QTest::newRow("letters") << "ssh/ssh" << false << 0 << 0 << "start/end";
        QTest::newRow("plus") << "+22/22" << false << 0 << 0 << "start/end";
        QTest::newRow("empty") << "" << false << 0 << 0 << "start/end";
        QTest::newRow("huge") << "99999999/1" << false << 0 << 0 << "start/end";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const PortRange::ParseResult result = PortRange::parse(text);
        QCOMPARE(result.range.has_value(), valid);
        if (valid) {
            QFETCH(int, first);
            QFETCH(int, last);
            QCOMPARE(result.range->first(), first);
            QCOMPARE(result.range->last(), last);
            QVERIFY(result.error.isEmpty());
        } else {
            QFETCH(QString, errorContains);
            QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
        }
    }

    void parseLenient_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("api");
        QTest::newRow("single") << "22"
                                << "22/22";
        QTest::newRow("dash") << "6817-6819"
                              << "6817/6819";
        QTest::newRow("spaced dash") << "6817 - 6819"
                                     << "6817/6819";
        QTest::newRow("api form") << "8888/8888"
                                  << "8888/8888";
        QTest::newRow("none") << "-1/-1"
                              << "-1/-1";
        QTest::newRow("reversed") << "23-22"
                                  << "";
        QTest::newRow("zero") << "0"
                              << "";
    }

    void parseLenient()
    {
        QFETCH(QString, text);
        QFETCH(QString, api);
        const PortRange::ParseResult result = PortRange::parseLenient(text);
        QCOMPARE(result.range ? result.range->toString() : QString(), api);
    }

    void protocolRules_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("range");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("tcp port") << "TCP"
                                  << "22/22" << true;
        QTest::newRow("udp range") << "UDP"
                                   << "32765/32768" << true;
        QTest::newRow("tcp none") << "TCP"
                                  << "-1/-1" << false;
        QTest::newRow("udp none") << "udp"
                                  << "-1/-1" << false;
        QTest::newRow("icmp none") << "ICMP"
                                   << "-1/-1" << true;
        QTest::newRow("icmp port") << "ICMP"
                                   << "22/22" << false;
        QTest::newRow("gre none") << "GRE"
                                  << "-1/-1" << true;
        QTest::newRow("gre port") << "GRE"
                                  << "1/65535" << false;
        QTest::newRow("all none") << "ALL"
                                  << "-1/-1" << true;
        QTest::newRow("all ports") << "ALL"
                                   << "1/65535" << false;
        QTest::newRow("icmpv6 none") << "ICMPv6"
                                     << "-1/-1" << true;
    }

    void protocolRules()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, range);
        QFETCH(bool, allowed);
        const auto p = protocolFromString(protocol);
        QVERIFY(p);
        const PortRange r = *PortRange::parse(range).range;
        QCOMPARE(r.problemWith(*p).isEmpty(), allowed);
    }

    void display()
    {
        QCOMPARE(PortRange(6817, 6819).toDisplayString(), QStringLiteral("6817-6819"));
        QCOMPARE(PortRange::single(22).toDisplayString(), QStringLiteral("22"));
        QCOMPARE(PortRange::none().toString(), QStringLiteral("-1/-1"));
        QVERIFY(PortRange::all().coversAllPorts());
        QCOMPARE(PortRange(100, 199).count(), 100);
        QVERIFY(PortRange(100, 199).contains(150));
        QVERIFY(!PortRange::none().contains(150));
    }

    void enumsCaseInsensitive()
    {
        QCOMPARE(protocolFromString(u"tcp"), Protocol::Tcp);
        QCOMPARE(protocolFromString(u"Icmpv6"), Protocol::Icmpv6);
        QCOMPARE(policyFromString(u"Accept"), Policy::Accept);
        QCOMPARE(policyFromString(u"DROP"), Policy::Drop);
        QCOMPARE(directionFromString(u"Ingress"), Direction::Ingress);
        QCOMPARE(nicTypeFromString(u"INTRANET"), NicType::Intranet);
        QCOMPARE(groupTypeFromString(u"Enterprise"), GroupType::Enterprise);
        QVERIFY(!protocolFromString(u"SCTP"));
        QVERIFY(!policyFromString(u"allow"));
        QCOMPARE(toApiString(Protocol::Icmpv6), QStringLiteral("ICMPv6"));
    }
};

QTEST_APPLESS_MAIN(TestPortRange)
#include "tst_portrange.moc"
