// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/document.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace sg {
class RuleTableModel;
}

namespace sg::ui {

class CatalogueDock;

// The application window: the rule table of the open document with the catalogue beside it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a rule file (any readable format, detected from content) or a setup plan, which is
    // built. A file with errors is not loaded: its problems are listed and the open document stays.
    bool openFile(const QString &path);

    const Document &document() const { return m_document; }
    RuleTableModel *ruleModel() const { return m_model; }
    QTableView *ruleTable() const { return m_table; }
    // The problems last listed to the user (for tests and the status bar).
    const Diagnostics &lastProblems() const { return m_lastProblems; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createCentralArea();
    void setDocument(const Document &document, const QString &path, const QString &formatName);
    void showProblems(const QString &path, const QString &summary, const Diagnostics &diagnostics);
    void updateTitleAndStatus();
    void chooseAndOpen();
    void showAbout();

    Document m_document;
    QString m_path;
    QString m_formatName;
    Diagnostics m_lastProblems;

    RuleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_groupLabel;
    QLabel *m_countLabel;
    CatalogueDock *m_catalogueDock;
};

} // namespace sg::ui
