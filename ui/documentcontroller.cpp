// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcontroller.h"

#include "commands/insertrulescommand.h"
#include "commands/moverulescommand.h"
#include "commands/removerulescommand.h"
#include "commands/replacerulescommand.h"
#include "commands/setgroupcommand.h"
#include "commands/setrulescommand.h"
#include "io/fileio.h"
#include "io/projectformat.h"
#include "table/ruletablemodel.h"

#include <QUndoStack>

#include <algorithm>

namespace sg::ui {

DocumentController::DocumentController(QObject *parent)
    : QObject(parent), m_model(new RuleTableModel(ServiceCatalogue::builtIn(), this)), m_undoStack(new QUndoStack(this))
{
    m_model->setEditable(true);
    connect(m_model, &RuleTableModel::ruleEditRequested, this, [this](int row, int column, const Rule &rule) {
        if (!isEditable())
            return;
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_undoStack->push(new ReplaceRulesCommand(this, m_group, {row}, {rule},
                                                  tr("Edit %1 of rule %2").arg(header).arg(row + 1), column));
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        Q_EMIT modifiedChanged(!clean || m_unsavedOrigin);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        ++m_revision;
        if (m_interface >= 0) {
            // Cannot happen through commands (they show their group first); keep the merged view true.
            show(-1, m_interface);
            Q_EMIT viewChanged();
        }
        Q_EMIT contentChanged();
    });
}

DocumentController::~DocumentController() = default;

Workspace DocumentController::workspace() const
{
    Workspace out = m_workspace;
    if (m_interface < 0 && m_group >= 0 && m_group < out.groups.size())
        out.groups[m_group].ruleSet = m_model->ruleSet();
    return out;
}

Document DocumentController::document() const
{
    Document document;
    if (m_group >= 0 && m_group < m_workspace.groups.size())
        document.ruleSet = m_interface < 0 ? m_model->ruleSet() : m_workspace.groups.at(m_group).ruleSet;
    document.plan = m_workspace.plan;
    document.notes = m_workspace.notes;
    return document;
}

bool DocumentController::isModified() const
{
    return m_hasDocument && (!m_undoStack->isClean() || m_unsavedOrigin);
}

void DocumentController::storeShownGroup()
{
    if (m_interface < 0 && m_group >= 0 && m_group < m_workspace.groups.size())
        m_workspace.groups[m_group].ruleSet = m_model->ruleSet();
}

void DocumentController::show(int group, int interface)
{
    storeShownGroup();
    if (interface >= 0) {
        m_interface = interface;
        m_interfaceRules = InterfaceRules::of(m_workspace, interface);
        QList<RuleTableModel::RowOrigin> origins;
        origins.reserve(m_interfaceRules.groups.size());
        for (qsizetype row = 0; row < m_interfaceRules.groups.size(); ++row)
            origins.append({m_workspace.groups.at(m_interfaceRules.groups.at(row)).key(), m_interfaceRules.positions.at(row)});
        m_model->setEditable(false);
        m_model->setRuleSet(m_interfaceRules.rules, origins);
        return;
    }
    m_interface = -1;
    m_interfaceRules = {};
    m_group = group;
    m_model->setEditable(true);
    if (group < 0 || group >= m_workspace.groups.size()) {
        m_model->setRuleSet({});
        return;
    }
    // The model holds the only copy of the group's rules while it is shown; the workspace keeps
    // the group's metadata so that its key still names it.
    RuleSet shown = std::move(m_workspace.groups[group].ruleSet);
    m_workspace.groups[group].ruleSet = RuleSet{shown.group, {}};
    m_model->setRuleSet(shown);
}

void DocumentController::showGroup(int index)
{
    if (!m_hasDocument || index < 0 || index >= m_workspace.groups.size() || (m_interface < 0 && index == m_group))
        return;
    show(index, -1);
    Q_EMIT viewChanged();
}

void DocumentController::showInterface(int index)
{
    if (!m_hasDocument || index < 0 || index >= m_workspace.interfaces.size() || index == m_interface)
        return;
    show(-1, index);
    Q_EMIT viewChanged();
}

RuleTableModel *DocumentController::modelFor(int group)
{
    if (m_interface >= 0 || group != m_group) {
        show(group, -1);
        Q_EMIT viewChanged();
    }
    return m_model;
}

void DocumentController::setWorkspace(const Workspace &workspace, const QString &displayPath,
                                      const QString &sourceFormat, bool modified)
{
    m_undoStack->clear();
    m_workspace = workspace;
    m_interface = -1;
    m_group = -1;
    m_displayPath = displayPath;
    m_sourceFormat = sourceFormat;
    m_projectPath = sourceFormat == u"project" ? displayPath : QString();
    m_hasDocument = true;
    m_unsavedOrigin = modified;
    ++m_revision;
    show(m_workspace.groups.isEmpty() ? -1 : 0, -1);
    Q_EMIT documentReset();
    Q_EMIT viewChanged();
    Q_EMIT pathChanged();
    Q_EMIT notesChanged();
    Q_EMIT modifiedChanged(isModified());
}

void DocumentController::setDocument(const Document &document, const QString &displayPath,
                                     const QString &sourceFormat, bool modified)
{
    Workspace workspace;
    WorkspaceGroup group;
    group.ruleSet = document.ruleSet;
    group.source.file = displayPath;
    workspace.groups.append(group);
    workspace.plan = document.plan;
    workspace.notes = document.notes;
    setWorkspace(workspace, displayPath, sourceFormat, modified);
}

void DocumentController::closeDocument()
{
    m_undoStack->clear();
    m_workspace = {};
    m_interface = -1;
    m_group = -1;
    m_interfaceRules = {};
    m_model->setEditable(true);
    m_model->setRuleSet({});
    m_displayPath.clear();
    m_projectPath.clear();
    m_sourceFormat.clear();
    m_hasDocument = false;
    m_unsavedOrigin = false;
    ++m_revision;
    Q_EMIT documentReset();
    Q_EMIT viewChanged();
    Q_EMIT pathChanged();
    Q_EMIT modifiedChanged(false);
}

QString DocumentController::saveProject(const QString &path)
{
    const Workspace current = workspace();
    const QString error = writeFileAtomically(path, [&current](QIODevice &device, QString *reason) {
        *reason = ProjectFormat::writeWorkspace(current, device);
        return reason->isEmpty();
    });
    if (!error.isEmpty())
        return error;
    m_projectPath = path;
    m_displayPath = path;
    m_sourceFormat = QStringLiteral("project");
    const bool wasModified = isModified();
    m_unsavedOrigin = false;
    m_undoStack->setClean();
    Q_EMIT pathChanged();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
    return {};
}

void DocumentController::setNotes(const QString &notes)
{
    if (notes == m_workspace.notes)
        return;
    m_workspace.notes = notes;
    // Notes are text beside the rules: they mark the document modified but are not undo steps
    // (the notes editor has its own undo).
    m_unsavedOrigin = true;
    Q_EMIT notesChanged();
    Q_EMIT modifiedChanged(true);
}

void DocumentController::insertRules(int row, const QList<Rule> &rules, const QString &text)
{
    if (rules.isEmpty() || !isEditable())
        return;
    m_undoStack->push(new InsertRulesCommand(this, m_group, row, rules, text));
}

void DocumentController::removeRules(const QList<int> &rows)
{
    if (rows.isEmpty() || !isEditable())
        return;
    m_undoStack->push(new RemoveRulesCommand(this, m_group, rows,
                                             rows.size() == 1 ? tr("Delete rule %1").arg(rows.first() + 1)
                                                              : tr("Delete %1 rules").arg(rows.size())));
}

void DocumentController::duplicateRules(const QList<int> &rows)
{
    if (rows.isEmpty() || !isEditable())
        return;
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    QList<Rule> copies;
    for (int row : std::as_const(sorted)) {
        Rule copy = m_model->rule(row);
        copy.id.clear(); // a copy is a new rule for the API
        copies.append(copy);
    }
    insertRules(sorted.last() + 1, copies, copies.size() == 1 ? tr("Duplicate rule %1").arg(sorted.first() + 1) : tr("Duplicate %1 rules").arg(copies.size()));
}

void DocumentController::replaceRules(const QList<int> &rows, const QList<Rule> &rules, const QString &text)
{
    if (!isEditable())
        return;
    QList<int> changedRows;
    QList<Rule> changedRules;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!(m_model->rule(rows[i]) == rules[i])) {
            changedRows.append(rows[i]);
            changedRules.append(rules[i]);
        }
    }
    if (!changedRows.isEmpty())
        m_undoStack->push(new ReplaceRulesCommand(this, m_group, changedRows, changedRules, text));
}

bool DocumentController::moveRules(const QList<int> &rows, int delta)
{
    if (rows.isEmpty() || (delta != -1 && delta != 1) || !isEditable())
        return false;
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    const bool contiguous = sorted.last() - sorted.first() + 1 == sorted.size();
    const int destination = sorted.first() + delta;
    if (!contiguous || destination < 0 || destination + sorted.size() > m_model->rowCount())
        return false;
    m_undoStack->push(new MoveRulesCommand(this, m_group, sorted.first(), int(sorted.size()), destination,
                                           delta < 0 ? tr("Move up") : tr("Move down")));
    return true;
}

void DocumentController::setGroup(const GroupInfo &group)
{
    if (!isEditable() || group == m_model->ruleSet().group)
        return;
    m_undoStack->push(new SetGroupCommand(this, m_group, group, tr("Edit group")));
}

void DocumentController::setGroupRules(int group, const QList<Rule> &rules, const QString &text)
{
    if (!m_hasDocument || group < 0 || group >= m_workspace.groups.size())
        return;
    const QList<Rule> &current = (m_interface < 0 && group == m_group) ? m_model->ruleSet().rules
                                                                       : m_workspace.groups.at(group).ruleSet.rules;
    if (current == rules)
        return;
    m_undoStack->push(new SetRulesCommand(this, group, rules, text));
}

} // namespace sg::ui
