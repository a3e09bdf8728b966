// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sgassist-cli fix (narrowing, removal, lockout refusal, untouched rules byte-identical), check
// --baseline (suppressed findings in every report, expiry on a fixed date, files that are not
// baselines) and plans with Workbench.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

QString data(const char *name)
{
    return QStringLiteral(SGASSIST_TEST_DATA "/") + QLatin1StringView(name);
}

// Runs sgassist-cli with exemptions judged on a fixed day.
CliResult runOn(const QString &today, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SGASSIST_TODAY"), today);
    return runCli(arguments, {}, environment);
}

QStringList lines(const QByteArray &bytes)
{
    QStringList out;
    for (const QString &line : QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts))
        out << (line.endsWith(u'\r') ? line.chopped(1) : line); // console CSV ends lines with CRLF
    return out;
}

} // namespace

class TestCliFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The "done when": SSH, RDP and Docker open to the internet; after the fix nothing is
    // high, and the kept address still reaches SSH.
    void fixLeavesNothingHigh()
    {
        QTemporaryDir dir;
        const QString fixed = dir.filePath(QStringLiteral("fixed.json"));
        const CliResult r = runCli({QStringLiteral("fix"), data("fix/exposed.json"), QStringLiteral("--keep"), QStringLiteral("203.0.113.10"),
                                    QStringLiteral("--replace-with"), QStringLiteral("10.0.0.0/8"), QStringLiteral("-o"), fixed});
        QCOMPARE(r.exitCode, 0);
        const QString err = r.errText();
        QVERIFY2(err.contains(QStringLiteral("Fixed 3 rules with findings at or above high")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("Rule 2 (sgr-ssh) of sg-fix: narrowed from 0.0.0.0/0 to 10.0.0.0/8, 203.0.113.10 (exposed-ssh).")));
        QVERIFY(err.contains(QStringLiteral("Lockout check (evaluated before and after the fix): passed.")));
        QVERIFY(err.contains(QStringLiteral("203.0.113.10 reaches SSH (TCP 22) on sg-fix before (rule 2) and after the fix (rule 3).")));
        // The change as `diff` gives it.
        const CliResult diff = runCli({QStringLiteral("diff"), data("fix/exposed.json"), fixed});
        QCOMPARE(diff.exitCode, 0);
        const QString summary = diff.outText().section(u'\n', 0, 0).section(QStringLiteral(": "), 1);
        QVERIFY2(err.contains(summary), qPrintable(summary));
        QVERIFY(err.contains(QStringLiteral("3 added, 0 removed, 3 changed")));

        const CliResult check = runCli({QStringLiteral("check"), fixed, QStringLiteral("--fail-on"), QStringLiteral("high")});
        QCOMPARE(check.exitCode, 0);
        const CliResult ssh = runCli({QStringLiteral("explain"), fixed, QStringLiteral("--source"), QStringLiteral("203.0.113.10"),
                                      QStringLiteral("--protocol"), QStringLiteral("tcp"), QStringLiteral("--port"), QStringLiteral("22")});
        QCOMPARE(ssh.exitCode, 0);
        const CliResult stranger = runCli({QStringLiteral("explain"), fixed, QStringLiteral("--source"), QStringLiteral("198.51.100.1"),
                                           QStringLiteral("--protocol"), QStringLiteral("tcp"), QStringLiteral("--port"), QStringLiteral("22")});
        QCOMPARE(stranger.exitCode, 1);
    }

    // Every rule the fix does not change is written byte for byte as `convert` writes it, in order.
    void untouchedRulesByteIdentical()
    {
        const QStringList common{data("fix/exposed.json"), QStringLiteral("--to"), QStringLiteral("console-csv")};
        const CliResult converted = runCli(QStringList{QStringLiteral("convert")} + common);
        const CliResult fixed = runCli(QStringList{QStringLiteral("fix")} + common + QStringList{QStringLiteral("--keep"), QStringLiteral("203.0.113.10")});
        QCOMPARE(converted.exitCode, 0);
        QCOMPARE(fixed.exitCode, 0);
        const QStringList before = lines(converted.out);
        const QStringList after = lines(fixed.out);
        QCOMPARE(after.first(), before.first()); // the header
        QStringList untouched;
        for (const QString &line : before.mid(1)) {
            if (!line.startsWith(u"sgr-ssh,") && !line.startsWith(u"sgr-rdp,") && !line.startsWith(u"sgr-docker,"))
                untouched << line;
        }
        QCOMPARE(untouched.size(), 3);
        qsizetype from = 0;
        for (const QString &line : std::as_const(untouched)) {
            const qsizetype found = after.indexOf(line, from);
            QVERIFY2(found >= 0, qPrintable(line));
            from = found + 1;
        }
        // The narrowed rules keep their ids, priorities and descriptions.
        QVERIFY(after.contains(QStringLiteral("sgr-rdp,ingress,TCP,3389/3389,,203.0.113.10,,,,,,,,,,accept,2,intranet,RDP from anywhere")));
    }

    void removalWarnsWithoutKeep()
    {
        const CliResult r = runCli({QStringLiteral("fix"), data("fix/exposed.json"), QStringLiteral("--to"), QStringLiteral("console-csv")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out).size(), 1 + 3);
        QVERIFY(r.errText().contains(QStringLiteral("removed (exposed-ssh)")));
        QVERIFY(r.errText().contains(QStringLiteral("No --keep address")));
    }

    void lockoutRefusal()
    {
        const CliResult r = runCli({QStringLiteral("fix"), data("fix/lockout.json"), QStringLiteral("--keep"), QStringLiteral("203.0.113.10")});
        QCOMPARE(r.exitCode, 1);
        const QString err = r.errText();
        QVERIFY2(err.contains(QStringLiteral("Not changed, to keep access (lockout safety):")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("Rule 1 (sgr-old) of sg-lock: narrowed from sg-bp1old to 203.0.113.10")));
        QVERIFY(err.contains(QStringLiteral("Refused: 203.0.113.10 would no longer reach SSH (TCP 22) on sg-lock")));
        // The rules are written unchanged.
        QCOMPARE(r.json().value(QStringLiteral("Permissions")).toObject().value(QStringLiteral("Permission")).toArray().size(), 2);
    }

    void severalGroups()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fixed/"));
        const CliResult r = runCli({QStringLiteral("fix"), data("fix/two-groups"), QStringLiteral("--keep"), QStringLiteral("203.0.113.10"),
                                    QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out), (QStringList{QDir(out).filePath(QStringLiteral("sg-a.json")), QDir(out).filePath(QStringLiteral("sg-b.json"))}));
        QVERIFY(r.errText().contains(QStringLiteral("of sg-a: narrowed")));
        QVERIFY(r.errText().contains(QStringLiteral("of sg-b: narrowed")));
        const CliResult check = runCli({QStringLiteral("check"), out});
        QCOMPARE(check.exitCode, 0);
        // Without a folder, one file per group cannot be written.
        const CliResult refused = runCli({QStringLiteral("fix"), data("fix/two-groups")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.errText().contains(QStringLiteral("name a folder with -o")));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("keep not an address") << QStringList{"--keep", "sg-1"} << "--keep \"sg-1\" is not an IPv4 or IPv6 address";
        QTest::newRow("bad replacement") << QStringList{"--replace-with", "10.0.0.0/33"} << "--replace-with \"10.0.0.0/33\"";
        QTest::newRow("never") << QStringList{"--fail-on", "never"} << "\"never\" is not a level";
        QTest::newRow("read-only format") << QStringList{"--to", "terraform-json"} << "not a format that can be written";
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = runCli(QStringList{QStringLiteral("fix"), data("fix/exposed.json")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
    }

    // ---- check --baseline ----

    void baselineSuppresses()
    {
        const QStringList arguments{QStringLiteral("check"), data("fix/exposed.json"), QStringLiteral("--baseline"), data("baseline/accepted.json")};
        // In force: SSH, RDP and Docker accepted; nothing high counts.
        const CliResult r = runOn(QStringLiteral("2026-01-15"), arguments + QStringList{QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = r.json();
        QCOMPARE(report.value(QStringLiteral("suppressed")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("high")).toInt(), 0);
        QStringList suppressed;
        for (const QJsonValue &v : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("suppressed")).toBool())
                suppressed << f.value(QStringLiteral("check")).toString() + u':' + f.value(QStringLiteral("suppression")).toObject().value(QStringLiteral("reason")).toString();
        }
        suppressed.sort();
        QCOMPARE(suppressed, (QStringList{"exposed-docker:Lab host, no data", "exposed-rdp:Vendor support window", "exposed-ssh:Bastion behind a VPN, ticket OPS-12"}));
        // Text and SARIF carry them too.
        const CliResult text = runOn(QStringLiteral("2026-01-15"), arguments);
        QVERIFY(text.outText().contains(QStringLiteral("SUPPRESSED (3)")));
        QVERIFY(text.outText().contains(QStringLiteral("Suppressed: Bastion behind a VPN, ticket OPS-12 (accepted until 2026-06-30)")));
        const CliResult sarif = runOn(QStringLiteral("2026-01-15"), arguments + QStringList{QStringLiteral("--report"), QStringLiteral("sarif")});
        QCOMPARE(sarif.exitCode, 0);
        int suppressions = 0;
        for (const QJsonValue &v : sarif.json().value(QStringLiteral("runs")).toArray().first().toObject().value(QStringLiteral("results")).toArray())
            suppressions += int(v.toObject().value(QStringLiteral("suppressions")).toArray().size());
        QCOMPARE(suppressions, 3);
    }

    void expiredExemptionFiresAgain()
    {
        // The Docker exemption ran out on 2026-01-31: on 2026-02-01 the critical finding counts again.
        const CliResult r = runOn(QStringLiteral("2026-02-01"), {QStringLiteral("check"), data("fix/exposed.json"), QStringLiteral("--baseline"), data("baseline/accepted.json"), QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = r.json();
        QCOMPARE(report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("critical")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("suppressed")).toInt(), 2);
        bool named = false;
        for (const QJsonValue &v : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("check")).toString() == u"expired-exemption") {
                named = f.value(QStringLiteral("message")).toString().contains(QStringLiteral("\"Lab host, no data\""))
                    && f.value(QStringLiteral("ruleIds")).toArray() == QJsonArray{QStringLiteral("sgr-docker")};
            }
        }
        QVERIFY(named);
        // --fail-on never still reports it, and exits 0.
        QCOMPARE(runOn(QStringLiteral("2026-02-01"), {QStringLiteral("check"), data("fix/exposed.json"), QStringLiteral("--baseline"), data("baseline/accepted.json"), QStringLiteral("--fail-on"), QStringLiteral("never")}).exitCode, 0);
    }

    void notABaseline_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("rule file") << data("baseline/not-a-baseline.json") << 2 << "not a baseline";
        QTest::newRow("bad date") << data("baseline/bad-date.json") << 2 << "exemptions[0].expires";
        QTest::newRow("missing") << data("baseline/missing.json") << 3 << "cannot read the baseline";
    }

    void notABaseline()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliResult r = runOn(QStringLiteral("2026-01-15"), {QStringLiteral("check"), data("fix/exposed.json"), QStringLiteral("--baseline"), file});
        QCOMPARE(r.exitCode, exitCode);
        const QString first = r.errText().section(u'\n', 0, 0);
        QVERIFY2(first.startsWith(file), qPrintable(first));
        QVERIFY2(first.contains(message), qPrintable(first));
        QVERIFY(r.out.isEmpty());
    }

    void badToday()
    {
        const CliResult r = runOn(QStringLiteral("tomorrow"), {QStringLiteral("check"), data("fix/exposed.json"), QStringLiteral("--baseline"), data("baseline/accepted.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("SGASSIST_TODAY")));
    }

    // ---- Workbench ----

    void workbenchPlan()
    {
        const CliResult r = runCli({QStringLiteral("build"), data("plans/workbench-china.plan.json"), QStringLiteral("--to"), QStringLiteral("console-csv")});
        QCOMPARE(r.exitCode, 0);
        const QString out = r.outText();
        for (const char *block : {"47.96.60.0/24", "118.31.243.0/24", "8.139.112.0/24", "8.139.99.192/26", "100.104.0.0/16"}) {
            QVERIFY2(out.contains(QStringLiteral(",TCP,22/22,,%1,").arg(QLatin1StringView(block))), block);
            QVERIFY2(out.contains(QStringLiteral(",TCP,3389/3389,,%1,").arg(QLatin1StringView(block))), block);
        }
        QVERIFY(out.contains(QStringLiteral("Alibaba Cloud Workbench (china, public), ranges of 2026")));
        QVERIFY(!out.contains(QStringLiteral("161.117.0.0/16")));
        // Nothing above info for Workbench (the plan's cluster CIDR has its own low finding).
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("built.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(r.out);
        file.close();
        const CliResult check = runCli({QStringLiteral("check"), file.fileName(), QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(check.exitCode, 0);
        for (const QJsonValue &v : check.json().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("message")).toString().contains(QStringLiteral("Workbench")))
                QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
        }
        const CliResult explain = runCli({QStringLiteral("explain"), file.fileName(), QStringLiteral("--source"), QStringLiteral("47.96.60.20"),
                                          QStringLiteral("--protocol"), QStringLiteral("tcp"), QStringLiteral("--port"), QStringLiteral("22")});
        QCOMPARE(explain.exitCode, 0);
        QVERIFY2(explain.outText().contains(QStringLiteral("Alibaba Cloud Workbench (china, public)")), qPrintable(explain.outText()));
    }
};

QTEST_GUILESS_MAIN(TestCliFix)
#include "tst_cli_fix.moc"
