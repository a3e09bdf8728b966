// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <cstring>
#include <type_traits>

#include <QJsonArray>
#include <QJsonObject>

namespace sg {
namespace {

constexpr qsizetype FlushThreshold = 1 << 16;

// Writes the \uXXXX escape of a character of the Basic Multilingual Plane.
char *escapeUnicode(char *o, char16_t c)
{
    static constexpr char hex[] = "0123456789abcdef";
    *o++ = '\\';
    *o++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *o++ = hex[(c >> shift) & 0xF];
    return o;
}

// Writes the escape of an ASCII character that JSON does not take as it is.
char *escapeAscii(char *o, char c)
{
    char letter = 0;
    switch (c) {
    case '"': letter = '"'; break;
    case '\\': letter = '\\'; break;
    case '\n': letter = 'n'; break;
    case '\r': letter = 'r'; break;
    case '\t': letter = 't'; break;
    case '\b': letter = 'b'; break;
    case '\f': letter = 'f'; break;
    default: return escapeUnicode(o, char16_t(c));
    }
    *o++ = '\\';
    *o++ = letter;
    return o;
}

// U+FEFF, the zero-width no-break space, is written as an escape: at the start of a string, UTF-8
// decoders (Qt's among them) take its bytes for a byte order mark and drop them.
constexpr char16_t ZeroWidthNoBreakSpace = 0xFEFF;

bool isUtf8ZeroWidthNoBreakSpace(const char *p, qsizetype i, qsizetype n)
{
    return i + 2 < n && p[i] == '\xEF' && p[i + 1] == '\xBB' && p[i + 2] == '\xBF';
}

bool needsEscape(char32_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

// Whether a 64-bit word of text (four UTF-16 units or eight UTF-8 bytes) can be copied as it is:
// none of its lanes is a control character, '"' or '\\'; for UTF-16, all are ASCII (the others must
// be encoded), and for UTF-8, none is 0xEF (U+FEFF starts with it). The classic "has a lane below
// n" bit trick, on 16- or 8-bit lanes.
template <typename Unit>
bool isPlainWord(quint64 w)
{
    constexpr quint64 Ones = sizeof(Unit) == 1 ? 0x0101010101010101ULL : 0x0001000100010001ULL;
    constexpr quint64 Signs = Ones << (8 * sizeof(Unit) - 1);
    const auto anyBelow = [](quint64 x, quint64 limit) { return ((x - Ones * limit) & ~x & Signs) != 0; };
    if constexpr (sizeof(Unit) == 2) {
        if ((w & (Ones * 0xFF80)) != 0)
            return false;
    } else {
        if (anyBelow(w ^ (Ones * 0xEF), 1))
            return false; // perhaps the first byte of U+FEFF
    }
    return !anyBelow(w, 0x20) && !anyBelow(w ^ (Ones * '"'), 1) && !anyBelow(w ^ (Ones * '\\'), 1);
}

// Writes the UTF-8 of the non-ASCII UTF-16 unit p[i] (with p[i + 1] when they are a surrogate
// pair; i then moves past it). A lone surrogate becomes U+FFFD.
char *encodeUtf8(char *o, const char16_t *p, qsizetype n, qsizetype &i)
{
    const char32_t c = p[i];
    if (c < 0x800) {
        *o++ = char(0xC0 | (c >> 6));
        *o++ = char(0x80 | (c & 0x3F));
    } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
        const char32_t u = QChar::surrogateToUcs4(char16_t(c), p[++i]);
        *o++ = char(0xF0 | (u >> 18));
        *o++ = char(0x80 | ((u >> 12) & 0x3F));
        *o++ = char(0x80 | ((u >> 6) & 0x3F));
        *o++ = char(0x80 | (u & 0x3F));
    } else {
        const char32_t u = QChar::isSurrogate(c) ? char32_t(0xFFFD) : c;
        *o++ = char(0xE0 | (u >> 12));
        *o++ = char(0x80 | ((u >> 6) & 0x3F));
        *o++ = char(0x80 | (u & 0x3F));
    }
    return o;
}

// The JSON string literal of text in UTF-16 (char16_t) or valid UTF-8 (char), appended to `out`:
// the bytes of UTF-8 are copied, UTF-16 is encoded.
template <typename Unit>
void appendQuotedUnits(QByteArray &out, const Unit *p, qsizetype n)
{
    constexpr qsizetype Lanes = sizeof(quint64) / sizeof(Unit);
    const qsizetype start = out.size();
    // Room for the worst case (\u00XX per unit) is made first; the bytes are written through a
    // pointer and the size trimmed afterwards.
    out.resize(start + 6 * n + 2);
    char *o = out.data() + start;
    *o++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        // Most text is plain ASCII: a word at a time while nothing in it needs escaping or encoding.
        while (i + Lanes <= n) {
            quint64 w;
            std::memcpy(&w, p + i, sizeof w);
            if (!isPlainWord<Unit>(w))
                break;
            for (qsizetype k = 0; k < Lanes; ++k)
                o[k] = char(p[i + k]);
            o += Lanes;
            i += Lanes;
        }
        if (i >= n)
            break;
        const char32_t c = std::make_unsigned_t<Unit>(p[i]);
        if (needsEscape(c)) {
            o = escapeAscii(o, char(c));
        } else if (c == ZeroWidthNoBreakSpace) {
            o = escapeUnicode(o, ZeroWidthNoBreakSpace);
        } else if (c < 0x80) {
            *o++ = char(c);
        } else if constexpr (sizeof(Unit) == 1) {
            if (isUtf8ZeroWidthNoBreakSpace(p, i, n)) {
                o = escapeUnicode(o, ZeroWidthNoBreakSpace);
                i += 2;
            } else {
                *o++ = char(c); // a byte of UTF-8 text, copied
            }
        } else {
            o = encodeUtf8(o, p, n, i);
        }
    }
    *o++ = '"';
    out.resize(o - out.constData());
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
    appendQuotedUnits(out, text.utf16(), text.size());
}

void JsonWriter::appendQuotedUtf8(QByteArray &out, QByteArrayView utf8)
{
    appendQuotedUnits(out, utf8.data(), utf8.size());
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

void JsonWriter::open(char bracket)
{
    beforeValue();
    m_buffer += bracket;
    m_stack.append(Level{true});
}

void JsonWriter::close(char bracket)
{
    const bool empty = m_stack.takeLast().empty;
    if (!empty)
        newline();
    m_buffer += bracket;
    if (m_stack.isEmpty())
        m_buffer += '\n';
    flushIfFull();
}

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
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
