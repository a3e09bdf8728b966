// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

RuleFormat::RuleFormat(const FormatTraits &traits)
    : m_traits(traits), m_id(QString::fromLatin1(traits.id)), m_suffix(QString::fromLatin1(traits.suffix)), m_nameFilter(traits.nameFilter ? QString::fromLatin1(traits.nameFilter) : QStringLiteral("*.") + m_suffix)
{
}

QString RuleFormat::displayName() const
{
    return QCoreApplication::translate("sg::RuleFormat", m_traits.displayName);
}

QString RuleFormat::checkFitsOneFile(const Document &document) const
{
    const qsizetype rules = document.ruleSet.rules.size();
    if (maxRulesPerFile() <= 0 || rules <= maxRulesPerFile())
        return {};
    return QCoreApplication::translate("sg::RuleFormat", "%1 rules do not fit one %2 file (at most %3)")
        .arg(rules)
        .arg(id())
        .arg(maxRulesPerFile());
}

Parsed<Document> RuleFormat::read(QIODevice &device, const QString &fileName) const
{
    Q_UNUSED(device);
    Parsed<Document> out;
    out.diagnostics.append(Diagnostic::error(
        SourceLocation{fileName},
        QCoreApplication::translate("sg::RuleFormat", "the %1 format cannot be read").arg(id())));
    return out;
}

Parsed<Workspace> RuleFormat::readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const
{
    Q_UNUSED(options);
    Parsed<Document> document = read(device, fileName);
    Parsed<Workspace> out;
    out.diagnostics = std::move(document.diagnostics);
    out.value.plan = std::move(document.value.plan);
    out.value.notes = std::move(document.value.notes);
    WorkspaceGroup group;
    group.ruleSet = std::move(document.value.ruleSet);
    group.source.file = fileName;
    out.value.groups.append(std::move(group));
    return out;
}

Parsed<Document> RuleFormat::singleGroup(Parsed<Workspace> parsed, const QString &fileName)
{
    Parsed<Document> out;
    out.diagnostics = std::move(parsed.diagnostics);
    Workspace &workspace = parsed.value;
    out.value.plan = std::move(workspace.plan);
    out.value.notes = std::move(workspace.notes);
    if (workspace.groups.size() == 1) {
        out.value.ruleSet = std::move(workspace.groups.first().ruleSet);
    } else if (workspace.groups.size() > 1) {
        QStringList keys;
        for (const WorkspaceGroup &group : std::as_const(workspace.groups))
            keys.append(group.key());
        out.diagnostics.append(Diagnostic::error(
            SourceLocation{fileName},
            QCoreApplication::translate("sg::RuleFormat", "the file holds %1 security groups (%2); open it as a workspace or name one group")
                .arg(keys.size())
                .arg(keys.join(QStringLiteral(", ")))));
    }
    return out;
}

QString RuleFormat::write(const Document &document, QIODevice &device) const
{
    Q_UNUSED(document);
    Q_UNUSED(device);
    return QCoreApplication::translate("sg::RuleFormat", "the %1 format cannot be written").arg(id());
}

} // namespace sg
