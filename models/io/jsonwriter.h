// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace sg {

// Streams indented JSON to a device in the order it is written (QJsonDocument sorts keys and holds the
// whole tree in memory). Output is deterministic; every string is escaped. Check ok() at the end.
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice &device);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    void key(const QString &name);

    void value(const QString &text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    // A whole QJsonValue tree (keys in QJsonObject's order), for small nested documents.
    void value(const QJsonValue &json);

    // key + value in one call.
    template <typename T>
    void field(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    // key + an array with a value for each of `items`, written by `writeItem(item)`.
    template <typename Items, typename WriteItem>
    void arrayField(QLatin1StringView name, const Items &items, WriteItem writeItem)
    {
        key(name);
        beginArray();
        for (const auto &item : items)
            writeItem(item);
        endArray();
    }
    // key + an array with an object for each of `items`, its fields written by `writeFields(item)`.
    template <typename Items, typename WriteFields>
    void objectArrayField(QLatin1StringView name, const Items &items, WriteFields writeFields)
    {
        arrayField(name, items, [&](const auto &item) {
            beginObject();
            writeFields(item);
            endObject();
        });
    }

    // Writes what is buffered; returns false if any write failed.
    bool finish();
    // The same as a writer's result: empty, or why writing failed (the device's error).
    QString finishWithError();
    bool ok() const { return m_ok; }

    // The JSON string literal for text, quotes included.
    static QByteArray quoted(QStringView text);
    // Appends the JSON string literal for text to `out`: UTF-16 to escaped UTF-8 in one pass, with
    // the short escapes (\" \\ \b \f \n \r \t), \u00XX for other control characters and U+FFFD for
    // a lone surrogate. The one escaper of every JSON SG Assist writes (files, reports).
    static void appendQuoted(QByteArray &out, QStringView text);
    // The same for text already in UTF-8 (valid, as QString::toUtf8() makes it): bytes from 0x80 up
    // are copied as they are.
    static void appendQuotedUtf8(QByteArray &out, QByteArrayView utf8);

private:
    // Starts or ends an object or array: `bracket` is its opening or closing character.
    void open(char bracket);
    void close(char bracket);
    void beforeValue();
    void newline();
    void put(QByteArrayView bytes);
    void flushIfFull();

    QIODevice &m_device;
    QByteArray m_buffer;
    struct Level
    {
        bool empty;
    };
    QList<Level> m_stack;
    bool m_afterKey = false;
    bool m_ok = true;
};

} // namespace sg
