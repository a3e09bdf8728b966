// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sources and destinations: what the API accepts, containment, and how wide each one is.

#include "core/endpoint.h"

#include <QTest>

using namespace sg;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1 = invalid
        QTest::addColumn<QString>("canonical");

        const int v4 = int(Endpoint::Kind::Ipv4);
        const int v6 = int(Endpoint::Kind::Ipv6);
        QTest::newRow("v4 host") << "203.0.113.10" << v4 << "203.0.113.10/32";
        QTest::newRow("v4 /32") << "203.0.113.10/32" << v4 << "203.0.113.10/32";
        QTest::newRow("v4 /24") << "198.51.100.0/24" << v4 << "198.51.100.0/24";
        QTest::newRow("v4 host bits") << "10.0.0.1/8" << v4 << "10.0.0.0/8";
        QTest::newRow("v4 any") << "0.0.0.0/0" << v4 << "0.0.0.0/0";
        QTest::newRow("v4 blanks") << " 10.0.0.0/8 " << v4 << "10.0.0.0/8";
        QTest::newRow("v6 host") << "2001:db8::1" << v6 << "2001:db8::1/128";
        QTest::newRow("v6 /48") << "2001:db8:abcd::/48" << v6 << "2001:db8:abcd::/48";
        QTest::newRow("v6 any") << "::/0" << v6 << "::/0";
        QTest::newRow("v6 mapped") << "::ffff:10.0.0.1/128" << v6 << "::ffff:10.0.0.1/128";
        QTest::newRow("group") << "sg-bp1cluster" << int(Endpoint::Kind::SecurityGroup) << "sg-bp1cluster";
        QTest::newRow("prefix list") << "pl-2ze0001" << int(Endpoint::Kind::PrefixList) << "pl-2ze0001";

        QTest::newRow("prefix 33") << "10.0.0.1/33" << -1 << "";
        QTest::newRow("octet 300") << "300.1.1.1" << -1 << "";
        QTest::newRow("triple colon") << "2001:db8:::1" << -1 << "";
        QTest::newRow("v6 prefix 129") << "2001:db8::/129" << -1 << "";
        QTest::newRow("short v4") << "10/8" << -1 << "";
        QTest::newRow("three octets") << "1.2.3" << -1 << "";
        QTest::newRow("leading zero") << "010.0.0.1" << -1 << "";
        QTest::newRow("netmask") << "10.0.0.0/255.0.0.0" << -1 << "";
        QTest::newRow("empty prefix") << "1.2.3.4/" << -1 << "";
        QTest::newRow("negative prefix") << "1.2.3.4/-1" << -1 << "";
        QTest::newRow("zero-padded prefix") << "1.2.3.4/08" << -1 << "";
        QTest::newRow("scope id") << "fe80::1%eth0" << -1 << "";
        QTest::newRow("hostname") << "example.com" << -1 << "";
        QTest::newRow("empty") << "" << -1 << "";
        QTest::newRow("bare sg") << "sg-" << -1 << "";
        QTest::newRow("sg with space") << "sg-bp1 x" << -1 << "";
        QTest::newRow("bare pl") << "pl-" << -1 << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, canonical);
        const EndpointParseResult result = Endpoint::parse(text);
        if (kind < 0) {
            QVERIFY2(!result.endpoint, qPrintable(text));
            QVERIFY(!result.error.isEmpty());
            return;
        }
        QVERIFY2(result.endpoint, qPrintable(result.error));
        QCOMPARE(int(result.endpoint->kind()), kind);
        QCOMPARE(result.endpoint->canonical(), canonical);
        QCOMPARE(result.endpoint->text(), text.trimmed());
    }

    void fieldKindsAreEnforced()
    {
        QVERIFY(!Endpoint::parseAs(Endpoint::Kind::Ipv4, u"2001:db8::/32").endpoint);
        QVERIFY(!Endpoint::parseAs(Endpoint::Kind::Ipv6, u"10.0.0.0/8").endpoint);
        QVERIFY(!Endpoint::parseAs(Endpoint::Kind::SecurityGroup, u"pl-123").endpoint);
        QVERIFY(Endpoint::parseAs(Endpoint::Kind::PrefixList, u"pl-123").endpoint);
    }

    void exposure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exposure");
        QTest::newRow("v4 any") << "0.0.0.0/0"
                                << "internet";
        QTest::newRow("v6 any") << "::/0"
                                << "internet";
        QTest::newRow("public /8") << "11.0.0.0/8"
                                   << "internet";
        QTest::newRow("public /1") << "0.0.0.0/1"
                                   << "internet";
        QTest::newRow("v6 global /3") << "2000::/3"
                                      << "internet";
        QTest::newRow("public /16") << "47.96.0.0/16"
                                    << "public-wide";
        QTest::newRow("public /23") << "198.51.100.0/23"
                                    << "public-wide";
        QTest::newRow("public /24") << "198.51.100.0/24"
                                    << "public-narrow";
        QTest::newRow("public host") << "203.0.113.10"
                                     << "public-narrow";
        QTest::newRow("v6 /32") << "2001:db8::/32"
                                << "public-wide";
        QTest::newRow("v6 /48") << "2001:db8:1::/48"
                                << "public-narrow";
        QTest::newRow("rfc1918 /8") << "10.0.0.0/8"
                                    << "private";
        QTest::newRow("rfc1918 /12") << "172.16.0.0/12"
                                     << "private";
        QTest::newRow("rfc1918 inside") << "192.168.10.0/24"
                                        << "private";
        QTest::newRow("172.32 is public") << "172.32.0.0/16"
                                          << "public-wide";
        QTest::newRow("cgnat") << "100.64.0.0/10"
                               << "private";
        QTest::newRow("loopback") << "127.0.0.1"
                                  << "private";
        QTest::newRow("ula") << "fd00::/8"
                             << "private";
        QTest::newRow("v6 loopback") << "::1"
                                     << "private";
        QTest::newRow("wider than private") << "10.0.0.0/7"
                                            << "internet";
        QTest::newRow("group") << "sg-bp1cluster"
                               << "scoped";
        QTest::newRow("prefix list") << "pl-abc"
                                     << "scoped";
    }

    void exposure()
    {
        QFETCH(QString, text);
        QFETCH(QString, exposure);
        const auto endpoint = Endpoint::parse(text).endpoint;
        QVERIFY(endpoint);
        QCOMPARE(toId(endpoint->exposure()), exposure);
    }

    void containment()
    {
        const Endpoint wide = *Endpoint::parse(u"10.0.0.0/8").endpoint;
        const Endpoint narrow = *Endpoint::parse(u"10.1.0.0/16").endpoint;
        const Endpoint other = *Endpoint::parse(u"192.168.0.0/16").endpoint;
        const Endpoint any6 = *Endpoint::parse(u"::/0").endpoint;
        const Endpoint host6 = *Endpoint::parse(u"2001:db8::1").endpoint;
        QVERIFY(wide.contains(narrow));
        QVERIFY(!narrow.contains(wide));
        QVERIFY(wide.overlaps(narrow));
        QVERIFY(!wide.overlaps(other));
        QVERIFY(any6.contains(host6));
        QVERIFY(!wide.contains(host6)); // families never mix
        QCOMPARE(host6.first(), host6.last());
        QCOMPARE(wide.last(), (Address128{0, 0x0AFFFFFF}));
        QCOMPARE(any6.last(), (Address128{~quint64(0), ~quint64(0)}));
        // The last address is not stored but computed from the first and the prefix: the edges of
        // the two 64-bit halves, and ids, which have no addresses.
        QCOMPARE(Endpoint::parse(u"0.0.0.0/0").endpoint->last(), (Address128{0, 0xFFFFFFFF}));
        QCOMPARE(Endpoint::parse(u"10.1.2.3/32").endpoint->last(), (Address128{0, 0x0A010203}));
        QCOMPARE(Endpoint::parse(u"2001:db8::/63").endpoint->last(), (Address128{0x20010db800000001ULL, ~quint64(0)}));
        QCOMPARE(Endpoint::parse(u"2001:db8::/64").endpoint->last(), (Address128{0x20010db800000000ULL, ~quint64(0)}));
        QCOMPARE(Endpoint::parse(u"2001:db8::/65").endpoint->last(), (Address128{0x20010db800000000ULL, 0x7FFFFFFFFFFFFFFFULL}));
        QCOMPARE(Endpoint::parse(u"sg-bp1abc").endpoint->last(), Address128{});
    }

    void equalityAndHash()
    {
        const Endpoint a = *Endpoint::parse(u"203.0.113.10").endpoint;
        const Endpoint b = *Endpoint::parse(u"203.0.113.10/32").endpoint;
        QCOMPARE(a, b);
        QCOMPARE(qHash(a), qHash(b));
        const Endpoint g1 = *Endpoint::parse(u"sg-ABC").endpoint;
        const Endpoint g2 = *Endpoint::parse(u"sg-abc").endpoint;
        QCOMPARE(g1, g2);
        QCOMPARE(qHash(g1), qHash(g2));
        QVERIFY(!(a == g1));
    }

    void addressText()
    {
        QCOMPARE(addressToString(Endpoint::Kind::Ipv4, {0, 0xC0A80001}), QStringLiteral("192.168.0.1"));
        QCOMPARE(addressToString(Endpoint::Kind::Ipv6, {0x20010DB800000000, 1}), QStringLiteral("2001:db8::1"));
    }
};

QTEST_APPLESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
