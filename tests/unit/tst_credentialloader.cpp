// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where credentials come from (environment, the aliyun CLI's profiles), what is refused, and that
// no message ever carries a secret. Also the region and endpoint CloudConnection settles on.

#include "cloud/cloudconnection.h"
#include "cloud/credentialloader.h"
#include "cloud/ecsclient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;

namespace {

const QString Secret = "s3cr3t-Must-Not-Leak";
const QString Token = "CAIS-t0ken-Must-Not-Leak";

QByteArray config()
{
    return QStringLiteral(R"({
  "current": "dev",
  "profiles": [
    {"name": "dev", "mode": "AK", "access_key_id": "LTAIdevKey123456", "access_key_secret": "%1", "region_id": "cn-shanghai"},
    {"name": "sts", "mode": "StsToken", "access_key_id": "STS.key", "access_key_secret": "%1", "sts_token": "%2", "region_id": "cn-beijing"},
    {"name": "old", "access_key_id": "LTAIoldKey123456", "access_key_secret": "%1"},
    {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAIroleKey12345", "access_key_secret": "%1", "ram_role_arn": "acs:ram::1:role/x"},
    {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "x"},
    {"name": "nosts", "mode": "StsToken", "access_key_id": "STS.key", "access_key_secret": "%1"},
    {"name": "empty", "mode": "AK"}
  ]
})")
        .arg(Secret, Token)
        .toUtf8();
}

} // namespace

class TestCredentialLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void load_data();
    void load();
    void fileIsNeverWritten();
    void profilesForAPicker();
    void brokenFile_data();
    void brokenFile();
    void regionAndEndpoint_data();
    void regionAndEndpoint();
    void givenCredentials();

private:
    QTemporaryDir m_home;
    QString m_config;
};

void TestCredentialLoader::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkpath(".aliyun"));
    m_config = m_home.filePath(".aliyun/config.json");
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config());
}

void TestCredentialLoader::load_data()
{
    QTest::addColumn<QStringList>("environment"); // NAME=value
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("keyId"); // empty: an error is expected
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("sts");
    QTest::addColumn<QString>("message"); // in the origin, or in the error

    QTest::newRow("current profile") << QStringList() << ""
                                     << "LTAIdevKey123456"
                                     << "cn-shanghai" << false << "profile \"dev\"";
    QTest::newRow("named profile") << QStringList() << "sts"
                                   << "STS.key"
                                   << "cn-beijing" << true << "profile \"sts\"";
    QTest::newRow("ALIBABA_CLOUD_PROFILE") << QStringList{"ALIBABA_CLOUD_PROFILE=sts"} << ""
                                           << "STS.key"
                                           << "cn-beijing" << true
                                           << "profile \"sts\"";
    QTest::newRow("profile without mode is AK") << QStringList() << "old"
                                                << "LTAIoldKey123456"
                                                << "" << false << "profile \"old\"";
    QTest::newRow("environment wins over the file")
        << QStringList{"ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIenvKey123456", "ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + Secret,
                       "ALIBABA_CLOUD_REGION_ID=cn-qingdao", "ALIBABA_CLOUD_PROFILE=sts"}
        << ""
        << "LTAIenvKey123456"
        << "cn-qingdao" << false << "environment";
    QTest::newRow("environment with STS token")
        << QStringList{"ALIBABA_CLOUD_ACCESS_KEY_ID=STS.env", "ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + Secret,
                       "ALIBABA_CLOUD_SECURITY_TOKEN=" + Token}
        << ""
        << "STS.env"
        << "" << true << "environment";
    QTest::newRow("a named profile wins over the environment")
        << QStringList{"ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIenvKey123456", "ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + Secret}
        << "dev"
        << "LTAIdevKey123456"
        << "cn-shanghai" << false << "profile \"dev\"";
    QTest::newRow("id without secret") << QStringList{"ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIenvKey123456"} << ""
                                       << ""
                                       << "" << false
                                       << "ALIBABA_CLOUD_ACCESS_KEY_SECRET is not";
    QTest::newRow("secret without id") << QStringList{"ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + Secret} << ""
                                       << ""
                                       << "" << false
                                       << "ALIBABA_CLOUD_ACCESS_KEY_ID is not";
    QTest::newRow("RamRoleArn is refused by name") << QStringList() << "role"
                                                   << ""
                                                   << "" << false << "mode RamRoleArn";
    QTest::newRow("EcsRamRole is refused by name") << QStringList() << "ecs"
                                                   << ""
                                                   << "" << false << "mode EcsRamRole";
    QTest::newRow("StsToken without token") << QStringList() << "nosts"
                                            << ""
                                            << "" << false << "no sts_token";
    QTest::newRow("AK without keys") << QStringList() << "empty"
                                     << ""
                                     << "" << false << "no access_key_id";
    QTest::newRow("unknown profile") << QStringList() << "prod"
                                     << ""
                                     << "" << false << "no profile \"prod\" (profiles: dev, sts";
}

void TestCredentialLoader::load()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, profile);
    QFETCH(QString, keyId);
    QFETCH(QString, region);
    QFETCH(bool, sts);
    QFETCH(QString, message);
    QProcessEnvironment env;
    env.insert("HOME", m_home.path());
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    const CredentialLoader loader(env);
    QCOMPARE(loader.configPath(), m_config);
    const CredentialLoader::Result result = loader.load(profile);
    if (keyId.isEmpty()) {
        QVERIFY(!result.credentials);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(!result.error.contains(Secret));
        return;
    }
    QVERIFY2(result.credentials, qPrintable(result.error));
    const Credentials &c = *result.credentials;
    QCOMPARE(c.accessKeyId, keyId);
    QCOMPARE(c.accessKeySecret, Secret);
    QCOMPARE(c.regionId, region);
    QCOMPARE(!c.securityToken.isEmpty(), sts);
    if (sts)
        QCOMPARE(c.securityToken, Token);
    QVERIFY2(c.origin.contains(message), qPrintable(c.origin));
    QVERIFY(!c.origin.contains(Secret));
    // Debug output shows the masked id only.
    QString debugText;
    QDebug(&debugText) << c;
    QVERIFY(!debugText.contains(Secret));
    QVERIFY(!debugText.contains(Token));
    QVERIFY(!debugText.contains(keyId)); // masked
}

void TestCredentialLoader::fileIsNeverWritten()
{
    const QDateTime before = QFileInfo(m_config).lastModified();
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QProcessEnvironment env;
    env.insert("HOME", m_home.path());
    const CredentialLoader loader(env);
    for (const char *profile : {"", "dev", "sts", "role", "prod"})
        loader.load(profile);
    loader.profiles();
    file.seek(0);
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QFileInfo(m_config).lastModified(), before);
}

void TestCredentialLoader::profilesForAPicker()
{
    QProcessEnvironment env;
    env.insert("HOME", m_home.path());
    const CredentialLoader::Profiles profiles = CredentialLoader(env).profiles();
    QCOMPARE(profiles.current, QString("dev"));
    QCOMPARE(profiles.names, QStringList({"dev", "sts", "old", "role", "ecs", "nosts", "empty"}));
    QProcessEnvironment nobody;
    nobody.insert("HOME", "/nonexistent-sgassist-home");
    QVERIFY(CredentialLoader(nobody).profiles().names.isEmpty());
}

void TestCredentialLoader::brokenFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << "no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID";
    QTest::newRow("not JSON, with a secret in it") << QByteArray("{\"current\": \"dev\", \"access_key_secret\": \"" + Secret.toUtf8() + "\" ,,}")
                                                   << "is not valid JSON";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "is not an aliyun configuration file";
    QTest::newRow("no current profile") << QByteArray("{\"profiles\": []}") << "names no current profile";
}

void TestCredentialLoader::brokenFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert("HOME", home.path());
    if (!content.isNull()) {
        QDir(home.path()).mkpath(".aliyun");
        QFile file(home.filePath(".aliyun/config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const CredentialLoader::Result result = CredentialLoader(env).load();
    QVERIFY(!result.credentials);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY(!result.error.contains(Secret));
}

void TestCredentialLoader::regionAndEndpoint_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("expectedRegion"); // empty: an error
    QTest::addColumn<QString>("expectedEndpoint");
    QTest::newRow("option wins") << QStringList() << "dev"
                                 << "ap-southeast-1"
                                 << ""
                                 << "cn-beijing"
                                 << "ap-southeast-1"
                                 << "https://ecs.ap-southeast-1.aliyuncs.com";
    QTest::newRow("profile region") << QStringList() << "dev"
                                    << ""
                                    << ""
                                    << "cn-beijing"
                                    << "cn-shanghai"
                                    << "https://ecs.cn-shanghai.aliyuncs.com";
    QTest::newRow("file region last") << QStringList() << "old"
                                      << ""
                                      << ""
                                      << "cn-beijing"
                                      << "cn-beijing"
                                      << "https://ecs.cn-beijing.aliyuncs.com";
    QTest::newRow("no region at all") << QStringList() << "old"
                                      << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "";
    QTest::newRow("bad region") << QStringList() << "dev"
                                << "cn-hangzhou.example.com"
                                << ""
                                << ""
                                << ""
                                << "";
    QTest::newRow("endpoint option") << QStringList{"ALIBABA_CLOUD_ECS_ENDPOINT=https://other.example.com"} << "dev"
                                     << ""
                                     << "http://127.0.0.1:9"
                                     << ""
                                     << "cn-shanghai"
                                     << "http://127.0.0.1:9";
    QTest::newRow("endpoint from the environment") << QStringList{"ALIBABA_CLOUD_ECS_ENDPOINT=ecs-vpc.cn-shanghai.aliyuncs.com"}
                                                   << "dev"
                                                   << ""
                                                   << ""
                                                   << ""
                                                   << "cn-shanghai"
                                                   << "https://ecs-vpc.cn-shanghai.aliyuncs.com";
    QTest::newRow("plain http elsewhere") << QStringList() << "dev"
                                          << ""
                                          << "http://192.0.2.1"
                                          << ""
                                          << ""
                                          << "";
}

void TestCredentialLoader::regionAndEndpoint()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, profile);
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(QString, fallback);
    QFETCH(QString, expectedRegion);
    QFETCH(QString, expectedEndpoint);
    QProcessEnvironment env;
    env.insert("HOME", m_home.path());
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    QObject owner;
    const CloudConnection::Opened opened = CloudConnection(env).open({profile, region, endpoint, fallback}, &owner);
    if (expectedRegion.isEmpty()) {
        QVERIFY(!opened.client);
        QVERIFY(!opened.error.isEmpty());
        return;
    }
    QVERIFY2(opened.client, qPrintable(opened.error));
    QCOMPARE(opened.client->regionId(), expectedRegion);
    QCOMPARE(opened.client->endpoint().toString(), expectedEndpoint);
    QCOMPARE(opened.client->parent(), &owner);
    QVERIFY(!opened.client->credentialsDescription().contains(Secret));
}

void TestCredentialLoader::givenCredentials()
{
    // A key the GUI holds (typed, or from the keychain) wins over the environment's and the files';
    // region and endpoint are settled as for a loaded key.
    QProcessEnvironment env;
    env.insert("HOME", m_home.path());
    env.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenvKey123456");
    env.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "environment-secret");
    env.insert("ALIBABA_CLOUD_ECS_ENDPOINT", "http://127.0.0.1:9");
    Credentials given;
    given.accessKeyId = "LTAIgivenKey0042";
    given.accessKeySecret = Secret;
    given.origin = "the key typed into SG Assist";
    QObject owner;
    CloudConnection::Opened opened = CloudConnection(env).open({"dev", "", "", "cn-beijing"}, given, &owner);
    QVERIFY2(opened.client, qPrintable(opened.error));
    QCOMPARE(opened.client->regionId(), QString("cn-beijing"));
    QCOMPARE(opened.client->endpoint().toString(), QString("http://127.0.0.1:9"));
    QCOMPARE(opened.client->credentialsDescription(), QString("AccessKey LTAI****0042 from the key typed into SG Assist"));

    given.accessKeySecret.clear();
    opened = CloudConnection(env).open({"", "cn-beijing", "", ""}, given, &owner);
    QVERIFY(!opened.client);
    QVERIFY(opened.error.contains("secret is missing"));
    given.accessKeySecret = Secret;
    opened = CloudConnection(env).open({"", "", "", ""}, given, &owner);
    QVERIFY(!opened.client);
    QVERIFY(opened.error.startsWith("no region"));
}

QTEST_GUILESS_MAIN(TestCredentialLoader)
#include "tst_credentialloader.moc"
