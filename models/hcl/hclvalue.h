// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace sg {

// Why a value cannot be known without running Terraform: an unset variable, a data source, a
// resource attribute computed at apply, a module output. `reference` names the resource instance
// an attribute belongs to ("alicloud_security_group.web", "alicloud_security_group.web[0]"), so
// that a rule's security_group_id can still be tied to the group it names.
struct HclUnknown
{
    QString cause;           // "var.users_cidr has no value", for messages
    bool suppliable = false; // a value can be given (--var, a tfvars file)
    QString variable;        // when suppliable: the variable whose value is missing ("users_cidr")
    bool invalid = false;    // an error was reported while evaluating: the value must not be used
    QString reference;       // resource instance address, when the value is one of its attributes
    QString attribute;       // the attribute of `reference` ("id")
};

// A value of the HCL type system as far as SG Assist needs it: null, bool, number, string, tuples
// (lists, sets), objects (maps) with keys in lexical order as Terraform iterates them, and unknown.
class HclValue
{
public:
    enum class Type : quint8 {
        Null,
        Bool,
        Number,
        String,
        Tuple,
        Object,
        Unknown
    };
    using Items = QList<HclValue>;
    using Fields = QMap<QString, HclValue>;

    HclValue() = default;
    static HclValue boolean(bool value);
    static HclValue number(double value);
    static HclValue string(QString value);
    static HclValue tuple(Items items);
    static HclValue object(Fields fields);
    static HclValue unknown(HclUnknown why);
    // An unknown value that stands for an error already reported.
    static HclValue invalid();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isKnown() const { return m_type != Type::Unknown; }
    bool isInvalid() const { return m_type == Type::Unknown && m_unknown && m_unknown->invalid; }
    bool isCollection() const { return m_type == Type::Tuple || m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    double toNumber() const { return m_number; }
    const QString &toText() const { return m_string; }
    const Items &items() const;
    const Fields &fields() const;
    const HclUnknown &unknownInfo() const;

    // The first unknown value inside a collection (or this one), or null when all is known.
    const HclValue *firstUnknown() const;

    // "string", "number", "bool", "tuple", "object", "null", "unknown": HCL's names, for messages.
    QString typeName() const;
    // A number as HCL prints it: integers without a fraction, others in the shortest exact form.
    static QString numberText(double value);
    // The value in HCL syntax, for messages and the conformance dump's comparisons.
    QString display() const;

    friend bool operator==(const HclValue &a, const HclValue &b);

private:
    // The factories' one body: a value of `type` with `member` set to `value`.
    template <typename Member, typename Value>
    static HclValue make(Type type, Member HclValue::*member, Value &&value);

    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    std::shared_ptr<const Items> m_items;
    std::shared_ptr<const Fields> m_fields;
    std::shared_ptr<const HclUnknown> m_unknown;
};

} // namespace sg
