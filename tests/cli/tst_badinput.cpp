// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken input: every file of tests/data/bad-input, a 200 MB file and 100,000-deep
// nesting. The CLI exits 2 with a first line naming the file and the place, in bounded time and
// memory, and never crashes.

#include "clirunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace {

const QString corpusDir = QStringLiteral(SGASSIST_TEST_DATA "/bad-input/");

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif

// The largest resident size any finished child has had, in MB.
long childPeakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

QStringList argumentsFor(const QString &path, const QString &format)
{
    if (format == u"plan")
        return {QStringLiteral("build"), path};
    return {QStringLiteral("check"), path, QStringLiteral("--from"), format};
}

// The first error line names the file and, when `where` is given, that line:column of it.
void expectRefused(const QString &path, const QString &format, const QString &message, const QString &where, qint64 maxSeconds)
{
    QElapsedTimer clock;
    clock.start();
    const CliResult r = runCli(argumentsFor(path, format));
    QVERIFY2(clock.elapsed() < maxSeconds * 1000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
    QCOMPARE(r.exitCode, 2); // -2 would be a crash
    QVERIFY(r.out.isEmpty());
    const QString first = r.errText().section(u'\n', 0, 0);
    QVERIFY2(first.startsWith(where.isEmpty() ? path : path + u':' + where + QStringLiteral(": ")), qPrintable(first));
    QVERIFY2(first.contains(message), qPrintable(first));
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("where");
        QFile table(corpusDir + QStringLiteral("expected.tsv"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        int count = 0;
        for (const QByteArray &line : table.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> cells = line.split('\t');
            QTest::newRow(cells.value(0).constData()) << QString::fromUtf8(cells.value(0)) << QString::fromUtf8(cells.value(1))
                                                      << QString::fromUtf8(cells.value(2)) << QString::fromUtf8(cells.value(3));
            ++count;
        }
        QVERIFY2(count >= 100, "the corpus must hold at least 100 broken files");
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, message);
        QFETCH(QString, where);
        expectRefused(corpusDir + file, format, message, where, 20);
    }

    void detectionAlsoRefuses()
    {
        // Without --from, detection must not let a broken file through either.
        for (const char *name : {"api-port-zero.json", "api-damaged-truncated.json", "api-utf16-bom.json",
                                 "console-csv-cidr-bad.csv", "terraform-cidr-bad.json", "ros-ref-value.json"}) {
            const CliResult r = runCli({QStringLiteral("check"), corpusDir + QLatin1StringView(name)});
            QVERIFY2(r.exitCode == 2, name);
            QVERIFY(r.errText().startsWith(corpusDir + QLatin1StringView(name)));
        }
    }

    void deepNesting_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : {"api-json", "console-json", "project", "terraform-json", "ros", "plan"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void deepNesting()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"Permissions\":");
        file.write(QByteArray(100000, '['));
        file.write(QByteArray(100000, ']'));
        file.write("}");
        file.close();
        const qint64 peakBefore = childPeakMegabytes();
        const CliResult r = runCli(argumentsFor(path, format));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().startsWith(path));
        if (!sanitized)
            QVERIFY2(childPeakMegabytes() < std::max<qint64>(peakBefore, 200), "deep nesting took too much memory");
    }

    void twoHundredMegabytes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("api-json") << "api-json"
                                  << "json";
        QTest::newRow("console-csv") << "console-csv"
                                     << "csv";
    }

    void twoHundredMegabytes()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.") + suffix);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Valid rules all the way, then a broken one at the very end: everything must be read.
        QByteArray chunk;
        if (format == u"api-json") {
            file.write("{\"SecurityGroupId\":\"sg-huge\",\"Permissions\":{\"Permission\":[\n");
            for (int i = 0; i < 1000; ++i)
                chunk += "{\"IpProtocol\":\"TCP\",\"PortRange\":\"22/22\",\"SourceCidrIp\":\"10.0.0.0/8\",\"Description\":\"padding to make the file large\"},\n";
        } else {
            file.write("IpProtocol,PortRange,SourceCidrIp,Description\r\n");
            for (int i = 0; i < 1000; ++i)
                chunk += "TCP,22/22,10.0.0.0/8,padding to make the file large enough for the test\r\n";
        }
        while (file.size() < 200 * 1024 * 1024)
            file.write(chunk);
        file.write(format == u"api-json" ? QByteArray("{\"IpProtocol\":\"TCP\",\"PortRange\":\"0/22\",\"SourceCidrIp\":\"10.0.0.0/8\"}]}}\n")
                                         : QByteArray("TCP,0/22,10.0.0.0/8,last\r\n"));
        file.close();
        QElapsedTimer clock;
        clock.start();
        const CliResult r = runCli({QStringLiteral("check"), path, QStringLiteral("--from"), format});
        QCOMPARE(r.exitCode, 2);
        const QString first = r.errText().section(u'\n', 0, 0);
        QVERIFY2(first.startsWith(path) && first.contains(QStringLiteral("between 1 and 65535")), qPrintable(first));
        QVERIFY2(clock.elapsed() < (sanitized ? 120000 : 30000), qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
        if (!sanitized) {
            // About 1.3 million rules: the rules themselves plus the bytes, not a multiple of them.
            const long peak = childPeakMegabytes();
            QVERIFY2(peak < 2200, qPrintable(QStringLiteral("peak %1 MB").arg(peak)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
