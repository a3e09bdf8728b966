// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <optional>

namespace sg {

// What a template value is before the stack exists.
struct RosValue
{
    QJsonValue value; // when known
    bool known = true;
    bool noValue = false;    // ALIYUN::NoValue: the property is left out
    bool invalid = false;    // an error was reported
    QString groupReference;  // the logical id of a template security group this value is the id of
    QString expression;      // the function as written, for messages: {"Ref":"AdminCidr"}
    QString reason;          // why it is not known: "the parameter AdminCidr has no Default"
    bool suppliable = false; // --param can give it
    QString parameter;       // when suppliable: the parameter whose value is missing ("AdminCidr")

    static RosValue of(QJsonValue v)
    {
        RosValue r;
        r.value = std::move(v);
        return r;
    }
};

// Evaluates ROS template functions as far as the template alone decides them: Ref to parameters
// (--param, then Default) and pseudo parameters, Ref and Fn::GetAtt of the template's resources
// (a security group's id stays unknown but names the group), Fn::Join, Fn::Sub, Fn::Select,
// Fn::Split, Fn::Replace, Fn::Str, Fn::FindInMap, Fn::If, and conditions built with Fn::Equals,
// Fn::And, Fn::Or, Fn::Not over parameter values. Everything else (Fn::GetAZs, Fn::Jq, data
// sources, attributes of created resources) is unknown and says why. References to names the
// template does not have, and malformed functions, are errors.
class RosEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(sg::RosEvaluator)

public:
    RosEvaluator(const QJsonObject &root, const QHash<QString, QString> &parameters, const QString &fileName,
                 ProblemCollector &problems);

    // Resolves the functions at the top of `value` until it is none; what it contains may still hold
    // functions (Fn::If picks a list whose items are evaluated one by one by the caller).
    RosValue resolve(const QJsonValue &value, const QString &path);
    // Resolves everything inside `value`: known only when every part is.
    RosValue resolveDeep(const QJsonValue &value, const QString &path);
    // A named condition of the Conditions section.
    RosValue condition(const QString &name, const QString &path);

    // The JSON of a function, cut for messages.
    static QString functionText(const QJsonValue &value);
    // {"Ref": ...} or {"Fn::...": ...}: the function's name, else empty.
    static QString functionName(const QJsonValue &value);

    void setLine(int line) { m_line = line; }

private:
    RosValue call(const QString &name, const QJsonValue &argument, const QJsonValue &whole, const QString &path);
    RosValue ref(const QString &name, const QJsonValue &whole, const QString &path);
    RosValue getAtt(const QJsonValue &argument, const QJsonValue &whole, const QString &path);
    RosValue sub(const QJsonValue &argument, const QJsonValue &whole, const QString &path);
    RosValue conditionValue(const QJsonValue &value, const QString &path);
    RosValue parameter(const QString &name, const QJsonValue &whole);
    RosValue unknown(const QJsonValue &whole, const QString &reason, bool suppliable = false) const;
    // Unknown because `cause` is: its reason and the parameter that would give it carry over.
    RosValue unknownBecause(const QJsonValue &whole, const RosValue &cause) const;
    RosValue error(const QString &path, const QString &message);
    std::optional<QString> text(const RosValue &value) const;

    QJsonObject m_parameters;
    QJsonObject m_resources;
    QJsonObject m_conditions;
    QJsonObject m_mappings;
    QHash<QString, QString> m_given;
    QString m_file;
    ProblemCollector &m_problems;
    QHash<QString, RosValue> m_conditionValues;
    QSet<QString> m_evaluating;
    int m_depth = 0;
    int m_line = 0;
};

} // namespace sg
