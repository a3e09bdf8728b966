// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hclvalue.h"

#include <QLocale>
#include <QStringList>

#include <cmath>
#include <utility>

namespace sg {

template <typename Member, typename Value>
HclValue HclValue::make(Type type, Member HclValue::*member, Value &&value)
{
    HclValue v;
    v.m_type = type;
    v.*member = std::forward<Value>(value);
    return v;
}

HclValue HclValue::boolean(bool value)
{
    return make(Type::Bool, &HclValue::m_bool, value);
}

HclValue HclValue::number(double value)
{
    return make(Type::Number, &HclValue::m_number, value);
}

HclValue HclValue::string(QString value)
{
    return make(Type::String, &HclValue::m_string, std::move(value));
}

HclValue HclValue::tuple(Items items)
{
    return make(Type::Tuple, &HclValue::m_items, std::make_shared<const Items>(std::move(items)));
}

HclValue HclValue::object(Fields fields)
{
    return make(Type::Object, &HclValue::m_fields, std::make_shared<const Fields>(std::move(fields)));
}

HclValue HclValue::unknown(HclUnknown why)
{
    return make(Type::Unknown, &HclValue::m_unknown, std::make_shared<const HclUnknown>(std::move(why)));
}

HclValue HclValue::invalid()
{
    HclUnknown why;
    why.invalid = true;
    return unknown(std::move(why));
}

const HclValue::Items &HclValue::items() const
{
    static const Items none;
    return m_items ? *m_items : none;
}

const HclValue::Fields &HclValue::fields() const
{
    static const Fields none;
    return m_fields ? *m_fields : none;
}

const HclUnknown &HclValue::unknownInfo() const
{
    static const HclUnknown none;
    return m_unknown ? *m_unknown : none;
}

const HclValue *HclValue::firstUnknown() const
{
    switch (m_type) {
    case Type::Unknown: return this;
    case Type::Tuple:
        for (const HclValue &item : items()) {
            if (const HclValue *u = item.firstUnknown())
                return u;
        }
        return nullptr;
    case Type::Object:
        for (const HclValue &field : fields()) {
            if (const HclValue *u = field.firstUnknown())
                return u;
        }
        return nullptr;
    case Type::Null:
    case Type::Bool:
    case Type::Number:
    case Type::String: break;
    }
    return nullptr;
}

QString HclValue::typeName() const
{
    switch (m_type) {
    case Type::Null: return QStringLiteral("null");
    case Type::Bool: return QStringLiteral("bool");
    case Type::Number: return QStringLiteral("number");
    case Type::String: return QStringLiteral("string");
    case Type::Tuple: return QStringLiteral("tuple");
    case Type::Object: return QStringLiteral("object");
    case Type::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString HclValue::numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString HclValue::display() const
{
    switch (m_type) {
    case Type::Null: return QStringLiteral("null");
    case Type::Bool: return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number: return numberText(m_number);
    case Type::String: {
        QString out = QStringLiteral("\"");
        for (const QChar c : m_string) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            out += c;
        }
        return out + u'"';
    }
    case Type::Tuple: {
        QStringList parts;
        for (const HclValue &item : items())
            parts.append(item.display());
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    case Type::Object: {
        QStringList parts;
        for (auto it = fields().cbegin(); it != fields().cend(); ++it)
            parts.append(it.key() + QStringLiteral(" = ") + it.value().display());
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    case Type::Unknown: return QStringLiteral("(unknown)");
    }
    return {};
}

bool operator==(const HclValue &a, const HclValue &b)
{
    if (a.m_type != b.m_type)
        return false;
    switch (a.m_type) {
    case HclValue::Type::Null: return true;
    case HclValue::Type::Bool: return a.m_bool == b.m_bool;
    case HclValue::Type::Number: return a.m_number == b.m_number;
    case HclValue::Type::String: return a.m_string == b.m_string;
    case HclValue::Type::Tuple: return a.items() == b.items();
    case HclValue::Type::Object: return a.fields() == b.fields();
    case HclValue::Type::Unknown: return false; // an unknown is equal to nothing, not even itself
    }
    return false;
}

} // namespace sg
