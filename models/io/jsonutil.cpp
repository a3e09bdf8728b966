// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonutil.h"

#include "fileio.h"

#include <QCoreApplication>
#include <QJsonParseError>

namespace sg::json {
namespace {

// The translation context of this file's messages.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(sg::json)
};

} // namespace

QJsonValue valueIgnoringCase(const QJsonObject &object, QLatin1StringView key)
{
    if (auto exact = object.constFind(key); exact != object.constEnd())
        return exact.value();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool containsIgnoringCase(const QJsonObject &object, QLatin1StringView key)
{
    return !valueIgnoringCase(object, key).isUndefined();
}

QJsonDocument parse(const QByteArray &text, const QString &fileName, Diagnostics &diagnostics)
{
    static constexpr char bom[] = "\xEF\xBB\xBF";
    const qsizetype skip = text.startsWith(bom) ? 3 : 0;
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(skip ? text.mid(skip) : text, &error);
    if (error.error != QJsonParseError::NoError) {
        SourceLocation at{fileName};
        lineAndColumnAt(text, error.offset + skip, &at.line, &at.column);
        diagnostics.append(Diagnostic::error(
            at, Messages::tr("not valid JSON: %1").arg(error.errorString())));
        return {};
    }
    return document;
}

std::optional<QJsonObject> readObject(QIODevice &device, const QString &fileName, Diagnostics &diagnostics,
                                      const QString &empty, const QString &notObject)
{
    const FileBytes input = readAllPadded(device);
    if (!input.error.isEmpty()) {
        diagnostics.append(Diagnostic::error(SourceLocation{fileName}, input.error));
        return std::nullopt;
    }
    const qsizetype before = diagnostics.size();
    const QJsonDocument document = QByteArrayView(input.bytes.constData() + input.start, input.length).trimmed().isEmpty()
        ? QJsonDocument()
        : parse(input.bytes, fileName, diagnostics);
    if (document.isNull()) {
        if (diagnostics.size() == before)
            diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1}, empty));
        return std::nullopt;
    }
    if (!document.isObject()) {
        diagnostics.append(Diagnostic::error(SourceLocation{fileName, 1, 1}, notObject));
        return std::nullopt;
    }
    return document.object();
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return Messages::tr("null");
    case QJsonValue::Bool: return Messages::tr("a boolean");
    case QJsonValue::Double: return Messages::tr("a number");
    case QJsonValue::String: return Messages::tr("a string");
    case QJsonValue::Array: return Messages::tr("an array");
    case QJsonValue::Object: return Messages::tr("an object");
    case QJsonValue::Undefined: return Messages::tr("missing");
    }
    return {};
}

} // namespace sg::json
