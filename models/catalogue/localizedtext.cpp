// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localizedtext.h"

#include <QJsonObject>

namespace sg {

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    LocalizedText out;
    if (value.isString()) {
        out.m_texts.insert(QStringLiteral("en"), value.toString());
        return out;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            out.m_texts.insert(it.key(), it.value().toString());
    }
    return out;
}

QJsonValue LocalizedText::toJson() const
{
    if (m_texts.size() == 1 && m_texts.contains(QStringLiteral("en")))
        return english();
    QJsonObject object;
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString LocalizedText::text(const QLocale &locale) const
{
    const QString name = locale.name(); // "zh_CN"
    if (auto it = m_texts.constFind(name); it != m_texts.constEnd())
        return it.value();
    const QString language = name.section(u'_', 0, 0);
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it) {
        if (it.key().section(u'_', 0, 0) == language)
            return it.value();
    }
    return english();
}

} // namespace sg
