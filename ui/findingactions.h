// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"

#include <QObject>

class QWidget;

namespace sg::ui {

class AnalysisController;
class BaselineController;
class DocumentController;
class FindingsDock;

// What the findings dock's Fix… and Accept This Risk… do, and File > Baseline: run the dialogs,
// apply a fix as one undo step, add exemptions to the workspace's baseline file. The main window
// only wires it to its menus and status bar.
class FindingActions : public QObject
{
    Q_OBJECT

public:
    FindingActions(DocumentController *document, AnalysisController *analysis, FindingsDock *dock, QWidget *window);

    BaselineController *baseline() const { return m_baseline; }

    // Fix… on findings of the group shown; true when the fix was applied.
    bool fix(const QList<Finding> &findings);
    // Accept This Risk… on findings of the group shown; true when the exemptions were written.
    bool accept(const QList<Finding> &findings);
    // File > Baseline: choose the baseline file of the workspace.
    void chooseBaseline();

Q_SIGNALS:
    // After a fix the user asked to apply the fixed group to Alibaba Cloud.
    void applyToCloudRequested();
    // A line for the status bar.
    void message(const QString &text);

private:
    void updateActionable();

    DocumentController *m_document;
    AnalysisController *m_analysis;
    FindingsDock *m_dock;
    QWidget *m_window;
    BaselineController *m_baseline;
};

} // namespace sg::ui
