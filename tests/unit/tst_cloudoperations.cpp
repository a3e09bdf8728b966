// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PullOperation and ApplyOperation as a dialog drives them, against the fake ECS API: progress,
// stages, the plan before confirming, cancelling at any point, and saving a pull all or nothing.

#include "cloud/applyoperation.h"
#include "cloud/pulloperation.h"

#include "fakeecs.h"
#include "formattesting.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sg;

namespace {

QJsonObject rule(int port, const QString &source = "10.0.0.0/8")
{
    return {{"Direction", "ingress"}, {"IpProtocol", "TCP"}, {"PortRange", QStringLiteral("%1/%1").arg(port)}, {"SourceCidrIp", source}, {"Policy", "Accept"}, {"Priority", 1}, {"NicType", "intranet"}};
}

QJsonObject state()
{
    QJsonArray many;
    for (int port = 1000; port < 1023; ++port)
        many.append(rule(port));
    QJsonArray groups;
    groups.append(QJsonObject{{"SecurityGroupId", "sg-bp1a"}, {"SecurityGroupName", "a"}, {"Permissions", QJsonArray{rule(22)}}});
    groups.append(QJsonObject{{"SecurityGroupId", "sg-bp1b"}, {"SecurityGroupType", "enterprise"}, {"Permissions", many}});
    groups.append(QJsonObject{{"SecurityGroupId", "sg-bp1c"}, {"Permissions", QJsonArray{}}});
    return {{"accessKeys", FakeEcs::accessKeys()},
            {"maxPageSize", 10},
            {"regions", QJsonObject{{"cn-hangzhou", QJsonObject{{"groups", groups}, {"networkInterfaces", QJsonArray{}}}}}}};
}

Credentials credentials()
{
    Credentials c;
    c.accessKeyId = FakeEcs::KeyId;
    c.accessKeySecret = FakeEcs::Secret;
    return c;
}

bool waitFor(CloudOperation &operation)
{
    if (operation.isFinished())
        return true;
    QSignalSpy finished(&operation, &CloudOperation::finished);
    return finished.wait(60000);
}

RuleSet target(const QList<int> &ports)
{
    RuleSet set;
    set.group.regionId = "cn-hangzhou";
    set.group.securityGroupId = "sg-bp1a";
    for (int port : ports)
        set.rules.append(formattesting::rule("10.0.0.0/8", port, port));
    return set;
}

} // namespace

class TestCloudOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void pullReportsProgressAndFinishesOnce();
    void listingOnlyReadsNoRules();
    void cancelDuringPull();
    void pullSaveIsAllOrNothing();
    void applyStagesAsADialogSeesThem();
    void cancelAtThePlanChangesNothing();
    void confirmWithoutUndoFolderChangesNothing();
    void applyOfAMissingGroup();

private:
    std::unique_ptr<EcsClient> client()
    {
        EcsClient::Options options;
        options.initialBackoffMs = 10;
        return m_fake->client(credentials(), options);
    }
    std::unique_ptr<FakeEcs> m_fake;
};

void TestCloudOperations::initTestCase()
{
    QVERIFY2(FakeEcs::start(m_fake), "the fake ECS server did not start");
}

void TestCloudOperations::init()
{
    QVERIFY(m_fake->setState(state()));
}

void TestCloudOperations::pullReportsProgressAndFinishesOnce()
{
    auto c = client();
    PullOperation pull(c.get(), {});
    QSignalSpy progress(&pull, &CloudOperation::progressChanged);
    QSignalSpy status(&pull, &CloudOperation::statusChanged);
    QSignalSpy finished(&pull, &CloudOperation::finished);
    pull.start();
    QVERIFY(pull.isRunning());
    QVERIFY(waitFor(pull));
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
    QVERIFY2(pull.succeeded(), qPrintable(pull.error() ? pull.error()->toString() : QString()));
    QVERIFY(!pull.isRunning());
    QCOMPARE(progress.last(), (QList<QVariant>{3, 3}));
    QVERIFY(status.size() >= 2);
    const PullResult &result = pull.result();
    QCOMPARE(result.groups.size(), 3);
    QCOMPARE(result.groups[1].rules.size(), 23); // three pages
    QCOMPARE(result.groups[1].group.type, GroupType::Enterprise);
    QCOMPARE(result.groups[0].group.name, QString("a"));
    QVERIFY(!result.groups[0].rules[0].id.isEmpty());
    QVERIFY(result.hasNetworkInterfaces);
    QCOMPARE(result.fileNames(), QStringList({"sg-bp1a.json", "sg-bp1b.json", "sg-bp1c.json", "network-interfaces.json"}));
}

void TestCloudOperations::listingOnlyReadsNoRules()
{
    auto c = client();
    PullOperation::Options options;
    options.readRules = false;
    options.readNetworkInterfaces = false;
    PullOperation list(c.get(), options);
    list.start();
    QVERIFY(waitFor(list));
    QVERIFY(list.succeeded());
    QCOMPARE(list.result().groups.size(), 3);
    for (const QJsonValue &entry : m_fake->log())
        QCOMPARE(entry["action"].toString(), QString("DescribeSecurityGroups"));
}

void TestCloudOperations::cancelDuringPull()
{
    QVERIFY(m_fake->addFailures({QJsonObject{{"action", "DescribeSecurityGroupAttribute"}, {"kind", "hang"}, {"times", 5}}}));
    auto c = client();
    PullOperation pull(c.get(), {});
    QSignalSpy finished(&pull, &CloudOperation::finished);
    pull.start();
    QTRY_VERIFY(pull.status().startsWith("Reading the rules"));
    pull.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(pull.wasCancelled());
    pull.cancel();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestCloudOperations::pullSaveIsAllOrNothing()
{
    QTemporaryDir dir;
    PullResult result;
    result.regionId = "cn-hangzhou";
    result.groups.append(target({22}));
    RuleSet evil = target({23});
    evil.group.securityGroupId = "sg-../../escape";
    result.groups.append(evil);
    const PullResult::SaveResult refused = result.save(dir.filePath("out"));
    QVERIFY(!refused.error.isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath("out/sg-bp1a.json")));

    result.groups.removeLast();
    result.hasNetworkInterfaces = true;
    const PullResult::SaveResult saved = result.save(dir.filePath("out"));
    QCOMPARE(saved.error, QString());
    QCOMPARE(saved.files, QStringList({dir.filePath("out/sg-bp1a.json"), dir.filePath("out/network-interfaces.json")}));
    // No staging folder is left behind.
    QCOMPARE(QDir(dir.filePath("out")).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({"network-interfaces.json", "sg-bp1a.json"}));
    QVERIFY(PullResult::isSafeGroupId("sg-bp1a_2-x"));
    QVERIFY(!PullResult::isSafeGroupId("sg-"));
    QVERIFY(!PullResult::isSafeGroupId("sg-a/b"));
    QVERIFY(!PullResult::isSafeGroupId("pl-bp1a"));
}

void TestCloudOperations::applyStagesAsADialogSeesThem()
{
    QTemporaryDir undo;
    auto c = client();
    ApplyOperation apply(c.get(), target({22, 80, 443}), "sg-bp1a");
    apply.setUndoDirectory(undo.path());
    apply.setClock([] { return QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC); });
    QSignalSpy stages(&apply, &ApplyOperation::stageChanged);
    QSignalSpy planReady(&apply, &ApplyOperation::planReady);
    QSignalSpy progress(&apply, &CloudOperation::progressChanged);
    apply.start();
    QVERIFY(planReady.wait(30000));
    QCOMPARE(apply.stage(), ApplyOperation::Stage::Planned);
    QVERIFY(!apply.isFinished());
    QCOMPARE(apply.plan().authorizations.size(), 2);
    QCOMPARE(apply.liveBefore().rules.size(), 1);
    QCOMPARE(m_fake->rules("cn-hangzhou", "sg-bp1a").size(), 1); // nothing changed before confirm()

    apply.confirm();
    QVERIFY(waitFor(apply));
    QVERIFY2(apply.succeeded(), qPrintable(apply.error() ? apply.error()->toString() : QString()));
    QVERIFY(apply.verified());
    QCOMPARE(apply.liveAfter().rules.size(), 3);
    QList<ApplyOperation::Stage> seen;
    for (const QList<QVariant> &args : stages)
        seen.append(args.first().value<ApplyOperation::Stage>());
    QCOMPARE(seen, (QList<ApplyOperation::Stage>{ApplyOperation::Stage::Reading, ApplyOperation::Stage::Planned, ApplyOperation::Stage::Saving, ApplyOperation::Stage::Applying, ApplyOperation::Stage::Verifying, ApplyOperation::Stage::Done}));
    QCOMPARE(progress.last(), (QList<QVariant>{2, 2}));
    QCOMPARE(apply.undoFile(), QDir(undo.path()).filePath("sg-bp1a.before-20261101T120000Z.json"));
    QVERIFY(QFileInfo::exists(apply.undoFile()));
    QCOMPARE(apply.completedCalls(), apply.totalCalls());
}

void TestCloudOperations::cancelAtThePlanChangesNothing()
{
    QTemporaryDir undo;
    auto c = client();
    ApplyOperation apply(c.get(), target({443}), "sg-bp1a");
    apply.setUndoDirectory(undo.path());
    QSignalSpy planReady(&apply, &ApplyOperation::planReady);
    QSignalSpy finished(&apply, &CloudOperation::finished);
    apply.start();
    QVERIFY(planReady.wait(30000));
    apply.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(apply.wasCancelled());
    apply.confirm(); // too late: nothing happens
    QTest::qWait(50);
    QCOMPARE(QDir(undo.path()).entryList(QDir::Files), QStringList());
    QCOMPARE(m_fake->rules("cn-hangzhou", "sg-bp1a").at(0).toObject().value("PortRange").toString(), QString("22/22"));
}

void TestCloudOperations::confirmWithoutUndoFolderChangesNothing()
{
    auto c = client();
    ApplyOperation apply(c.get(), target({443}), "sg-bp1a");
    QSignalSpy planReady(&apply, &ApplyOperation::planReady);
    apply.start();
    QVERIFY(planReady.wait(30000));
    apply.confirm();
    QVERIFY(waitFor(apply));
    QCOMPARE(apply.error()->kind, EcsError::Kind::Local);
    QCOMPARE(apply.completedCalls(), 0);
    QCOMPARE(m_fake->rules("cn-hangzhou", "sg-bp1a").size(), 1);
}

void TestCloudOperations::applyOfAMissingGroup()
{
    auto c = client();
    ApplyOperation apply(c.get(), target({443}), "sg-bp1missing");
    apply.start();
    QVERIFY(waitFor(apply));
    QCOMPARE(apply.error()->code, QString("InvalidSecurityGroupId.NotFound"));
    QCOMPARE(apply.stage(), ApplyOperation::Stage::Reading);
}

QTEST_GUILESS_MAIN(TestCloudOperations)
#include "tst_cloudoperations.moc"
