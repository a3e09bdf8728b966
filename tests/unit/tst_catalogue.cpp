// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in catalogue against the source document's own tables, port by port and word by word.

#include "catalogue/servicecatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace sg;

namespace {

// The rows of the source document's two tables, keyed by the row label.
QStringList documentLines()
{
    QFile file(QStringLiteral(SGASSIST_TEST_DATA "/reference/ehpc-security-group-ports.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the source document");
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

QString lineFor(const QStringList &lines, const QString &label)
{
    for (const QString &line : lines) {
        if (line.startsWith(label + u' ') && line.size() > label.size() + 1 && line.at(label.size() + 1).isDigit())
            return line;
    }
    return {};
}

// "111/TCP, 2049/TCP, 20048/UDP" -> entries; TCP where the document names no protocol (reference 5).
QStringList portEntries(const QString &ports)
{
    QStringList out;
    for (QString entry : ports.split(QStringLiteral(", "))) {
        entry.replace(u'\u2013', u'-');
        if (!entry.contains(u'/'))
            entry += QStringLiteral("/tcp");
        out << entry.toLower();
    }
    return out;
}

QStringList catalogueEntries(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        for (const ServicePort &port : ServiceCatalogue::builtIn().find(id)->ports)
            out << port.toString();
    }
    return out;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTwelveServices()
    {
        QStringList ids;
        for (const Service &s : ServiceCatalogue::builtIn().services())
            ids << s.id;
        QCOMPARE(ids, (QStringList{"ssh", "nfs", "slurm", "pbs", "prometheus", "fluentd", "portal", "rdp", "jupyter", "vscode", "git", "docker"}));
    }

    void matchesSourceDocument_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("ssh") << "SSH" << QStringList{"ssh"};
        QTest::newRow("nfs") << "NFS" << QStringList{"nfs"};
        QTest::newRow("slurm") << "Slurm (HPC scheduler)" << QStringList{"slurm"};
        QTest::newRow("pbs") << "PBS (HPC scheduler)" << QStringList{"pbs"};
        QTest::newRow("monitoring") << "Monitoring and logging (Prometheus, Fluentd)" << QStringList{"prometheus", "fluentd"};
        QTest::newRow("portal") << "Web portal" << QStringList{"portal"};
        QTest::newRow("rdp") << "RDP (Windows)" << QStringList{"rdp"};
        QTest::newRow("jupyter") << "Jupyter Notebook" << QStringList{"jupyter"};
        QTest::newRow("vscode") << "VS Code Server" << QStringList{"vscode"};
        QTest::newRow("git") << "Git" << QStringList{"git"};
        QTest::newRow("docker") << "Docker" << QStringList{"docker"};
    }

    void matchesSourceDocument()
    {
        QFETCH(QString, label);
        QFETCH(QStringList, ids);
        const QString line = lineFor(documentLines(), label);
        QVERIFY2(!line.isEmpty(), qPrintable(label));

        static const QRegularExpression portsPattern(
            QStringLiteral("^(\\d+(?:\u2013\\d+)?(?:/(?:TCP|UDP))?(?:, \\d+(?:\u2013\\d+)?(?:/(?:TCP|UDP))?)*) (.*)$"));
        const QRegularExpressionMatch match = portsPattern.match(line.mid(label.size() + 1));
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QCOMPARE(catalogueEntries(ids), portEntries(match.captured(1)));

        // The rest of the row is the purpose, then the security recommendation, word for word.
        const Service *service = ServiceCatalogue::builtIn().find(ids.first());
        QCOMPARE(match.captured(2), service->purpose.english() + u' ' + service->recommendation.english());
    }

    void scopesAndSensitivity()
    {
        const ServiceCatalogue &c = ServiceCatalogue::builtIn();
        const QMap<QString, Scope> scopes{
            {"ssh", Scope::Admin}, {"git", Scope::Admin}, {"rdp", Scope::Admin}, {"vscode", Scope::Admin}, {"portal", Scope::Users}, {"jupyter", Scope::Users}, {"slurm", Scope::Cluster}, {"pbs", Scope::Cluster}, {"nfs", Scope::Internal}, {"docker", Scope::Internal}, {"prometheus", Scope::Monitoring}, {"fluentd", Scope::Monitoring}};
        for (auto it = scopes.constBegin(); it != scopes.constEnd(); ++it)
            QCOMPARE(c.find(it.key())->scope, it.value());
        QCOMPARE(c.find(QStringLiteral("docker"))->sensitivity, Sensitivity::Critical);
        QCOMPARE(c.find(QStringLiteral("portal"))->sensitivity, Sensitivity::Medium);
        QVERIFY(c.find(QStringLiteral("slurm"))->scheduler);
        QVERIFY(c.find(QStringLiteral("pbs"))->scheduler);
        QCOMPARE(c.schedulers().size(), 2);
        QVERIFY(!c.find(QStringLiteral("docker"))->warning.isEmpty());
    }

    void upstreamPorts()
    {
        const ServiceCatalogue &c = ServiceCatalogue::builtIn();
        const auto upstream = [&](const char *id) {
            QStringList out;
            for (const ServicePort &p : c.find(QString::fromLatin1(id))->upstreamPorts)
                out << p.toString();
            return out;
        };
        QCOMPARE(upstream("nfs"), (QStringList{"111/udp", "20048/tcp", "32765-32768/tcp"}));
        QCOMPARE(upstream("fluentd"), (QStringList{"24224/udp"}));
        QCOMPARE(upstream("pbs"), (QStringList{"15004/tcp", "15007/tcp"}));
        QCOMPARE(upstream("rdp"), (QStringList{"3389/udp"}));
        QVERIFY(!c.find(QStringLiteral("slurm"))->upstreamNote.isEmpty());
        for (const Service &s : c.services()) {
            for (const ServicePort &p : s.upstreamPorts)
                QVERIFY2(!p.note.isEmpty(), qPrintable(s.id));
        }
    }

    void chineseTexts()
    {
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        for (const Service &s : ServiceCatalogue::builtIn().services()) {
            QVERIFY2(!s.name.value(QStringLiteral("zh_CN")).isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.recommendation.value(QStringLiteral("zh_CN")).isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.purpose.value(QStringLiteral("zh_CN")).isEmpty(), qPrintable(s.id));
            QVERIFY(s.recommendation.text(chinese) != s.recommendation.english());
        }
    }

    void portLookup()
    {
        const ServiceCatalogue &c = ServiceCatalogue::builtIn();
        QCOMPARE(c.serviceIdsOn(Protocol::Tcp, PortRange::single(22)), (QStringList{"ssh", "git"}));
        QCOMPARE(c.serviceIdsOn(Protocol::Tcp, PortRange(6818, 6818)), QStringList{"slurm"});
        QCOMPARE(c.serviceIdsOn(Protocol::Udp, PortRange::single(32766)), QStringList{"nfs"});
        QVERIFY(c.serviceIdsOn(Protocol::Gre, PortRange::none()).isEmpty());
        QCOMPARE(c.serviceIdsOn(Protocol::All, PortRange::none()).size(), 12);
        QVERIFY(c.serviceIdsOn(Protocol::Tcp, PortRange::single(80)).isEmpty());
    }

    void brokenCatalogueIsReported()
    {
        const QByteArray json = R"({"services":[{"id":"Bad Id","ports":["22/sctp"],"scope":"world"},
                                                {"id":"ok","ports":["1-2/tcp"],"scope":"admin"},
                                                {"id":"ok","ports":["3/tcp"],"scope":"admin"}]})";
        const Parsed<ServiceCatalogue> parsed = ServiceCatalogue::fromJson(json, QStringLiteral("c.json"));
        QVERIFY(!parsed.ok());
        QStringList fields;
        for (const Diagnostic &d : parsed.diagnostics)
            fields << d.location.field;
        QVERIFY(fields.contains(QStringLiteral("services[0].id")));
        QVERIFY(fields.contains(QStringLiteral("services[0].scope")));
        QVERIFY(fields.contains(QStringLiteral("services[0].ports[0]")));
        QVERIFY(fields.contains(QStringLiteral("services[2]"))); // the duplicate id
        QCOMPARE(parsed.value.services().size(), 1);
    }
};

QTEST_APPLESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
