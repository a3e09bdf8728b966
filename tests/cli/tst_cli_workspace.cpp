// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sgassist-cli on several groups at once: folders and several paths, standard input, where to ask
// with explain (--eni, --instance, --group), one file per group with convert, diff of folders,
// --quiet and colour.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QString region()
{
    return QStringLiteral(SGASSIST_TEST_DATA "/workspace/region");
}

QString file(const char *name)
{
    return QStringLiteral(SGASSIST_TEST_DATA "/") + QLatin1StringView(name);
}

} // namespace

class TestCliWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A folder: every group with its findings, each naming its group; the README is skipped and
    // named on stderr; exposures name the interfaces they reach.
    void checkFolder()
    {
        const CliResult r = runCli({QStringLiteral("check"), region(), QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(QStringLiteral("README.txt: warning: not a rule file; skipped")));
        const QJsonObject report = r.json();
        QCOMPARE(report.value(QStringLiteral("ruleCount")).toInt(), 8);
        QStringList groups;
        for (const QJsonValue &g : report.value(QStringLiteral("groups")).toArray())
            groups.append(g.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(groups, (QStringList{"sg-db", "sg-lockdown", "sg-unused", "sg-web"}));
        QStringList exposures;
        for (const QJsonValue &value : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = value.toObject();
            if (!f.value(QStringLiteral("check")).toString().startsWith(u"exposed-"))
                continue;
            QStringList on;
            for (const QJsonValue &eni : f.value(QStringLiteral("reachableOn")).toArray())
                on.append(eni.toString());
            exposures.append(QStringLiteral("%1 %2 %3 [%4]")
                                 .arg(f.value(QStringLiteral("group")).toString(), f.value(QStringLiteral("check")).toString(),
                                      f.value(QStringLiteral("severity")).toString(), on.join(u',')));
        }
        QCOMPARE(exposures, (QStringList{"sg-web exposed-ssh high [eni-web1]", "sg-web exposed-rdp high [eni-web1]", "sg-db exposed-ssh info []"}));
    }

    void checkStandardInput()
    {
        QFile input(region() + QStringLiteral("/sg-web.json"));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const CliResult r = runCli({QStringLiteral("check"), QStringLiteral("-"), QStringLiteral("--report"), QStringLiteral("json")}, input.readAll());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("input")).toString(), QStringLiteral("-"));
        const CliResult empty = runCli({QStringLiteral("check"), QStringLiteral("-")});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.errText().startsWith(QStringLiteral("-:")), qPrintable(empty.errText()));
        QCOMPARE(runCli({QStringLiteral("diff"), QStringLiteral("-"), QStringLiteral("-")}).exitCode, 2);
    }

    void explainWhere_data()
    {
        QTest::addColumn<QStringList>("where");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("ruleId");
        QTest::newRow("eni alone") << QStringList{"--eni", "eni-web1"} << 0 << "sg-web"
                                   << "sgr-web-rdp";
        QTest::newRow("eni with lockdown: tie to the drop") << QStringList{"--eni", "eni-web2"} << 1 << "sg-lockdown"
                                                            << "sgr-lock-rdp";
        QTest::newRow("instance") << QStringList{"--instance", "i-web2"} << 1 << "sg-lockdown"
                                  << "sgr-lock-rdp";
        QTest::newRow("group") << QStringList{"--group", "sg-web"} << 0 << "sg-web"
                               << "sgr-web-rdp";
        QTest::newRow("group without the rule") << QStringList{"--group", "sg-db"} << 1 << ""
                                                << "";
    }

    void explainWhere()
    {
        QFETCH(QStringList, where);
        QFETCH(int, exitCode);
        QFETCH(QString, group);
        QFETCH(QString, ruleId);
        const CliResult r = runCli(QStringList{QStringLiteral("explain"), region(), QStringLiteral("--source"), QStringLiteral("198.51.100.7"),
                                               QStringLiteral("--protocol"), QStringLiteral("tcp"), QStringLiteral("--port"),
                                               QStringLiteral("3389"), QStringLiteral("--report"), QStringLiteral("json")}
                                   + where);
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject answer = r.json();
        QCOMPARE(answer.value(QStringLiteral("decidingGroup")).toString(), group);
        if (ruleId.isEmpty())
            QVERIFY(answer.value(QStringLiteral("decidingRuleId")).isNull());
        else
            QCOMPARE(answer.value(QStringLiteral("decidingRuleId")).toString(), ruleId);
    }

    // Several groups and no place named: exit 2, listing where one could ask.
    void explainNeedsAPlace()
    {
        const QStringList query{QStringLiteral("--source"), QStringLiteral("1.2.3.4"), QStringLiteral("--protocol"), QStringLiteral("tcp"),
                                QStringLiteral("--port"), QStringLiteral("22")};
        CliResult r = runCli(QStringList{QStringLiteral("explain"), region()} + query);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("interfaces: eni-web1 (i-web1), eni-web2 (i-web2), eni-db1 (i-db1); groups: sg-db, sg-lockdown, sg-unused, sg-web")));
        r = runCli(QStringList{QStringLiteral("explain"), region(), QStringLiteral("--eni"), QStringLiteral("eni-nope")} + query);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("no network interface \"eni-nope\"")));
        r = runCli(QStringList{QStringLiteral("explain"), region(), QStringLiteral("--eni"), QStringLiteral("eni-web1"), QStringLiteral("--group"),
                               QStringLiteral("sg-web")}
                   + query);
        QCOMPARE(r.exitCode, 2);
    }

    // Several groups into a one-group format: one file per group in a folder, or a clear refusal.
    void convertSeveralGroups()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("tf/"));
        CliResult r = runCli({QStringLiteral("convert"), region(), QStringLiteral("--to"), QStringLiteral("terraform"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        const QStringList names = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(names.size(), 4);
        QVERIFY(names.first().endsWith(QStringLiteral("tf/sg-db.tf")));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 4);
        QFile web(QDir(out).filePath(QStringLiteral("sg-web.tf")));
        QVERIFY(web.open(QIODevice::ReadOnly));
        QVERIFY(web.readAll().contains("\"sg-web\""));

        r = runCli({QStringLiteral("convert"), region(), QStringLiteral("--to"), QStringLiteral("api-json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("holds 4 security groups and api-json takes one group a file")));

        // A project takes the whole workspace, and reads back as it.
        const QString project = dir.filePath(QStringLiteral("region.sgassist"));
        QCOMPARE(runCli({QStringLiteral("convert"), region(), QStringLiteral("--to"), QStringLiteral("project"), QStringLiteral("-o"), project}).exitCode, 0);
        r = runCli({QStringLiteral("check"), project, QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("groups")).toArray().size(), 4);
    }

    void diffFolders()
    {
        QTemporaryDir dir;
        for (const char *name : {"sg-web.json", "sg-db.json"})
            QVERIFY(QFile::copy(region() + u'/' + QLatin1StringView(name), dir.filePath(QLatin1StringView(name))));
        const CliResult r = runCli({QStringLiteral("diff"), region(), dir.path(), QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QStringList statuses;
        for (const QJsonValue &g : r.json().value(QStringLiteral("groups")).toArray())
            statuses.append(g.toObject().value(QStringLiteral("group")).toString() + u' ' + g.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(statuses, (QStringList{"sg-db unchanged", "sg-lockdown removed", "sg-unused removed", "sg-web unchanged"}));
    }

    // --quiet: nothing on standard output, no warnings; the exit code still tells.
    void quiet()
    {
        const CliResult r = runCli({QStringLiteral("check"), region(), QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.isEmpty());
        const CliResult bad = runCli({QStringLiteral("check"), file("api-json/broken/truncated.json"), QStringLiteral("-q")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(!bad.err.isEmpty());
    }

    // Colour only on a terminal: a pipe (as here) gets none, and --help lists the exit codes.
    void noColourInPipes()
    {
        const CliResult r = runCli({QStringLiteral("check"), region()});
        QVERIFY(!r.out.contains('\x1b'));
        const CliResult help = runCli({QStringLiteral("check"), QStringLiteral("--help")});
        QVERIFY(help.outText().contains(QStringLiteral("Exit codes: 0 no finding at or above --fail-on")));
        QVERIFY(help.outText().contains(QStringLiteral("--quiet")));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
