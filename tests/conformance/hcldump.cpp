// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints what SG Assist's HCL parser read from a .tf file, in the JSON shape @cdktf/hcl2json
// (tmccombs/hcl2json) gives it, so that hclreader.test.mjs can compare the two parsers file by file:
// attributes as values, blocks as {type: {label: ... [bodies]}}, constant values as JSON, templates
// as Terraform's JSON template strings, and every other expression as "${<its source text>}".
// usage: sgassist-hcl-dump FILE.tf   (exit 2 and the first problem on stderr when it does not parse)

#include "hcl/hclparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace sg;

namespace {

using E = HclExpression::Kind;

// Literal text inside a JSON template string: "${" and "%{" must not start a sequence.
QString escapeTemplate(QString text)
{
    text.replace(QStringLiteral("${"), QStringLiteral("$${"));
    text.replace(QStringLiteral("%{"), QStringLiteral("%%{"));
    return text;
}

class Renderer
{
public:
    explicit Renderer(const HclFile &file)
        : m_file(file) {}

    QJsonObject body(const HclBody &content) const
    {
        QJsonObject out;
        for (const HclAttribute &a : content.attributes)
            out.insert(a.name, value(*a.expression));
        for (const HclBlock &b : content.blocks) {
            QStringList path{b.type};
            path += b.labels;
            out = insertBlock(out, path, body(*b.body));
        }
        return out;
    }

private:
    static QJsonObject insertBlock(QJsonObject into, QStringList path, const QJsonObject &content)
    {
        const QString key = path.takeFirst();
        if (path.isEmpty()) {
            QJsonArray list = into.value(key).toArray();
            list.append(content);
            into.insert(key, list);
        } else {
            into.insert(key, insertBlock(into.value(key).toObject(), path, content));
        }
        return into;
    }

    QString wrap(const HclExpression &e) const { return QStringLiteral("${") + m_file.textOf(e) + u'}'; }

    QJsonValue value(const HclExpression &e) const
    {
        switch (e.kind) {
        case E::Literal:
            switch (e.value.type()) {
            case HclValue::Type::Bool: return e.value.toBool();
            case HclValue::Type::Number: return e.value.toNumber();
            case HclValue::Type::String: return e.value.toText();
            default: return QJsonValue::Null;
            }
        case E::Template: {
            // "${x}" alone is the expression itself.
            if (e.operands.size() == 1 && e.operands.front()->kind != E::Literal && e.operands.front()->kind != E::TemplateIf
                && e.operands.front()->kind != E::TemplateFor) {
                return value(*e.operands.front());
            }
            return parts(e);
        }
        case E::Unary:
            if (e.name == u"-" && e.operands.front()->kind == E::Literal && e.operands.front()->value.type() == HclValue::Type::Number)
                return -e.operands.front()->value.toNumber();
            return wrap(e);
        case E::Tuple: {
            QJsonArray out;
            for (const auto &item : e.operands)
                out.append(value(*item));
            return out;
        }
        case E::Object: {
            QJsonObject out;
            for (size_t i = 0; i + 1 < e.operands.size(); i += 2) {
                const HclExpression &key = *e.operands[i];
                QString name;
                if (key.kind == E::Literal)
                    name = key.value.type() == HclValue::Type::String ? key.value.toText() : HclValue(key.value).display();
                else if (key.kind == E::Template && key.operands.size() == 1 && key.operands.front()->kind == E::Literal)
                    name = key.operands.front()->value.toText();
                else
                    name = wrap(key);
                out.insert(name, value(*e.operands[i + 1]));
            }
            return out;
        }
        default: return wrap(e);
        }
    }

    // The parts of a template (or of a directive's body) as one JSON template string.
    QString parts(const HclExpression &templ) const
    {
        QString out;
        for (const auto &part : templ.operands)
            out += templatePart(*part);
        return out;
    }

    QString templatePart(const HclExpression &part) const
    {
        switch (part.kind) {
        case E::Literal:
            if (part.value.type() == HclValue::Type::String)
                return escapeTemplate(part.value.toText());
            return wrap(part); // "${1}": an interpolated literal
        case E::TemplateIf: {
            QString out = QStringLiteral("%{if ") + m_file.textOf(*part.operands.at(0)) + u'}' + parts(*part.operands.at(1));
            if (const HclExpression *otherwise = part.operand(2))
                out += QStringLiteral("%{else}") + parts(*otherwise);
            return out + QStringLiteral("%{endif}");
        }
        case E::TemplateFor: {
            const QString names = part.name.isEmpty() ? part.name2 : part.name + QStringLiteral(", ") + part.name2;
            return QStringLiteral("%{for ") + names + QStringLiteral(" in ") + m_file.textOf(*part.operands.at(0)) + u'}'
                + parts(*part.operands.at(1)) + QStringLiteral("%{endfor}");
        }
        default: return wrap(part);
        }
    }

    const HclFile &m_file;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fputs("usage: sgassist-hcl-dump FILE.tf\n", stderr);
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(1)), qPrintable(file.errorString()));
        return 3;
    }
    Diagnostics diagnostics;
    const std::unique_ptr<HclFile> parsed = HclParser::parse(file.readAll(), args.at(1), diagnostics);
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(diagnostics.value(0).toString()));
        return 2;
    }
    const QByteArray json = QJsonDocument(Renderer(*parsed).body(parsed->body)).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
