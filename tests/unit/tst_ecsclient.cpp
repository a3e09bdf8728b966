// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EcsClient and EcsCall against the loopback fake ECS API, which checks every signature with
// Alibaba's own code: signing, errors with the API's code, retries, timeouts and cancelling.

#include "cloud/ecscall.h"
#include "cloud/ecsclient.h"

#include "fakeecs.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace sg;

namespace {

QJsonObject oneGroupState()
{
    return {{"accessKeys", FakeEcs::accessKeys()},
            {"regions",
             QJsonObject{{"cn-hangzhou",
                          QJsonObject{{"groups", QJsonArray{QJsonObject{{"SecurityGroupId", "sg-bp1one"}, {"VpcId", "vpc-bp1"}, {"Permissions", QJsonArray{}}}}}}}}}};
}

Credentials credentials(const char *id = FakeEcs::KeyId, const char *secret = FakeEcs::Secret)
{
    Credentials c;
    c.accessKeyId = QString::fromLatin1(id);
    c.accessKeySecret = QString::fromLatin1(secret);
    c.origin = "the test";
    return c;
}

// Runs one call to its end.
struct Outcome
{
    bool ok = false;
    std::optional<EcsError> error;
    QJsonObject result;
    int attempts = 0;
    int retries = 0;
    int finishedSignals = 0;
};

Outcome run(EcsClient &client, const QString &action, const EcsParameters &parameters)
{
    EcsCall *call = client.call(action, parameters);
    QSignalSpy finished(call, &EcsCall::finished);
    QSignalSpy retrying(call, &EcsCall::retrying);
    if (!finished.wait(60000))
        qWarning("the call did not finish");
    QTest::qWait(0);
    Outcome out{call->succeeded(), call->error(), call->result(), call->attempts(), int(retrying.size()), int(finished.size())};
    delete call;
    return out;
}

EcsParameters region()
{
    return {{"RegionId", "cn-hangzhou"}};
}

} // namespace

class TestEcsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void endpointChecks_data();
    void endpointChecks();
    void defaultEndpointAndRegionIds();

    void signedCallIsAccepted();
    void everyCharacterSurvivesTheSignature();
    void stsTokenIsSentAndSigned();
    void wrongKeyIsAnApiErrorNotRetried_data();
    void wrongKeyIsAnApiErrorNotRetried();
    void transientFailuresAreRetried_data();
    void transientFailuresAreRetried();
    void internalErrorIsNotRetried();
    void givesUpAfterMaxAttempts();
    void droppedAfterTheWriteIsRetriedSafely();
    void timeout();
    void cancel();
    void cancelAllStopsEveryCall();
    void refusedConnectionIsANetworkError();
    void untrustedCertificateIsRefused();

private:
    std::unique_ptr<FakeEcs> m_fake;
    std::unique_ptr<EcsClient> client(Credentials c = credentials())
    {
        EcsClient::Options options;
        options.initialBackoffMs = 20;
        options.maxBackoffMs = 100;
        options.timeoutMs = 20000;
        return m_fake->client(c, options);
    }
};

void TestEcsClient::initTestCase()
{
    QVERIFY2(FakeEcs::start(m_fake), "the fake ECS server did not start");
}

void TestEcsClient::init()
{
    QVERIFY(m_fake->setState(oneGroupState()));
}

void TestEcsClient::endpointChecks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url"); // empty: refused
    QTest::newRow("https") << "https://ecs.cn-shanghai.aliyuncs.com"
                           << "https://ecs.cn-shanghai.aliyuncs.com";
    QTest::newRow("trailing slash") << "https://ecs.cn-shanghai.aliyuncs.com/"
                                    << "https://ecs.cn-shanghai.aliyuncs.com";
    QTest::newRow("bare host is https") << "ecs-vpc.cn-hangzhou.aliyuncs.com"
                                        << "https://ecs-vpc.cn-hangzhou.aliyuncs.com";
    QTest::newRow("https with port") << "https://10.0.0.5:8443"
                                     << "https://10.0.0.5:8443";
    QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:8080"
                                       << "http://127.0.0.1:8080";
    QTest::newRow("http to 127.1.2.3") << "http://127.1.2.3:8080"
                                       << "http://127.1.2.3:8080";
    QTest::newRow("http to localhost") << "http://localhost:8080"
                                       << "http://localhost:8080";
    QTest::newRow("http to ::1") << "http://[::1]:8080"
                                 << "http://[::1]:8080";
    QTest::newRow("http to a private address") << "http://10.0.0.5:8080"
                                               << "";
    QTest::newRow("http to a public host") << "http://ecs.cn-hangzhou.aliyuncs.com"
                                           << "";
    QTest::newRow("http to a name that starts like loopback") << "http://127.0.0.1.example.com"
                                                              << "";
    QTest::newRow("other scheme") << "ftp://ecs.cn-hangzhou.aliyuncs.com"
                                  << "";
    QTest::newRow("path") << "https://ecs.cn-hangzhou.aliyuncs.com/api"
                          << "";
    QTest::newRow("query") << "https://ecs.cn-hangzhou.aliyuncs.com/?a=b"
                           << "";
    QTest::newRow("user") << "https://me@ecs.cn-hangzhou.aliyuncs.com"
                          << "";
    QTest::newRow("empty") << "  "
                           << "";
}

void TestEcsClient::endpointChecks()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    const EcsClient::EndpointCheck check = EcsClient::checkEndpoint(text);
    if (url.isEmpty()) {
        QVERIFY(check.url.isEmpty());
        QVERIFY(!check.error.isEmpty());
    } else {
        QCOMPARE(check.error, QString());
        QCOMPARE(check.url.toString(), url);
    }
}

void TestEcsClient::defaultEndpointAndRegionIds()
{
    QCOMPARE(EcsClient::defaultEndpoint("cn-shanghai").toString(), QString("https://ecs.cn-shanghai.aliyuncs.com"));
    QCOMPARE(EcsClient::defaultEndpoint("ap-southeast-1").toString(), QString("https://ecs.ap-southeast-1.aliyuncs.com"));
    QCOMPARE(EcsClient::defaultEndpoint("cn-hangzhou").toString(), QString("https://ecs-cn-hangzhou.aliyuncs.com"));
    QVERIFY(EcsClient::isValidRegionId("cn-hangzhou"));
    QVERIFY(EcsClient::isValidRegionId("ap-southeast-1"));
    QVERIFY(!EcsClient::isValidRegionId("cn-hangzhou.evil.com"));
    QVERIFY(!EcsClient::isValidRegionId("CN-Hangzhou"));
    QVERIFY(!EcsClient::isValidRegionId(""));
    QVERIFY(!EcsClient::isValidRegionId("cn/hangzhou"));
}

void TestEcsClient::signedCallIsAccepted()
{
    auto c = client();
    const Outcome out = run(*c, "DescribeSecurityGroups", region());
    QVERIFY2(out.ok, qPrintable(out.error ? out.error->toString() : QString()));
    QCOMPARE(out.attempts, 1);
    QCOMPARE(out.finishedSignals, 1);
    QCOMPARE(out.result["SecurityGroups"]["SecurityGroup"][0]["SecurityGroupId"].toString(), QString("sg-bp1one"));
    QVERIFY(!out.result["RequestId"].toString().isEmpty());
}

void TestEcsClient::everyCharacterSurvivesTheSignature()
{
    auto c = client();
    const QString description = QString::fromUtf8("运维 SSH *~ a+b=c&d %41 'q' \"dq\" (x) !$ /?# 😀 \t");
    const Outcome out = run(*c, "AuthorizeSecurityGroup",
                            {{"RegionId", "cn-hangzhou"},
                             {"SecurityGroupId", "sg-bp1one"},
                             {"ClientToken", "token-1"},
                             {"Permissions.1.IpProtocol", "TCP"},
                             {"Permissions.1.PortRange", "22/22"},
                             {"Permissions.1.SourceCidrIp", "10.0.0.0/8"},
                             {"Permissions.1.Description", description},
                             {"Permissions.2.IpProtocol", "ICMP"},
                             {"Permissions.2.PortRange", "-1/-1"},
                             {"Permissions.2.SourceCidrIp", "10.0.0.0/8"},
                             {"Permissions.2.Description", ""}});
    QVERIFY2(out.ok, qPrintable(out.error ? out.error->toString() : QString()));
    const QJsonArray rules = m_fake->rules("cn-hangzhou", "sg-bp1one");
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules[0]["Description"].toString(), description);
    QCOMPARE(rules[1]["Description"].toString(), QString());
}

void TestEcsClient::stsTokenIsSentAndSigned()
{
    QJsonObject state = oneGroupState();
    state["accessKeys"] = QJsonObject{
        {"STS.fakeKey", QJsonObject{{"secret", "stsSecret"}, {"securityToken", "CAIS-fake-token"}}}};
    QVERIFY(m_fake->setState(state));
    Credentials sts = credentials("STS.fakeKey", "stsSecret");
    sts.securityToken = "CAIS-fake-token";
    auto good = client(sts);
    QVERIFY(run(*good, "DescribeSecurityGroups", region()).ok);

    sts.securityToken = "CAIS-other";
    auto bad = client(sts);
    const Outcome out = run(*bad, "DescribeSecurityGroups", region());
    QVERIFY(!out.ok);
    QCOMPARE(out.error->code, QString("InvalidSecurityToken.Mismatch"));
}

void TestEcsClient::wrongKeyIsAnApiErrorNotRetried_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown key") << "LTAIunknown00000" << FakeEcs::Secret << "InvalidAccessKeyId.NotFound" << 404;
    QTest::newRow("wrong secret") << FakeEcs::KeyId << "wrong-secret"
                                  << "SignatureDoesNotMatch" << 400;
}

void TestEcsClient::wrongKeyIsAnApiErrorNotRetried()
{
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(QString, code);
    QFETCH(int, status);
    auto c = client(credentials(id.toLatin1().constData(), secret.toLatin1().constData()));
    const Outcome out = run(*c, "DescribeSecurityGroups", region());
    QVERIFY(!out.ok);
    QCOMPARE(out.error->kind, EcsError::Kind::Api);
    QCOMPARE(out.error->code, code);
    QCOMPARE(out.error->httpStatus, status);
    QCOMPARE(out.error->action, QString("DescribeSecurityGroups"));
    QVERIFY(!out.error->requestId.isEmpty());
    QVERIFY(!out.error->message.isEmpty());
    QCOMPARE(out.attempts, 1);
    QVERIFY(out.error->toString().contains(code));
    QVERIFY(!out.error->toString().contains(secret));
}

void TestEcsClient::transientFailuresAreRetried_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("throttling") << "throttling";
    QTest::newRow("ServiceUnavailable") << "unavailable";
    QTest::newRow("dropped connection") << "drop";
    QTest::newRow("a gateway's HTML 502") << "html";
}

void TestEcsClient::transientFailuresAreRetried()
{
    QFETCH(QString, kind);
    QVERIFY(m_fake->addFailures({QJsonObject{{"action", "DescribeSecurityGroups"}, {"kind", kind}, {"times", 2}}}));
    auto c = client();
    const Outcome out = run(*c, "DescribeSecurityGroups", region());
    QVERIFY2(out.ok, qPrintable(out.error ? out.error->toString() : QString()));
    QCOMPARE(out.attempts, 3);
    QCOMPARE(out.retries, 2);
}

void TestEcsClient::internalErrorIsNotRetried()
{
    QVERIFY(m_fake->addFailures({QJsonObject{{"action", "*"}, {"kind", "internal"}, {"times", 1}}}));
    auto c = client();
    const Outcome out = run(*c, "DescribeSecurityGroups", region());
    QVERIFY(!out.ok);
    QCOMPARE(out.error->code, QString("InternalError"));
    QCOMPARE(out.attempts, 1);
}

void TestEcsClient::givesUpAfterMaxAttempts()
{
    QVERIFY(m_fake->addFailures({QJsonObject{{"action", "*"}, {"kind", "throttling"}, {"times", 10}}}));
    auto c = client();
    EcsClient::Options options = c->options();
    options.maxAttempts = 3;
    c->setOptions(options);
    const Outcome out = run(*c, "DescribeSecurityGroups", region());
    QVERIFY(!out.ok);
    QCOMPARE(out.error->code, QString("Throttling.User"));
    QCOMPARE(out.attempts, 3);
    QCOMPARE(out.retries, 2);
}

void TestEcsClient::droppedAfterTheWriteIsRetriedSafely()
{
    // The first authorize takes effect but its answer is lost; the retry carries the same
    // ClientToken, so the rule is not added twice.
    QVERIFY(m_fake->addFailures({QJsonObject{{"action", "AuthorizeSecurityGroup"}, {"kind", "drop-after"}, {"times", 1}}}));
    auto c = client();
    const Outcome out = run(*c, "AuthorizeSecurityGroup",
                            {{"RegionId", "cn-hangzhou"},
                             {"SecurityGroupId", "sg-bp1one"},
                             {"ClientToken", "token-drop"},
                             {"Permissions.1.IpProtocol", "TCP"},
                             {"Permissions.1.PortRange", "443/443"},
                             {"Permissions.1.SourceCidrIp", "0.0.0.0/0"},
                             {"Permissions.1.Description", "first"}});
    QVERIFY2(out.ok, qPrintable(out.error ? out.error->toString() : QString()));
    QCOMPARE(out.attempts, 2);
    QCOMPARE(m_fake->rules("cn-hangzhou", "sg-bp1one").size(), 1);
    const QJsonArray log = m_fake->log();
    QVERIFY(log.last()["replayed"].toBool());
}

void TestEcsClient::timeout()
{
    QVERIFY(m_fake->addFailures({QJsonObject{{"action", "*"}, {"kind", "hang"}, {"times", 1}}}));
    auto c = client();
    EcsClient::Options options = c->options();
    options.timeoutMs = 300;
    options.maxAttempts = 1;
    c->setOptions(options);
    const Outcome out = run(*c, "DescribeSecurityGroups", region());
    QVERIFY(!out.ok);
    QCOMPARE(out.error->kind, EcsError::Kind::Timeout);
    QVERIFY(out.error->isTransient());
}

void TestEcsClient::cancel()
{
    QVERIFY(m_fake->addFailures({QJsonObject{{"action", "*"}, {"kind", "hang"}, {"times", 1}}}));
    auto c = client();
    EcsCall *call = c->call("DescribeSecurityGroups", region());
    QSignalSpy finished(call, &EcsCall::finished);
    QTRY_VERIFY(m_fake->log().size() >= 1); // the request is out and hanging
    call->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->error()->kind, EcsError::Kind::Cancelled);
    call->cancel(); // a second cancel changes nothing
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    delete call;
}

void TestEcsClient::cancelAllStopsEveryCall()
{
    auto c = client();
    EcsCall *a = c->call("DescribeSecurityGroups", region());
    EcsCall *b = c->call("DescribeSecurityGroups", region());
    c->cancelAll();
    QVERIFY(a->isFinished() && b->isFinished());
    QCOMPARE(a->error()->kind, EcsError::Kind::Cancelled);
    QCOMPARE(b->error()->kind, EcsError::Kind::Cancelled);
    QTest::qWait(50); // the queued first attempts find the calls finished and send nothing
    QCOMPARE(m_fake->log().size(), 0);
}

void TestEcsClient::refusedConnectionIsANetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    EcsClient c(credentials(), "cn-hangzhou", QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    EcsClient::Options options;
    options.maxAttempts = 2;
    options.initialBackoffMs = 10;
    c.setOptions(options);
    const Outcome out = run(c, "DescribeSecurityGroups", region());
    QVERIFY(!out.ok);
    QCOMPARE(out.error->kind, EcsError::Kind::Network);
    QCOMPARE(out.attempts, 2);
    QVERIFY(!out.error->message.contains("RegionId")); // the URL and its parameters are not in messages
}

void TestEcsClient::untrustedCertificateIsRefused()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QFile certificate(SGASSIST_TEST_DATA "/cloud/selfsigned.crt");
    QFile key(SGASSIST_TEST_DATA "/cloud/selfsigned.key");
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    EcsClient c(credentials(), "cn-hangzhou", QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    const Outcome out = run(c, "DescribeSecurityGroups", region());
    QVERIFY(!out.ok);
    QCOMPARE(out.error->kind, EcsError::Kind::Certificate);
    QVERIFY(!out.error->isTransient());
    QCOMPARE(out.attempts, 1);
}

QTEST_GUILESS_MAIN(TestEcsClient)
#include "tst_ecsclient.moc"
