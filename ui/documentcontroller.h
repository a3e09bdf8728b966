// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/document.h"

#include <QObject>

class QUndoStack;

namespace sg {
class RuleTableModel;
}

namespace sg::ui {

// The open document: its rules (in the table model), plan and notes, the file it came from, and the
// undo stack through which every edit goes. The window shows it; this class owns it.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    explicit DocumentController(QObject *parent = nullptr);
    ~DocumentController() override;

    RuleTableModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The whole document as it is now (rules from the model).
    Document document() const;
    bool hasDocument() const { return m_hasDocument; }
    bool isModified() const;

    // The project file Save writes to; empty for a new document or one read from another format.
    QString projectPath() const { return m_projectPath; }
    // The file shown in the title: the project, or the file the rules were read from.
    QString displayPath() const { return m_displayPath; }
    // "api-json", "project", "plan" or "" for a new document.
    QString sourceFormat() const { return m_sourceFormat; }

    // Replaces the document; the undo history starts afresh. `modified` marks a document that has
    // not been saved yet (a wizard result, a recovered autosave).
    void setDocument(const Document &document, const QString &displayPath, const QString &sourceFormat,
                     bool modified);
    void closeDocument();

    // Writes the project document atomically; on success it becomes the project path and the
    // document is clean. Returns an error message naming the file, or an empty string.
    QString saveProject(const QString &path);

    void setNotes(const QString &notes);
    const QString &notes() const { return m_notes; }

    // Edits, each one undoable step.
    void insertRules(int row, const QList<Rule> &rules, const QString &text);
    void removeRules(const QList<int> &rows);
    void duplicateRules(const QList<int> &rows);
    void replaceRules(const QList<int> &rows, const QList<Rule> &rules, const QString &text);
    // Moves the contiguous rows up (-1) or down (+1); false when they cannot move that way.
    bool moveRules(const QList<int> &rows, int delta);
    void setGroup(const GroupInfo &group);

Q_SIGNALS:
    // A different document is open (or none): views reset, analysis restarts.
    void documentReset();
    // The rules or group changed through an edit, undo or redo.
    void contentChanged();
    void modifiedChanged(bool modified);
    void pathChanged();
    void notesChanged();

private:
    RuleTableModel *m_model;
    QUndoStack *m_undoStack;
    std::optional<SetupPlan> m_plan;
    QString m_notes;
    QString m_projectPath;
    QString m_displayPath;
    QString m_sourceFormat;
    bool m_hasDocument = false;
    bool m_unsavedOrigin = false; // modified although the undo stack is clean (new or recovered)
};

} // namespace sg::ui
