// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hclfunctions.h"

#include <QCoreApplication>

#include <limits>

// What the files of HclFunctions share: argument checks and the function families.
namespace sg::HclFunctions::detail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("sg::HclFunctions", text);
}

using Args = QList<HclValue>;
using Type = HclValue::Type;

// One call's arguments, with checks that set *error (in Terraform's words) and return nothing.
struct Call
{
    QStringView name;
    const Args &args;
    QString *error;

    bool count(qsizetype minimum, qsizetype maximum)
    {
        if (args.size() >= minimum && args.size() <= maximum)
            return true;
        if (minimum == maximum)
            *error = tr("%1() takes %2 arguments, not %3").arg(name).arg(minimum).arg(args.size());
        else if (maximum == std::numeric_limits<qsizetype>::max())
            *error = tr("%1() takes at least %2 arguments, not %3").arg(name).arg(minimum).arg(args.size());
        else
            *error = tr("%1() takes %2 to %3 arguments, not %4").arg(name).arg(minimum).arg(maximum).arg(args.size());
        return false;
    }
    std::optional<QString> text(qsizetype i)
    {
        const std::optional<QString> t = toText(args.at(i));
        if (!t)
            *error = tr("argument %1 of %2() must be a string, not %3").arg(i + 1).arg(name).arg(args.at(i).typeName());
        return t;
    }
    std::optional<double> number(qsizetype i)
    {
        const std::optional<double> n = toNumber(args.at(i));
        if (!n)
            *error = tr("argument %1 of %2() must be a number, not %3").arg(i + 1).arg(name).arg(args.at(i).typeName());
        return n;
    }
    std::optional<qint64> integer(qsizetype i)
    {
        const std::optional<double> n = number(i);
        if (!n)
            return std::nullopt;
        if (*n != std::floor(*n) || std::abs(*n) > 9.0e15) {
            *error = tr("argument %1 of %2() must be a whole number, not %3").arg(i + 1).arg(name).arg(HclValue::numberText(*n));
            return std::nullopt;
        }
        return qint64(*n);
    }
    const HclValue::Items *list(qsizetype i)
    {
        if (args.at(i).type() == Type::Tuple)
            return &args.at(i).items();
        *error = tr("argument %1 of %2() must be a list, not %3").arg(i + 1).arg(name).arg(args.at(i).typeName());
        return nullptr;
    }
    const HclValue::Fields *map(qsizetype i)
    {
        if (args.at(i).type() == Type::Object)
            return &args.at(i).fields();
        *error = tr("argument %1 of %2() must be a map or object, not %3").arg(i + 1).arg(name).arg(args.at(i).typeName());
        return nullptr;
    }
};

// A list of strings.
HclValue strings(const QStringList &list);

// Each family returns nullopt for a function it does not have.
std::optional<HclValue> stringFunctions(QStringView name, Call &c);
std::optional<HclValue> collectionFunctions(QStringView name, Call &c);
std::optional<HclValue> networkFunctions(QStringView name, Call &c);

} // namespace sg::HclFunctions::detail
