// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Endpoint's IPv4 fast path gives exactly what QHostAddress computes, for every prefix length.

#include "core/endpoint.h"

#include <QHostAddress>
#include <QTest>

#include <random>

using namespace sg;

class TestEndpointParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipv4MatchesQHostAddress()
    {
        std::mt19937 rng(42);
        for (int i = 0; i < 20000; ++i) {
            const quint32 value = rng();
            const int prefix = int(rng() % 33);
            const QString text = QHostAddress(value).toString() + u'/' + QString::number(prefix);
            const auto parsed = Endpoint::parse(text);
            QVERIFY2(parsed.endpoint, qPrintable(text));
            const auto [network, length] = QHostAddress::parseSubnet(text);
            QCOMPARE(length, prefix);
            const quint32 first = network.toIPv4Address();
            const quint32 last = prefix == 0 ? ~quint32(0) : first | ~(~quint32(0) << (32 - prefix));
            QCOMPARE(parsed.endpoint->first(), (Address128{0, first}));
            QCOMPARE(parsed.endpoint->last(), (Address128{0, prefix == 32 ? first : last}));
            QCOMPARE(parsed.endpoint->prefixLength(), prefix);
            QCOMPARE(parsed.endpoint->canonical(), network.toString() + u'/' + QString::number(prefix));
        }
        QCOMPARE(Endpoint::parse(u"255.255.255.255").endpoint->last(), (Address128{0, 0xFFFFFFFFu}));
        QCOMPARE(Endpoint::parse(u"0.0.0.0/0").endpoint->last(), (Address128{0, 0xFFFFFFFFu}));
        QVERIFY(!Endpoint::parse(u"256.1.1.1").endpoint);
        QVERIFY(!Endpoint::parse(u"1.1.1.01").endpoint);
    }
};

QTEST_APPLESS_MAIN(TestEndpointParse)
#include "tst_endpointparse.moc"
