// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sgassist-cli as scripts use it: output, files and exit codes (DESIGN section 8).

#include "clirunner.h"

#include "io/rulefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QString plan(const QString &name)
{
    return QStringLiteral(SGASSIST_TEST_DATA "/plans/") + name;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write test file");
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usage()
    {
        CliResult r = runCli({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("Usage: sgassist-cli")));
        r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("sgassist-cli build PLAN.json")));
        r = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("unknown command \"frobnicate\"")));
        r = runCli({QStringLiteral("build"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("Usage: sgassist-cli build")));
        QVERIFY(r.outText().contains(QStringLiteral("--to")));
        r = runCli({QStringLiteral("build"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
    }

    void catalogueText()
    {
        const CliResult r = runCli({QStringLiteral("catalogue")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("slurm        Slurm")));
        QVERIFY(r.outText().contains(QStringLiteral("6817\u20136819/TCP")));
        QVERIFY(r.outText().contains(QStringLiteral("Restrict to internal access only")));
        QVERIFY(r.err.isEmpty());
    }

    void catalogueJson()
    {
        const CliResult r = runCli({QStringLiteral("catalogue"), QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonArray services = QJsonDocument::fromJson(r.out, &error).object().value(QStringLiteral("services")).toArray();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(services.size(), 12);
        const QJsonObject nfs = services.at(1).toObject();
        QCOMPARE(nfs.value(QStringLiteral("id")).toString(), QStringLiteral("nfs"));
        QCOMPARE(nfs.value(QStringLiteral("ports")).toArray().size(), 4);
        QCOMPARE(nfs.value(QStringLiteral("scope")).toString(), QStringLiteral("internal"));
        QCOMPARE(runCli({QStringLiteral("catalogue"), QStringLiteral("--report"), QStringLiteral("xml")}).exitCode, 2);
    }

    void buildToStdout()
    {
        const CliResult r = runCli({QStringLiteral("build"), plan(QStringLiteral("design-example.plan.json"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("SecurityGroupId")).toString(), QStringLiteral("sg-bp1example"));
        const QJsonArray permissions = root.value(QStringLiteral("Permissions")).toObject().value(QStringLiteral("Permission")).toArray();
        QCOMPARE(permissions.size(), 11);
        QCOMPARE(permissions.at(5).toObject().value(QStringLiteral("SourceGroupId")).toString(), QStringLiteral("sg-bp1cluster"));
        QCOMPARE(permissions.at(5).toObject().value(QStringLiteral("PortRange")).toString(), QStringLiteral("6817/6819"));
    }

    void buildIsDeterministic()
    {
        const QStringList args{QStringLiteral("build"), plan(QStringLiteral("design-example.plan.json")), QStringLiteral("--to"), QStringLiteral("project")};
        const CliResult a = runCli(args);
        const CliResult b = runCli(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
    }

    void buildToFileAtomically()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cluster.sgassist"));
        const CliResult r = runCli({QStringLiteral("build"), plan(QStringLiteral("design-example.plan.json")), QStringLiteral("--to"),
                                    QStringLiteral("project"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        const sg::RuleFiles::LoadResult loaded = sg::RuleFiles::load(out);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.document.ruleSet.rules.size(), 11);
        QVERIFY(loaded.document.plan.has_value());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"cluster.sgassist"}); // no temporary left behind
    }

    void unwritableOutputIsAnIoError()
    {
        const CliResult r = runCli({QStringLiteral("build"), plan(QStringLiteral("design-example.plan.json")), QStringLiteral("-o"),
                                    QStringLiteral("/nonexistent-dir/out.json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.errText().contains(QStringLiteral("/nonexistent-dir/out.json")));
    }

    void missingPlanIsAnIoError()
    {
        const CliResult r = runCli({QStringLiteral("build"), QStringLiteral("/nonexistent/plan.json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.errText().startsWith(QStringLiteral("/nonexistent/plan.json: ")));
    }

    void badPlans_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("syntax") << QByteArray("{\n \"services\": [\"ssh\"\n}") << "bad.json:3:2: not valid JSON";
        QTest::newRow("unknown service") << QByteArray(R"({"services":["ssh","ftp"],"sources":{"admin":["10.0.0.1"]}})") << "bad.json: services[1]: unknown service \"ftp\"";
        QTest::newRow("no source") << QByteArray(R"({"scheduler":"slurm","sources":{"admin":["10.0.0.1"]}})") << "bad.json: sources.cluster: Slurm needs sources";
        QTest::newRow("invalid source") << QByteArray(R"({"services":["ssh"],"sources":{"admin":["10.0.0.1/33"]}})") << "bad.json: sources.admin[0]: \"10.0.0.1/33\"";
        QTest::newRow("enterprise group ref") << QByteArray(R"({"groupType":"enterprise","scheduler":"pbs","sources":{"cluster":["sg-x"]}})") << "bad.json: sources.cluster[0]: sg-x: an enterprise security group";
        QTest::newRow("wrong type") << QByteArray(R"({"services":"ssh,nfs","sources":5})") << "bad.json: sources: must be an object";
        QTest::newRow("empty file") << QByteArray(" ") << "bad.json:1:2: not valid JSON";
    }

    void badPlans()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, firstLine);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bad.json"), json);
        const CliResult r = runCli({QStringLiteral("build"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString first = r.errText().section(u'\n', 0, 0);
        QVERIFY2(first.startsWith(dir.filePath(QString())), qPrintable(first));
        QVERIFY2(first.mid(dir.path().size() + 1).startsWith(firstLine), qPrintable(first));
    }

    void warningsDoNotFailTheBuild()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("typo.json"), R"({"services":["ssh"],"sources":{"admin":["10.0.0.1"]},"comment":"x"})");
        const CliResult r = runCli({QStringLiteral("build"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.errText().contains(QStringLiteral("warning: unknown field \"comment\" is ignored")));
    }

    void unknownOutputFormat()
    {
        const CliResult r = runCli({QStringLiteral("build"), plan(QStringLiteral("design-example.plan.json")), QStringLiteral("--to"), QStringLiteral("yaml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("\"yaml\" is not a format")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
