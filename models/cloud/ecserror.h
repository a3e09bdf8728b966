// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace sg {

// Why an ECS call (or a pull or apply built of calls) failed: the API's own Code, Message and
// RequestId when the API answered, otherwise what went wrong on the way. Never carries a secret.
struct EcsError
{
    Q_DECLARE_TR_FUNCTIONS(sg::EcsError)

public:
    enum class Kind {
        Api,         // the API answered with an error: code, message, requestId
        Network,     // no answer: connection refused or dropped, host not found
        Certificate, // the endpoint's TLS certificate was refused (never retried, never ignored)
        Timeout,     // no answer within the call's timeout
        BadResponse, // an answer that is not the JSON the action returns
        Cancelled,   // cancelled by the user
        Setup,       // credentials, region or endpoint missing or refused before anything was sent
        Local,       // a local step of an operation failed (the undo file could not be written)
    };

    Kind kind = Kind::Api;
    QString action;     // the API action, when the error is about one call
    int httpStatus = 0; // 0 when no HTTP answer came
    QString code;       // "Throttling.User", "InvalidAccessKeyId.NotFound", ...
    QString message;    // the API's Message, or a description of what failed
    QString requestId;  // the API's RequestId, for Alibaba's support

    static EcsError api(const QString &action, int httpStatus, const QString &code, const QString &message,
                        const QString &requestId);
    static EcsError network(const QString &action, const QString &message);
    static EcsError certificate(const QString &action, const QString &message);
    static EcsError timeout(const QString &action, int milliseconds);
    static EcsError badResponse(const QString &action, int httpStatus, const QString &message);
    static EcsError cancelled();
    static EcsError setup(const QString &message);
    static EcsError local(const QString &message);

    // Worth another try: throttling, a service that is briefly unavailable, no answer at all.
    // (Writes are retried only because every write carries a ClientToken.)
    bool isTransient() const;
    // "DescribeSecurityGroupAttribute: InvalidSecurityGroupId.NotFound: The specified ... (RequestId 4C4...)"
    QString toString() const;

    friend bool operator==(const EcsError &, const EcsError &) = default;
};

} // namespace sg

Q_DECLARE_METATYPE(sg::EcsError)
