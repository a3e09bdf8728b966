// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecscall.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

namespace sg {
namespace {

// No ECS answer comes near this; anything larger is not an answer to trust.
constexpr qint64 MaxResponseBytes = qint64(256) << 20;

} // namespace

EcsCall::EcsCall(EcsClient *client, QString action, EcsParameters parameters, bool retryTransient)
    : QObject(client), m_client(client), m_action(std::move(action)), m_parameters(std::move(parameters)), m_retryTransient(retryTransient)
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &EcsCall::timedOut);
    connect(&m_backoff, &QTimer::timeout, this, &EcsCall::attempt);
    // Sent from the event loop so that the caller can connect to finished() first.
    QMetaObject::invokeMethod(this, &EcsCall::attempt, Qt::QueuedConnection);
}

EcsCall::~EcsCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void EcsCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_backoff.stop();
    m_deadline.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(EcsError::cancelled());
}

void EcsCall::attempt()
{
    if (m_finished || m_cancelled)
        return;
    ++m_attempts;
    m_timedOut = false;
    m_reply = m_client->send(m_action, m_parameters);
    connect(m_reply, &QNetworkReply::finished, this, &EcsCall::replyFinished);
    m_deadline.start(m_client->options().timeoutMs);
}

void EcsCall::timedOut()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows, handled as a timeout
}

void EcsCall::replyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_deadline.stop();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    std::optional<EcsError> error;
    if (m_timedOut) {
        error = EcsError::timeout(m_action, m_client->options().timeoutMs);
    } else if (status == 0) {
        // Qt's text names the failure ("Connection refused", "SSL handshake failed: ..."); the URL,
        // which carries every parameter, is replaced by the endpoint.
        QString message = reply->errorString();
        message.replace(QString::fromUtf8(reply->url().toEncoded()), m_client->endpoint().toString());
        error = reply->error() == QNetworkReply::SslHandshakeFailedError ? EcsError::certificate(m_action, message)
                                                                         : EcsError::network(m_action, message);
    } else if (reply->size() > MaxResponseBytes || reply->bytesAvailable() > MaxResponseBytes) {
        error = EcsError::badResponse(m_action, status, tr("the answer is larger than %1 MB").arg(MaxResponseBytes >> 20));
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
        const QJsonObject body = document.object();
        if (status >= 200 && status < 300 && document.isObject()) {
            m_result = body;
        } else if (document.isObject() && body.contains(QLatin1StringView("Code"))) {
            error = EcsError::api(m_action, status, body.value(QLatin1StringView("Code")).toString(),
                                  body.value(QLatin1StringView("Message")).toString(),
                                  body.value(QLatin1StringView("RequestId")).toString());
        } else if (status >= 300 && status < 400) {
            error = EcsError::badResponse(m_action, status, tr("the endpoint answered with a redirection (HTTP %1), which is "
                                                               "not followed; check the endpoint")
                                                                .arg(status));
        } else {
            error = EcsError::badResponse(m_action, status, tr("HTTP %1 with an answer that is not the API's JSON").arg(status));
        }
    }

    if (error && error->isTransient() && m_retryTransient && m_attempts < m_client->options().maxAttempts) {
        const EcsClient::Options &o = m_client->options();
        const int exponent = std::min(m_attempts - 1, 16);
        const qint64 ceiling = std::min<qint64>(o.maxBackoffMs, qint64(o.initialBackoffMs) << exponent);
        // "Equal jitter": half the ceiling plus a random half, so that parallel calls spread out.
        const int delay = int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
        Q_EMIT retrying(m_attempts + 1, delay, *error);
        if (!m_cancelled && !m_finished)
            m_backoff.start(delay);
        return;
    }
    finish(error);
}

void EcsCall::finish(std::optional<EcsError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished();
}

} // namespace sg
