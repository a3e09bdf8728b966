// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sgassist-cli probe against listeners on loopback: output and exit codes.

#include "clirunner.h"
#include "testnetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using testnetwork::ClosedPort;

class TestCliProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openPortSucceeds()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const CliResult r = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                    QString::number(server.serverPort()), QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        const QJsonObject first = root.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(first.value(QStringLiteral("port")).toInt(), server.serverPort());
    }

    void refusedPortFails()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ClosedPort closed;
        const quint16 refused = closed.port();
        const CliResult r = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                    QString::number(server.serverPort()), QStringLiteral("--port"),
                                    QStringLiteral("%1/tcp").arg(refused), QStringLiteral("--port"), QStringLiteral("20048/udp")});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].contains(QStringLiteral(" open ")));
        QVERIFY(lines[1].contains(QStringLiteral(" refused ")));
        QVERIFY(lines[2].contains(QStringLiteral("not testable (UDP)")));
    }

    void servicesExpandToTheirPorts()
    {
        const CliResult r = runCli({QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--services"),
                                    QStringLiteral("slurm,nfs"), QStringLiteral("--timeout"), QStringLiteral("1000"),
                                    QStringLiteral("--report"), QStringLiteral("json")});
        const QJsonArray results = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray();
        QStringList ports;
        for (const QJsonValue &v : results)
            ports << QStringLiteral("%1/%2").arg(v.toObject().value(QStringLiteral("port")).toInt()).arg(v.toObject().value(QStringLiteral("protocol")).toString());
        QCOMPARE(ports, (QStringList{"111/tcp", "2049/tcp", "20048/udp", "32765/udp", "32766/udp", "32767/udp", "32768/udp", "6817/tcp", "6818/tcp", "6819/tcp"}));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no host") << QStringList{"probe"} << "exactly one HOST";
        QTest::newRow("nothing to test") << QStringList{"probe", "127.0.0.1"} << "--services or --port";
        QTest::newRow("bad port") << QStringList{"probe", "127.0.0.1", "--port", "70000"} << "between 1 and 65535";
        QTest::newRow("unknown service") << QStringList{"probe", "127.0.0.1", "--services", "ftp"} << "unknown service \"ftp\"";
        QTest::newRow("bad timeout") << QStringList{"probe", "127.0.0.1", "--port", "22", "--timeout", "soon"} << "--timeout";
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cli_probe.moc"
