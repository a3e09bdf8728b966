// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace sg {
class FindingsModel;
}

namespace sg::ui {

class FindingsFilterProxy;

// The findings of the open document, grouped by severity and filterable by text and level.
// Selecting findings selects their rules in the table, and selecting rules selects their findings.
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

    QTreeView *view() const { return m_view; }
    FindingsModel *model() const { return m_model; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *levelFilter() const { return m_level; }

Q_SIGNALS:
    // The user selected findings: their rules, 0-based and ascending.
    void rulesSelected(const QList<int> &rows);

private:
    void selectionChanged();
    void expandReadableBranches();

    FindingsModel *m_model;
    FindingsFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_level;
    QTreeView *m_view;
    QLabel *m_state; // "Analysing…", or that there is nothing to report
    bool m_syncing = false;
};

} // namespace sg::ui
