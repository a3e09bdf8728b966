// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Starts fake-ecs.mjs (the loopback fake ECS API that checks signatures with Alibaba's own code)
// for a Qt test and drives its control interface: state, failures on demand, the request log.
// Tests that include this are registered only where node is found, after `npm ci` (the
// conformance_node fixture); they get SGASSIST_NODE and SGASSIST_FAKE_ECS from CMake.

#include "cloud/ecsclient.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTcpSocket>

#include <memory>

class FakeEcs
{
public:
    static constexpr const char *KeyId = "LTAIfakeTestKey0001";
    static constexpr const char *Secret = "fakeSecret-Do-Not-Print-7f3a9c";

    FakeEcs()
    {
        m_process.setProgram(QStringLiteral(SGASSIST_NODE));
        m_process.setArguments({QStringLiteral(SGASSIST_FAKE_ECS)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(30000))
            return;
        while (m_port == 0 && m_process.waitForReadyRead(30000)) {
            if (!m_process.canReadLine())
                continue;
            const QJsonObject line = QJsonDocument::fromJson(m_process.readLine()).object();
            m_port = line.value(QStringLiteral("port")).toInt();
        }
    }
    ~FakeEcs()
    {
        m_process.closeWriteChannel(); // the server exits when its standard input closes
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    FakeEcs(const FakeEcs &) = delete;
    FakeEcs &operator=(const FakeEcs &) = delete;

    bool isRunning() const { return m_port != 0 && m_process.state() == QProcess::Running; }
    // Starts a server into `fake` (in initTestCase()): false when it did not start.
    static bool start(std::unique_ptr<FakeEcs> &fake)
    {
        fake = std::make_unique<FakeEcs>();
        return fake->isRunning();
    }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int port() const { return m_port; }

    // A client of the fake, in cn-hangzhou, with `options` (tests shorten the backoff).
    std::unique_ptr<sg::EcsClient> client(const sg::Credentials &credentials, const sg::EcsClient::Options &options) const
    {
        auto out = std::make_unique<sg::EcsClient>(credentials, QStringLiteral("cn-hangzhou"),
                                                   sg::EcsClient::checkEndpoint(endpoint()).url);
        out->setOptions(options);
        return out;
    }

    // {"accessKeys": ..., "regions": ..., "maxPageSize": N}; see fake-ecs.mjs.
    bool setState(const QJsonObject &state) { return !post("/__control/state", QJsonDocument(state).toJson()).isEmpty(); }
    QJsonObject state() { return QJsonDocument::fromJson(get("/__control/state")).object(); }
    // [{"action": "AuthorizeSecurityGroup", "kind": "throttling", "times": 1}, ...]
    bool addFailures(const QJsonArray &failures) { return !post("/__control/failures", QJsonDocument(failures).toJson()).isEmpty(); }
    QJsonArray log() { return QJsonDocument::fromJson(get("/__control/log")).array(); }

    // The rules of one group as the fake holds them.
    QJsonArray rules(const QString &region, const QString &groupId)
    {
        const QJsonArray groups = state()[QStringLiteral("regions")][region][QStringLiteral("groups")].toArray();
        for (const QJsonValue &g : groups) {
            if (g[QStringLiteral("SecurityGroupId")].toString() == groupId)
                return g[QStringLiteral("Permissions")].toArray();
        }
        return {};
    }

    // The accepted key of every test account.
    static QJsonObject accessKeys()
    {
        return {{QLatin1StringView(KeyId), QJsonObject{{QStringLiteral("secret"), QLatin1StringView(Secret)}}}};
    }

private:
    QByteArray get(const char *path) { return exchange("GET", path, {}); }
    QByteArray post(const char *path, const QByteArray &body) { return exchange("POST", path, body); }

    // A blocking HTTP/1.1 exchange, enough for the control interface; returns the body.
    QByteArray exchange(const char *method, const char *path, const QByteArray &body)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (!socket.waitForConnected(10000))
            return {};
        socket.write(QByteArray(method) + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray response;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            response += socket.readAll();
        response += socket.readAll();
        const qsizetype split = response.indexOf("\r\n\r\n");
        return split < 0 ? QByteArray() : response.mid(split + 4);
    }

    QProcess m_process;
    int m_port = 0;
};
