// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;
class QTreeView;

namespace sg {
class FindingsModel;
class RuleTableModel;
} // namespace sg

namespace sg::ui {

class SetupWizard;

// Wizard page 5: the rules the plan produces, with wide sources marked, before anything is written.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(SetupWizard *wizard);
    void initializePage() override;

    RuleTableModel *model() const { return m_model; }
    FindingsModel *findings() const { return m_findings; }

private:
    SetupWizard *m_wizard;
    RuleTableModel *m_model;
    QTableView *m_table;
    FindingsModel *m_findings;
    QTreeView *m_findingsView;
    QLabel *m_summary;
};

} // namespace sg::ui
