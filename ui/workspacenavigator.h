// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace sg::ui {

class AnalysisController;
class DocumentController;

// The groups of the open workspace with their findings (count and worst severity) and, when the
// network interfaces are known, the instances and interfaces with the groups each carries. Selecting
// a group shows it in the table (and every dock follows); selecting an interface or an instance
// shows the merged rules of its groups.
class WorkspaceNavigator : public QDockWidget
{
    Q_OBJECT

public:
    enum Kind {
        HeadingKind,
        GroupKind,
        InterfaceKind,
        InstanceKind
    };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IndexRole
    };

    WorkspaceNavigator(DocumentController *document, AnalysisController *analysis, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    // The first item of that kind and index (a group is listed under its heading first).
    QModelIndex indexOf(Kind kind, int index) const;
    // Selects the item, as a click does.
    void select(Kind kind, int index);

private:
    void rebuild();
    void updateLabels();
    void updateFindings();
    void followView();
    bool hasKind(Kind kind) const;
    void activated(const QModelIndex &index);

    DocumentController *m_document;
    AnalysisController *m_analysis;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    bool m_following = false;
};

} // namespace sg::ui
