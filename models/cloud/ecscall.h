// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ecsclient.h"
#include "ecserror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace sg {

// One ECS API action with its retries: transient failures (throttling, ServiceUnavailable,
// connection lost, timeout) are tried again after a growing, jittered pause, each attempt with a
// new signature and nonce. finished() comes exactly once; then result() or error() tells.
class EcsCall : public QObject
{
    Q_OBJECT

public:
    ~EcsCall() override;

    const QString &action() const { return m_action; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    // The response body of a successful call.
    const QJsonObject &result() const { return m_result; }
    const std::optional<EcsError> &error() const { return m_error; }
    int attempts() const { return m_attempts; }

    // Stops the call: an answer still on its way is dropped and the call finishes as Cancelled.
    // A write the server already received may still take effect.
    void cancel();

Q_SIGNALS:
    // A transient failure; the next attempt starts after delayMs.
    void retrying(int nextAttempt, int delayMs, const sg::EcsError &reason);
    void finished();

private:
    friend class EcsClient;
    EcsCall(EcsClient *client, QString action, EcsParameters parameters, bool retryTransient);

    void attempt();
    void replyFinished();
    void timedOut();
    void finish(std::optional<EcsError> error);

    EcsClient *m_client;
    QString m_action;
    EcsParameters m_parameters;
    bool m_retryTransient = true;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    QJsonObject m_result;
    std::optional<EcsError> m_error;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace sg
