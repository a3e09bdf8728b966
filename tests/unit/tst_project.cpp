// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The project document: everything the user made survives a save and an open.

#include "io/projectformat.h"
#include "io/rulefiles.h"
#include "plan/rulebuilder.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;

namespace {

Document sampleDocument()
{
    const Parsed<SetupPlan> plan = SetupPlan::fromJson(
        R"({"name":"hpc","regionId":"cn-hangzhou","securityGroupId":"sg-bp1x","groupType":"basic","scheduler":"slurm",
            "services":["ssh","git","jupyter"],"sources":{"admin":["203.0.113.10","2001:db8::/48"],"cluster":["sg-c"]}})",
        QStringLiteral("p.json"));
    Document document;
    document.plan = plan.value;
    document.ruleSet = RuleBuilder().build(plan.value).value;
    document.ruleSet.group.vpcId = QStringLiteral("vpc-1");
    document.ruleSet.group.description = QStringLiteral("cluster \"prod\"");
    document.ruleSet.group.innerAccessPolicy = Policy::Drop;
    Rule drop;
    drop.policy = Policy::Drop;
    drop.protocol = Protocol::All;
    drop.peer = *Endpoint::parse(u"0.0.0.0/0").endpoint;
    drop.priority = 100;
    drop.direction = Direction::Egress;
    drop.description = QStringLiteral("deny all out");
    document.ruleSet.rules.append(drop);
    document.notes = QStringLiteral("Reviewed 2026-11-26.\nAsk the network team about 22.");
    return document;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const Document original = sampleDocument();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(ProjectFormat().write(original, buffer).isEmpty());
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        const Parsed<Document> read = ProjectFormat().read(buffer, QStringLiteral("x.sgassist"));
        QVERIFY2(read.ok(), read.diagnostics.isEmpty() ? "" : qPrintable(read.diagnostics.first().toString()));
        QCOMPARE(read.value.ruleSet.group, original.ruleSet.group);
        QCOMPARE(read.value.ruleSet.rules, original.ruleSet.rules);
        QCOMPARE(read.value.plan, original.plan);
        QCOMPARE(read.value.notes, original.notes);
        QCOMPARE(read.value, original);
        // Services survive (they are not an API field).
        QCOMPARE(read.value.ruleSet.rules.first().services, (QStringList{"ssh", "git"}));
    }

    void savedAtomicallyAndDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cluster.sgassist"));
        const RuleFiles::SaveResult saved = RuleFiles::save(path, sampleDocument(), ProjectFormat());
        QVERIFY(saved.error.isEmpty());
        QCOMPARE(saved.files, QStringList{path});
        const RuleFiles::LoadResult loaded = RuleFiles::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.format->id(), QStringLiteral("project"));
        QCOMPARE(loaded.document, sampleDocument());
    }

    void saveFailureKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.sgassist"));
        QVERIFY(RuleFiles::save(path, sampleDocument(), ProjectFormat()).error.isEmpty());
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();
        // A directory in the way of the temporary file name makes the save fail.
        const RuleFiles::SaveResult failed = RuleFiles::save(dir.filePath(QStringLiteral("missing/dir/x.sgassist")),
                                                             sampleDocument(), ProjectFormat());
        QVERIFY(!failed.error.isEmpty());
        QVERIFY(failed.error.contains(QStringLiteral("missing/dir/x.sgassist")));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("contains");
        QTest::newRow("newer version") << QByteArray(R"({"format":"sgassist-project","version":3,"rules":[]})") << "newer SG Assist";
        QTest::newRow("wrong format") << QByteArray(R"({"format":"something-else","version":1,"rules":[]})") << "not an SG Assist project";
        QTest::newRow("array") << QByteArray(R"([{"IpProtocol":"TCP"}])") << "JSON object";
        QTest::newRow("no rules") << QByteArray(R"({"format":"sgassist-project","version":1})") << "no \"rules\"";
        QTest::newRow("bad plan") << QByteArray(R"({"format":"sgassist-project","version":1,"plan":{"services":7},"rules":[]})") << "must be a list";
        QTest::newRow("bad rule") << QByteArray(R"({"format":"sgassist-project","version":1,"rules":[{"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/40"}]})") << "prefix length";
        QTest::newRow("bad services") << QByteArray(R"({"format":"sgassist-project","version":1,"rules":[{"IpProtocol":"TCP","PortRange":"22/22","SourceCidrIp":"10.0.0.0/8","Services":"ssh"}]})") << "array of service ids";
    }

    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, contains);
        QBuffer buffer(&json);
        buffer.open(QIODevice::ReadOnly);
        const Parsed<Document> read = ProjectFormat().read(buffer, QStringLiteral("p.sgassist"));
        QVERIFY(!read.ok());
        QVERIFY2(read.diagnostics.first().message.contains(contains), qPrintable(read.diagnostics.first().toString()));
        QCOMPARE(read.diagnostics.first().location.file, QStringLiteral("p.sgassist"));
    }

    void planProblemsNameThePlanField()
    {
        QByteArray json = R"({"format":"sgassist-project","version":1,"plan":{"services":["ssh", 3]},"rules":[]})";
        QBuffer buffer(&json);
        buffer.open(QIODevice::ReadOnly);
        const Parsed<Document> read = ProjectFormat().read(buffer, QStringLiteral("p.sgassist"));
        QCOMPARE(read.diagnostics.first().location.field, QStringLiteral("plan.services[1]"));
    }
};

QTEST_APPLESS_MAIN(TestProject)
#include "tst_project.moc"
