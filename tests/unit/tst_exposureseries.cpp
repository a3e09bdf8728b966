// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exposure chart's data: which ports are open to how wide a source, after the drops.

#include "testexposure.h"

#include <QTest>

using namespace sg;
using testexposure::seriesOf;

namespace {

Rule rule(Protocol protocol, PortRange ports, const char *peer, Policy policy = Policy::Accept, int priority = 1,
          Direction direction = Direction::Ingress)
{
    Rule r;
    r.protocol = protocol;
    r.ports = ports;
    r.peer = *Endpoint::parse(QString::fromLatin1(peer)).endpoint;
    r.policy = policy;
    r.priority = priority;
    r.direction = direction;
    r.description = QStringLiteral("x");
    return r;
}

QStringList describe(const QList<ExposureBar> &bars)
{
    QStringList out;
    for (const ExposureBar &b : bars)
        out << QStringLiteral("%1 %2 %3").arg(b.label, toId(b.exposure), b.severity ? toId(*b.severity) : QStringLiteral("-"));
    return out;
}

} // namespace

class TestExposureSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barsPerOpenPort()
    {
        RuleSet set;
        set.rules = {rule(Protocol::Tcp, PortRange::single(22), "0.0.0.0/0"),
                     rule(Protocol::Tcp, PortRange(6817, 6819), "sg-cluster"),
                     rule(Protocol::Udp, PortRange(32765, 32768), "172.16.0.0/12"),
                     rule(Protocol::Tcp, PortRange(2375, 2376), "::/0", Policy::Drop),
                     rule(Protocol::Tcp, PortRange::single(9090), "47.96.0.0/16"),
                     rule(Protocol::All, PortRange::none(), "0.0.0.0/0", Policy::Accept, 1, Direction::Egress)};
        QCOMPARE(describe(seriesOf(set).bars()), (QStringList{
                                                     "TCP 22 (SSH, Git) internet high",
                                                     "TCP 6817-6819 (Slurm) scoped -",           // a group reference: the recommended way
                                                     "TCP 9090 (Prometheus) public-wide medium", // wide public range to a sensitive port
                                                     "UDP 32765-32768 (NFS) private -",
                                                 }));
    }

    void dropsEvaluatedFirstTakeTheirPortsAway()
    {
        RuleSet set;
        set.rules = {rule(Protocol::Tcp, PortRange::all(), "0.0.0.0/0", Policy::Accept, 2),
                     rule(Protocol::Tcp, PortRange::single(22), "0.0.0.0/0", Policy::Drop, 1)};
        const QList<ExposureBar> bars = seriesOf(set).bars();
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars[0].first, 1);
        QCOMPARE(bars[0].last, 21);
        QCOMPARE(bars[1].first, 23);
        QCOMPARE(bars[1].last, 65535);
        QCOMPARE(bars[0].exposure, Exposure::Internet);
        QCOMPARE(bars[0].severity, Severity::Critical);
    }

    void widestSourceWins()
    {
        RuleSet set;
        set.rules = {rule(Protocol::Tcp, PortRange::single(8888), "10.0.0.0/8"),
                     rule(Protocol::Tcp, PortRange::single(8888), "198.51.100.0/24")};
        const QList<ExposureBar> bars = seriesOf(set).bars();
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first().exposure, Exposure::PublicNarrow);
        QCOMPARE(bars.first().ruleCount, 2);
        // A click selects the rules that open the bar at its width.
        QCOMPARE(seriesOf(set).rulesOf(bars.first()), QList<int>{1});
    }

    void followsTheTableFilter()
    {
        RuleSet set;
        set.rules = {rule(Protocol::Tcp, PortRange::single(22), "0.0.0.0/0"), rule(Protocol::Tcp, PortRange::single(3389), "10.0.0.0/8")};
        const ExposureSeries series = seriesOf(set);
        const QSet<int> onlySecond{1};
        QCOMPARE(describe(series.bars(&onlySecond)), QStringList{"TCP 3389 (RDP (Windows)) private info"});
        QCOMPARE(series.bars().size(), 2);
    }

    void emptyAndEgressOnly()
    {
        QVERIFY(seriesOf(RuleSet()).bars().isEmpty());
        RuleSet set;
        set.rules = {rule(Protocol::All, PortRange::none(), "0.0.0.0/0", Policy::Accept, 1, Direction::Egress)};
        QVERIFY(seriesOf(set).bars().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestExposureSeries)
#include "tst_exposureseries.moc"
