// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QMap>
#include <QString>

namespace sg {

// A text in several languages ("en", "zh_CN", ...), as the catalogue data file stores it.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english) { m_texts.insert(QStringLiteral("en"), english); }

    // Reads {"en": "...", "zh_CN": "..."} or a plain string (English).
    static LocalizedText fromJson(const QJsonValue &value);
    QJsonValue toJson() const;

    // The best match for the locale: "zh_CN", then "zh", then English.
    QString text(const QLocale &locale = QLocale()) const;
    QString english() const { return m_texts.value(QStringLiteral("en")); }
    QString value(const QString &language) const { return m_texts.value(language); }
    bool isEmpty() const { return m_texts.isEmpty(); }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QMap<QString, QString> m_texts;
};

} // namespace sg
