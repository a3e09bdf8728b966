// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace sg::ui {

class SetupWizard;
class MessageLabel;
class ValidatedLineEdit;

// Wizard page 1: which security group the rules are for (region, group id, basic or enterprise).
class TargetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TargetPage(SetupWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void store();

    SetupWizard *m_wizard;
    QLineEdit *m_name;
    QComboBox *m_region;
    MessageLabel *m_regionProblem;
    ValidatedLineEdit *m_groupId;
    MessageLabel *m_groupProblem;
    QRadioButton *m_basic;
    QRadioButton *m_enterprise;
};

} // namespace sg::ui
