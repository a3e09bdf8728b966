// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <cstring>

#include <QJsonArray>
#include <QJsonObject>

namespace sg {
namespace {

constexpr qsizetype FlushThreshold = 1 << 16;

// Writes the escape of an ASCII character that JSON does not take as it is.
char *escapeAscii(char *o, char c)
{
    static constexpr char hex[] = "0123456789abcdef";
    *o++ = '\\';
    switch (c) {
    case '"': *o++ = '"'; break;
    case '\\': *o++ = '\\'; break;
    case '\n': *o++ = 'n'; break;
    case '\r': *o++ = 'r'; break;
    case '\t': *o++ = 't'; break;
    case '\b': *o++ = 'b'; break;
    case '\f': *o++ = 'f'; break;
    default:
        *o++ = 'u';
        *o++ = '0';
        *o++ = '0';
        *o++ = hex[(c >> 4) & 0xF];
        *o++ = hex[c & 0xF];
    }
    return o;
}

bool needsEscape(char32_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

} // namespace

JsonWriter::JsonWriter(QIODevice &device)
    : m_device(device)
{
    m_buffer.reserve(FlushThreshold + 4096);
}

JsonWriter::~JsonWriter()
{
    finish();
}

QByteArray JsonWriter::quoted(QStringView text)
{
    QByteArray out;
    appendQuoted(out, text);
    return out;
}

void JsonWriter::appendQuoted(QByteArray &out, QStringView text)
{
    const qsizetype n = text.size();
    const qsizetype start = out.size();
    // Room for the worst case (\u00XX per unit) is made first; the bytes are written through a
    // pointer and the size trimmed afterwards.
    out.resize(start + 6 * n + 2);
    char *o = out.data() + start;
    *o++ = '"';
    const char16_t *p = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        // Most text is plain ASCII: four code units at a time while none needs escaping or encoding
        // (tested on a 64-bit word: all below 0x80, none below 0x20, none '"' or '\\').
        while (i + 4 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, sizeof w);
            constexpr quint64 Ones = 0x0001000100010001ULL;
            constexpr quint64 Signs = 0x8000800080008000ULL;
            // Whether a unit of `x` is below `limit`, for units below 0x8000 (the classic
            // "has less" bit trick, on 16-bit lanes).
            const auto anyBelow = [](quint64 x, quint64 limit) { return ((x - Ones * limit) & ~x & Signs) != 0; };
            if ((w & (Ones * 0xFF80)) != 0 || anyBelow(w, 0x20) || anyBelow(w ^ (Ones * '"'), 1) || anyBelow(w ^ (Ones * '\\'), 1))
                break;
            o[0] = char(p[i]);
            o[1] = char(p[i + 1]);
            o[2] = char(p[i + 2]);
            o[3] = char(p[i + 3]);
            o += 4;
            i += 4;
        }
        if (i >= n)
            break;
        const char32_t c = p[i];
        if (c < 0x80 && !needsEscape(c)) {
            *o++ = char(c);
        } else if (c < 0x80) {
            o = escapeAscii(o, char(c));
        } else if (c < 0x800) {
            *o++ = char(0xC0 | (c >> 6));
            *o++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(char16_t(c), p[++i]);
            *o++ = char(0xF0 | (u >> 18));
            *o++ = char(0x80 | ((u >> 12) & 0x3F));
            *o++ = char(0x80 | ((u >> 6) & 0x3F));
            *o++ = char(0x80 | (u & 0x3F));
        } else {
            const char32_t u = QChar::isSurrogate(c) ? char32_t(0xFFFD) : c; // a lone surrogate
            *o++ = char(0xE0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3F));
            *o++ = char(0x80 | (u & 0x3F));
        }
    }
    *o++ = '"';
    out.resize(o - out.constData());
}

void JsonWriter::appendQuotedUtf8(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype n = utf8.size();
    const qsizetype start = out.size();
    out.resize(start + 6 * n + 2); // as above: room for the worst case, trimmed afterwards
    char *o = out.data() + start;
    *o++ = '"';
    const char *p = utf8.data();
    for (qsizetype i = 0; i < n; ++i) {
        // Eight bytes at a time while none is a control character, '"' or '\\' (bytes of UTF-8
        // sequences, 0x80 and up, are copied as they are).
        while (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, sizeof w);
            constexpr quint64 Ones = 0x0101010101010101ULL;
            constexpr quint64 Signs = 0x8080808080808080ULL;
            const auto anyBelow = [](quint64 x, quint64 limit) { return ((x - Ones * limit) & ~x & Signs) != 0; };
            if (anyBelow(w, 0x20) || anyBelow(w ^ (Ones * '"'), 1) || anyBelow(w ^ (Ones * '\\'), 1))
                break;
            std::memcpy(o, p + i, sizeof w);
            o += 8;
            i += 8;
        }
        if (i >= n)
            break;
        const char c = p[i];
        if (needsEscape(char32_t(uchar(c))))
            o = escapeAscii(o, c);
        else
            *o++ = c;
    }
    *o++ = '"';
    out.resize(o - out.constData());
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

QString JsonWriter::finishWithError()
{
    return finish() ? QString() : m_device.errorString();
}

} // namespace sg
