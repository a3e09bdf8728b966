// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The V3 signature (ACS3-HMAC-SHA256): Alibaba's published example and the encoding edge cases.

#include "cloud/acssigner.h"
#include "cloud/credentials.h"

#include <QTest>
#include <QTimeZone>

using namespace sg;

namespace {

// Alibaba's published example (reference 6.1).
AcsRequest exampleRequest()
{
    AcsRequest request;
    request.query = {{"ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"}, {"RegionId", "cn-shanghai"}};
    request.headers = {{"host", "ecs.cn-shanghai.aliyuncs.com"},
                       {"x-acs-action", "RunInstances"},
                       {"x-acs-version", "2014-05-26"}};
    return request;
}

Credentials exampleCredentials()
{
    Credentials c;
    c.accessKeyId = "YourAccessKeyId";
    c.accessKeySecret = "YourAccessKeySecret";
    return c;
}

const QDateTime exampleTime = QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC);
const QByteArray exampleNonce = "3156853299f313e23d1673dc12e1703d";
const QByteArray emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

} // namespace

class TestAcsSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedExample_data();
    void publishedExample();
    void canonicalRequestOfTheExample();
    void percentEncoding_data();
    void percentEncoding();
    void queryIsSortedAndEmptyValuesKept();
    void headersLowerCasedTrimmedAndOnlySignedOnes();
    void securityTokenIsSigned();
    void bodyHashIsSigned();
    void resigningReplacesTheOldHeaders();
    void nonceAndTimestamp();
    void secretNeverInTheHeaders();
};

void TestAcsSigner::publishedExample_data()
{
    QTest::addColumn<bool>("upperCaseHeaderNames");
    QTest::newRow("as published") << false;
    QTest::newRow("header names in any case") << true;
}

void TestAcsSigner::publishedExample()
{
    QFETCH(bool, upperCaseHeaderNames);
    AcsRequest request = exampleRequest();
    if (upperCaseHeaderNames) {
        for (auto &header : request.headers)
            header.first = header.first.toUpper();
    }
    AcsSigner::sign(request, exampleCredentials(), exampleTime, exampleNonce);
    QCOMPARE(request.header("authorization"),
             QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                        "x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    QCOMPARE(request.header("x-acs-date"), QByteArray("2023-10-26T10:22:32Z"));
    QCOMPARE(request.header("x-acs-content-sha256"), emptyHash);
}

void TestAcsSigner::canonicalRequestOfTheExample()
{
    AcsRequest request = exampleRequest();
    AcsSigner::sign(request, exampleCredentials(), exampleTime, exampleNonce);
    const AcsSigner::Canonical canonical = AcsSigner::canonicalRequest(request);
    QCOMPARE(canonical.request, QByteArray("POST\n/\n"
                                           "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                                           "host:ecs.cn-shanghai.aliyuncs.com\n"
                                           "x-acs-action:RunInstances\n"
                                           "x-acs-content-sha256:"
                                           + emptyHash + "\n"
                                                         "x-acs-date:2023-10-26T10:22:32Z\n"
                                                         "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
                                                         "x-acs-version:2014-05-26\n"
                                                         "\n"
                                                         "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                                           + emptyHash));
    QVERIFY(AcsSigner::stringToSign(canonical.request).startsWith("ACS3-HMAC-SHA256\n"));
}

void TestAcsSigner::percentEncoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved") << "AZaz09-_.~" << QByteArray("AZaz09-_.~");
    QTest::newRow("space is %20, not +") << "a b" << QByteArray("a%20b");
    QTest::newRow("star") << "*" << QByteArray("%2A");
    QTest::newRow("tilde stays") << "~" << QByteArray("~");
    QTest::newRow("plus") << "+" << QByteArray("%2B");
    QTest::newRow("sub-delims") << "!'()&=;,$" << QByteArray("%21%27%28%29%26%3D%3B%2C%24");
    QTest::newRow("slash and colon") << "/:?#[]@" << QByteArray("%2F%3A%3F%23%5B%5D%40");
    QTest::newRow("percent") << "100%" << QByteArray("100%25");
    QTest::newRow("Chinese") << QString::fromUtf8("运维") << QByteArray("%E8%BF%90%E7%BB%B4");
    QTest::newRow("emoji") << QString::fromUtf8("\xf0\x9f\x98\x80") << QByteArray("%F0%9F%98%80");
    QTest::newRow("control characters") << "\t\n\x7f" << QByteArray("%09%0A%7F");
    QTest::newRow("empty") << "" << QByteArray("");
}

void TestAcsSigner::percentEncoding()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(AcsSigner::percentEncode(text), encoded);
}

void TestAcsSigner::queryIsSortedAndEmptyValuesKept()
{
    const QByteArray query = AcsSigner::canonicalQuery({{"Permissions.2.Description", "b c"},
                                                        {"RegionId", "cn-hangzhou"},
                                                        {"Permissions.10.Description", ""},
                                                        {"Permissions.1.Description", QString::fromUtf8("运维*~")}});
    // Byte order of the encoded names: "Permissions.10" sorts before "Permissions.2".
    QCOMPARE(query, QByteArray("Permissions.1.Description=%E8%BF%90%E7%BB%B4%2A~&Permissions.10.Description="
                               "&Permissions.2.Description=b%20c&RegionId=cn-hangzhou"));
    QCOMPARE(AcsSigner::canonicalQuery({}), QByteArray());
}

void TestAcsSigner::headersLowerCasedTrimmedAndOnlySignedOnes()
{
    AcsRequest request = exampleRequest();
    request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "  application/x-www-form-urlencoded "));
    request.headers.append(std::pair<QByteArray, QByteArray>("User-Agent", "SGAssist"));
    request.headers.append(std::pair<QByteArray, QByteArray>("Accept", "application/json"));
    AcsSigner::sign(request, exampleCredentials(), exampleTime, exampleNonce);
    const AcsSigner::Canonical canonical = AcsSigner::canonicalRequest(request);
    QCOMPARE(canonical.signedHeaders,
             QByteArray("content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"));
    QVERIFY(canonical.request.contains("\ncontent-type:application/x-www-form-urlencoded\n"));
    QVERIFY(!canonical.request.contains("user-agent"));
    // A signed header changes the signature.
    AcsRequest plain = exampleRequest();
    AcsSigner::sign(plain, exampleCredentials(), exampleTime, exampleNonce);
    QVERIFY(plain.header("authorization") != request.header("authorization"));
}

void TestAcsSigner::securityTokenIsSigned()
{
    AcsRequest request = exampleRequest();
    Credentials sts = exampleCredentials();
    sts.securityToken = "CAIS-token";
    AcsSigner::sign(request, sts, exampleTime, exampleNonce);
    QCOMPARE(request.header("x-acs-security-token"), QByteArray("CAIS-token"));
    QVERIFY(request.header("authorization").contains("x-acs-date;x-acs-security-token;x-acs-signature-nonce"));
    // Signing with plain keys afterwards drops the token again.
    AcsSigner::sign(request, exampleCredentials(), exampleTime, exampleNonce);
    QVERIFY(request.header("x-acs-security-token").isEmpty());
    QVERIFY(request.header("authorization").endsWith("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void TestAcsSigner::bodyHashIsSigned()
{
    AcsRequest request = exampleRequest();
    request.body = "RegionId=cn-shanghai";
    AcsSigner::sign(request, exampleCredentials(), exampleTime, exampleNonce);
    QCOMPARE(request.header("x-acs-content-sha256"), AcsSigner::hexSha256("RegionId=cn-shanghai"));
    QVERIFY(!request.header("authorization").endsWith("83c0"));
}

void TestAcsSigner::resigningReplacesTheOldHeaders()
{
    AcsRequest request = exampleRequest();
    AcsSigner::sign(request, exampleCredentials(), exampleTime.addSecs(-60), "another-nonce");
    AcsSigner::sign(request, exampleCredentials(), exampleTime, exampleNonce);
    int authorizations = 0;
    int nonces = 0;
    for (const auto &[name, value] : request.headers) {
        authorizations += name.compare("authorization", Qt::CaseInsensitive) == 0;
        nonces += name.compare("x-acs-signature-nonce", Qt::CaseInsensitive) == 0;
    }
    QCOMPARE(authorizations, 1);
    QCOMPARE(nonces, 1);
    QVERIFY(request.header("authorization").endsWith("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void TestAcsSigner::nonceAndTimestamp()
{
    const QByteArray a = AcsSigner::newNonce();
    const QByteArray b = AcsSigner::newNonce();
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
    const QDateTime local = QDateTime(QDate(2023, 10, 26), QTime(18, 22, 32, 999), QTimeZone(8 * 3600));
    QCOMPARE(AcsSigner::timestamp(local), QByteArray("2023-10-26T10:22:32Z"));
}

void TestAcsSigner::secretNeverInTheHeaders()
{
    AcsRequest request = exampleRequest();
    Credentials c = exampleCredentials();
    c.accessKeySecret = "VerySecretValue123";
    c.securityToken = "token";
    AcsSigner::sign(request, c, exampleTime, exampleNonce);
    for (const auto &[name, value] : request.headers)
        QVERIFY2(!value.contains("VerySecretValue123"), name.constData());
    QVERIFY(!request.encodedQuery().contains("VerySecretValue123"));
    QCOMPARE(c.maskedKeyId(), QString("Your****eyId"));
}

QTEST_APPLESS_MAIN(TestAcsSigner)
#include "tst_acssigner.moc"
