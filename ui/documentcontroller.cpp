// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcontroller.h"

#include "commands/insertrulescommand.h"
#include "commands/moverulescommand.h"
#include "commands/removerulescommand.h"
#include "commands/replacerulescommand.h"
#include "commands/setgroupcommand.h"
#include "io/projectformat.h"
#include "io/rulefiles.h"
#include "table/ruletablemodel.h"

#include <QUndoStack>

#include <algorithm>

namespace sg::ui {

DocumentController::DocumentController(QObject *parent)
    : QObject(parent), m_model(new RuleTableModel(ServiceCatalogue::builtIn(), this)), m_undoStack(new QUndoStack(this))
{
    m_model->setEditable(true);
    connect(m_model, &RuleTableModel::ruleEditRequested, this, [this](int row, int column, const Rule &rule) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_undoStack->push(new ReplaceRulesCommand(m_model, {row}, {rule}, tr("Edit %1 of rule %2").arg(header).arg(row + 1),
                                                  column));
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        Q_EMIT modifiedChanged(!clean || m_unsavedOrigin);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &DocumentController::contentChanged);
}

DocumentController::~DocumentController() = default;

Document DocumentController::document() const
{
    Document document;
    document.ruleSet = m_model->ruleSet();
    document.plan = m_plan;
    document.notes = m_notes;
    return document;
}

bool DocumentController::isModified() const
{
    return m_hasDocument && (!m_undoStack->isClean() || m_unsavedOrigin);
}

void DocumentController::setDocument(const Document &document, const QString &displayPath,
                                     const QString &sourceFormat, bool modified)
{
    m_undoStack->clear();
    m_model->setRuleSet(document.ruleSet);
    m_plan = document.plan;
    m_notes = document.notes;
    m_displayPath = displayPath;
    m_sourceFormat = sourceFormat;
    m_projectPath = sourceFormat == u"project" ? displayPath : QString();
    m_hasDocument = true;
    m_unsavedOrigin = modified;
    Q_EMIT documentReset();
    Q_EMIT pathChanged();
    Q_EMIT notesChanged();
    Q_EMIT modifiedChanged(isModified());
}

void DocumentController::closeDocument()
{
    m_undoStack->clear();
    m_model->setRuleSet({});
    m_plan.reset();
    m_notes.clear();
    m_displayPath.clear();
    m_projectPath.clear();
    m_sourceFormat.clear();
    m_hasDocument = false;
    m_unsavedOrigin = false;
    Q_EMIT documentReset();
    Q_EMIT pathChanged();
    Q_EMIT modifiedChanged(false);
}

QString DocumentController::saveProject(const QString &path)
{
    const RuleFiles::SaveResult saved = RuleFiles::save(path, document(), ProjectFormat());
    if (!saved.error.isEmpty())
        return saved.error;
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
    if (notes == m_notes)
        return;
    m_notes = notes;
    // Notes are text beside the rules: they mark the document modified but are not undo steps
    // (the notes editor has its own undo).
    m_unsavedOrigin = true;
    Q_EMIT notesChanged();
    Q_EMIT modifiedChanged(true);
}

void DocumentController::insertRules(int row, const QList<Rule> &rules, const QString &text)
{
    if (rules.isEmpty())
        return;
    m_undoStack->push(new InsertRulesCommand(m_model, row, rules, text));
}

void DocumentController::removeRules(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    m_undoStack->push(new RemoveRulesCommand(m_model, rows, rows.size() == 1 ? tr("Delete rule %1").arg(rows.first() + 1)
                                                                              : tr("Delete %1 rules").arg(rows.size())));
}

void DocumentController::duplicateRules(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    QList<Rule> copies;
    for (int row : std::as_const(sorted)) {
        Rule copy = m_model->rule(row);
        copy.id.clear(); // a copy is a new rule for the API
        copies.append(copy);
    }
    insertRules(sorted.last() + 1, copies, copies.size() == 1 ? tr("Duplicate rule %1").arg(sorted.first() + 1)
                                                              : tr("Duplicate %1 rules").arg(copies.size()));
}

void DocumentController::replaceRules(const QList<int> &rows, const QList<Rule> &rules, const QString &text)
{
    QList<int> changedRows;
    QList<Rule> changedRules;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!(m_model->rule(rows[i]) == rules[i])) {
            changedRows.append(rows[i]);
            changedRules.append(rules[i]);
        }
    }
    if (!changedRows.isEmpty())
        m_undoStack->push(new ReplaceRulesCommand(m_model, changedRows, changedRules, text));
}

bool DocumentController::moveRules(const QList<int> &rows, int delta)
{
    if (rows.isEmpty() || (delta != -1 && delta != 1))
        return false;
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    const bool contiguous = sorted.last() - sorted.first() + 1 == sorted.size();
    const int destination = sorted.first() + delta;
    if (!contiguous || destination < 0 || destination + sorted.size() > m_model->rowCount())
        return false;
    m_undoStack->push(new MoveRulesCommand(m_model, sorted.first(), int(sorted.size()), destination,
                                           delta < 0 ? tr("Move up") : tr("Move down")));
    return true;
}

void DocumentController::setGroup(const GroupInfo &group)
{
    if (group == m_model->ruleSet().group)
        return;
    m_undoStack->push(new SetGroupCommand(m_model, group, tr("Edit group")));
}

} // namespace sg::ui
