// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `sgassist-cli pull` and `apply` against the loopback fake ECS API (signatures checked with
// Alibaba's own code): round trips, undo, throttled and failing writes, wrong keys, and that the
// secret never appears in anything SG Assist prints or writes.

#include "cloud/changeplan.h"
#include "io/rulefiles.h"
#include "io/ruleformat.h"

#include "clirunner.h"
#include "fakeecs.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonObject permission(const QString &direction, const QString &protocol, const QString &ports, const QString &peerField,
                       const QString &peer, int priority = 1, const QString &description = {}, const QString &policy = "Accept")
{
    return {{"Direction", direction}, {"IpProtocol", protocol}, {"PortRange", ports}, {peerField, peer}, {"Priority", priority}, {"Policy", policy}, {"NicType", "intranet"}, {"Description", description}};
}

QJsonObject accountState()
{
    QJsonArray web{permission("ingress", "TCP", "22/22", "SourceCidrIp", "203.0.113.10/32", 1, QString::fromUtf8("运维 SSH")),
                   permission("ingress", "TCP", "443/443", "SourceCidrIp", "0.0.0.0/0", 1, "HTTPS"),
                   permission("ingress", "TCP", "3389/3389", "SourceCidrIp", "0.0.0.0/0", 1, "RDP, to be removed"),
                   permission("ingress", "ALL", "-1/-1", "SourceGroupId", "sg-bp1hpc", 2, "cluster"),
                   permission("ingress", "TCP", "8888/8888", "Ipv6SourceCidrIp", "2001:db8::/32", 5, "Jupyter *~ a+b"),
                   permission("egress", "ALL", "-1/-1", "DestCidrIp", "0.0.0.0/0", 100, "", "Accept")};
    QJsonArray hpc;
    for (int n = 0; n < 25; ++n)
        hpc.append(permission("ingress", "TCP", QStringLiteral("%1/%1").arg(6800 + n), "SourceCidrIp", "10.0.0.0/8", 1,
                              QStringLiteral("rule %1").arg(n)));
    QJsonArray interfaces;
    for (int n = 0; n < 12; ++n) {
        interfaces.append(QJsonObject{
            {"NetworkInterfaceId", QStringLiteral("eni-bp1%1").arg(n)},
            {"InstanceId", QStringLiteral("i-bp1%1").arg(n)},
            {"PrivateIpAddress", QStringLiteral("10.0.0.%1").arg(10 + n)},
            {"SecurityGroupIds", QJsonObject{{"SecurityGroupId", n % 2 ? QJsonArray{"sg-bp1web", "sg-bp1hpc"} : QJsonArray{"sg-bp1hpc"}}}},
            {"Type", n == 0 ? "Primary" : "Secondary"},
            {"VpcId", "vpc-bp1"},
            {"MacAddress", "00:16:3e:00:00:00"}});
    }
    const auto group = [](const QString &id, const QString &type, const QJsonArray &rules) {
        return QJsonObject{{"SecurityGroupId", id}, {"SecurityGroupName", QString(id + " name")}, {"VpcId", "vpc-bp1"}, {"SecurityGroupType", type}, {"Permissions", rules}};
    };
    return {{"accessKeys", FakeEcs::accessKeys()},
            {"maxPageSize", 10},
            {"regions",
             QJsonObject{{"cn-hangzhou",
                          QJsonObject{{"groups", QJsonArray{group("sg-bp1web", "normal", web), group("sg-bp1hpc", "enterprise", hpc), group("sg-bp1empty", "normal", {})}},
                                      {"networkInterfaces", interfaces}}},
                         {"cn-beijing", QJsonObject{{"groups", QJsonArray{}}}}}}};
}

// The rules as a sorted list of their API fields, ids left out: "the group equals the file".
QStringList contents(const QJsonArray &permissions)
{
    QStringList out;
    for (const QJsonValue &value : permissions) {
        QJsonObject p = value.toObject();
        for (const char *key : {"SecurityGroupRuleId", "CreateTime", "SourceGroupName", "DestGroupName"})
            p.remove(key);
        QStringList fields;
        for (auto it = p.begin(); it != p.end(); ++it) {
            QString v = it.value().isDouble() ? QString::number(it.value().toInt()) : it.value().toString();
            if (it.key() == "Policy" || it.key() == "IpProtocol" || it.key() == "NicType" || it.key() == "Direction")
                v = v.toLower();
            if (!v.isEmpty())
                fields.append(it.key() + '=' + v);
        }
        fields.sort();
        out.append(fields.join(','));
    }
    out.sort();
    return out;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(object).toJson());
}

// The rules of a group file.
QJsonArray rulesOf(const QString &path)
{
    return readJson(path)["Permissions"].toObject()["Permission"].toArray();
}

// The group file edited as a user would: its rules replaced by `rules`, everything else kept.
void replaceRules(const QString &path, const QJsonArray &rules)
{
    QJsonObject edited = readJson(path);
    edited["Permissions"] = QJsonObject{{"Permission", rules}};
    writeJson(path, edited);
}

QStringList filesIn(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

} // namespace

class TestCliCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void pullWritesEveryGroupAndInterface();
    void pulledFolderIsCheckable();
    void pullNamedGroups();
    void pullUnknownGroupIsBadInput();
    void wrongCredentialsExit3AndWriteNothing_data();
    void wrongCredentialsExit3AndWriteNothing();
    void pullFailingMidwayWritesNothing();
    void setupProblemsAreBadInput_data();
    void setupProblemsAreBadInput();
    void applyShowsThePlanWithoutYes();
    void applyUndoRoundTrip();
    void applyWithTheFirstWriteFailing_data();
    void applyWithTheFirstWriteFailing();
    void applyErrorMidwayIsRestoredByTheUndoFile();
    void applyToAnotherGroupAndRegionFromTheFile();
    void applyRefusesDuplicateRules();
    void applyWithoutChangesWritesNothing();
    void secretNeverAppears();

private:
    Run cli(const QStringList &arguments, const QStringList &extraEnvironment = {}, bool withKeys = true);
    QString pullInto(const QString &name, const QStringList &extra = {});

    std::unique_ptr<FakeEcs> m_fake;
    QTemporaryDir m_work;
    QString m_everythingPrinted;
    int m_dirs = 0;
};

void TestCliCloud::initTestCase()
{
    QVERIFY2(FakeEcs::start(m_fake), "the fake ECS server did not start");
    QVERIFY(m_work.isValid());
    QVERIFY(QDir(m_work.path()).mkpath("home"));
}

void TestCliCloud::init()
{
    QVERIFY(m_fake->setState(accountState()));
}

Run TestCliCloud::cli(const QStringList &arguments, const QStringList &extraEnvironment, bool withKeys)
{
    // The test's own environment (sanitizer options among it) without any Alibaba Cloud setting.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith("ALIBABA_CLOUD_") || key.startsWith("ALIBABACLOUD_") || key.startsWith("ALICLOUD_"))
            env.remove(key);
    }
    env.insert("HOME", m_work.filePath("home")); // no ~/.aliyun/config.json
    env.insert("LC_ALL", "C.UTF-8");
    if (withKeys) {
        env.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", FakeEcs::KeyId);
        env.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", FakeEcs::Secret);
        env.insert("ALIBABA_CLOUD_ECS_ENDPOINT", m_fake->endpoint());
    }
    for (const QString &entry : extraEnvironment)
        env.insert(entry.section('=', 0, 0), entry.section('=', 1));
    const CliResult result = runCli(arguments, {}, env);
    Run run;
    run.exitCode = result.exitCode;
    run.out = result.outText();
    run.err = result.errText();
    m_everythingPrinted += run.out + run.err;
    return run;
}

QString TestCliCloud::pullInto(const QString &name, const QStringList &extra)
{
    const QString dir = m_work.filePath(name + QString::number(++m_dirs));
    const Run run = cli(QStringList{"pull", "--region", "cn-hangzhou", "-o", dir} + extra);
    if (run.exitCode != 0)
        qWarning().noquote() << run.err;
    return run.exitCode == 0 ? dir : QString();
}

void TestCliCloud::cleanupTestCase()
{
    m_fake.reset();
}

void TestCliCloud::pullWritesEveryGroupAndInterface()
{
    const QString dir = m_work.filePath("pull-all");
    const Run run = cli({"pull", "--region", "cn-hangzhou", "-o", dir});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(filesIn(dir), QStringList({"network-interfaces.json", "sg-bp1empty.json", "sg-bp1hpc.json", "sg-bp1web.json"}));
    QVERIFY(run.out.contains(QDir(dir).filePath("sg-bp1web.json")));
    QVERIFY(run.err.contains("Pulled 3 security groups (31 rules) and 12 network interfaces of cn-hangzhou"));
    QVERIFY(run.err.contains("LTAI****0001")); // the masked key id says which key was used

    for (const QString id : {"sg-bp1web", "sg-bp1hpc", "sg-bp1empty"}) {
        const QJsonObject file = readJson(QDir(dir).filePath(id + ".json"));
        QCOMPARE(file["SecurityGroupId"].toString(), id);
        QCOMPARE(file["RegionId"].toString(), QString("cn-hangzhou"));
        const QJsonArray pulled = file["Permissions"]["Permission"].toArray();
        const QJsonArray live = m_fake->rules("cn-hangzhou", id);
        QCOMPARE(contents(pulled), contents(live));
        // Every rule keeps its id.
        QStringList pulledIds, liveIds;
        for (const QJsonValue &p : pulled)
            pulledIds.append(p["SecurityGroupRuleId"].toString());
        for (const QJsonValue &p : live)
            liveIds.append(p["SecurityGroupRuleId"].toString());
        pulledIds.sort();
        liveIds.sort();
        QCOMPARE(pulledIds, liveIds);
        // Each group file reads back as api-json without a problem.
        const RuleFiles::LoadResult loaded = RuleFiles::load(QDir(dir).filePath(id + ".json"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.format->id(), QString("api-json"));
        QCOMPARE(loaded.document.ruleSet.group.type, id == QString("sg-bp1hpc") ? GroupType::Enterprise : GroupType::Basic);
    }
    const QJsonObject interfaces = readJson(QDir(dir).filePath("network-interfaces.json"));
    const QJsonArray items = interfaces["NetworkInterfaceSets"]["NetworkInterfaceSet"].toArray();
    QCOMPARE(items.size(), 12);
    QCOMPARE(items[1]["SecurityGroupIds"]["SecurityGroupId"].toArray(), (QJsonArray{"sg-bp1web", "sg-bp1hpc"}));
    QCOMPARE(items[0]["InstanceId"].toString(), QString("i-bp10"));
    QVERIFY(!items[0].toObject().contains("MacAddress")); // only what says which groups protect what

    // Every page was read: 25 rules in pages of 10, 12 interfaces in pages of 10.
    int attributePages = 0, interfacePages = 0;
    for (const QJsonValue &entry : m_fake->log()) {
        if (entry["action"].toString() == "DescribeSecurityGroupAttribute" && entry["params"]["SecurityGroupId"].toString() == "sg-bp1hpc")
            ++attributePages;
        if (entry["action"].toString() == "DescribeNetworkInterfaces")
            ++interfacePages;
        QVERIFY2(!entry["action"].toString().startsWith("Authorize") && !entry["action"].toString().startsWith("Revoke")
                     && !entry["action"].toString().startsWith("Modify"),
                 "pull only reads");
    }
    QCOMPARE(attributePages, 3);
    QCOMPARE(interfacePages, 2);
}

void TestCliCloud::pulledFolderIsCheckable()
{
    const QString dir = pullInto("check");
    QVERIFY(!dir.isEmpty());
    for (const QString id : {"sg-bp1web", "sg-bp1hpc"}) {
        const Run run = cli({"check", QDir(dir).filePath(id + ".json"), "--fail-on", "never"}, {}, false);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    }
    const Run web = cli({"check", QDir(dir).filePath("sg-bp1web.json"), "--report", "json"}, {}, false);
    QVERIFY(web.out.contains("3389")); // RDP from the internet is found
}

void TestCliCloud::pullNamedGroups()
{
    const QString dir = pullInto("named", {"--group", "sg-bp1web", "--group", "sg-bp1empty"});
    QVERIFY(!dir.isEmpty());
    QCOMPARE(filesIn(dir), QStringList({"network-interfaces.json", "sg-bp1empty.json", "sg-bp1web.json"}));
}

void TestCliCloud::pullUnknownGroupIsBadInput()
{
    const QString dir = m_work.filePath("unknown");
    const Run run = cli({"pull", "--region", "cn-hangzhou", "--group", "sg-bp1nothere", "-o", dir});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("sg-bp1nothere"));
    QVERIFY(!QFileInfo::exists(dir));
}

void TestCliCloud::wrongCredentialsExit3AndWriteNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong key") << "LTAIwrongKey0000" << FakeEcs::Secret << "InvalidAccessKeyId.NotFound";
    QTest::newRow("wrong secret") << FakeEcs::KeyId << "Wrong-Secret-Value-42"
                                  << "SignatureDoesNotMatch";
}

void TestCliCloud::wrongCredentialsExit3AndWriteNothing()
{
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(QString, code);
    const QStringList keys{"ALIBABA_CLOUD_ACCESS_KEY_ID=" + id, "ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + secret};
    const QString dir = m_work.filePath("wrong-" + QString::number(++m_dirs));
    const Run pull = cli({"pull", "--region", "cn-hangzhou", "-o", dir}, keys);
    QCOMPARE(pull.exitCode, 3);
    QVERIFY2(pull.err.contains(code), qPrintable(pull.err));
    QVERIFY(pull.err.contains("RequestId"));
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(!pull.err.contains(secret) && !pull.out.contains(secret));

    // apply: no plan, no undo file, nothing changed.
    const QString good = pullInto("for-wrong");
    const QStringList before = filesIn(good);
    const Run apply = cli({"apply", QDir(good).filePath("sg-bp1web.json"), "--yes"}, keys);
    QCOMPARE(apply.exitCode, 3);
    QVERIFY(apply.err.contains(code));
    QCOMPARE(filesIn(good), before);
    QVERIFY(!apply.err.contains(secret) && !apply.out.contains(secret));
}

void TestCliCloud::pullFailingMidwayWritesNothing()
{
    // The second page of a group fails for good: nothing may be half-written.
    QVERIFY(m_fake->addFailures({QJsonObject{{"action", "DescribeNetworkInterfaces"}, {"kind", "internal"}, {"times", 1}}}));
    const QString dir = m_work.filePath("midway");
    QVERIFY(QDir().mkpath(dir));
    const Run run = cli({"pull", "--region", "cn-hangzhou", "-o", dir});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("InternalError"));
    QCOMPARE(filesIn(dir), QStringList());
}

void TestCliCloud::setupProblemsAreBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withKeys");
    QTest::addColumn<QString>("message");
    QTest::newRow("no credentials") << QStringList{"pull", "--region", "cn-hangzhou", "-o", "x"} << false << "no credentials";
    QTest::newRow("no region") << QStringList{"pull", "-o", "x"} << true << "no region";
    QTest::newRow("http elsewhere") << QStringList{"pull", "--region", "cn-hangzhou", "--endpoint", "http://192.0.2.1", "-o", "x"} << true
                                    << "plain http is accepted only to a loopback address";
    QTest::newRow("no -o") << QStringList{"pull", "--region", "cn-hangzhou"} << true << "-o DIR is required";
    QTest::newRow("bad group id") << QStringList{"pull", "--group", "../etc", "-o", "x"} << true << "not a security group id";
    QTest::newRow("unknown profile") << QStringList{"pull", "--profile", "prod", "-o", "x"} << true << "prod";
}

void TestCliCloud::setupProblemsAreBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withKeys);
    QFETCH(QString, message);
    const Run run = cli(arguments, {}, withKeys);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(m_fake->log().size(), 0);
}

void TestCliCloud::applyShowsThePlanWithoutYes()
{
    const QString dir = pullInto("plan");
    const QString file = QDir(dir).filePath("sg-bp1web.json");
    QJsonArray rules = rulesOf(file);
    rules.removeAt(2); // RDP goes
    replaceRules(file, rules);
    const QStringList before = filesIn(dir);
    const Run run = cli({"apply", file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains("Plan for sg-bp1web in cn-hangzhou: 0 to modify, 0 to authorize, 1 to revoke; 5 unchanged."));
    QVERIFY(run.out.contains("- revoke sgr-"));
    QVERIFY(run.out.contains("Run again with --yes"));
    QCOMPARE(filesIn(dir), before); // no undo file
    QCOMPARE(m_fake->rules("cn-hangzhou", "sg-bp1web").size(), 6);
}

void TestCliCloud::applyUndoRoundTrip()
{
    const QString dir = pullInto("roundtrip");
    const QString file = QDir(dir).filePath("sg-bp1web.json");
    const QJsonArray original = m_fake->rules("cn-hangzhou", "sg-bp1web");

    // Edit: remove RDP, narrow HTTPS (a modification by id), change a description, add two rules.
    QJsonArray rules = rulesOf(file);
    QJsonObject https = rules[1].toObject();
    https["SourceCidrIp"] = "198.51.100.0/24";
    https["Priority"] = 3;
    rules[1] = https;
    QJsonObject ssh = rules[0].toObject();
    ssh["Description"] = QString::fromUtf8("运维 SSH, reviewed 2026");
    rules[0] = ssh;
    rules.removeAt(2);
    rules.append(permission("ingress", "UDP", "53/53", "SourceCidrIp", "10.0.0.0/8", 1, "DNS"));
    rules.append(permission("egress", "TCP", "25/25", "DestCidrIp", "0.0.0.0/0", 1, "no mail", "Drop"));
    replaceRules(file, rules);

    const Run apply = cli({"apply", file, "--yes"});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.err + apply.out));
    QVERIFY(apply.out.contains("2 to modify, 2 to authorize, 1 to revoke; 3 unchanged."));
    QVERIFY(apply.out.contains("Applied and verified: sg-bp1web equals"));
    QCOMPARE(contents(m_fake->rules("cn-hangzhou", "sg-bp1web")), contents(rules));

    // The undo file is the group as it was, next to the file.
    const QStringList undo = QDir(dir).entryList({"sg-bp1web.before-*.json"});
    QCOMPARE(undo.size(), 1);
    QVERIFY(QRegularExpression("^sg-bp1web\\.before-\\d{8}T\\d{6}Z\\.json$").match(undo.first()).hasMatch());
    const QString undoPath = QDir(dir).filePath(undo.first());
    QVERIFY(apply.out.contains("Saved the live group as " + undoPath));
    QCOMPARE(contents(rulesOf(undoPath)), contents(original));

    // Applying the undo file restores the group.
    const Run restore = cli({"apply", undoPath, "--yes"});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err + restore.out));
    QVERIFY(restore.out.contains("Applied and verified"));
    QCOMPARE(contents(m_fake->rules("cn-hangzhou", "sg-bp1web")), contents(original));

    // Writes carried a ClientToken each and at most 100 permissions.
    for (const QJsonValue &entry : m_fake->log()) {
        const QString action = entry["action"].toString();
        if (action.startsWith("Authorize") || action.startsWith("Revoke") || action.startsWith("Modify"))
            QVERIFY(!entry["params"]["ClientToken"].toString().isEmpty());
    }
}

void TestCliCloud::applyWithTheFirstWriteFailing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("throttled") << "throttling";
    QTest::newRow("ServiceUnavailable") << "unavailable";
    QTest::newRow("connection dropped before") << "drop";
    QTest::newRow("connection dropped after the write took effect") << "drop-after";
}

void TestCliCloud::applyWithTheFirstWriteFailing()
{
    QFETCH(QString, kind);
    const QString dir = pullInto("throttle");
    const QString file = QDir(dir).filePath("sg-bp1hpc.json");
    // An edited enterprise group of 25 rules: 5 revoked, 120 added (two authorize calls).
    QJsonArray rules = rulesOf(file);
    for (int n = 0; n < 5; ++n)
        rules.removeAt(0);
    for (int n = 0; n < 120; ++n)
        rules.append(permission("ingress", "UDP", QStringLiteral("%1/%1").arg(20000 + n), "SourceCidrIp", "10.1.0.0/16", 1,
                                QStringLiteral("added %1").arg(n)));
    replaceRules(file, rules);

    QVERIFY(m_fake->addFailures({QJsonObject{{"action", "write"}, {"kind", kind}, {"times", 1}}}));
    const Run apply = cli({"apply", file, "--yes"});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.err + apply.out));
    QVERIFY(apply.err.contains("trying again"));
    QVERIFY(apply.out.contains("Applied and verified"));
    QCOMPARE(contents(m_fake->rules("cn-hangzhou", "sg-bp1hpc")), contents(rules));
    for (const QJsonValue &entry : m_fake->log()) {
        int permissions = 0;
        const QJsonObject params = entry["params"].toObject();
        for (auto it = params.begin(); it != params.end(); ++it)
            permissions += it.key().endsWith(".IpProtocol");
        QVERIFY(permissions <= 100);
    }
}

void TestCliCloud::applyErrorMidwayIsRestoredByTheUndoFile()
{
    const QString dir = pullInto("midway-apply");
    const QString file = QDir(dir).filePath("sg-bp1web.json");
    const QJsonArray original = m_fake->rules("cn-hangzhou", "sg-bp1web");
    QJsonArray rules = rulesOf(file);
    rules.removeAt(2);
    rules.append(permission("ingress", "UDP", "53/53", "SourceCidrIp", "10.0.0.0/8", 1, "DNS"));
    replaceRules(file, rules);

    // The authorize works, the revoke fails for good.
    QVERIFY(m_fake->addFailures({QJsonObject{{"action", "RevokeSecurityGroup"}, {"kind", "internal"}, {"times", 1}}}));
    const Run apply = cli({"apply", file, "--yes"});
    QCOMPARE(apply.exitCode, 3);
    QVERIFY(apply.err.contains("RevokeSecurityGroup: InternalError"));
    QVERIFY(apply.err.contains("1 of 2 calls were made before the error"));
    const QStringList undo = QDir(dir).entryList({"sg-bp1web.before-*.json"});
    QCOMPARE(undo.size(), 1);

    const Run restore = cli({"apply", QDir(dir).filePath(undo.first()), "--yes"});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err + restore.out));
    QCOMPARE(contents(m_fake->rules("cn-hangzhou", "sg-bp1web")), contents(original));
}

void TestCliCloud::applyToAnotherGroupAndRegionFromTheFile()
{
    // A file without ids, applied to another group; the region comes from the file.
    const QString file = m_work.filePath("copy.json");
    writeJson(file, QJsonObject{{"RegionId", "cn-hangzhou"}, {"SecurityGroupId", "sg-bp1web"}, {"Permissions", QJsonObject{{"Permission", QJsonArray{permission("ingress", "TCP", "22/22", "SourceCidrIp", "10.0.0.0/8", 1, "SSH")}}}}});
    const Run apply = cli({"apply", file, "--group", "sg-bp1empty", "--yes"});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.err + apply.out));
    QVERIFY(apply.err.contains("region cn-hangzhou (from the file)"));
    QCOMPARE(m_fake->rules("cn-hangzhou", "sg-bp1empty").size(), 1);
    QCOMPARE(m_fake->rules("cn-hangzhou", "sg-bp1web").size(), 6);

    // --region wins over the file, with a warning; the group is not in that region.
    const Run other = cli({"apply", file, "--region", "cn-beijing"});
    QCOMPARE(other.exitCode, 3);
    QVERIFY(other.err.contains("warning"));
    QVERIFY(other.err.contains("InvalidSecurityGroupId.NotFound"));
}

void TestCliCloud::applyRefusesDuplicateRules()
{
    QVERIFY(QDir(m_work.path()).mkpath("duplicates"));
    const QString file = m_work.filePath("duplicates/duplicates.json");
    writeJson(file, QJsonObject{{"RegionId", "cn-hangzhou"}, {"SecurityGroupId", "sg-bp1empty"}, {"Permissions", QJsonObject{{"Permission", QJsonArray{permission("ingress", "TCP", "22/22", "SourceCidrIp", "10.0.0.0/8", 1, "a"), permission("ingress", "TCP", "22/22", "SourceCidrIp", "10.0.0.0/8", 1, "b")}}}}});
    const Run apply = cli({"apply", file, "--yes"});
    QCOMPARE(apply.exitCode, 2);
    QVERIFY(apply.err.contains("rules 1 and 2 are the same rule"));
    QCOMPARE(m_fake->rules("cn-hangzhou", "sg-bp1empty").size(), 0);
    QCOMPARE(filesIn(m_work.filePath("duplicates")), QStringList{"duplicates.json"}); // no undo file

    const Run broken = cli({"apply", m_work.filePath("does-not-exist.json"), "--yes"});
    QCOMPARE(broken.exitCode, 3);
}

void TestCliCloud::applyWithoutChangesWritesNothing()
{
    const QString dir = pullInto("same");
    const QStringList before = filesIn(dir);
    const Run apply = cli({"apply", QDir(dir).filePath("sg-bp1web.json"), "--yes"});
    QCOMPARE(apply.exitCode, 0);
    QVERIFY(apply.out.startsWith("No change: sg-bp1web in cn-hangzhou already holds the 6 rule(s) of the file."));
    QCOMPARE(filesIn(dir), before);
}

void TestCliCloud::secretNeverAppears()
{
    // Everything every test printed, and every file written under the work folder.
    QVERIFY(!m_everythingPrinted.isEmpty());
    QVERIFY(!m_everythingPrinted.contains(FakeEcs::Secret));
    QVERIFY(!m_everythingPrinted.contains("Wrong-Secret-Value-42"));
    QDirIterator it(m_work.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(FakeEcs::Secret), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("Wrong-Secret-Value-42"), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 10);
}

QTEST_GUILESS_MAIN(TestCliCloud)
#include "tst_cli_cloud.moc"
