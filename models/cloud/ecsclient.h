// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QUrl>

#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace sg {

class EcsCall;

// API parameters in the order they were added (the signature sorts them).
using EcsParameters = QList<std::pair<QString, QString>>;

// The ECS API 2014-05-26 over HTTPS, RPC style, every request signed with ACS3-HMAC-SHA256.
// Asynchronous: call() returns at once and the EcsCall reports when it is done, so the same
// client serves a QWidget dialog (signals) and the synchronous CLI (a local event loop).
// Certificates are always checked; plain http is accepted only to a loopback address (tests,
// local proxies). Runs in the thread that owns it.
class EcsClient : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView ApiVersion{"2014-05-26"};

    struct Options
    {
        int timeoutMs = 30000;      // per attempt
        int maxAttempts = 5;        // first try included
        int initialBackoffMs = 500; // doubled after each transient failure, with jitter
        int maxBackoffMs = 10000;
    };

    // `endpoint` as checkEndpoint() returns it; empty means defaultEndpoint(regionId).
    EcsClient(Credentials credentials, QString regionId, QUrl endpoint = {}, QObject *parent = nullptr);
    ~EcsClient() override;

    // https://ecs.<region>.aliyuncs.com, with the official SDK's exception for cn-hangzhou.
    static QUrl defaultEndpoint(const QString &regionId);
    // A region id as the API spells them ("cn-hangzhou", "ap-southeast-1"); keeps host names sane.
    static bool isValidRegionId(const QString &regionId);
    // Checks a user-given endpoint ("https://host[:port]", "host", "http://127.0.0.1:8080"):
    // https, or http to loopback only; no path, query or user name. Returns the normalised URL or an
    // error (translated).
    struct EndpointCheck
    {
        QUrl url;
        QString error;
    };
    static EndpointCheck checkEndpoint(const QString &text);

    const QString &regionId() const { return m_regionId; }
    const QUrl &endpoint() const { return m_endpoint; }
    // Where the credentials came from, and the masked key id: for "using ..." lines.
    QString credentialsDescription() const;

    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    // Starts an API call (sent from the event loop, so connect to the call first). Every attempt
    // is signed afresh. `retryTransient`: retry throttling, unavailability and lost connections;
    // only for reads and for writes that carry a ClientToken. The call is a child of the client;
    // delete it (deleteLater) when done with it.
    EcsCall *call(const QString &action, const EcsParameters &parameters, bool retryTransient = true);

    // Cancels every call still running.
    void cancelAll();

private:
    friend class EcsCall;
    QNetworkReply *send(const QString &action, const EcsParameters &parameters);

    Credentials m_credentials;
    QString m_regionId;
    QUrl m_endpoint;
    Options m_options;
    QNetworkAccessManager *m_network;
};

} // namespace sg
