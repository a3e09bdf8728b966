// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "hclevaluator.h"
#include "io/readoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace sg {

struct WorkspaceInput;

// A Terraform root module as `terraform plan` would see it before creating anything: its .tf
// files read together, `variable` blocks with their values (--var, then --var-file and tfvars
// files in order, then the default), `locals`, and every `resource` with its instances (count and
// for_each expanded). Expressions are evaluated with HclEvaluator: references to resources and data
// sources, module outputs and unset variables stay unknown and say why.
class TerraformModule
{
    Q_DECLARE_TR_FUNCTIONS(sg::TerraformModule)

public:
    struct Resource
    {
        QString type;
        QString name;
        const HclFile *file = nullptr;
        const HclBlock *block = nullptr;

        QString address() const { return type + u'.' + name; }
    };

    // One instance of a resource: its address ("x.y", "x.y[0]", "x.y[\"k\"]") and the values of
    // count and each in it. When count or for_each cannot be known, the resource has one instance
    // named without a key, and `expansion` is the unknown value with `expansionField` its argument.
    struct Instance
    {
        QString address;
        QHash<QString, HclValue> symbols;
        std::optional<HclValue> expansion;
        QString expansionField;
    };

    // `files` are the module's files whose resources are read; `contextFiles` are other files of
    // the same folder whose variable and locals blocks count (their other blocks are ignored, and
    // their syntax errors are warnings). `variableFiles` are tfvars files, lowest precedence first.
    TerraformModule(const QList<SourceText> &files, const QList<SourceText> &contextFiles,
                    const QList<SourceText> &variableFiles, const QHash<QString, QString> &variables,
                    ProblemCollector &problems);
    ~TerraformModule();
    TerraformModule(const TerraformModule &) = delete;
    TerraformModule &operator=(const TerraformModule &) = delete;

    // The resources of the given type, in file and then declaration order.
    QList<Resource> resources(QAnyStringView type) const;
    // The instances of a resource; errors in count or for_each are reported (and give none).
    QList<Instance> instances(const Resource &resource);
    // Evaluates an expression of a resource's body for one of its instances.
    HclValue evaluate(const Resource &resource, const Instance &instance, const HclExpression &expression);
    // A variable as its declaration describes it (where, type, description, sensitive), for asking a
    // person for its value; one no file declares is named with the file that uses it.
    WorkspaceInput input(const QString &name, const QString &usedIn) const;

private:
    struct Variable;
    struct Local;
    struct VariableFileValue;

    void collect(const HclFile &file, bool context);
    void readVariableFile(const SourceText &source);
    HclValue resolve(const HclFile &file, const QString &root, const QString &attribute, const HclExpression &at,
                     bool *attributeUsed);
    HclValue variableValue(const HclFile &file, const QString &name, const HclExpression &at);
    HclValue localValue(const HclFile &file, const QString &name, const HclExpression &at);
    HclValue constant(const HclFile &file, const HclExpression &expression);
    HclValue convert(const Variable &variable, const HclValue &value, const HclFile &file, int line, int column);
    HclValue errorAt(const HclFile &file, int line, int column, const QString &message);

    ProblemCollector &m_problems;
    std::vector<std::unique_ptr<HclFile>> m_files;
    QList<Resource> m_resources;
    QHash<QString, std::shared_ptr<Variable>> m_variables;
    QHash<QString, std::shared_ptr<Local>> m_locals;
    QHash<QString, std::shared_ptr<VariableFileValue>> m_fileValues;
    QHash<QString, QString> m_commandLine;
    QSet<QString> m_resourceTypes;
    int m_localDepth = 0;
    qint64 m_budget = 2'000'000; // evaluation steps for the whole module (HclEvaluator::setBudget)
};

} // namespace sg
