// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sgassist-cli as scripts use it: output, files and exit codes (DESIGN section 8).

#include "clirunner.h"
#include "testfiles.h"

#include "io/formatregistry.h"
#include "io/rulefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

using testfiles::writeFile;

namespace {

QString plan(const QString &name)
{
    return QStringLiteral(SGASSIST_TEST_DATA "/plans/") + name;
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
        const QJsonArray services = r.json().value(QStringLiteral("services")).toArray();
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
        const QString path = writeFile(dir.filePath(QStringLiteral("bad.json")), json);
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
        const QString path = writeFile(dir.filePath(QStringLiteral("typo.json")), R"({"services":["ssh"],"sources":{"admin":["10.0.0.1"]},"comment":"x"})");
        const CliResult r = runCli({QStringLiteral("build"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.errText().contains(QStringLiteral("warning: unknown field \"comment\" is ignored")));
    }

    void convertDetectsAndConverts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv to terraform") << "console-csv/good/chinese-headers.csv"
                                          << "terraform"
                                          << "source_security_group_id = \"sg-bp1cluster\"";
        QTest::newRow("terraform state to console-json") << "terraform-json/good/state-child-modules.json"
                                                         << "console-json"
                                                         << "\"SourcePrefixListId\": \"pl-bp1mon\"";
        QTest::newRow("ros to aliyun-cli") << "ros/good/separate-resources.json"
                                           << "aliyun-cli"
                                           << "security_group_id='sg-bp1example'";
        QTest::newRow("api-json to sdk-requests") << "api-json/good/describe-real-shape.json"
                                                  << "sdk-requests"
                                                  << "\"action\": \"AuthorizeSecurityGroupEgress\"";
        QTest::newRow("console-json to ros") << "console-json/good/bare-array.json"
                                             << "ros"
                                             << "\"ROSTemplateFormatVersion\": \"2015-09-01\"";
        QTest::newRow("project to console-csv") << "golden/input.sgassist"
                                                << "console-csv"
                                                << "'-1/-1";
    }

    void convertDetectsAndConverts()
    {
        QFETCH(QString, input);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        const CliResult r = runCli({QStringLiteral("convert"), QStringLiteral(SGASSIST_TEST_DATA "/") + input, QStringLiteral("--to"), to});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // stdout stays clean for pipes, stderr quiet on success
        QVERIFY2(r.outText().contains(expected), r.out.constData());
    }

    void convertMatchesGolden()
    {
        const CliResult r = runCli({QStringLiteral("convert"), QStringLiteral(SGASSIST_TEST_DATA "/golden/input.sgassist"), QStringLiteral("--from"),
                                    QStringLiteral("project"), QStringLiteral("--to"), QStringLiteral("terraform")});
        QCOMPARE(r.exitCode, 0);
        QFile golden(QStringLiteral(SGASSIST_TEST_DATA "/golden/expected.terraform.tf"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(r.out, golden.readAll());
    }

    void convertToFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("rules.tf"));
        const CliResult r = runCli({QStringLiteral("convert"), QStringLiteral(SGASSIST_TEST_DATA "/golden/input.sgassist"), QStringLiteral("--to"),
                                    QStringLiteral("terraform"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(QFile::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"rules.tf"});
    }

    void convertSplitsConsoleFiles_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("console-json") << "console-json"
                                      << "json";
        QTest::newRow("console-csv") << "console-csv"
                                     << "csv";
    }

    void convertSplitsConsoleFiles()
    {
        QFETCH(QString, to);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        QByteArray json = "{\"RegionId\":\"cn-hangzhou\",\"SecurityGroupId\":\"sg-1\",\"Permissions\":{\"Permission\":[";
        for (int i = 0; i < 450; ++i)
            json += (i ? "," : "") + QByteArray("{\"IpProtocol\":\"TCP\",\"PortRange\":\"") + QByteArray::number(1 + i) + '/'
                + QByteArray::number(1 + i) + "\",\"SourceCidrIp\":\"10.0.0.0/8\"}";
        json += "]}}";
        const QString input = writeFile(dir.filePath(QStringLiteral("big.json")), json);

        // Standard output cannot hold three files.
        CliResult r = runCli({QStringLiteral("convert"), input, QStringLiteral("--to"), to});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("450 rules do not fit one %1 file (at most 200); use -o to write numbered files").arg(to)),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());

        const QString out = dir.filePath(QStringLiteral("export.") + suffix);
        r = runCli({QStringLiteral("convert"), input, QStringLiteral("--to"), to, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString base = dir.filePath(QStringLiteral("export-%1.") + suffix);
        QCOMPARE(r.outText(), base.arg(1) + u'\n' + base.arg(2) + u'\n' + base.arg(3) + u'\n');
        int total = 0;
        for (int part = 1; part <= 3; ++part) {
            const sg::RuleFiles::LoadResult loaded = sg::RuleFiles::load(base.arg(part));
            QVERIFY(loaded.ok());
            QCOMPARE(loaded.format->id(), to);
            total += int(loaded.document.ruleSet.rules.size());
        }
        QCOMPARE(total, 450);
    }

    void convertBadInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("invalid rows") << "console-csv/broken/bad-values.csv" << QStringList{} << "bad-values.csv:3: rule 2, IpProtocol: \"SCTP\"";
        QTest::newRow("ros function") << "ros/broken/ref-values.json" << QStringList{} << "ref-values.json: Resources.List.Properties.Permissions: Ref Rules names no parameter";
        QTest::newRow("terraform module") << "terraform-json/broken/bad-values.json" << QStringList{} << "bad-values.json: rule 2, alicloud_security_group_rule.bad_port.port_range";
        QTest::newRow("truncated json") << "console-json/broken/truncated.json" << QStringList{} << "truncated.json:10:1: the JSON ends";
        QTest::newRow("unknown format") << "console-csv/broken/no-protocol-column.csv" << QStringList{} << "no-protocol-column.csv:1:1: cannot tell the file's format";
        QTest::newRow("named wrongly") << "console-csv/good/api-headers.csv" << QStringList{"--from", "terraform-json"} << "api-headers.csv:1:";
        QTest::newRow("utf-16") << "console-csv/broken/utf16.csv" << QStringList{} << "utf16.csv: the file is UTF-16 text";
    }

    void convertBadInput()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, options);
        QFETCH(QString, firstLine);
        const QString path = QStringLiteral(SGASSIST_TEST_DATA "/") + input;
        const CliResult r = runCli(QStringList{QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("api-json")} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString first = r.errText().section(u'\n', 0, 0);
        const QString directory = path.section(u'/', 0, -2) + u'/';
        QVERIFY2(first.startsWith(directory), qPrintable(first));
        QVERIFY2(first.mid(directory.size()).startsWith(firstLine), qPrintable(first));
    }

    void convertListsEveryProblemAndTheDetectedFormat()
    {
        const CliResult r = runCli({QStringLiteral("convert"), QStringLiteral(SGASSIST_TEST_DATA "/console-csv/broken/bad-values.csv"),
                                    QStringLiteral("--to"), QStringLiteral("terraform")});
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = r.errText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9); // eight invalid rows, then which format was assumed
        QVERIFY(lines.last().contains(QStringLiteral("read as console-csv (detected from the content)")));
    }

    void convertRefusesWhatTheTargetCannotCarry()
    {
        QTemporaryDir dir;
        const QString input = writeFile(dir.filePath(QStringLiteral("refined.json")),
                                        "[{\"IpProtocol\":\"TCP\",\"PortRange\":\"22/22\",\"SourceCidrIp\":\"10.0.0.0/8\",\"SourcePortRange\":\"1024/2048\"}]");
        const CliResult r = runCli({QStringLiteral("convert"), input, QStringLiteral("--to"), QStringLiteral("terraform")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().startsWith(input + QStringLiteral(": rule 1, SourcePortRange: ")), r.err.constData());
        QCOMPARE(runCli({QStringLiteral("convert"), input, QStringLiteral("--to"), QStringLiteral("ros")}).exitCode, 0);
    }

    void convertIoErrorsAndUsage()
    {
        CliResult r = runCli({QStringLiteral("convert"), QStringLiteral("/nonexistent/rules.json"), QStringLiteral("--to"), QStringLiteral("ros")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.errText().startsWith(QStringLiteral("/nonexistent/rules.json: cannot open the file")));
        r = runCli({QStringLiteral("convert"), QStringLiteral(SGASSIST_TEST_DATA "/golden/input.sgassist"), QStringLiteral("--to"),
                    QStringLiteral("ros"), QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/out.json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.errText().contains(QStringLiteral("/nonexistent-dir/out.json")));
        r = runCli({QStringLiteral("convert"), QStringLiteral(SGASSIST_TEST_DATA "/golden/input.sgassist")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("--to is required")));
        r = runCli({QStringLiteral("convert"), QStringLiteral(SGASSIST_TEST_DATA "/golden/input.sgassist"), QStringLiteral("--to"), QStringLiteral("terraform-json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("\"terraform-json\" is not a format that can be written")));
        r = runCli({QStringLiteral("convert"), QStringLiteral(SGASSIST_TEST_DATA "/golden/input.sgassist"), QStringLiteral("--from"), QStringLiteral("aliyun-cli"),
                    QStringLiteral("--to"), QStringLiteral("ros")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("\"aliyun-cli\" is not a readable format")));
        r = runCli({QStringLiteral("convert"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("--from")));
        QVERIFY(runCli({QStringLiteral("--help")}).outText().contains(QStringLiteral("sgassist-cli convert PATHS... [--from FORMAT] --to FORMAT [-o FILE|DIR/]")));
    }

    void convertGarbageIsBadInput_data()
    {
        QTest::addColumn<QString>("from");
        QTest::newRow("detected") << "";
        for (const sg::RuleFormat *format : sg::FormatRegistry::instance().readers())
            QTest::newRow(qPrintable(format->id())) << format->id();
    }

    void convertGarbageIsBadInput()
    {
        QFETCH(QString, from);
        static QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.bin"));
        if (!QFile::exists(path)) {
            QByteArray bytes(50 << 20, Qt::Uninitialized);
            QRandomGenerator(5).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            writeFile(dir.filePath(QStringLiteral("garbage.bin")), bytes);
        }
        QStringList arguments{QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("api-json")};
        if (!from.isEmpty())
            arguments << QStringLiteral("--from") << from;
        const CliResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().startsWith(path + u':'), qPrintable(r.errText().left(200)));
    }

    void buildWritesEveryFormat_data()
    {
        QTest::addColumn<QString>("to");
        for (const sg::RuleFormat *format : sg::FormatRegistry::instance().writers())
            QTest::newRow(qPrintable(format->id())) << format->id();
    }

    void buildWritesEveryFormat()
    {
        QFETCH(QString, to);
        const CliResult r = runCli({QStringLiteral("build"), plan(QStringLiteral("design-example.plan.json")), QStringLiteral("--to"), to});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(r.outText().contains(QStringLiteral("6817")));
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
