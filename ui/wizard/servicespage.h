// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace sg::ui {

class MessageLabel;
class SetupWizard;

// Wizard page 3: the E-HPC and Workbench services to open, each with its ports, purpose and the
// source document's recommendation; Docker carries a clear warning.
class ServicesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ServicesPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void store();
    void updateProblem();

    SetupWizard *m_wizard;
    QMap<QString, QCheckBox *> m_boxes; // service id -> box
    MessageLabel *m_dockerWarning;
    QCheckBox *m_upstream;
    MessageLabel *m_problem; // why Next is disabled
};

} // namespace sg::ui
