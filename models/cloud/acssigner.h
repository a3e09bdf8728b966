// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace sg {

struct Credentials;

// One HTTP request as the V3 signature sees it: the parameters before percent-encoding and every
// header that goes on the wire (names in any case; the signer lower-cases them).
struct AcsRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray path = QByteArrayLiteral("/"); // the canonical URI, already encoded
    QList<std::pair<QString, QString>> query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The value of a header (names compared without case), or an empty array.
    QByteArray header(QByteArrayView name) const;
    // Replaces every header of that name (without case) with one.
    void setHeader(const QByteArray &name, const QByteArray &value);
    // The query as it goes into the URL: the canonical query string (reference 6.1).
    QByteArray encodedQuery() const;
};

// Signs Alibaba Cloud API requests with ACS3-HMAC-SHA256, the V3 signature (reference 6.1): the
// canonical request (method, URI, sorted RFC 3986 query, host/content-type/x-acs-* headers,
// signed-header names, payload hash), its SHA-256, and an HMAC-SHA256 with the AccessKey secret.
class AcsSigner
{
public:
    static constexpr QLatin1StringView Algorithm{"ACS3-HMAC-SHA256"};

    // RFC 3986: everything but A-Z a-z 0-9 - _ . ~ as %XX of its UTF-8 bytes (a space is %20).
    static QByteArray percentEncode(QStringView text);
    // Parameters sorted by encoded name, "name=value" joined by '&'; an empty value gives "name=".
    static QByteArray canonicalQuery(const QList<std::pair<QString, QString>> &query);
    static QByteArray hexSha256(QByteArrayView data);

    struct Canonical
    {
        QByteArray request;       // the canonical request
        QByteArray signedHeaders; // "host;x-acs-action;..."
    };
    // Uses the request's x-acs-content-sha256 header as the payload hash (sign() sets it).
    static Canonical canonicalRequest(const AcsRequest &request);
    static QByteArray stringToSign(QByteArrayView canonicalRequest);
    // Lower-case hex HMAC-SHA256 of the string to sign.
    static QByteArray signature(const QString &secret, QByteArrayView stringToSign);
    // "ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<names>,Signature=<hex>" of the request as it is.
    static QByteArray authorization(const AcsRequest &request, const QString &accessKeyId, const QString &secret);

    // Completes a request that carries host and x-acs-action/x-acs-version: sets x-acs-date (from
    // `time`), x-acs-signature-nonce, x-acs-content-sha256 of the body, x-acs-security-token for STS
    // credentials, then Authorization. Signing again (a retry) replaces all of them.
    static void sign(AcsRequest &request, const Credentials &credentials, const QDateTime &time, const QByteArray &nonce);

    // A fresh random nonce (32 hex digits), unique per request.
    static QByteArray newNonce();
    // UTC "YYYY-MM-DDTHH:MM:SSZ", no fraction.
    static QByteArray timestamp(const QDateTime &time);
};

} // namespace sg
