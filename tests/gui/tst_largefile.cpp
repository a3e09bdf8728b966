// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Large files open in the background with a progress bar, and can be cancelled without touching
// the open document.

#include "guitesthelpers.h"

#include "mainwindow.h"
#include "table/ruletablemodel.h"

#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace sg;
using namespace sg::ui;

namespace {

// A DescribeSecurityGroupAttribute file of `count` rules (real-shaped, indented like the CLI's output).
QString writeLargeFile(const QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("large-%1.json").arg(count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the large file");
    file.write("{\n  \"RegionId\": \"cn-hangzhou\",\n  \"SecurityGroupId\": \"sg-large\",\n  \"Permissions\": {\n    \"Permission\": [\n");
    for (int i = 0; i < count; ++i) {
        file.write(QStringLiteral("      {\"SecurityGroupRuleId\": \"sgr-%1\", \"Direction\": \"ingress\", \"IpProtocol\": \"TCP\", "
                                  "\"PortRange\": \"%2/%2\", \"SourceCidrIp\": \"10.%3.%4.0/24\", \"Ipv6SourceCidrIp\": \"\", "
                                  "\"SourceGroupId\": \"\", \"Policy\": \"Accept\", \"Priority\": %5, \"NicType\": \"intranet\", "
                                  "\"Description\": \"generated rule %1\", \"CreateTime\": \"2026-01-01T00:00:00Z\"}%6\n")
                       .arg(i)
                       .arg(1024 + i % 60000)
                       .arg((i >> 8) & 255)
                       .arg(i & 255)
                       .arg(1 + i % 100)
                       .arg(i + 1 < count ? QStringLiteral(",") : QString())
                       .toUtf8());
    }
    file.write("    ]\n  }\n}\n");
    return path;
}

} // namespace

class TestLargeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = writeLargeFile(dir, 30000);
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        QVERIFY(window.openFile(path)); // returns at once
        QCOMPARE(opened.count(), 0);
        QVERIFY(opened.wait(60000));
        QCOMPARE(opened.first().at(1).toBool(), true);
        QCOMPARE(window.ruleModel()->rowCount(), 30000);
        QCOMPARE(window.ruleModel()->rule(29999).id, QStringLiteral("sgr-29999"));
        QVERIFY(!window.isWindowModified());
    }

    void cancelKeepsTheOpenDocument()
    {
        QTemporaryDir dir;
        const QString path = writeLargeFile(dir, 200000);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json")));
        const Document before = window.document();
        QSignalSpy opened(&window, &MainWindow::fileOpened);
        QVERIFY(window.openFile(path));
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("loadProgress"));
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton); // the user presses Cancel
        QVERIFY(opened.wait(60000));
        QCOMPARE(opened.first().at(1).toBool(), false);
        QCOMPARE(window.document(), before);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(!window.isWindowModified());
    }
};

SGASSIST_GUI_TEST_MAIN(TestLargeFile)
#include "tst_largefile.moc"
