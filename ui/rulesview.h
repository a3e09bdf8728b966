// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QAbstractProxyModel;
class QTableView;
class QTimer;

namespace sg::ui {

class DocumentController;
class RuleOrderProxy;

// The rule table of the open document with its filter, and the editing actions that work on the
// selection (add, edit, duplicate, delete, move, bulk edit). Every change goes through the
// document's undo stack.
class RulesView : public QWidget
{
    Q_OBJECT

public:
    explicit RulesView(DocumentController *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    // The rows as shown (sorted, filtered); a large set's order arrives from a worker.
    QAbstractProxyModel *proxy() const;

    // Rows of the selected rules in the model (not the sorted view), ascending.
    QList<int> selectedRows() const;
    // Selects these model rows and shows the first.
    void selectRows(const QList<int> &rows);

    void addRule();
    void editRule();
    void duplicateRules();
    void deleteRules();
    void moveUp();
    void moveDown();
    void bulkEdit();
    void focusFilter();
    // True while the table is sorted by a column rather than shown in file order.
    bool isSorted() const;
    // Back to file order (the rules' positions, which Move Up/Down change).
    void showFileOrder();

Q_SIGNALS:
    void selectionChanged();
    void statusMessage(const QString &message);
    // The filter text was applied to the table (a moment after the last keystroke).
    void filterApplied();
    // The table was sorted by a column or returned to file order.
    void sortingChanged();

private:
    void showRejection(int row, int column, const QString &reason);
    void updateGroupLabel();

    DocumentController *m_document;
    RuleOrderProxy *m_proxy;
    QLabel *m_groupLabel;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTimer *m_filterDelay;
    bool m_filterRequested = false; // filterApplied is due when the filter's order is shown
};

} // namespace sg::ui
