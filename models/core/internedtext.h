// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringBuilder>
#include <QStringView>

class QDebug;

namespace sg {

// A text held once for the whole process and named by one pointer: for the few hundred different
// texts that values held by the hundred thousand repeat, such as a finding's check id and
// recommendation (a QString is three pointers). Interned texts are never freed, so only texts from
// a bounded set belong here (the catalogue's ids, its and the analyzer's recommendations), never
// text read from a file. Thread-safe. Reads as a const QString &; compares by text.
class InternedText
{
public:
    InternedText() = default;
    InternedText(const QString &text)
        : m_text(intern(text)) {}
    InternedText(QLatin1StringView text)
        : m_text(intern(QString(text))) {}

    const QString &toString() const { return m_text ? *m_text : empty(); }
    operator const QString &() const { return toString(); }
    bool isEmpty() const { return !m_text; }

    friend bool operator==(const InternedText &a, const InternedText &b) { return a.m_text == b.m_text; }
    friend bool operator==(const InternedText &a, const QString &b) { return a.toString() == b; }
    friend bool operator==(const InternedText &a, QStringView b) { return QStringView(a.toString()) == b; }
    friend bool operator==(const InternedText &a, QLatin1StringView b) { return a.toString() == b; }
    friend bool operator<(const InternedText &a, const InternedText &b) { return a.toString() < b.toString(); }

private:
    static const QString *intern(const QString &text);
    static const QString &empty();

    const QString *m_text = nullptr; // null: empty
};

QDebug operator<<(QDebug debug, const InternedText &text);

} // namespace sg

Q_DECLARE_TYPEINFO(sg::InternedText, Q_PRIMITIVE_TYPE);

// Joins texts as a QString does (QT_USE_QSTRINGBUILDER): f.check + u'|'.
template <>
struct QConcatenable<sg::InternedText> : private QAbstractConcatenable
{
    using type = sg::InternedText;
    using ConvertTo = QString;
    enum {
        ExactSize = true
    };
    static qsizetype size(const type &text) { return text.toString().size(); }
    static void appendTo(const type &text, QChar *&out) { QConcatenable<QString>::appendTo(text.toString(), out); }
};
