// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ecsclient.h"
#include "ecserror.h"

#include "core/diagnostic.h"
#include "core/ruleset.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace sg {

class EcsCall;

// The shape every live-account job shares (pull, apply): asynchronous, made of EcsCalls, with
// progress, a status line, retry notices and cancel. A dialog connects the signals; the CLI runs
// a QEventLoop until finished(). finished() comes exactly once, after success, failure or cancel.
class CloudOperation : public QObject
{
    Q_OBJECT

public:
    explicit CloudOperation(EcsClient *client, QObject *parent = nullptr);
    ~CloudOperation() override;

    EcsClient *client() const { return m_client; }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    bool wasCancelled() const { return m_error && m_error->kind == EcsError::Kind::Cancelled; }
    const std::optional<EcsError> &error() const { return m_error; }
    int progressDone() const { return m_done; }
    int progressTotal() const { return m_total; }
    const QString &status() const { return m_status; }

public Q_SLOTS:
    // Stops every call; the operation finishes as cancelled. A write the server already received
    // may still take effect (apply reports which calls completed).
    void cancel();

Q_SIGNALS:
    void progressChanged(int done, int total); // total 0: not known yet
    void statusChanged(const QString &text);   // "Reading sg-bp1... (page 2)", translated
    // A call failed transiently and is tried again after delayMs (throttling, unavailability).
    void retrying(const QString &action, int delayMs, const sg::EcsError &reason);
    void finished();

protected:
    // Starts a call whose result goes to `done` (only when it succeeded: a failed call fails the
    // whole operation). The call is deleted afterwards.
    void startCall(const QString &action, const EcsParameters &parameters, std::function<void(const QJsonObject &)> done);

    // Reads every page of a paged Describe action (MaxResults + NextToken), collecting the
    // array at `itemsPath` ({"Permissions", "Permission"}). `first` is the first page's object.
    struct Pages
    {
        QJsonObject first;
        QJsonArray items;
        int pages = 0;
    };
    void readAllPages(const QString &action, const EcsParameters &parameters, int maxResults, const QStringList &itemsPath,
                      std::function<void(const Pages &)> done, std::function<void(int page)> pageRead = {});

    // The rules of a DescribeSecurityGroupAttribute answer (all pages merged), read by the api-json
    // reader so that pulled rules are read exactly as a file of the same content would be. Fails
    // the operation (and returns nullopt) when a rule cannot be read; warnings go to `warnings`.
    std::optional<RuleSet> groupFromPages(const Pages &pages, const QString &groupId, Diagnostics *warnings = nullptr);

    void setProgress(int done, int total);
    void setStatus(const QString &text);
    void begin();
    void fail(const EcsError &error);
    void complete();
    // Called when the operation ends for any reason, before finished(); subclasses stop their own work.
    virtual void stopped() {}

private:
    void readPage(const std::shared_ptr<Pages> &pages, const QString &action, const EcsParameters &parameters,
                  int maxResults, const QStringList &itemsPath, const QString &token,
                  const std::function<void(const Pages &)> &done, const std::function<void(int)> &pageRead);

    QPointer<EcsClient> m_client;
    QList<QPointer<EcsCall>> m_calls;
    std::optional<EcsError> m_error;
    QString m_status;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace sg
