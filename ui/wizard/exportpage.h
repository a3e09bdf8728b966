// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportpanel.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;

namespace sg::ui {

class SetupWizard;

// Wizard page 6: which files to write and where. The files are written after Finish, by the window
// that opens the result (so that overwriting can be confirmed there); this page only chooses.
class ExportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportPage(SetupWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Finish asks before replacing files; declining keeps the wizard on this page.
    bool validatePage() override;
    std::optional<ExportChoice> choice() const;

    ExportPanel *panel() const { return m_panel; }

private:
    SetupWizard *m_wizard;
    QCheckBox *m_exportNow;
    ExportPanel *m_panel;
    bool m_replaceConfirmed = false;
};

} // namespace sg::ui
