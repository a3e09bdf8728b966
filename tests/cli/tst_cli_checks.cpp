// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sgassist-cli checks: the list of check ids that reports, baselines and the shell completions use.

#include "clirunner.h"

#include "analysis/checkinfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

class TestCliChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textListsEveryCheckInOrder()
    {
        const CliResult r = runCli({QStringLiteral("checks")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        const QList<sg::CheckInfo> checks = sg::checkCatalogue();
        QVERIFY(checks.size() >= 40);
        QCOMPARE(lines.size(), checks.size());
        for (qsizetype i = 0; i < checks.size(); ++i) {
            // "id  severity  title": the id first, so scripts can cut it out.
            const QStringList fields = lines.at(i).split(u' ', Qt::SkipEmptyParts);
            QCOMPARE(fields.value(0), checks.at(i).id);
            QCOMPARE(fields.value(1), sg::toId(checks.at(i).severity));
            QVERIFY2(lines.at(i).endsWith(QStringLiteral("  ") + checks.at(i).title), qPrintable(lines.at(i)));
        }
        QVERIFY(lines.first().startsWith(checks.first().id + u' '));
    }

    void textColumnsAlign()
    {
        const QStringList lines = runCli({QStringLiteral("checks")}).outText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        // The severity and the title start in the same column on every line.
        QSet<qsizetype> severityColumns;
        QSet<qsizetype> titleColumns;
        for (const QString &line : lines) {
            const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
            const qsizetype severity = line.indexOf(fields.value(1), fields.value(0).size());
            severityColumns.insert(severity);
            titleColumns.insert(line.indexOf(fields.value(2), severity + fields.value(1).size()));
        }
        QCOMPARE(severityColumns.size(), 1);
        QCOMPARE(titleColumns.size(), 1);
    }

    void json()
    {
        const CliResult r = runCli({QStringLiteral("checks"), QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray checks = r.json().value(QStringLiteral("checks")).toArray();
        const QList<sg::CheckInfo> expected = sg::checkCatalogue();
        QCOMPARE(checks.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject check = checks.at(i).toObject();
            QCOMPARE(check.value(QStringLiteral("id")).toString(), expected.at(i).id);
            QCOMPARE(check.value(QStringLiteral("severity")).toString(), sg::toId(expected.at(i).severity));
            QCOMPARE(check.value(QStringLiteral("category")).toString(), expected.at(i).category);
            QCOMPARE(check.value(QStringLiteral("title")).toString(), expected.at(i).title);
            QCOMPARE(check.value(QStringLiteral("description")).toString(), expected.at(i).description);
            QCOMPARE(check.value(QStringLiteral("recommendation")).toString(), expected.at(i).recommendation);
        }
        const auto ssh = std::find_if(checks.begin(), checks.end(), [](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("exposed-ssh");
        });
        QVERIFY(ssh != checks.end());
        QCOMPARE(ssh->toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("help") << QStringList{"checks", "--help"} << 0 << "Usage: sgassist-cli checks";
        QTest::newRow("listed in the usage") << QStringList{"--help"} << 0 << "sgassist-cli checks [--report text|json]";
        QTest::newRow("unknown report") << QStringList{"checks", "--report", "sarif"} << 2 << "\"sarif\" is not a report: use text, json";
        QTest::newRow("argument") << QStringList{"checks", "exposed-ssh"} << 2 << "unexpected argument \"exposed-ssh\"";
        QTest::newRow("unknown option") << QStringList{"checks", "--bogus"} << 2 << "Unknown option 'bogus'";
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliResult r = runCli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        const QString text = exitCode == 0 ? r.outText() : r.errText();
        QVERIFY2(text.contains(message), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCliChecks)
#include "tst_cli_checks.moc"
