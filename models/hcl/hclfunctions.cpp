// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hclfunctions.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace sg::HclFunctions {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sg::HclFunctions", text);
}

using Args = QList<HclValue>;
using Type = HclValue::Type;

// Argument checks: each returns false after setting *error.
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

HclValue strings(const QStringList &list)
{
    HclValue::Items items;
    for (const QString &s : list)
        items.append(HclValue::string(s));
    return HclValue::tuple(items);
}

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
        width = std::max(width, 0) * 10 + spec.at((*i)++).digitValue();
    int precision = -1;
    if (*i < spec.size() && spec.at(*i) == u'.') {
        ++*i;
        precision = 0;
        while (*i < spec.size() && spec.at(*i).isDigit())
            precision = precision * 10 + spec.at((*i)++).digitValue();
    }
    if (*i >= spec.size()) {
        *error = tr("format(): the specification ends in the middle of a verb");
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
                *error = tr("format(): %s needs a string, not a %1").arg(value.typeName());
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
            *error = tr("format(): %q needs a string, not a %1").arg(value.typeName());
            return std::nullopt;
        }
        out = HclValue::string(*t).display();
        break;
    }
    case u't': {
        const std::optional<bool> b = toBool(value);
        if (!b) {
            *error = tr("format(): %t needs a bool, not a %1").arg(value.typeName());
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
            *error = tr("format(): %%%1 needs a whole number, not %2").arg(verb).arg(value.display());
            return std::nullopt;
        }
        const int base = verb == u'd' ? 10 : verb == u'b' ? 2 : verb == u'o' ? 8 : 16;
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
            *error = tr("format(): %%%1 needs a number, not %2").arg(verb).arg(value.display());
            return std::nullopt;
        }
        out = signedNumber(*n, QString::number(*n, char(verb.unicode()), precision < 0 ? 6 : precision));
        break;
    }
    default:
        *error = tr("format(): %%%1 is not a verb; use %s, %d, %f, %t, %q or %v").arg(verb);
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
                *error = tr("format(): a bad argument index in %1").arg(spec);
                return std::nullopt;
            }
            next = first + n - 1;
            i = close + 1;
        }
        if (next >= values.size()) {
            *error = tr("format(): not enough arguments for %1").arg(spec);
            return std::nullopt;
        }
        const std::optional<QString> piece = formatVerb(spec, &i, values.at(next++), error);
        if (!piece)
            return std::nullopt;
        out += *piece;
    }
    return out;
}

// 128-bit address arithmetic for cidrsubnet() and cidrhost().
struct Block
{
    quint64 hi = 0;
    quint64 lo = 0;
    int prefix = 0;
    int bits = 32;
};

std::optional<Block> parseBlock(const QString &text, QString *error)
{
    const auto [address, prefix] = QHostAddress::parseSubnet(text);
    if (address.isNull() || !text.contains(u'/')) {
        *error = tr("\"%1\" is not a CIDR block").arg(text);
        return std::nullopt;
    }
    Block b;
    b.prefix = prefix;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        b.lo = address.toIPv4Address();
    } else {
        b.bits = 128;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        for (int i = 0; i < 8; ++i) {
            b.hi = (b.hi << 8) | bytes[i];
            b.lo = (b.lo << 8) | bytes[i + 8];
        }
    }
    return b;
}

// Adds `value` shifted left by `shift` bits to the address (bits above the address are dropped).
void addShifted(Block &b, quint64 value, int shift)
{
    if (shift >= 128)
        return;
    quint64 hi = 0;
    quint64 lo = 0;
    if (shift == 0) {
        lo = value;
    } else if (shift < 64) {
        lo = value << shift;
        hi = value >> (64 - shift);
    } else {
        hi = value << (shift - 64);
    }
    const quint64 sum = b.lo + lo;
    b.hi += hi + (sum < b.lo ? 1 : 0);
    b.lo = sum;
}

QString blockText(const Block &b, bool withPrefix)
{
    QString address;
    if (b.bits == 32) {
        address = QHostAddress(quint32(b.lo)).toString();
    } else {
        Q_IPV6ADDR bytes;
        for (int i = 0; i < 8; ++i) {
            bytes[7 - i] = quint8(b.hi >> (8 * i));
            bytes[15 - i] = quint8(b.lo >> (8 * i));
        }
        address = QHostAddress(bytes).toString();
    }
    return withPrefix ? address + u'/' + QString::number(b.prefix) : address;
}

// Clears the host bits below the prefix.
void network(Block &b)
{
    const int host = b.bits - b.prefix;
    if (host >= 64) {
        b.lo = 0;
        const int inHi = host - 64;
        b.hi = inHi >= 64 ? 0 : (b.hi >> inHi) << inHi;
    } else if (host > 0) {
        b.lo = (b.lo >> host) << host;
    }
}

std::optional<HclValue> cidr(QStringView name, Call &c)
{
    if (name == u"cidrsubnet") {
        if (!c.count(3, 3))
            return HclValue::invalid();
        const auto prefix = c.text(0);
        const auto newbits = prefix ? c.integer(1) : std::nullopt;
        const auto netnum = newbits ? c.integer(2) : std::nullopt;
        if (!netnum)
            return HclValue::invalid();
        std::optional<Block> b = parseBlock(*prefix, c.error);
        if (!b)
            return HclValue::invalid();
        if (*newbits < 0 || b->prefix + *newbits > b->bits || *newbits > 62 || *netnum < 0 || (*netnum >> *newbits) != 0) {
            *c.error = tr("cidrsubnet(): %1 new bits cannot number subnet %2 of %3").arg(*newbits).arg(*netnum).arg(*prefix);
            return HclValue::invalid();
        }
        network(*b);
        b->prefix += int(*newbits);
        addShifted(*b, quint64(*netnum), b->bits - b->prefix);
        return HclValue::string(blockText(*b, true));
    }
    if (name == u"cidrhost") {
        if (!c.count(2, 2))
            return HclValue::invalid();
        const auto prefix = c.text(0);
        const auto host = prefix ? c.integer(1) : std::nullopt;
        if (!host)
            return HclValue::invalid();
        std::optional<Block> b = parseBlock(*prefix, c.error);
        if (!b)
            return HclValue::invalid();
        const int hostBits = b->bits - b->prefix;
        if (*host < 0 || (hostBits < 62 && (*host >> hostBits) != 0)) {
            *c.error = tr("cidrhost(): host %1 is outside %2").arg(*host).arg(*prefix);
            return HclValue::invalid();
        }
        network(*b);
        addShifted(*b, quint64(*host), 0);
        return HclValue::string(blockText(*b, false));
    }
    if (name == u"cidrnetmask") {
        if (!c.count(1, 1))
            return HclValue::invalid();
        const auto prefix = c.text(0);
        if (!prefix)
            return HclValue::invalid();
        std::optional<Block> b = parseBlock(*prefix, c.error);
        if (!b)
            return HclValue::invalid();
        if (b->bits != 32) {
            *c.error = tr("cidrnetmask(): only IPv4 blocks have a netmask");
            return HclValue::invalid();
        }
        const quint32 mask = b->prefix == 0 ? 0 : ~quint32(0) << (32 - b->prefix);
        return HclValue::string(QHostAddress(mask).toString());
    }
    return std::nullopt;
}

bool sameValue(const HclValue &a, const HclValue &b)
{
    return a == b;
}

// Terraform sorts the elements of a set of strings; other sets keep their order here.
HclValue toSet(const HclValue::Items &items)
{
    HclValue::Items out;
    for (const HclValue &item : items) {
        if (std::none_of(out.cbegin(), out.cend(), [&](const HclValue &o) { return sameValue(o, item); }))
            out.append(item);
    }
    if (std::all_of(out.cbegin(), out.cend(), [](const HclValue &v) { return v.type() == Type::String; }))
        std::sort(out.begin(), out.end(), [](const HclValue &a, const HclValue &b) { return a.toText() < b.toText(); });
    return HclValue::tuple(out);
}

std::optional<HclValue> stringFunctions(QStringView name, Call &c)
{
    const auto unaryText = [&](const std::function<QString(const QString &)> &f) -> HclValue {
        if (!c.count(1, 1))
            return HclValue::invalid();
        const auto t = c.text(0);
        return t ? HclValue::string(f(*t)) : HclValue::invalid();
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
                *c.error = tr("formatlist(): the lists have different lengths (%1 and %2)").arg(length).arg(n);
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
                    *c.error = tr("join(): the list holds a %1, not a string").arg(item.typeName());
                    return HclValue::invalid();
                }
                parts.append(*t);
            }
        }
        return HclValue::string(parts.join(*separator));
    }
    if (name == u"split") {
        if (!c.count(2, 2))
            return HclValue::invalid();
        const auto separator = c.text(0);
        const auto text = separator ? c.text(1) : std::nullopt;
        if (!text)
            return HclValue::invalid();
        if (text->isEmpty())
            return HclValue::tuple({});
        return strings(separator->isEmpty() ? QStringList{*text} : text->split(*separator));
    }
    if (name == u"replace") {
        if (!c.count(3, 3))
            return HclValue::invalid();
        const auto text = c.text(0);
        const auto search = text ? c.text(1) : std::nullopt;
        const auto replacement = search ? c.text(2) : std::nullopt;
        if (!replacement)
            return HclValue::invalid();
        if (search->size() > 1 && search->startsWith(u'/') && search->endsWith(u'/')) {
            const QRegularExpression pattern(search->mid(1, search->size() - 2));
            if (!pattern.isValid()) {
                *c.error = tr("replace(): %1 is not a regular expression").arg(*search);
                return HclValue::invalid();
            }
            QString re = *replacement;
            re.replace(QRegularExpression(QStringLiteral("\\$\\{?(\\d+)\\}?")), QStringLiteral("\\\\1"));
            return HclValue::string(QString(*text).replace(pattern, re));
        }
        return HclValue::string(QString(*text).replace(*search, *replacement));
    }
    if (name == u"substr") {
        if (!c.count(3, 3))
            return HclValue::invalid();
        const auto text = c.text(0);
        const auto offset = text ? c.integer(1) : std::nullopt;
        const auto length = offset ? c.integer(2) : std::nullopt;
        if (!length)
            return HclValue::invalid();
        const QList<uint> chars = text->toUcs4();
        qint64 start = *offset < 0 ? qint64(chars.size()) + *offset : *offset;
        if (start < 0 || start > chars.size()) {
            *c.error = tr("substr(): offset %1 is outside the string").arg(*offset);
            return HclValue::invalid();
        }
        const qint64 n = *length < 0 ? qint64(chars.size()) - start : std::min<qint64>(*length, qint64(chars.size()) - start);
        const QList<uint> part = chars.mid(start, n);
        return HclValue::string(QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size()));
    }
    if (name == u"trim" || name == u"trimprefix" || name == u"trimsuffix" || name == u"startswith" || name == u"endswith") {
        if (!c.count(2, 2))
            return HclValue::invalid();
        const auto text = c.text(0);
        const auto other = text ? c.text(1) : std::nullopt;
        if (!other)
            return HclValue::invalid();
        if (name == u"startswith")
            return HclValue::boolean(text->startsWith(*other));
        if (name == u"endswith")
            return HclValue::boolean(text->endsWith(*other));
        if (name == u"trimprefix")
            return HclValue::string(text->startsWith(*other) ? text->mid(other->size()) : *text);
        if (name == u"trimsuffix")
            return HclValue::string(text->endsWith(*other) ? text->left(text->size() - other->size()) : *text);
        qsizetype from = 0;
        qsizetype to = text->size();
        while (from < to && other->contains(text->at(from)))
            ++from;
        while (to > from && other->contains(text->at(to - 1)))
            --to;
        return HclValue::string(text->mid(from, to - from));
    }
    return std::nullopt;
}

std::optional<HclValue> collectionFunctions(QStringView name, Call &c)
{
    const auto any = std::numeric_limits<qsizetype>::max();
    if (name == u"length") {
        if (!c.count(1, 1))
            return HclValue::invalid();
        const HclValue &v = c.args.at(0);
        if (v.type() == Type::Tuple)
            return HclValue::number(double(v.items().size()));
        if (v.type() == Type::Object)
            return HclValue::number(double(v.fields().size()));
        if (v.type() == Type::String)
            return HclValue::number(double(v.toText().toUcs4().size()));
        *c.error = tr("length() needs a list, map or string, not %1").arg(v.typeName());
        return HclValue::invalid();
    }
    if (name == u"concat") {
        HclValue::Items out;
        for (qsizetype i = 0; i < c.args.size(); ++i) {
            const HclValue::Items *list = c.list(i);
            if (!list)
                return HclValue::invalid();
            out += *list;
        }
        return HclValue::tuple(out);
    }
    if (name == u"element") {
        if (!c.count(2, 2))
            return HclValue::invalid();
        const HclValue::Items *list = c.list(0);
        const auto index = list ? c.integer(1) : std::nullopt;
        if (!index)
            return HclValue::invalid();
        if (list->isEmpty() || *index < 0) {
            *c.error = list->isEmpty() ? tr("element() cannot pick from an empty list") : tr("element() needs an index of 0 or more");
            return HclValue::invalid();
        }
        return list->at(*index % list->size());
    }
    if (name == u"index") {
        if (!c.count(2, 2))
            return HclValue::invalid();
        const HclValue::Items *list = c.list(0);
        if (!list)
            return HclValue::invalid();
        const qsizetype at = list->indexOf(c.args.at(1));
        if (at < 0) {
            *c.error = tr("index(): the list does not hold %1").arg(c.args.at(1).display());
            return HclValue::invalid();
        }
        return HclValue::number(double(at));
    }
    if (name == u"lookup") {
        if (!c.count(2, 3))
            return HclValue::invalid();
        const HclValue::Fields *map = c.map(0);
        const auto key = map ? c.text(1) : std::nullopt;
        if (!key)
            return HclValue::invalid();
        if (map->contains(*key))
            return map->value(*key);
        if (c.args.size() == 3)
            return c.args.at(2);
        *c.error = tr("lookup(): the map has no key \"%1\" and no default is given").arg(*key);
        return HclValue::invalid();
    }
    if (name == u"contains") {
        if (!c.count(2, 2))
            return HclValue::invalid();
        const HclValue::Items *list = c.list(0);
        return list ? HclValue::boolean(list->contains(c.args.at(1))) : HclValue::invalid();
    }
    if (name == u"keys" || name == u"values") {
        if (!c.count(1, 1))
            return HclValue::invalid();
        const HclValue::Fields *map = c.map(0);
        if (!map)
            return HclValue::invalid();
        return name == u"keys" ? strings(map->keys()) : HclValue::tuple(map->values());
    }
    if (name == u"merge") {
        HclValue::Fields out;
        for (qsizetype i = 0; i < c.args.size(); ++i) {
            if (c.args.at(i).isNull())
                continue;
            const HclValue::Fields *map = c.map(i);
            if (!map)
                return HclValue::invalid();
            out.insert(*map);
        }
        return HclValue::object(out);
    }
    if (name == u"zipmap") {
        if (!c.count(2, 2))
            return HclValue::invalid();
        const HclValue::Items *keys = c.list(0);
        const HclValue::Items *values = keys ? c.list(1) : nullptr;
        if (!values)
            return HclValue::invalid();
        if (keys->size() != values->size()) {
            *c.error = tr("zipmap(): %1 keys for %2 values").arg(keys->size()).arg(values->size());
            return HclValue::invalid();
        }
        HclValue::Fields out;
        for (qsizetype i = 0; i < keys->size(); ++i) {
            const std::optional<QString> key = toText(keys->at(i));
            if (!key) {
                *c.error = tr("zipmap(): key %1 is not a string").arg(i + 1);
                return HclValue::invalid();
            }
            out.insert(*key, values->at(i));
        }
        return HclValue::object(out);
    }
    if (name == u"flatten") {
        if (!c.count(1, 1))
            return HclValue::invalid();
        const HclValue::Items *list = c.list(0);
        if (!list)
            return HclValue::invalid();
        HclValue::Items out;
        std::function<void(const HclValue::Items &)> walk = [&](const HclValue::Items &items) {
            for (const HclValue &item : items) {
                if (item.type() == Type::Tuple)
                    walk(item.items());
                else
                    out.append(item);
            }
        };
        walk(*list);
        return HclValue::tuple(out);
    }
    if (name == u"compact" || name == u"distinct" || name == u"reverse" || name == u"sort" || name == u"tolist"
        || name == u"toset" || name == u"one" || name == u"sum" || name == u"coalescelist") {
        if (name == u"coalescelist") {
            for (qsizetype i = 0; i < c.args.size(); ++i) {
                const HclValue::Items *list = c.list(i);
                if (!list)
                    return HclValue::invalid();
                if (!list->isEmpty())
                    return c.args.at(i);
            }
            *c.error = tr("coalescelist(): every list is empty");
            return HclValue::invalid();
        }
        if (!c.count(1, 1))
            return HclValue::invalid();
        if (name == u"one" && c.args.at(0).isNull())
            return HclValue();
        const HclValue::Items *list = c.list(0);
        if (!list)
            return HclValue::invalid();
        HclValue::Items out;
        if (name == u"compact") {
            for (const HclValue &item : *list) {
                if (!item.isNull() && !(item.type() == Type::String && item.toText().isEmpty()))
                    out.append(item);
            }
        } else if (name == u"distinct") {
            for (const HclValue &item : *list) {
                if (!out.contains(item))
                    out.append(item);
            }
        } else if (name == u"reverse") {
            out = *list;
            std::reverse(out.begin(), out.end());
        } else if (name == u"sort") {
            QStringList texts;
            for (const HclValue &item : *list) {
                const std::optional<QString> t = toText(item);
                if (!t) {
                    *c.error = tr("sort() needs a list of strings");
                    return HclValue::invalid();
                }
                texts.append(*t);
            }
            texts.sort();
            return strings(texts);
        } else if (name == u"toset") {
            return toSet(*list);
        } else if (name == u"one") {
            if (list->size() > 1) {
                *c.error = tr("one() needs a list of at most one element, not %1").arg(list->size());
                return HclValue::invalid();
            }
            return list->isEmpty() ? HclValue() : list->first();
        } else if (name == u"sum") {
            double total = 0;
            for (const HclValue &item : *list) {
                const std::optional<double> n = toNumber(item);
                if (!n) {
                    *c.error = tr("sum() needs a list of numbers");
                    return HclValue::invalid();
                }
                total += *n;
            }
            return HclValue::number(total);
        } else {
            out = *list;
        }
        return HclValue::tuple(out);
    }
    if (name == u"slice") {
        if (!c.count(3, 3))
            return HclValue::invalid();
        const HclValue::Items *list = c.list(0);
        const auto from = list ? c.integer(1) : std::nullopt;
        const auto to = from ? c.integer(2) : std::nullopt;
        if (!to)
            return HclValue::invalid();
        if (*from < 0 || *to < *from || *to > list->size()) {
            *c.error = tr("slice(): %1 to %2 is outside a list of %3").arg(*from).arg(*to).arg(list->size());
            return HclValue::invalid();
        }
        return HclValue::tuple(list->mid(*from, *to - *from));
    }
    if (name == u"range") {
        if (!c.count(1, 3))
            return HclValue::invalid();
        double start = 0;
        double step = 1;
        std::optional<double> limit;
        if (c.args.size() == 1) {
            limit = c.number(0);
        } else {
            const auto s = c.number(0);
            limit = s ? c.number(1) : std::nullopt;
            if (s)
                start = *s;
            if (limit && c.args.size() == 3) {
                const auto st = c.number(2);
                if (!st)
                    return HclValue::invalid();
                step = *st;
            } else if (limit && *limit < start) {
                step = -1;
            }
        }
        if (!limit)
            return HclValue::invalid();
        if (step == 0 || std::abs((*limit - start) / step) > 1024) {
            *c.error = tr("range(): at most 1024 elements");
            return HclValue::invalid();
        }
        HclValue::Items out;
        for (double v = start; step > 0 ? v < *limit : v > *limit; v += step)
            out.append(HclValue::number(v));
        return HclValue::tuple(out);
    }
    if (name == u"coalesce") {
        if (!c.count(1, any))
            return HclValue::invalid();
        for (const HclValue &v : c.args) {
            if (!v.isNull() && !(v.type() == Type::String && v.toText().isEmpty()))
                return v;
        }
        *c.error = tr("coalesce(): every argument is null or empty");
        return HclValue::invalid();
    }
    return std::nullopt;
}

std::optional<HclValue> numberFunctions(QStringView name, Call &c)
{
    const auto unary = [&](double (*f)(double)) -> HclValue {
        if (!c.count(1, 1))
            return HclValue::invalid();
        const auto n = c.number(0);
        return n ? HclValue::number(f(*n)) : HclValue::invalid();
    };
    if (name == u"abs")
        return unary([](double x) { return std::abs(x); });
    if (name == u"ceil")
        return unary([](double x) { return std::ceil(x); });
    if (name == u"floor")
        return unary([](double x) { return std::floor(x); });
    if (name == u"signum")
        return unary([](double x) { return x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0; });
    if (name == u"min" || name == u"max") {
        if (!c.count(1, std::numeric_limits<qsizetype>::max()))
            return HclValue::invalid();
        std::optional<double> best;
        for (qsizetype i = 0; i < c.args.size(); ++i) {
            const auto n = c.number(i);
            if (!n)
                return HclValue::invalid();
            if (!best || (name == u"min" ? *n < *best : *n > *best))
                best = n;
        }
        return HclValue::number(*best);
    }
    if (name == u"pow") {
        if (!c.count(2, 2))
            return HclValue::invalid();
        const auto a = c.number(0);
        const auto b = a ? c.number(1) : std::nullopt;
        return b ? HclValue::number(std::pow(*a, *b)) : HclValue::invalid();
    }
    if (name == u"parseint") {
        if (!c.count(2, 2))
            return HclValue::invalid();
        const auto text = c.text(0);
        const auto base = text ? c.integer(1) : std::nullopt;
        if (!base)
            return HclValue::invalid();
        bool ok = false;
        const qint64 v = (*base >= 2 && *base <= 36) ? text->toLongLong(&ok, int(*base)) : 0;
        if (!ok) {
            *c.error = tr("parseint(): \"%1\" is not a number in base %2").arg(*text).arg(*base);
            return HclValue::invalid();
        }
        return HclValue::number(double(v));
    }
    return std::nullopt;
}

std::optional<HclValue> conversions(QStringView name, Call &c)
{
    if (name != u"tostring" && name != u"tonumber" && name != u"tobool" && name != u"tomap")
        return std::nullopt;
    if (!c.count(1, 1))
        return HclValue::invalid();
    const HclValue &v = c.args.at(0);
    if (v.isNull())
        return v;
    if (name == u"tomap") {
        if (v.type() != Type::Object) {
            *c.error = tr("tomap() needs a map or object, not %1").arg(v.typeName());
            return HclValue::invalid();
        }
        return v;
    }
    if (name == u"tostring") {
        const auto t = toText(v);
        if (!t) {
            *c.error = tr("tostring() cannot convert a %1 to a string").arg(v.typeName());
            return HclValue::invalid();
        }
        return HclValue::string(*t);
    }
    if (name == u"tonumber") {
        const auto n = toNumber(v);
        if (!n) {
            *c.error = tr("tonumber() cannot convert %1 to a number").arg(v.display());
            return HclValue::invalid();
        }
        return HclValue::number(*n);
    }
    const auto b = toBool(v);
    if (!b) {
        *c.error = tr("tobool() cannot convert %1 to a bool").arg(v.display());
        return HclValue::invalid();
    }
    return HclValue::boolean(*b);
}

} // namespace

std::optional<QString> toText(const HclValue &value)
{
    switch (value.type()) {
    case Type::String: return value.toText();
    case Type::Number: return HclValue::numberText(value.toNumber());
    case Type::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: return std::nullopt;
    }
}

std::optional<double> toNumber(const HclValue &value)
{
    if (value.type() == Type::Number)
        return value.toNumber();
    if (value.type() != Type::String)
        return std::nullopt;
    bool ok = false;
    const QString text = value.toText();
    static const QRegularExpression shape(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const double n = text.toDouble(&ok);
    return ok ? std::optional<double>(n) : std::nullopt;
}

std::optional<bool> toBool(const HclValue &value)
{
    if (value.type() == Type::Bool)
        return value.toBool();
    if (value.type() == Type::String && (value.toText() == u"true" || value.toText() == u"false"))
        return value.toText() == u"true";
    return std::nullopt;
}

bool acceptsUnknownElements(QStringView name)
{
    static const QSet<QString> names{
        QStringLiteral("length"), QStringLiteral("element"), QStringLiteral("lookup"), QStringLiteral("concat"),
        QStringLiteral("merge"), QStringLiteral("slice"), QStringLiteral("flatten"), QStringLiteral("keys"),
        QStringLiteral("values"), QStringLiteral("tolist"), QStringLiteral("tomap"), QStringLiteral("reverse"),
        QStringLiteral("zipmap"), QStringLiteral("coalescelist"), QStringLiteral("one")};
    return names.contains(name.toString());
}

std::optional<HclValue> call(QStringView name, const QList<HclValue> &arguments, QString *error)
{
    Call c{name, arguments, error};
    if (auto v = stringFunctions(name, c))
        return v;
    if (auto v = collectionFunctions(name, c))
        return v;
    if (auto v = numberFunctions(name, c))
        return v;
    if (auto v = conversions(name, c))
        return v;
    if (auto v = cidr(name, c))
        return v;
    return std::nullopt;
}

} // namespace sg::HclFunctions
