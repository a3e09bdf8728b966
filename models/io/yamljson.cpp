// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamljson.h"

#include "fileio.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <sstream>

namespace sg {
namespace {

// Paths deeper than this get no line: enough for Resources.X.Properties.List[i].
constexpr int LineDepth = 6;

const QRegularExpression &boolPattern()
{
    static const QRegularExpression p(QStringLiteral("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    return p;
}

const QRegularExpression &intPattern()
{
    static const QRegularExpression p(QStringLiteral(
        "^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return p;
}

const QRegularExpression &floatPattern()
{
    static const QRegularExpression p(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return p;
}

// 1:30:00 style numbers: base 60 digits.
double sexagesimal(const QString &text)
{
    double value = 0;
    for (const QString &part : text.split(u':'))
        value = value * 60 + part.toDouble();
    return value;
}

QJsonValue integer(QString text)
{
    text.remove(u'_');
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        negative = text.startsWith(u'-');
        text.remove(0, 1);
    }
    double value = 0;
    bool ok = true;
    if (text.contains(u':'))
        value = sexagesimal(text);
    else if (text.startsWith(QLatin1StringView("0b")))
        value = double(text.mid(2).toULongLong(&ok, 2));
    else if (text.startsWith(QLatin1StringView("0x")))
        value = double(text.mid(2).toULongLong(&ok, 16));
    else if (text.size() > 1 && text.startsWith(u'0'))
        value = double(text.mid(1).toULongLong(&ok, 8));
    else
        value = text.toDouble(&ok);
    if (!ok)
        return text; // too large for 64 bits: keep the digits
    return negative ? -value : value;
}

QJsonValue floating(QString text)
{
    text.remove(u'_');
    const QString lower = text.toLower();
    if (lower.endsWith(QLatin1StringView(".inf")))
        return lower.startsWith(u'-') ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (lower == u".nan")
        return std::numeric_limits<double>::quiet_NaN();
    if (text.contains(u':')) {
        const bool negative = text.startsWith(u'-');
        const double v = sexagesimal(negative || text.startsWith(u'+') ? text.mid(1) : text);
        return negative ? -v : v;
    }
    return text.toDouble();
}

// Listens to yaml-cpp's parser and keeps nothing: for counting documents.
class Silent final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// The number of documents, counting to two at most. yaml-cpp 0.7's LoadAll() loops for ever on
// some broken streams (a lone ",": upstream issue 1040), each round adding an empty document; here
// the parser gets two rounds and no more.
int documentCount(const std::string &text)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    Silent handler;
    int count = 0;
    while (count < 2 && parser.HandleNextDocument(handler))
        ++count;
    return count;
}

class Converter
{
public:
    Converter(YamlJson::Result &result, const QString &fileName, Diagnostics &diagnostics)
        : m_result(result), m_file(fileName), m_diagnostics(diagnostics)
    {
    }

    // Returns false after reporting a problem.
    bool convert(const YAML::Node &node, QJsonValue &out, const QString &path, int depth)
    {
        if (++m_count > YamlJson::MaxValues) {
            report(node, YamlJson::tr("the YAML expands to more than %1 values (aliases repeated too often)").arg(YamlJson::MaxValues));
            return false;
        }
        if (depth > YamlJson::MaxDepth) {
            report(node, YamlJson::tr("nested more than %1 levels deep").arg(YamlJson::MaxDepth));
            return false;
        }
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null: out = QJsonValue::Null; return true;
        case YAML::NodeType::Scalar: return scalar(node, out);
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            int i = 0;
            for (const YAML::Node &item : node) {
                QJsonValue v;
                const QString itemPath = depth < LineDepth ? QStringLiteral("%1[%2]").arg(path).arg(i) : QString();
                if (!itemPath.isEmpty() && !item.Mark().is_null())
                    m_result.lines.insert(itemPath, item.Mark().line + 1);
                if (!convert(item, v, itemPath, depth + 1))
                    return false;
                array.append(v);
                ++i;
            }
            out = array;
            return true;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            QList<QJsonObject> merged;
            // Each entry is a temporary pair of node handles: keep copies, never references into it.
            for (const auto &entry : node) {
                const YAML::Node key = entry.first;
                const YAML::Node item = entry.second;
                QString name;
                if (!keyText(key, &name))
                    return false;
                const QString childPath = depth < LineDepth ? (path.isEmpty() ? name : path + u'.' + name) : QString();
                if (depth < LineDepth && !key.Mark().is_null())
                    m_result.lines.insert(childPath, key.Mark().line + 1);
                QJsonValue v;
                if (!convert(item, v, childPath, depth + 1))
                    return false;
                if (name == u"<<" && key.Tag() == "?" && (v.isObject() || v.isArray())) {
                    // A merge key: its mappings supply the keys this mapping does not set.
                    if (v.isObject()) {
                        merged.append(v.toObject());
                    } else {
                        const QJsonArray list = v.toArray();
                        for (const QJsonValue &m : list)
                            merged.append(m.toObject());
                    }
                    continue;
                }
                object.insert(name, v);
            }
            for (const QJsonObject &m : std::as_const(merged)) {
                for (auto mit = m.constBegin(); mit != m.constEnd(); ++mit) {
                    if (!object.contains(mit.key()))
                        object.insert(mit.key(), mit.value());
                }
            }
            out = object;
            return true;
        }
        }
        return true;
    }

private:
    void report(const YAML::Node &node, const QString &message)
    {
        const YAML::Mark mark = node.Mark();
        m_diagnostics.append(Diagnostic::error(
            SourceLocation{m_file, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1}, message));
    }

    // A key as json.dump writes it: strings as they are, numbers and booleans in their JSON form.
    bool keyText(const YAML::Node &key, QString *name)
    {
        if (key.IsNull()) {
            *name = QStringLiteral("null");
            return true;
        }
        if (!key.IsScalar()) {
            report(key, YamlJson::tr("a mapping key must be a plain value, not a list or mapping"));
            return false;
        }
        QJsonValue v;
        if (!scalar(key, v))
            return false;
        if (v.isBool())
            *name = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            *name = v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 1e15 ? QString::number(qint64(v.toDouble()))
                                                                                              : QString::number(v.toDouble());
        else if (v.isNull())
            *name = QStringLiteral("null");
        else
            *name = v.toString();
        return true;
    }

    bool scalar(const YAML::Node &node, QJsonValue &out)
    {
        const QString text = decodeUtf8(node.Scalar());
        const std::string &tag = node.Tag();
        if (tag == "!" || tag == "tag:yaml.org,2002:str") {
            out = text;
            return true;
        }
        if (tag == "?") {
            out = YamlJson::plainScalar(text);
            return true;
        }
        if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float") {
            bool ok = false;
            const double v = QString(text).remove(u'_').toDouble(&ok);
            if (!ok) {
                report(node, YamlJson::tr("\"%1\" is not a number").arg(text));
                return false;
            }
            out = v;
            return true;
        }
        if (tag == "tag:yaml.org,2002:bool" || tag == "tag:yaml.org,2002:null") {
            out = YamlJson::plainScalar(text);
            return true;
        }
        report(node, YamlJson::tr("the YAML tag %1 is not supported in templates").arg(QString::fromStdString(tag)));
        return false;
    }

    YamlJson::Result &m_result;
    QString m_file;
    Diagnostics &m_diagnostics;
    qsizetype m_count = 0;
};

} // namespace

QJsonValue YamlJson::plainScalar(const QString &text)
{
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return QJsonValue::Null;
    const QChar first = text.front();
    if (first.isLetter() && boolPattern().match(text).hasMatch()) {
        const QString lower = text.toLower();
        return lower == u"yes" || lower == u"true" || lower == u"on";
    }
    if (first.isDigit() || first == u'-' || first == u'+' || first == u'.') {
        if (intPattern().match(text).hasMatch())
            return integer(text);
        if (floatPattern().match(text).hasMatch())
            return floating(text);
    }
    return text;
}

std::optional<YamlJson::Result> YamlJson::parse(const QByteArray &utf8, const QString &fileName, Diagnostics &diagnostics)
{
    QByteArrayView bytes(utf8);
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        diagnostics.append(Diagnostic::error(SourceLocation{fileName}, tr("the file is not valid UTF-8 text")));
        return std::nullopt;
    }
    if (bytes.contains('\0')) {
        diagnostics.append(Diagnostic::error(SourceLocation{fileName}, tr("the file holds a NUL byte: it is not a text file")));
        return std::nullopt;
    }
    YAML::Node document;
    try {
        const std::string source(bytes.data(), size_t(bytes.size()));
        const int count = documentCount(source);
        if (count > 1) {
            diagnostics.append(Diagnostic::error(SourceLocation{fileName}, tr("the file holds several YAML documents; a template is one")));
            return std::nullopt;
        }
        if (count == 0)
            return Result{};
        document = YAML::Load(source);
    } catch (const YAML::Exception &e) {
        const bool hasMark = !e.mark.is_null();
        diagnostics.append(Diagnostic::error(SourceLocation{fileName, hasMark ? e.mark.line + 1 : 0, hasMark ? e.mark.column + 1 : 0},
                                             tr("not valid YAML: %1").arg(QString::fromStdString(e.msg))));
        return std::nullopt;
    }
    Result result;
    try {
        Converter converter(result, fileName, diagnostics);
        if (!converter.convert(document, result.value, QString(), 0))
            return std::nullopt;
    } catch (const YAML::Exception &e) {
        diagnostics.append(Diagnostic::error(SourceLocation{fileName}, tr("not valid YAML: %1").arg(QString::fromStdString(e.msg))));
        return std::nullopt;
    }
    return result;
}

} // namespace sg
