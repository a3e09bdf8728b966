// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hclfunctioncall.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

namespace sg::HclFunctions::detail {
namespace {

// One conversion of format(): the verb at text[*i] (after "%") applied to `value`.
std::optional<QString> formatVerb(const QString &spec, qsizetype *i, const HclValue &value, QString *error)
{
    bool left = false;
    bool zero = false;
    bool plus = false;
    bool space = false;
    for (; *i < spec.size(); ++*i) {
        const QChar c = spec.at(*i);
        if (c == u'-')
            left = true;
        else if (c == u'0')
            zero = true;
        else if (c == u'+')
            plus = true;
        else if (c == u' ')
            space = true;
        else if (c != u'#')
            break;
    }
    int width = -1;
    while (*i < spec.size() && spec.at(*i).isDigit())
        width = std::min(std::max(width, 0) * 10 + spec.at((*i)++).digitValue(), 1'000'000);
    int precision = -1;
    if (*i < spec.size() && spec.at(*i) == u'.') {
        ++*i;
        precision = 0;
        while (*i < spec.size() && spec.at(*i).isDigit())
            precision = std::min(precision * 10 + spec.at((*i)++).digitValue(), 1'000'000);
    }
    if (*i >= spec.size()) {
        *error = Messages::tr("format(): the specification ends in the middle of a verb");
        return std::nullopt;
    }
    if (width > 10000 || precision > 10000) {
        *error = Messages::tr("format(): a width or precision of at most 10000");
        return std::nullopt;
    }
    const QChar verb = spec.at((*i)++);
    QString out;
    const auto signedNumber = [&](double n, const QString &digits) {
        QString s = digits;
        if (n >= 0 && plus)
            s.prepend(u'+');
        else if (n >= 0 && space)
            s.prepend(u' ');
        return s;
    };
    switch (verb.unicode()) {
    case u'v':
    case u's': {
        if (value.isCollection()) {
            if (verb == u's') {
                *error = Messages::tr("format(): %s needs a string, not a %1").arg(value.typeName());
                return std::nullopt;
            }
            out = value.display();
        } else if (value.isNull()) {
            out = QStringLiteral("null");
        } else {
            out = *toText(value);
        }
        if (precision >= 0)
            out = out.left(precision);
        break;
    }
    case u'q': {
        const std::optional<QString> t = toText(value);
        if (!t) {
            *error = Messages::tr("format(): %q needs a string, not a %1").arg(value.typeName());
            return std::nullopt;
        }
        out = HclValue::string(*t).display();
        break;
    }
    case u't': {
        const std::optional<bool> b = toBool(value);
        if (!b) {
            *error = Messages::tr("format(): %t needs a bool, not a %1").arg(value.typeName());
            return std::nullopt;
        }
        out = *b ? QStringLiteral("true") : QStringLiteral("false");
        break;
    }
    case u'd':
    case u'b':
    case u'o':
    case u'x':
    case u'X': {
        const std::optional<double> n = toNumber(value);
        if (!n || *n != std::floor(*n)) {
            *error = Messages::tr("format(): %%%1 needs a whole number, not %2").arg(verb).arg(value.display());
            return std::nullopt;
        }
        // Numbers are doubles here: integer digits are exact only below 2^63 (Terraform's own numbers
        // are unbounded, but no port, priority or count is that large).
        if (constexpr double Limit = 9223372036854775808.0; !(std::abs(*n) < Limit)) {
            *error = Messages::tr("format(): %%%1 takes whole numbers below 2^63, not %2").arg(verb).arg(value.display());
            return std::nullopt;
        }
        const int base = verb == u'd' ? 10 : verb == u'b' ? 2
            : verb == u'o'                                ? 8
                                                          : 16;
        QString digits = QString::number(qint64(std::abs(*n)), base);
        if (verb == u'X')
            digits = digits.toUpper();
        if (*n < 0)
            digits.prepend(u'-');
        out = signedNumber(*n, digits);
        break;
    }
    case u'f':
    case u'e':
    case u'g': {
        const std::optional<double> n = toNumber(value);
        if (!n) {
            *error = Messages::tr("format(): %%%1 needs a number, not %2").arg(verb).arg(value.display());
            return std::nullopt;
        }
        out = signedNumber(*n, QString::number(*n, char(verb.unicode()), precision < 0 ? 6 : precision));
        break;
    }
    default:
        *error = Messages::tr("format(): %%%1 is not a verb; use %s, %d, %f, %t, %q or %v").arg(verb);
        return std::nullopt;
    }
    if (width > 0 && out.size() < width) {
        if (left)
            out = out.leftJustified(width);
        else if (zero && verb != u's' && verb != u'v' && verb != u'q')
            out = (out.startsWith(u'-') || out.startsWith(u'+')) ? out.left(1) + out.mid(1).rightJustified(width - 1, u'0')
                                                                 : out.rightJustified(width, u'0');
        else
            out = out.rightJustified(width);
    }
    return out;
}

std::optional<QString> format(const QString &spec, const Args &values, qsizetype first, QString *error)
{
    QString out;
    qsizetype next = first;
    for (qsizetype i = 0; i < spec.size();) {
        const QChar c = spec.at(i++);
        if (c != u'%') {
            out += c;
            continue;
        }
        if (i < spec.size() && spec.at(i) == u'%') {
            out += u'%';
            ++i;
            continue;
        }
        if (i < spec.size() && spec.at(i) == u'[') { // %[2]s: an explicit argument
            const qsizetype close = spec.indexOf(u']', i);
            bool ok = false;
            const int n = close < 0 ? 0 : spec.mid(i + 1, close - i - 1).toInt(&ok);
            if (!ok || n < 1) {
                *error = Messages::tr("format(): a bad argument index in %1").arg(spec);
                return std::nullopt;
            }
            next = first + n - 1;
            i = close + 1;
        }
        if (next >= values.size()) {
            *error = Messages::tr("format(): not enough arguments for %1").arg(spec);
            return std::nullopt;
        }
        const std::optional<QString> piece = formatVerb(spec, &i, values.at(next++), error);
        if (!piece)
            return std::nullopt;
        out += *piece;
    }
    return out;
}

} // namespace

HclValue strings(const QStringList &list)
{
    HclValue::Items items;
    for (const QString &s : list)
        items.append(HclValue::string(s));
    return HclValue::tuple(items);
}

std::optional<HclValue> stringFunctions(QStringView name, Call &c)
{
    const auto unaryText = [&](const std::function<QString(const QString &)> &f) -> HclValue {
        const auto args = c.arguments<QString>();
        return args ? HclValue::string(f(std::get<0>(*args))) : HclValue::invalid();
    };
    if (name == u"lower")
        return unaryText([](const QString &s) { return s.toLower(); });
    if (name == u"upper")
        return unaryText([](const QString &s) { return s.toUpper(); });
    if (name == u"trimspace")
        return unaryText([](const QString &s) { return s.trimmed(); });
    if (name == u"chomp")
        return unaryText([](const QString &s) {
            QString out = s;
            while (out.endsWith(u'\n') || out.endsWith(u'\r'))
                out.chop(1);
            return out;
        });
    if (name == u"title")
        return unaryText([](const QString &s) {
            QString out = s;
            for (qsizetype i = 0; i < out.size(); ++i) {
                if (out.at(i).isLetter() && (i == 0 || !out.at(i - 1).isLetterOrNumber()))
                    out[i] = out.at(i).toUpper();
            }
            return out;
        });
    if (name == u"format") {
        if (!c.count(1, std::numeric_limits<qsizetype>::max()))
            return HclValue::invalid();
        const auto spec = c.text(0);
        if (!spec)
            return HclValue::invalid();
        const std::optional<QString> out = format(*spec, c.args, 1, c.error);
        return out ? HclValue::string(*out) : HclValue::invalid();
    }
    if (name == u"formatlist") {
        if (!c.count(1, std::numeric_limits<qsizetype>::max()))
            return HclValue::invalid();
        const auto spec = c.text(0);
        if (!spec)
            return HclValue::invalid();
        qsizetype length = -1;
        for (qsizetype i = 1; i < c.args.size(); ++i) {
            if (c.args.at(i).type() != Type::Tuple)
                continue;
            const qsizetype n = c.args.at(i).items().size();
            if (length >= 0 && n != length) {
                *c.error = Messages::tr("formatlist(): the lists have different lengths (%1 and %2)").arg(length).arg(n);
                return HclValue::invalid();
            }
            length = n;
        }
        HclValue::Items out;
        for (qsizetype row = 0; row < std::max<qsizetype>(length, 1); ++row) {
            if (length == 0)
                break;
            Args values{c.args.at(0)};
            for (qsizetype i = 1; i < c.args.size(); ++i)
                values.append(c.args.at(i).type() == Type::Tuple ? c.args.at(i).items().at(row) : c.args.at(i));
            const std::optional<QString> line = format(*spec, values, 1, c.error);
            if (!line)
                return HclValue::invalid();
            out.append(HclValue::string(*line));
        }
        return HclValue::tuple(out);
    }
    if (name == u"join") {
        if (!c.count(2, std::numeric_limits<qsizetype>::max()))
            return HclValue::invalid();
        const auto separator = c.text(0);
        if (!separator)
            return HclValue::invalid();
        QStringList parts;
        for (qsizetype i = 1; i < c.args.size(); ++i) {
            const HclValue::Items *list = c.list(i);
            if (!list)
                return HclValue::invalid();
            for (const HclValue &item : *list) {
                const std::optional<QString> t = toText(item);
                if (!t) {
                    *c.error = Messages::tr("join(): the list holds a %1, not a string").arg(item.typeName());
                    return HclValue::invalid();
                }
                parts.append(*t);
            }
        }
        return HclValue::string(parts.join(*separator));
    }
    if (name == u"split") {
        const auto args = c.arguments<QString, QString>();
        if (!args)
            return HclValue::invalid();
        const auto &[separator, text] = *args;
        if (text.isEmpty())
            return HclValue::tuple({});
        return strings(separator.isEmpty() ? QStringList{text} : text.split(separator));
    }
    if (name == u"replace") {
        const auto args = c.arguments<QString, QString, QString>();
        if (!args)
            return HclValue::invalid();
        const auto &[text, search, replacement] = *args;
        if (search.size() > 1 && search.startsWith(u'/') && search.endsWith(u'/')) {
            const QRegularExpression pattern(search.mid(1, search.size() - 2));
            if (!pattern.isValid()) {
                *c.error = Messages::tr("replace(): %1 is not a regular expression").arg(search);
                return HclValue::invalid();
            }
            QString re = replacement;
            re.replace(QRegularExpression(QStringLiteral("\\$\\{?(\\d+)\\}?")), QStringLiteral("\\\\1"));
            return HclValue::string(QString(text).replace(pattern, re));
        }
        return HclValue::string(QString(text).replace(search, replacement));
    }
    if (name == u"substr") {
        const auto args = c.arguments<QString, qint64, qint64>();
        if (!args)
            return HclValue::invalid();
        const auto &[text, offset, length] = *args;
        const QList<uint> chars = text.toUcs4();
        qint64 start = offset < 0 ? qint64(chars.size()) + offset : offset;
        if (start < 0 || start > chars.size()) {
            *c.error = Messages::tr("substr(): offset %1 is outside the string").arg(offset);
            return HclValue::invalid();
        }
        const qint64 n = length < 0 ? qint64(chars.size()) - start : std::min<qint64>(length, qint64(chars.size()) - start);
        const QList<uint> part = chars.mid(start, n);
        return HclValue::string(QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size()));
    }
    if (name == u"trim" || name == u"trimprefix" || name == u"trimsuffix" || name == u"startswith" || name == u"endswith") {
        const auto args = c.arguments<QString, QString>();
        if (!args)
            return HclValue::invalid();
        const auto &[text, other] = *args;
        if (name == u"startswith")
            return HclValue::boolean(text.startsWith(other));
        if (name == u"endswith")
            return HclValue::boolean(text.endsWith(other));
        if (name == u"trimprefix")
            return HclValue::string(text.startsWith(other) ? text.mid(other.size()) : text);
        if (name == u"trimsuffix")
            return HclValue::string(text.endsWith(other) ? text.left(text.size() - other.size()) : text);
        qsizetype from = 0;
        qsizetype to = text.size();
        while (from < to && other.contains(text.at(from)))
            ++from;
        while (to > from && other.contains(text.at(to - 1)))
            --to;
        return HclValue::string(text.mid(from, to - from));
    }
    return std::nullopt;
}

} // namespace sg::HclFunctions::detail
