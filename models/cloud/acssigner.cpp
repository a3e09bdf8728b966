// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acssigner.h"

#include "credentials.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>
#include <map>

namespace sg {
namespace {

bool signsHeader(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

} // namespace

QByteArray AcsRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void AcsRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

QByteArray AcsRequest::encodedQuery() const
{
    return AcsSigner::canonicalQuery(query);
}

QByteArray AcsSigner::percentEncode(QStringView text)
{
    // QByteArray::toPercentEncoding leaves exactly RFC 3986's unreserved characters and writes
    // upper-case hex, as the signature requires.
    return text.toUtf8().toPercentEncoding();
}

QByteArray AcsSigner::canonicalQuery(const QList<std::pair<QString, QString>> &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({percentEncode(name), percentEncode(value)});
    // Encoded names are ASCII: byte order is the order the SDKs sort names in.
    std::stable_sort(encoded.begin(), encoded.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray AcsSigner::hexSha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

AcsSigner::Canonical AcsSigner::canonicalRequest(const AcsRequest &request)
{
    // Several headers of one name are joined with ',' in sorted order, as the SDKs do.
    std::map<QByteArray, QList<QByteArray>> signedHeaders;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (signsHeader(lower))
            signedHeaders[lower].append(value.trimmed());
    }
    Canonical out;
    QByteArray headerBlock;
    for (auto &[name, values] : signedHeaders) {
        std::sort(values.begin(), values.end());
        headerBlock += name + ':' + values.join(',') + '\n';
        if (!out.signedHeaders.isEmpty())
            out.signedHeaders += ';';
        out.signedHeaders += name;
    }
    out.request = request.method + '\n' + request.path + '\n' + canonicalQuery(request.query) + '\n' + headerBlock
        + '\n' + out.signedHeaders + '\n' + request.header("x-acs-content-sha256");
    return out;
}

QByteArray AcsSigner::stringToSign(QByteArrayView canonicalRequest)
{
    return QByteArray(Algorithm.data(), Algorithm.size()) + '\n' + hexSha256(canonicalRequest);
}

QByteArray AcsSigner::signature(const QString &secret, QByteArrayView stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign.toByteArray(), secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QByteArray AcsSigner::authorization(const AcsRequest &request, const QString &accessKeyId, const QString &secret)
{
    const Canonical canonical = canonicalRequest(request);
    return QByteArray(Algorithm.data(), Algorithm.size()) + " Credential=" + accessKeyId.toUtf8()
        + ",SignedHeaders=" + canonical.signedHeaders + ",Signature=" + signature(secret, stringToSign(canonical.request));
}

void AcsSigner::sign(AcsRequest &request, const Credentials &credentials, const QDateTime &time, const QByteArray &nonce)
{
    request.setHeader(QByteArrayLiteral("x-acs-date"), timestamp(time));
    request.setHeader(QByteArrayLiteral("x-acs-signature-nonce"), nonce);
    request.setHeader(QByteArrayLiteral("x-acs-content-sha256"), hexSha256(request.body));
    if (credentials.securityToken.isEmpty()) {
        request.headers.removeIf([](const auto &h) { return h.first.compare("x-acs-security-token", Qt::CaseInsensitive) == 0; });
    } else {
        request.setHeader(QByteArrayLiteral("x-acs-security-token"), credentials.securityToken.toUtf8());
    }
    request.headers.removeIf([](const auto &h) { return h.first.compare("authorization", Qt::CaseInsensitive) == 0; });
    request.headers.append({QByteArrayLiteral("Authorization"),
                            authorization(request, credentials.accessKeyId, credentials.accessKeySecret)});
}

QByteArray AcsSigner::newNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QByteArray AcsSigner::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + 'Z';
}

} // namespace sg
