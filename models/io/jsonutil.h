// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>

namespace sg::json {

// The value of `key` in `object`, matching the key without regard to case ("priority" finds
// "Priority"). Files from different tools disagree on capitalisation; all readers go through this.
QJsonValue valueIgnoringCase(const QJsonObject &object, QLatin1StringView key);
bool containsIgnoringCase(const QJsonObject &object, QLatin1StringView key);

// Parses JSON text, skipping a UTF-8 byte order mark. On a syntax error, returns a null document and
// appends a diagnostic with the line and column.
QJsonDocument parse(const QByteArray &text, const QString &fileName, Diagnostics &diagnostics);

// Describes a JSON value's type for messages: "a string", "a number", "an array", ...
QString typeName(const QJsonValue &value);

} // namespace sg::json
