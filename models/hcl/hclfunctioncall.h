// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hclfunctions.h"

#include <QCoreApplication>

#include <limits>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

// What the files of HclFunctions share: argument checks and the function families.
namespace sg::HclFunctions::detail {

// The translation context of every function message. The functions are free functions spread over
// several files: a bare tr() would be filed by lupdate under the namespace or struct it is called
// from, so each message names this class, which both lupdate and tr() read as sg::HclFunctions.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(sg::HclFunctions)
};

using Args = QList<HclValue>;
using Type = HclValue::Type;
// Unqualified in the signatures below: lupdate reads "HclValue::Items *list(...)" as a member of HclValue.
using Items = HclValue::Items;
using Fields = HclValue::Fields;

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
            *error = Messages::tr("%1() takes %2 arguments, not %3").arg(name).arg(minimum).arg(args.size());
        else if (maximum == std::numeric_limits<qsizetype>::max())
            *error = Messages::tr("%1() takes at least %2 arguments, not %3").arg(name).arg(minimum).arg(args.size());
        else
            *error = Messages::tr("%1() takes %2 to %3 arguments, not %4").arg(name).arg(minimum).arg(maximum).arg(args.size());
        return false;
    }
    std::optional<QString> text(qsizetype i)
    {
        const std::optional<QString> t = toText(args.at(i));
        if (!t)
            *error = Messages::tr("argument %1 of %2() must be a string, not %3").arg(i + 1).arg(name).arg(args.at(i).typeName());
        return t;
    }
    std::optional<double> number(qsizetype i)
    {
        const std::optional<double> n = toNumber(args.at(i));
        if (!n)
            *error = Messages::tr("argument %1 of %2() must be a number, not %3").arg(i + 1).arg(name).arg(args.at(i).typeName());
        return n;
    }
    std::optional<qint64> integer(qsizetype i)
    {
        const std::optional<double> n = number(i);
        if (!n)
            return std::nullopt;
        if (*n != std::floor(*n) || std::abs(*n) > 9.0e15) {
            *error = Messages::tr("argument %1 of %2() must be a whole number, not %3").arg(i + 1).arg(name).arg(HclValue::numberText(*n));
            return std::nullopt;
        }
        return qint64(*n);
    }
    const Items *list(qsizetype i)
    {
        if (args.at(i).type() == Type::Tuple)
            return &args.at(i).items();
        *error = Messages::tr("argument %1 of %2() must be a list, not %3").arg(i + 1).arg(name).arg(args.at(i).typeName());
        return nullptr;
    }
    const Fields *map(qsizetype i)
    {
        if (args.at(i).type() == Type::Object)
            return &args.at(i).fields();
        *error = Messages::tr("argument %1 of %2() must be a map or object, not %3").arg(i + 1).arg(name).arg(args.at(i).typeName());
        return nullptr;
    }

    // Exactly one argument for each of `Types`, each of its type: QString a string (text()), double
    // a number, qint64 a whole number (integer()), const Items * a list, const Fields * a map or
    // object, const HclValue * any value. Nothing once the count or an argument is wrong, with
    // *error set for the first problem:
    //   const auto args = c.arguments<QString, qint64>(); ... const auto &[prefix, host] = *args;
    template <typename... Types>
    std::optional<std::tuple<Types...>> arguments()
    {
        if (!count(sizeof...(Types), sizeof...(Types)))
            return std::nullopt;
        return argumentsAt<Types...>(std::index_sequence_for<Types...>());
    }

private:
    template <typename... Types, std::size_t... Index>
    std::optional<std::tuple<Types...>> argumentsAt(std::index_sequence<Index...>)
    {
        std::tuple<std::optional<Types>...> each;
        // Left to right, stopping at the first argument that is not of its type.
        if (!((std::get<Index>(each) = argument<Types>(qsizetype(Index))) && ...))
            return std::nullopt;
        return std::tuple<Types...>(*std::get<Index>(each)...);
    }

    template <typename T>
    std::optional<T> argument(qsizetype i)
    {
        if constexpr (std::is_same_v<T, QString>)
            return text(i);
        else if constexpr (std::is_same_v<T, double>)
            return number(i);
        else if constexpr (std::is_same_v<T, qint64>)
            return integer(i);
        else if constexpr (std::is_same_v<T, const Items *>)
            return present(list(i));
        else if constexpr (std::is_same_v<T, const Fields *>)
            return present(map(i));
        else if constexpr (std::is_same_v<T, const HclValue *>)
            return &args.at(i);
        else
            static_assert(!std::is_same_v<T, T>, "no check for this argument type");
    }

    // A list or map, or nothing for the null pointer its check returns.
    template <typename Pointer>
    static std::optional<Pointer> present(Pointer pointer)
    {
        return pointer ? std::optional<Pointer>(pointer) : std::nullopt;
    }
};

// A list of strings.
HclValue strings(const QStringList &list);

// Each family returns nullopt for a function it does not have.
std::optional<HclValue> stringFunctions(QStringView name, Call &c);
std::optional<HclValue> collectionFunctions(QStringView name, Call &c);
std::optional<HclValue> networkFunctions(QStringView name, Call &c);

} // namespace sg::HclFunctions::detail
