// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecserror.h"

namespace sg {

EcsError EcsError::api(const QString &action, int httpStatus, const QString &code, const QString &message,
                       const QString &requestId)
{
    return {Kind::Api, action, httpStatus, code, message, requestId};
}

EcsError EcsError::network(const QString &action, const QString &message)
{
    return {Kind::Network, action, 0, {}, message, {}};
}

EcsError EcsError::certificate(const QString &action, const QString &message)
{
    return {Kind::Certificate, action, 0, {}, message, {}};
}

EcsError EcsError::timeout(const QString &action, int milliseconds)
{
    return {Kind::Timeout, action, 0, {}, tr("no answer within %1 seconds").arg(double(milliseconds) / 1000.0), {}};
}

EcsError EcsError::badResponse(const QString &action, int httpStatus, const QString &message)
{
    return {Kind::BadResponse, action, httpStatus, {}, message, {}};
}

EcsError EcsError::cancelled()
{
    return {Kind::Cancelled, {}, 0, {}, tr("cancelled"), {}};
}

EcsError EcsError::setup(const QString &message)
{
    return {Kind::Setup, {}, 0, {}, message, {}};
}

EcsError EcsError::local(const QString &message)
{
    return {Kind::Local, {}, 0, {}, message, {}};
}

bool EcsError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Api:
        // Throttling, Throttling.User, Throttling.Api, ...; 502-504 come from gateways in between.
        // SignatureNonceUsed: the same signed bytes arrived twice, which happens when Qt resends a
        // request whose connection closed before an answer; the first copy reached the API, and
        // another attempt carries a new nonce (and a write its unchanged ClientToken).
        return code.startsWith(QLatin1StringView("Throttling")) || code == u"ServiceUnavailable" || code == u"SignatureNonceUsed"
            || (code.isEmpty() && (httpStatus == 502 || httpStatus == 503 || httpStatus == 504));
    case Kind::BadResponse:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    case Kind::Certificate:
    case Kind::Cancelled:
    case Kind::Setup:
    case Kind::Local:
        return false;
    }
    return false;
}

QString EcsError::toString() const
{
    QString text = action.isEmpty() ? QString() : action + QStringLiteral(": ");
    if (!code.isEmpty())
        text += code + QStringLiteral(": ");
    text += message;
    if (!requestId.isEmpty())
        text += u' ' + tr("(RequestId %1)").arg(requestId);
    return text;
}

} // namespace sg
