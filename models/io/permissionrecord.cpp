// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissionrecord.h"

#include "jsonutil.h"

#include <QJsonArray>

namespace sg {
namespace {

constexpr std::array<QLatin1StringView, PermissionFieldCount> names{
    QLatin1StringView("Direction"),
    QLatin1StringView("IpProtocol"),
    QLatin1StringView("PortRange"),
    QLatin1StringView("SourcePortRange"),
    QLatin1StringView("SourceCidrIp"),
    QLatin1StringView("Ipv6SourceCidrIp"),
    QLatin1StringView("SourceGroupId"),
    QLatin1StringView("SourceGroupOwnerAccount"),
    QLatin1StringView("SourcePrefixListId"),
    QLatin1StringView("DestCidrIp"),
    QLatin1StringView("Ipv6DestCidrIp"),
    QLatin1StringView("DestGroupId"),
    QLatin1StringView("DestGroupOwnerAccount"),
    QLatin1StringView("DestPrefixListId"),
    QLatin1StringView("Policy"),
    QLatin1StringView("Priority"),
    QLatin1StringView("NicType"),
    QLatin1StringView("Description"),
    QLatin1StringView("SecurityGroupRuleId"),
    QLatin1StringView("PortRangeListId"),
};

constexpr std::array ignoredNames{
    QLatin1StringView("SourceGroupName"),
    QLatin1StringView("DestGroupName"),
    QLatin1StringView("SourcePrefixListName"),
    QLatin1StringView("DestPrefixListName"),
    QLatin1StringView("PortRangeListName"),
    QLatin1StringView("CreateTime"),
    QLatin1StringView("SecurityGroupId"),
    QLatin1StringView("Services"),
    QLatin1StringView("Resource"),
};

bool equalsIgnoringAsciiCase(QByteArrayView a, QLatin1StringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b.data()[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

} // namespace

QLatin1StringView apiName(PermissionField field)
{
    return names[size_t(field)];
}

std::optional<PermissionField> permissionFieldForKey(QByteArrayView utf8Key, bool *ignored)
{
    for (size_t i = 0; i < names.size(); ++i) {
        if (equalsIgnoringAsciiCase(utf8Key, names[i])) {
            if (ignored)
                *ignored = false;
            return PermissionField(i);
        }
    }
    if (ignored) {
        *ignored = false;
        for (QLatin1StringView name : ignoredNames) {
            if (equalsIgnoringAsciiCase(utf8Key, name))
                *ignored = true;
        }
    }
    return std::nullopt;
}

PermissionRecord::Value PermissionRecord::Value::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return {Type::String, value.toString(), 0};
    case QJsonValue::Double: return {Type::Number, QString::number(value.toDouble(), 'g', 17), value.toDouble()};
    case QJsonValue::Bool:
    case QJsonValue::Array:
    case QJsonValue::Object: return {value.isBool() ? Type::Boolean : Type::Other, json::typeName(value), 0};
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

PermissionRecord PermissionRecord::fromJson(const QJsonObject &object)
{
    PermissionRecord record;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const QJsonValue value = it.value();
        if (key.compare("services", Qt::CaseInsensitive) == 0) {
            QStringList services;
            const QJsonArray array = value.toArray();
            for (const QJsonValue &id : array)
                services.append(id.toString());
            record.services = services;
            continue;
        }
        if (key.compare("resource", Qt::CaseInsensitive) == 0) {
            record.resource = value.toString();
            continue;
        }
        const auto field = permissionFieldForKey(key);
        if (!field)
            continue;
        record[*field] = Value::fromJson(value);
    }
    return record;
}

QString PermissionRecord::string(PermissionField field) const
{
    const Value &v = (*this)[field];
    return v.type == Value::Type::String ? v.text.trimmed() : QString();
}

bool PermissionRecord::isSet(PermissionField field) const
{
    const Value &v = (*this)[field];
    switch (v.type) {
    case Value::Type::Absent: return false;
    case Value::Type::String: return !v.text.trimmed().isEmpty();
    case Value::Type::Number:
    case Value::Type::Boolean:
    case Value::Type::Other: return true;
    }
    return false;
}

} // namespace sg
