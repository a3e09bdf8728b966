// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace sg {
class FindingsModel;
}

namespace sg::ui {

class FindingsFilterProxy;

// The findings of the open document, grouped by severity and filterable by text and level.
// Selecting findings selects their rules in the table, and selecting rules selects their findings.
// Fix… and Accept This Risk… (buttons and the context menu) act on the selected findings of the
// group shown; findings a baseline accepts are greyed, with the reason and date. Supply Values…
// (the context menu) gives the variables or parameters an unresolved-value finding waits for.
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FindingsDock(QWidget *parent = nullptr);

    void setAnalysis(const AnalysisResult &analysis);
    // The rules changed and their analysis is under way: the old findings go, "Analysing…" shows.
    void setAnalysing(int ruleCount);
    // Selects the findings that name any of these rules (0-based rows), without echoing back.
    void showFindingsOfRules(const QList<int> &rows);
    // Whether the findings shown are of a group that can be changed (not an interface's merged
    // rules): Fix… and Accept This Risk… need one.
    void setActionable(bool actionable, const QString &reason = {});
    // The selected findings, in the order of the analysis.
    QList<Finding> selectedFindings() const;
    // Selects one finding by its index in the analysis (tests, and after a fix).
    void selectFinding(int findingIndex);

    // Whether the workspace has variables or parameters without a value: Supply Values… in the
    // context menu of its unresolved-value findings.
    void setValuesSuppliable(bool suppliable);

    QAction *fixAction() const { return m_fixAction; }
    QAction *acceptAction() const { return m_acceptAction; }
    QAction *supplyValuesAction() const { return m_supplyAction; }

    QTreeView *view() const { return m_view; }
    FindingsModel *model() const { return m_model; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *levelFilter() const { return m_level; }

Q_SIGNALS:
    // The user selected findings: their rules, 0-based and ascending.
    void rulesSelected(const QList<int> &rows);
    // Fix… and Accept This Risk… on the selected findings.
    void fixRequested(const QList<sg::Finding> &findings);
    void acceptRequested(const QList<sg::Finding> &findings);
    void supplyValuesRequested();
    // The text filter's matches are in the view (after typing, at once or from a worker).
    void filterApplied();

private:
    void matchFilterText();
    void selectionChanged();
    void expandReadableBranches();
    void updateActions();

    FindingsModel *m_model;
    FindingsFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_level;
    QTreeView *m_view;
    QLabel *m_state; // "Analysing…", or that there is nothing to report
    QAction *m_fixAction;
    QAction *m_acceptAction;
    QAction *m_supplyAction;
    QPushButton *m_fixButton;
    QPushButton *m_acceptButton;
    bool m_actionable = false;
    bool m_valuesSuppliable = false;
    QString m_notActionable; // why not, for the tooltips
    bool m_syncing = false;
    quint64 m_filterGeneration = 0; // of the text filter's matching, the latest wins
    bool m_matching = false;        // a match runs on a worker
};

} // namespace sg::ui
