// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QButtonGroup;

namespace sg::ui {

class SetupWizard;

// Wizard page 2: Slurm, PBS or no scheduler, each with its ports and the source document's advice.
class SchedulerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SchedulerPage(SetupWizard *wizard);
    void initializePage() override;

private:
    SetupWizard *m_wizard;
    QButtonGroup *m_choices;
    QStringList m_ids; // button id -> scheduler id ("slurm", "pbs", "none")
};

} // namespace sg::ui
