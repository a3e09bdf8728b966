// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sg {

// The API's Permission fields (reference section 4.1) that SG Assist reads. Display-only fields
// (SourceGroupName, CreateTime, ...) are recognised and skipped.
enum class PermissionField : quint8 {
    Direction,
    IpProtocol,
    PortRange,
    SourcePortRange,
    SourceCidrIp,
    Ipv6SourceCidrIp,
    SourceGroupId,
    SourceGroupOwnerAccount,
    SourcePrefixListId,
    DestCidrIp,
    Ipv6DestCidrIp,
    DestGroupId,
    DestGroupOwnerAccount,
    DestPrefixListId,
    Policy,
    Priority,
    NicType,
    Description,
    SecurityGroupRuleId,
    PortRangeListId,
    Count
};

constexpr int PermissionFieldCount = int(PermissionField::Count);

// The API spelling of a field ("IpProtocol").
QLatin1StringView apiName(PermissionField field);

// Looks a key up without regard to case. Returns nullopt for keys that are not fields; `ignored`
// tells whether the key is a known display-only field rather than an unknown one.
std::optional<PermissionField> permissionFieldForKey(QByteArrayView utf8Key, bool *ignored = nullptr);

// One permission object as a file spelled it, before any validation: the meeting point of every
// reader (JSON, CSV, Terraform, ROS) and PermissionCodec, which does all the checking.
struct PermissionRecord
{
    struct Value
    {
        enum class Type : quint8 {
            Absent,
            String,
            Number,
            Boolean,
            Other
        };
        Type type = Type::Absent;
        QString text;      // String: the text; Number: as written; Other: a type name for messages
        double number = 0; // Number

        // A JSON value as a field's value: null and missing are absent.
        static Value fromJson(const QJsonValue &value);
    };

    std::array<Value, PermissionFieldCount> values;
    std::optional<QStringList> services; // SG Assist's own "Services" extension (project files)
    QString resource;                    // the rule's name in its source (Terraform address, ROS logical id); "Resource" in projects

    Value &operator[](PermissionField field) { return values[size_t(field)]; }
    const Value &operator[](PermissionField field) const { return values[size_t(field)]; }

    void setString(PermissionField field, const QString &text)
    {
        (*this)[field] = {Value::Type::String, text, 0};
    }
    // From a JSON object with the API's field names in any case (small documents: ROS, Terraform,
    // tests). Large files are streamed by jsonrulereader instead.
    static PermissionRecord fromJson(const QJsonObject &object);

    // The text of a string value, trimmed; empty when absent, empty or not a string.
    QString string(PermissionField field) const;
    bool isSet(PermissionField field) const;
};

} // namespace sg
