// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecsclient.h"

#include "acssigner.h"
#include "ecscall.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace sg {
namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The Host header as it goes on the wire and into the signature.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = QUrl::toAce(url.host());
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

EcsClient::EcsClient(Credentials credentials, QString regionId, QUrl endpoint, QObject *parent)
    : QObject(parent), m_credentials(std::move(credentials)), m_regionId(std::move(regionId)), m_endpoint(endpoint.isEmpty() ? defaultEndpoint(m_regionId) : std::move(endpoint)), m_network(new QNetworkAccessManager(this))
{
    // Redirects are never followed: a signed request goes to the endpoint the user chose or nowhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

EcsClient::~EcsClient() = default;

QUrl EcsClient::defaultEndpoint(const QString &regionId)
{
    // The official SDK (@alicloud/ecs20140526) maps cn-hangzhou to its own host; every other public
    // region uses the regional pattern.
    const QString host = regionId == u"cn-hangzhou" ? QStringLiteral("ecs-cn-hangzhou.aliyuncs.com")
                                                    : QStringLiteral("ecs.%1.aliyuncs.com").arg(regionId);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

bool EcsClient::isValidRegionId(const QString &regionId)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)+$"));
    return regionId.size() <= 64 && pattern.match(regionId).hasMatch();
}

EcsClient::EndpointCheck EcsClient::checkEndpoint(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {{}, tr("the endpoint is empty")};
    const QString withScheme = trimmed.contains(QLatin1StringView("://")) ? trimmed : QStringLiteral("https://") + trimmed;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {{}, tr("\"%1\" is not an endpoint URL such as https://ecs.cn-hangzhou.aliyuncs.com").arg(trimmed)};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return {{}, tr("\"%1\": the endpoint must use https").arg(trimmed)};
    if (scheme == u"http" && !isLoopback(url.host()))
        return {{}, tr("\"%1\": plain http is accepted only to a loopback address (127.0.0.1, ::1, localhost); use https").arg(trimmed)};
    if (!url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment())
        return {{}, tr("\"%1\": give the endpoint as scheme://host[:port] only").arg(trimmed)};
    QUrl normalised;
    normalised.setScheme(scheme);
    normalised.setHost(url.host());
    normalised.setPort(url.port());
    return {normalised, {}};
}

QString EcsClient::credentialsDescription() const
{
    return tr("AccessKey %1 from %2").arg(m_credentials.maskedKeyId(), m_credentials.origin);
}

EcsCall *EcsClient::call(const QString &action, const EcsParameters &parameters, bool retryTransient)
{
    return new EcsCall(this, action, parameters, retryTransient);
}

void EcsClient::cancelAll()
{
    const QList<EcsCall *> calls = findChildren<EcsCall *>(Qt::FindDirectChildrenOnly);
    for (EcsCall *call : calls)
        call->cancel();
}

QNetworkReply *EcsClient::send(const QString &action, const EcsParameters &parameters)
{
    AcsRequest request;
    request.query = parameters;
    request.headers = {{QByteArrayLiteral("host"), hostHeader(m_endpoint)},
                       {QByteArrayLiteral("x-acs-action"), action.toUtf8()},
                       {QByteArrayLiteral("x-acs-version"), QByteArray(ApiVersion.data(), ApiVersion.size())}};
    AcsSigner::sign(request, m_credentials, QDateTime::currentDateTimeUtc(), AcsSigner::newNonce());

    // RPC style as the official SDK sends it: POST /, the parameters in the query, an empty body.
    const QByteArray query = request.encodedQuery();
    const QUrl url = QUrl::fromEncoded(m_endpoint.toEncoded() + "/" + (query.isEmpty() ? QByteArray() : '?' + query),
                                       QUrl::StrictMode);
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    networkRequest.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("SGAssist/" SGASSIST_VERSION));
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    return m_network->sendCustomRequest(networkRequest, request.method, request.body);
}

} // namespace sg
