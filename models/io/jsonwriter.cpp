// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sg {
namespace {

constexpr qsizetype FlushThreshold = 1 << 16;

} // namespace

JsonWriter::JsonWriter(QIODevice &device) : m_device(device)
{
    m_buffer.reserve(FlushThreshold + 4096);
}

JsonWriter::~JsonWriter()
{
    finish();
}

QByteArray JsonWriter::quoted(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    static constexpr char hex[] = "0123456789abcdef";
    for (char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (quint8(c) < 0x20) {
                out += "\\u00";
                out += hex[(quint8(c) >> 4) & 0xF];
                out += hex[quint8(c) & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

void JsonWriter::newline()
{
    m_buffer += '\n';
    m_buffer.append(qsizetype(m_stack.size()) * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.isEmpty()) {
        if (!m_stack.last().empty)
            m_buffer += ',';
        m_stack.last().empty = false;
        newline();
    }
}

void JsonWriter::put(QByteArrayView bytes)
{
    m_buffer.append(bytes);
    flushIfFull();
}

void JsonWriter::flushIfFull()
{
    if (m_buffer.size() >= FlushThreshold) {
        if (m_device.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_buffer += '{';
    m_stack.append({true, true});
}

void JsonWriter::endObject()
{
    const bool empty = m_stack.takeLast().empty;
    if (!empty)
        newline();
    m_buffer += '}';
    if (m_stack.isEmpty())
        m_buffer += '\n';
    flushIfFull();
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_buffer += '[';
    m_stack.append({false, true});
}

void JsonWriter::endArray()
{
    const bool empty = m_stack.takeLast().empty;
    if (!empty)
        newline();
    m_buffer += ']';
    if (m_stack.isEmpty())
        m_buffer += '\n';
    flushIfFull();
}

void JsonWriter::key(QLatin1StringView name)
{
    key(QString(name));
}

void JsonWriter::key(const QString &name)
{
    beforeValue();
    m_buffer += quoted(name);
    m_buffer += ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    put(quoted(text));
}

void JsonWriter::value(QLatin1StringView text)
{
    value(QString(text));
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    put(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    put(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::null()
{
    beforeValue();
    put("null");
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: null(); break;
    case QJsonValue::Bool: value(json.toBool()); break;
    case QJsonValue::Double: {
        const double d = json.toDouble();
        if (d == double(qint64(d))) {
            value(qint64(d));
        } else {
            beforeValue();
            put(QByteArray::number(d, 'g', 17));
        }
        break;
    }
    case QJsonValue::String: value(json.toString()); break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

bool JsonWriter::finish()
{
    if (!m_buffer.isEmpty()) {
        if (m_device.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
    return m_ok;
}

} // namespace sg
