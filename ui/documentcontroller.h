// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/document.h"
#include "workspace/interfacerules.h"
#include "workspace/workspace.h"

#include <QObject>

class QUndoStack;

namespace sg {
class RuleTableModel;
}

namespace sg::ui {

// The open document: a workspace of groups (most often one) with the network interfaces that carry
// them, its plan and notes, the file or folder it came from, and the undo stack through which every
// edit goes. The table model shows one view of it at a time: a group (editable) or a network
// interface (the merged rules of its groups, read-only). Every undo command knows its group and
// shows it before it changes it, so undo and redo stay right whatever is shown. The window shows
// the document; this class owns it.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    explicit DocumentController(QObject *parent = nullptr);
    ~DocumentController() override;

    // The rules of what is shown: a group, or an interface's merged rules.
    RuleTableModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The whole workspace as it is now.
    Workspace workspace() const;
    // Counts every change of the workspace's rules or groups (edits, undo, redo, a new document),
    // not a change of what is shown: analyses are tied to it.
    quint64 revision() const { return m_revision; }
    // The group shown (or the one last shown, while an interface is) as a document, with the
    // workspace's plan and notes: what export and the report write.
    Document document() const;
    bool hasDocument() const { return m_hasDocument; }
    bool isModified() const;
    int groupCount() const { return int(m_workspace.groups.size()); }

    // What the table shows: a group (index into the workspace's groups) or an interface.
    int currentGroup() const { return m_interface < 0 ? m_group : -1; }
    int currentInterface() const { return m_interface; }
    // The group edits go to; while an interface is shown, the group shown before it.
    int editGroup() const { return m_group; }
    // The merged rules of the interface shown (empty while a group is shown).
    const InterfaceRules &interfaceRules() const { return m_interfaceRules; }
    void showGroup(int index);
    void showInterface(int index);
    // Shows `group` if it is not shown, and returns the model that then holds its rules: what an
    // undo command changes.
    RuleTableModel *modelFor(int group);

    // The project file Save writes to; empty for a new document or one read from another format.
    QString projectPath() const { return m_projectPath; }
    // The file or folder shown in the title: the project, or what the rules were read from.
    QString displayPath() const { return m_displayPath; }
    // "api-json", "project", "plan" or "" for a new document or files of several formats.
    QString sourceFormat() const { return m_sourceFormat; }

    // Replaces the document; the undo history starts afresh and the first group is shown.
    // `modified` marks a document that has not been saved yet (a wizard result, a recovered autosave).
    void setWorkspace(const Workspace &workspace, const QString &displayPath, const QString &sourceFormat, bool modified);
    // A document is a workspace of its one group.
    void setDocument(const Document &document, const QString &displayPath, const QString &sourceFormat, bool modified);
    void closeDocument();

    // Writes the whole workspace as one project atomically; on success it becomes the project path
    // and the document is clean. Returns an error message naming the file, or an empty string.
    QString saveProject(const QString &path);

    void setNotes(const QString &notes);
    const QString &notes() const { return m_workspace.notes; }

    // Edits of the group shown, each one undoable step. While an interface is shown the rules are
    // read-only (edits go to a group).
    bool isEditable() const { return m_hasDocument && m_interface < 0; }
    void insertRules(int row, const QList<Rule> &rules, const QString &text);
    void removeRules(const QList<int> &rows);
    void duplicateRules(const QList<int> &rows);
    void replaceRules(const QList<int> &rows, const QList<Rule> &rules, const QString &text);
    // Moves the contiguous rows up (-1) or down (+1); false when they cannot move that way.
    bool moveRules(const QList<int> &rows, int delta);
    void setGroup(const GroupInfo &group);
    // Replaces every rule of a group (a fix) as one undo step; nothing happens when they are the same.
    void setGroupRules(int group, const QList<Rule> &rules, const QString &text);

Q_SIGNALS:
    // A different document is open (or none): views reset, analysis restarts.
    void documentReset();
    // The table shows another group or interface (after documentReset, or on its own).
    void viewChanged();
    // The rules or groups changed through an edit, undo or redo.
    void contentChanged();
    void modifiedChanged(bool modified);
    void pathChanged();
    void notesChanged();

private:
    // Puts the model's rules back into the workspace before the model shows something else.
    void storeShownGroup();
    void show(int group, int interface);

    RuleTableModel *m_model;
    QUndoStack *m_undoStack;
    // While a group is shown, its rules live in the model and its entry here is out of date
    // (workspace() puts them together), so that an edit never copies a large group.
    Workspace m_workspace;
    InterfaceRules m_interfaceRules;
    int m_group = -1;
    int m_interface = -1;
    quint64 m_revision = 0;
    QString m_projectPath;
    QString m_displayPath;
    QString m_sourceFormat;
    bool m_hasDocument = false;
    bool m_unsavedOrigin = false; // modified although the undo stack is clean (new or recovered)
};

} // namespace sg::ui
