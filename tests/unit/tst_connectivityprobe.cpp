// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The connectivity test against real listeners on loopback: open, refused and timed out.

#include "probe/connectivityprobe.h"

#include "testnetwork.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sg;
using testnetwork::ClosedPort;

namespace {

// A listening socket whose accept queue is full, so that further connection attempts get no answer
// (Linux drops the SYN): how a security group's silent drop looks from outside.
class SilentPort
{
public:
    SilentPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_fd, 0);
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        // Fill the queue; the first attempt that does not connect shows it is full.
        for (int i = 0; i < 8; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_port);
            const bool connected = socket->waitForConnected(300);
            m_fillers.push_back(std::move(socket));
            if (!connected) {
                m_full = true;
                break;
            }
        }
    }
    ~SilentPort() { ::close(m_fd); }
    quint16 port() const { return m_port; }
    bool isFull() const { return m_full; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    bool m_full = false;
    std::vector<std::unique_ptr<QTcpSocket>> m_fillers;
};

QList<ProbeResult> run(ConnectivityProbe &probe, const QString &host, const QList<ProbeTarget> &targets, int timeoutMs)
{
    QSignalSpy finished(&probe, &ConnectivityProbe::finished);
    probe.start(host, targets, timeoutMs);
    if (probe.isRunning())
        finished.wait(timeoutMs * 4 + 5000);
    return probe.results();
}

} // namespace

class TestConnectivityProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openRefusedAndUdp()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ClosedPort closed;
        const quint16 refused = closed.port();
        ConnectivityProbe probe;
        QSignalSpy each(&probe, &ConnectivityProbe::resultReady);
        const QList<ProbeResult> results = run(probe, QStringLiteral("127.0.0.1"),
                                               {{Protocol::Tcp, server.serverPort(), {}},
                                                {Protocol::Tcp, refused, {}},
                                                {Protocol::Udp, 20048, {QStringLiteral("nfs")}}},
                                               2000);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].status, ProbeStatus::Open);
        QCOMPARE(results[0].localAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(results[1].status, ProbeStatus::Refused);
        QCOMPARE(results[2].status, ProbeStatus::NotTestable);
        QCOMPARE(each.count(), 3);
        QVERIFY(!probe.isRunning());
    }

    void silentDropTimesOut()
    {
        SilentPort silent;
        if (!silent.isFull())
            QSKIP("this kernel kept accepting connections; the drop cannot be simulated on loopback");
        ConnectivityProbe probe;
        QElapsedTimer clock;
        clock.start();
        const QList<ProbeResult> results = run(probe, QStringLiteral("127.0.0.1"), {{Protocol::Tcp, silent.port(), {}}}, 400);
        QCOMPARE(results.first().status, ProbeStatus::TimedOut);
        QVERIFY(results.first().detail.contains(QStringLiteral("400 ms")));
        QVERIFY(clock.elapsed() >= 380);
    }

    void manyPortsAtOnce()
    {
        // 40 ports tested concurrently (at most 8 at a time): each reported once, in order.
        std::vector<std::unique_ptr<QTcpServer>> servers;
        std::vector<std::unique_ptr<ClosedPort>> closed;
        QList<ProbeTarget> targets;
        for (int i = 0; i < 20; ++i) {
            servers.push_back(std::make_unique<QTcpServer>());
            QVERIFY(servers.back()->listen(QHostAddress::LocalHost));
            closed.push_back(std::make_unique<ClosedPort>());
            targets.append({Protocol::Tcp, servers.back()->serverPort(), {}});
            targets.append({Protocol::Tcp, closed.back()->port(), {}});
        }
        ConnectivityProbe probe;
        QSignalSpy finished(&probe, &ConnectivityProbe::finished);
        probe.start(QStringLiteral("127.0.0.1"), targets, 2000, 8);
        QVERIFY(finished.wait(10000));
        for (qsizetype i = 0; i < targets.size(); ++i)
            QCOMPARE(probe.results()[i].status, i % 2 == 0 ? ProbeStatus::Open : ProbeStatus::Refused);
    }

    void unknownHost()
    {
        ConnectivityProbe probe;
        const QList<ProbeResult> results = run(probe, QStringLiteral("no-such-host.invalid"), {{Protocol::Tcp, 22, {}}}, 1000);
        QCOMPARE(results.first().status, ProbeStatus::Error);
        QVERIFY(!results.first().detail.isEmpty());
    }

    void cancelStopsEverything()
    {
        SilentPort silent;
        ConnectivityProbe probe;
        QSignalSpy finished(&probe, &ConnectivityProbe::finished);
        probe.start(QStringLiteral("127.0.0.1"), {{Protocol::Tcp, silent.port(), {}}}, 60000);
        QTest::qWait(50);
        probe.cancel();
        QVERIFY(!probe.isRunning());
        QCOMPARE(finished.count(), 1);
    }

    void targetsFromServices()
    {
        const QList<ProbeTarget> targets = ConnectivityProbe::targetsForServices(
            ServiceCatalogue::builtIn(), {QStringLiteral("ssh"), QStringLiteral("git"), QStringLiteral("slurm")});
        QStringList text;
        for (const ProbeTarget &t : targets)
            text << t.toString() + u'=' + t.services.join(u',');
        QCOMPARE(text, (QStringList{"22/tcp=ssh,git", "6817/tcp=slurm", "6818/tcp=slurm", "6819/tcp=slurm"}));
    }

    void portsNamedTwiceAreTestedOnce()
    {
        QList<ProbeTarget> targets = ConnectivityProbe::targetsForServices(ServiceCatalogue::builtIn(), {QStringLiteral("jupyter")});
        ConnectivityProbe::addTargets(targets, *ConnectivityProbe::parseTargets(QStringLiteral("8888"), nullptr));
        ConnectivityProbe::addTargets(targets, *ConnectivityProbe::parseTargets(QStringLiteral("8888/udp"), nullptr));
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.first().services, QStringList{"jupyter"});
    }

    void parseTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("bare") << "22" << QStringList{"22/tcp"};
        QTest::newRow("tcp") << "8888/TCP" << QStringList{"8888/tcp"};
        QTest::newRow("udp") << "20048/udp" << QStringList{"20048/udp"};
        QTest::newRow("range") << "6817-6819/tcp" << QStringList{"6817/tcp", "6818/tcp", "6819/tcp"};
        QTest::newRow("zero") << "0" << QStringList{};
        QTest::newRow("too big") << "65536" << QStringList{};
        QTest::newRow("reversed") << "10-9" << QStringList{};
        QTest::newRow("huge range") << "1-65535" << QStringList{};
        QTest::newRow("sctp") << "22/sctp" << QStringList{};
        QTest::newRow("words") << "ssh" << QStringList{};
    }

    void parseTargets()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QString error;
        const auto parsed = ConnectivityProbe::parseTargets(text, &error);
        QStringList got;
        if (parsed) {
            for (const ProbeTarget &t : *parsed)
                got << t.toString();
        } else {
            QVERIFY(!error.isEmpty());
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestConnectivityProbe)
#include "tst_connectivityprobe.moc"
