// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sgassist-sign-requests: signs requests with SG Assist's AcsSigner for signer.test.mjs, which
// compares the result with the official SDK's own getAuthorization. Reads a JSON array of
// {method, path, query: [[name, value], ...], headers: [[name, value], ...], body, keyId, secret}
// on standard input; prints a JSON array of {authorization, canonicalRequest}.

#include "cloud/acssigner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QFile input;
    QFile output;
    if (!input.open(stdin, QIODevice::ReadOnly) || !output.open(stdout, QIODevice::WriteOnly))
        return 3;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &error);
    if (!document.isArray()) {
        QFile(QStringLiteral("/dev/stderr")).open(QIODevice::WriteOnly);
        return 2;
    }
    QJsonArray results;
    const QJsonArray requests = document.array();
    for (const QJsonValue &value : requests) {
        const QJsonObject object = value.toObject();
        sg::AcsRequest request;
        request.method = object.value(QLatin1StringView("method")).toString().toUtf8();
        request.path = object.value(QLatin1StringView("path")).toString().toUtf8();
        request.body = object.value(QLatin1StringView("body")).toString().toUtf8();
        const QJsonArray query = object.value(QLatin1StringView("query")).toArray();
        for (const QJsonValue &pair : query)
            request.query.append({pair[0].toString(), pair[1].toString()});
        const QJsonArray headers = object.value(QLatin1StringView("headers")).toArray();
        for (const QJsonValue &pair : headers)
            request.headers.append({pair[0].toString().toUtf8(), pair[1].toString().toUtf8()});
        const QString keyId = object.value(QLatin1StringView("keyId")).toString();
        const QString secret = object.value(QLatin1StringView("secret")).toString();
        results.append(QJsonObject{
            {QLatin1StringView("authorization"), QString::fromUtf8(sg::AcsSigner::authorization(request, keyId, secret))},
            {QLatin1StringView("canonicalRequest"), QString::fromUtf8(sg::AcsSigner::canonicalRequest(request).request)}});
    }
    output.write(QJsonDocument(results).toJson(QJsonDocument::Compact));
    return 0;
}
