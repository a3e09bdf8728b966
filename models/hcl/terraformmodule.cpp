// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terraformmodule.h"

#include "hclfunctions.h"
#include "hclparser.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sg {
namespace {

using Type = HclValue::Type;

// Locals may refer to locals; a chain longer than this is refused rather than recursed into.
constexpr int MaxLocalDepth = 64;

HclValue fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool: return HclValue::boolean(json.toBool());
    case QJsonValue::Double: return HclValue::number(json.toDouble());
    case QJsonValue::String: return HclValue::string(json.toString());
    case QJsonValue::Array: {
        HclValue::Items items;
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            items.append(fromJson(item));
        return HclValue::tuple(items);
    }
    case QJsonValue::Object: {
        HclValue::Fields fields;
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            fields.insert(it.key(), fromJson(it.value()));
        return HclValue::object(fields);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

// "string", "number", "bool" for a primitive type constraint; empty for any other (or none).
QString primitiveType(const HclBlock &block)
{
    const HclAttribute *type = block.body->attribute(u"type");
    if (!type || type->expression->kind != HclExpression::Kind::Variable)
        return {};
    const QString &name = type->expression->name;
    return name == u"string" || name == u"number" || name == u"bool" ? name : QString();
}

bool hasComplexType(const HclBlock &block)
{
    const HclAttribute *type = block.body->attribute(u"type");
    return type && type->expression->kind == HclExpression::Kind::Call;
}

} // namespace

struct TerraformModule::Variable
{
    const HclFile *file = nullptr;
    const HclBlock *block = nullptr;
    QString primitive; // the type constraint, when it is a primitive type
    bool complex = false;
    std::optional<HclValue> value;
};

struct TerraformModule::Local
{
    const HclFile *file = nullptr;
    const HclAttribute *attribute = nullptr;
    enum class State {
        Waiting,
        Evaluating,
        Done
    } state = State::Waiting;
    HclValue value;
};

struct TerraformModule::VariableFileValue
{
    const HclFile *file = nullptr; // a .tfvars file
    const HclAttribute *attribute = nullptr;
    std::optional<HclValue> json; // a .tfvars.json value
    QString fileName;
};

TerraformModule::TerraformModule(const QList<SourceText> &files, const QList<SourceText> &contextFiles,
                                 const QList<SourceText> &variableFiles, const QHash<QString, QString> &variables,
                                 ProblemCollector &problems)
    : m_problems(problems), m_commandLine(variables)
{
    for (const SourceText &source : files) {
        Diagnostics syntax;
        std::unique_ptr<HclFile> file = HclParser::parse(source.bytes, source.fileName, syntax);
        m_problems.addAll(std::move(syntax));
        if (file) {
            collect(*file, false);
            m_files.push_back(std::move(file));
        }
    }
    for (const SourceText &source : contextFiles) {
        Diagnostics syntax;
        std::unique_ptr<HclFile> file = HclParser::parse(source.bytes, source.fileName, syntax);
        for (Diagnostic &d : syntax) {
            d.level = Diagnostic::Level::Warning;
            d.message = tr("%1 (its variables and locals are not read)").arg(d.message);
            m_problems.add(std::move(d));
        }
        if (file) {
            collect(*file, true);
            m_files.push_back(std::move(file));
        }
    }
    for (const SourceText &source : variableFiles)
        readVariableFile(source);
}

TerraformModule::~TerraformModule() = default;

void TerraformModule::collect(const HclFile &file, bool context)
{
    for (const HclBlock &block : file.body.blocks) {
        if (block.type == u"variable" && block.labels.size() == 1) {
            const QString &name = block.labels.first();
            if (const auto previous = m_variables.value(name)) {
                if (!context) {
                    errorAt(file, block.line, block.column,
                            tr("the variable \"%1\" is already declared in %2, line %3").arg(name, previous->file->name).arg(previous->block->line));
                }
                continue;
            }
            auto variable = std::make_shared<Variable>();
            variable->file = &file;
            variable->block = &block;
            variable->primitive = primitiveType(block);
            variable->complex = hasComplexType(block);
            m_variables.insert(name, variable);
        } else if (block.type == u"locals") {
            for (const HclAttribute &attribute : block.body->attributes) {
                if (const auto previous = m_locals.value(attribute.name)) {
                    if (!context) {
                        errorAt(file, attribute.line, attribute.column,
                                tr("local.%1 is already defined in %2, line %3").arg(attribute.name, previous->file->name).arg(previous->attribute->line));
                    }
                    continue;
                }
                auto local = std::make_shared<Local>();
                local->file = &file;
                local->attribute = &attribute;
                m_locals.insert(attribute.name, local);
            }
        } else if (block.type == u"resource" && block.labels.size() == 2 && !context) {
            Resource resource{block.labels.at(0), block.labels.at(1), &file, &block};
            for (const Resource &other : std::as_const(m_resources)) {
                if (other.address() == resource.address()) {
                    errorAt(file, block.line, block.column,
                            tr("the resource %1 is already declared in %2, line %3").arg(resource.address(), other.file->name).arg(other.block->line));
                }
            }
            m_resources.append(resource);
            m_resourceTypes.insert(resource.type);
        } else if (block.type == u"module" && block.labels.size() == 1 && !context) {
            const HclAttribute *source = block.body->attribute(u"source");
            const QString from = source ? file.textOf(*source->expression) : QString();
            m_problems.warning(
                SourceLocation{file.name, block.line, block.column},
                tr("module \"%1\" is not read: the resources a module call makes are known only when Terraform runs; "
                   "check the module's own folder (source = %2)")
                    .arg(block.labels.first(), from));
        } else if ((block.type == u"variable" || block.type == u"resource") && !context) {
            errorAt(file, block.line, block.column,
                    block.type == u"variable" ? tr("a variable block takes one label, its name")
                                              : tr("a resource block takes two labels, its type and its name"));
        }
    }
}

void TerraformModule::readVariableFile(const SourceText &source)
{
    if (source.fileName.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(source.bytes, &error);
        if (!document.isObject()) {
            int line = 0;
            int column = 0;
            lineAndColumnAt(source.bytes, error.offset, &line, &column);
            m_problems.error(SourceLocation{source.fileName, line, column}, tr("a .tfvars.json file is one JSON object of variable values"));
            return;
        }
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            auto value = std::make_shared<VariableFileValue>();
            value->json = fromJson(it.value());
            value->fileName = source.fileName;
            m_fileValues.insert(it.key(), value);
        }
        return;
    }
    Diagnostics problems;
    std::unique_ptr<HclFile> file = HclParser::parse(source.bytes, source.fileName, problems);
    m_problems.addAll(std::move(problems));
    if (!file)
        return;
    for (const HclBlock &block : file->body.blocks)
        errorAt(*file, block.line, block.column, tr("a variables file holds NAME = VALUE lines, not blocks"));
    for (const HclAttribute &attribute : file->body.attributes) {
        auto value = std::make_shared<VariableFileValue>();
        value->file = file.get();
        value->attribute = &attribute;
        value->fileName = source.fileName;
        m_fileValues.insert(attribute.name, value);
    }
    m_files.push_back(std::move(file));
}

HclValue TerraformModule::errorAt(const HclFile &file, int line, int column, const QString &message)
{
    m_problems.error(SourceLocation{file.name, line, column}, message);
    return HclValue::invalid();
}

QList<TerraformModule::Resource> TerraformModule::resources(QAnyStringView type) const
{
    QList<Resource> out;
    for (const Resource &resource : m_resources) {
        if (QAnyStringView::equal(resource.type, type))
            out.append(resource);
    }
    return out;
}

QList<TerraformModule::Instance> TerraformModule::instances(const Resource &resource)
{
    const HclBody &body = *resource.block->body;
    const HclAttribute *count = body.attribute(u"count");
    const HclAttribute *forEach = body.attribute(u"for_each");
    const QString base = resource.address();
    if (count && forEach) {
        errorAt(*resource.file, forEach->line, forEach->column, tr("a resource cannot have both count and for_each"));
        return {};
    }
    if (!count && !forEach)
        return {Instance{base, {}, std::nullopt, {}}};
    const HclAttribute &meta = count ? *count : *forEach;
    const HclValue value = evaluate(resource, Instance{base, {}, std::nullopt, {}}, *meta.expression);
    if (value.isInvalid())
        return {};
    if (!value.isKnown()) {
        Instance open{base, {}, value, meta.name};
        HclUnknown why = value.unknownInfo();
        why.cause = tr("%1 = %2 is not known").arg(meta.name, resource.file->textOf(*meta.expression));
        why.reference.clear();
        const HclValue unknown = HclValue::unknown(why);
        if (count)
            open.symbols.insert(QStringLiteral("count"), HclValue::object({{QStringLiteral("index"), unknown}}));
        else
            open.symbols.insert(QStringLiteral("each"), HclValue::object({{QStringLiteral("key"), unknown}, {QStringLiteral("value"), unknown}}));
        return {open};
    }
    QList<Instance> out;
    if (count) {
        const std::optional<double> n = HclFunctions::toNumber(value);
        if (!n || *n < 0 || *n != std::floor(*n) || *n > 10000) {
            errorAt(*resource.file, meta.line, meta.column, tr("count must be a whole number from 0 to 10000, not %1").arg(value.display()));
            return {};
        }
        for (int i = 0; i < int(*n); ++i) {
            Instance instance{QStringLiteral("%1[%2]").arg(base).arg(i), {}, std::nullopt, {}};
            instance.symbols.insert(QStringLiteral("count"), HclValue::object({{QStringLiteral("index"), HclValue::number(i)}}));
            out.append(instance);
        }
        return out;
    }
    QList<std::pair<QString, HclValue>> entries;
    if (value.type() == Type::Object) {
        for (auto it = value.fields().cbegin(); it != value.fields().cend(); ++it)
            entries.append({it.key(), it.value()});
    } else if (value.type() == Type::Tuple) {
        // A set of strings: each.key and each.value are the string.
        for (const HclValue &item : value.items()) {
            const std::optional<QString> key = item.isKnown() ? HclFunctions::toText(item) : std::nullopt;
            if (!key) {
                errorAt(*resource.file, meta.line, meta.column, tr("for_each needs a map or a set of strings; it holds %1").arg(item.display()));
                return {};
            }
            if (std::none_of(entries.cbegin(), entries.cend(), [&](const auto &e) { return e.first == *key; }))
                entries.append({*key, HclValue::string(*key)});
        }
        std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    } else {
        errorAt(*resource.file, meta.line, meta.column, tr("for_each needs a map or a set of strings, not %1").arg(value.typeName()));
        return {};
    }
    for (const auto &[key, item] : std::as_const(entries)) {
        Instance instance{QStringLiteral("%1[\"%2\"]").arg(base, key), {}, std::nullopt, {}};
        instance.symbols.insert(QStringLiteral("each"), HclValue::object({{QStringLiteral("key"), HclValue::string(key)}, {QStringLiteral("value"), item}}));
        out.append(instance);
    }
    return out;
}

HclValue TerraformModule::evaluate(const Resource &resource, const Instance &instance, const HclExpression &expression)
{
    const HclFile &file = *resource.file;
    HclEvaluator evaluator(
        file, [this, &file](const QString &root, const QString &attribute, const HclExpression &at, bool *used) {
            return resolve(file, root, attribute, at, used);
        },
        m_problems);
    evaluator.setBudget(&m_budget);
    for (auto it = instance.symbols.cbegin(); it != instance.symbols.cend(); ++it)
        evaluator.bind(it.key(), it.value());
    return evaluator.evaluate(expression);
}

HclValue TerraformModule::resolve(const HclFile &file, const QString &root, const QString &attribute, const HclExpression &at,
                                  bool *attributeUsed)
{
    const auto fail = [&](const QString &message) { return errorAt(file, at.line, at.column, message); };
    const auto unknown = [&](const QString &cause, const QString &reference = {}) {
        HclUnknown why;
        why.cause = cause;
        why.reference = reference;
        return HclValue::unknown(why);
    };
    *attributeUsed = !attribute.isEmpty();
    if (root == u"var") {
        if (attribute.isEmpty())
            return fail(tr("\"var\" alone is not a value; write var.NAME"));
        return variableValue(file, attribute, at);
    }
    if (root == u"local") {
        if (attribute.isEmpty())
            return fail(tr("\"local\" alone is not a value; write local.NAME"));
        return localValue(file, attribute, at);
    }
    if (root == u"count" || root == u"each") {
        return fail(root == u"count" ? tr("count.index can only be used in a resource that sets count")
                                     : tr("each.key and each.value can only be used in a resource that sets for_each"));
    }
    if (root == u"path") {
        if (attribute == u"module" || attribute == u"root" || attribute == u"cwd")
            return HclValue::string(QStringLiteral("."));
        return fail(tr("path.%1 is not a path; use path.module, path.root or path.cwd").arg(attribute));
    }
    if (root == u"terraform") {
        if (attribute == u"workspace")
            return HclValue::string(QStringLiteral("default"));
        return unknown(tr("terraform.%1 is known only when Terraform runs").arg(attribute));
    }
    if (root == u"data")
        return unknown(tr("a data source is read only when Terraform runs"));
    if (root == u"module")
        return unknown(tr("the outputs of module.%1 are known only when Terraform runs").arg(attribute));
    if (root == u"self")
        return unknown(tr("self is known only when Terraform runs"));
    if (attribute.isEmpty())
        return fail(tr("\"%1\" is not a known name: use var.%1, local.%1 or a resource address").arg(root));
    const QString address = root + u'.' + attribute;
    if (m_resourceTypes.contains(root)) {
        const bool declared = std::any_of(m_resources.cbegin(), m_resources.cend(), [&](const Resource &r) { return r.address() == address; });
        if (declared)
            return unknown(tr("%1 is created by Terraform: its attributes are known only after apply").arg(address), address);
    }
    if (root.contains(u'_'))
        return unknown(tr("%1 is not in the files read: its attributes are known only after apply").arg(address), address);
    return fail(tr("\"%1\" is not a known name: use var.%1, local.%1 or a resource address").arg(root));
}

HclValue TerraformModule::variableValue(const HclFile &file, const QString &name, const HclExpression &at)
{
    const std::shared_ptr<Variable> variable = m_variables.value(name);
    if (!variable) {
        // Terraform refuses this; here the file may have been named without the folder that declares it.
        if (m_commandLine.contains(name))
            return HclValue::string(m_commandLine.value(name));
        HclUnknown why;
        why.cause = tr("var.%1 is not declared in the files read; read the module's folder or pass --var %1=VALUE").arg(name);
        why.suppliable = true;
        why.variable = name;
        return HclValue::unknown(why);
    }
    if (variable->value)
        return *variable->value;
    HclValue value;
    if (m_commandLine.contains(name)) {
        const QString text = m_commandLine.value(name);
        const QString origin = QStringLiteral("--var %1").arg(name);
        if (variable->complex || text.trimmed().startsWith(u'[') || text.trimmed().startsWith(u'{')) {
            Diagnostics problems;
            std::unique_ptr<HclFile> parsed = HclParser::parseExpression(text, origin, problems);
            if (parsed) {
                value = constant(*parsed, *parsed->expression);
                m_files.push_back(std::move(parsed));
            } else if (variable->complex) {
                m_problems.addAll(std::move(problems));
                value = HclValue::invalid();
            } else {
                value = HclValue::string(text); // not an expression: Terraform takes it as a string
            }
        } else {
            value = HclValue::string(text);
        }
        value = convert(*variable, value, file, at.line, at.column);
    } else if (const std::shared_ptr<VariableFileValue> given = m_fileValues.value(name)) {
        if (given->json) {
            value = convert(*variable, *given->json, file, at.line, at.column);
        } else {
            value = constant(*given->file, *given->attribute->expression);
            value = convert(*variable, value, *given->file, given->attribute->line, given->attribute->column);
        }
    } else if (const HclAttribute *fallback = variable->block->body->attribute(u"default")) {
        value = constant(*variable->file, *fallback->expression);
        value = convert(*variable, value, *variable->file, fallback->line, fallback->column);
    } else {
        HclUnknown why;
        why.cause = tr("var.%1 has no value; pass --var %1=VALUE or a tfvars file").arg(name);
        why.suppliable = true;
        why.variable = name;
        value = HclValue::unknown(why);
    }
    variable->value = value;
    return value;
}

WorkspaceInput TerraformModule::input(const QString &name, const QString &usedIn) const
{
    WorkspaceInput out;
    out.kind = WorkspaceInput::Kind::Variable;
    out.name = name;
    const std::shared_ptr<Variable> variable = m_variables.value(name);
    if (!variable) {
        out.file = usedIn;
        out.declared = false;
        return out;
    }
    const HclFile &file = *variable->file;
    const HclBody &body = *variable->block->body;
    out.file = file.name;
    out.line = variable->block->line;
    if (const HclAttribute *type = body.attribute(u"type"))
        out.type = file.textOf(*type->expression);
    // Description and sensitive are constants in any module Terraform accepts; anything else is
    // left out rather than reported a second time.
    const auto literal = [&](QStringView attribute) -> HclValue {
        const HclAttribute *a = body.attribute(attribute);
        if (!a)
            return {};
        Diagnostics ignored;
        ProblemCollector problems(ignored, file.name);
        HclEvaluator evaluator(
            file, [](const QString &, const QString &, const HclExpression &, bool *) { return HclValue::invalid(); }, problems);
        return evaluator.evaluate(*a->expression);
    };
    const HclValue description = literal(u"description");
    if (description.type() == HclValue::Type::String)
        out.description = description.toText();
    const HclValue sensitive = literal(u"sensitive");
    out.sensitive = sensitive.type() == HclValue::Type::Bool && sensitive.toBool();
    return out;
}

HclValue TerraformModule::convert(const Variable &variable, const HclValue &value, const HclFile &file, int line, int column)
{
    if (variable.primitive.isEmpty() || !value.isKnown() || value.isNull())
        return value;
    if (variable.primitive == u"string") {
        if (const std::optional<QString> text = HclFunctions::toText(value))
            return HclValue::string(*text);
    } else if (variable.primitive == u"number") {
        if (const std::optional<double> n = HclFunctions::toNumber(value))
            return HclValue::number(*n);
    } else if (const std::optional<bool> b = HclFunctions::toBool(value)) {
        return HclValue::boolean(*b);
    }
    return errorAt(file, line, column, tr("%1 is not a %2, the type of var.%3").arg(value.display(), variable.primitive, variable.block->labels.first()));
}

HclValue TerraformModule::localValue(const HclFile &file, const QString &name, const HclExpression &at)
{
    const std::shared_ptr<Local> local = m_locals.value(name);
    if (!local) {
        HclUnknown why;
        why.cause = tr("local.%1 is not defined in the files read; read the module's folder").arg(name);
        return HclValue::unknown(why);
    }
    if (local->state == Local::State::Done)
        return local->value;
    if (local->state == Local::State::Evaluating)
        return errorAt(file, at.line, at.column, tr("local.%1 refers to itself").arg(name));
    if (m_localDepth >= MaxLocalDepth)
        return errorAt(file, at.line, at.column, tr("locals refer to each other more than %1 deep").arg(MaxLocalDepth));
    local->state = Local::State::Evaluating;
    ++m_localDepth;
    const HclFile &where = *local->file;
    HclEvaluator evaluator(
        where, [this, &where](const QString &root, const QString &attribute, const HclExpression &reference, bool *used) {
            return resolve(where, root, attribute, reference, used);
        },
        m_problems);
    evaluator.setBudget(&m_budget);
    local->value = evaluator.evaluate(*local->attribute->expression);
    --m_localDepth;
    local->state = Local::State::Done;
    return local->value;
}

HclValue TerraformModule::constant(const HclFile &file, const HclExpression &expression)
{
    HclEvaluator evaluator(
        file, [this, &file](const QString &root, const QString &, const HclExpression &at, bool *) {
            return errorAt(file, at.line, at.column, tr("a variable value must be a constant; \"%1\" cannot be used here").arg(root));
        },
        m_problems);
    evaluator.setBudget(&m_budget);
    return evaluator.evaluate(expression);
}

} // namespace sg
