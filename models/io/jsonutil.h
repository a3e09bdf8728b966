// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "workspace/workspace.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>

#include <optional>

namespace sg::json {

// The value of `key` in `object`, matching the key without regard to case ("priority" finds
// "Priority"). Files from different tools disagree on capitalisation; all readers go through this.
QJsonValue valueIgnoringCase(const QJsonObject &object, QLatin1StringView key);
bool containsIgnoringCase(const QJsonObject &object, QLatin1StringView key);

// Parses JSON text, skipping a UTF-8 byte order mark. On a syntax error, returns a null document and
// appends a diagnostic with the line and column.
QJsonDocument parse(const QByteArray &text, const QString &fileName, Diagnostics &diagnostics);

// Reads a whole JSON document that must be an object, for the readers that build a tree (Terraform
// JSON, network interfaces). Nothing, after an error in `diagnostics`, when the device cannot be
// read, holds only white space (`empty`), is no valid JSON, or holds something else (`notObject`);
// the two messages are the caller's, in its own translation context.
std::optional<QJsonObject> readObject(QIODevice &device, const QString &fileName, Diagnostics &diagnostics,
                                      const QString &empty, const QString &notObject);

// What the readers of a whole JSON object into a workspace share: the file, the result and the
// collector of its problems, and read(), which hands the object to the reader's run().
class WorkspaceObjectReader
{
public:
    WorkspaceObjectReader(const QString &fileName, Parsed<Workspace> &out)
        : m_file(fileName), m_out(out), m_problems(out.diagnostics, fileName) {}

    // Reads the device's object as readObject() does (the messages are the caller's) and walks it
    // with Reader(fileName, result).run(object).
    template <typename Reader>
    static Parsed<Workspace> read(QIODevice &device, const QString &fileName, const QString &empty, const QString &notObject)
    {
        Parsed<Workspace> out;
        if (const std::optional<QJsonObject> root = readObject(device, fileName, out.diagnostics, empty, notObject))
            Reader(fileName, out).run(*root);
        return out;
    }

protected:
    QString m_file;
    Parsed<Workspace> &m_out;
    ProblemCollector m_problems;
};

// Describes a JSON value's type for messages: "a string", "a number", "an array", ...
QString typeName(const QJsonValue &value);

} // namespace sg::json
