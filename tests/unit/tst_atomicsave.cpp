// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saves are atomic: a process killed in the middle of writing leaves the previous file intact.
// The test runs itself as a child ("--writer PATH") that saves a large project and is killed mid-write.

#include "io/projectformat.h"
#include "io/rulefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace sg;

namespace {

int runWriter(const QString &path)
{
    Document document;
    Rule rule;
    rule.ports = PortRange::single(22);
    rule.description = QStringLiteral("a description long enough to make the file large, as real rule sets are");
    document.ruleSet.rules.reserve(600000);
    for (int i = 0; i < 600000; ++i) {
        rule.peer = *Endpoint::parse(QStringLiteral("10.%1.%2.0/24").arg((i >> 8) & 255).arg(i & 255)).endpoint;
        document.ruleSet.rules.append(rule);
    }
    std::fputs("writing\n", stdout);
    std::fflush(stdout);
    const RuleFiles::SaveResult saved = RuleFiles::save(path, document, ProjectFormat());
    return saved.error.isEmpty() ? 0 : 1;
}

} // namespace

class TestAtomicSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidWriteKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cluster.sgassist"));
        const QByteArray original = "{\"format\":\"sgassist-project\",\"version\":1,\"rules\":[]}\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original);
        }
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), path});
        QVERIFY(writer.waitForReadyRead(60000));
        // Kill as soon as the writer holds a file open in the folder: the save is under way. (QSaveFile
        // may write to an unnamed O_TMPFILE, so the open descriptors are what shows it, not a name.)
        QElapsedTimer clock;
        clock.start();
        bool killedMidWrite = false;
        const QString fds = QStringLiteral("/proc/%1/fd").arg(writer.processId());
        while (clock.elapsed() < 60000 && writer.state() == QProcess::Running) {
            const QFileInfoList entries = QDir(fds).entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot);
            const bool writing = std::any_of(entries.cbegin(), entries.cend(), [&](const QFileInfo &info) {
                return info.symLinkTarget().startsWith(dir.path()) || QFile::symLinkTarget(info.filePath()).startsWith(dir.path());
            });
            if (writing) {
                writer.kill();
                killedMidWrite = true;
                break;
            }
            QTest::qWait(1);
        }
        writer.waitForFinished();
        QVERIFY2(killedMidWrite, "the writer finished before it could be interrupted");
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original);
        QVERIFY(RuleFiles::load(path).ok());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestAtomicSave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_atomicsave.moc"
