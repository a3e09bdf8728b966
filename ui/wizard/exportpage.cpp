// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpage.h"

#include "exporter.h"
#include "settings.h"
#include "setupwizard.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace sg::ui {

ExportPage::ExportPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_exportNow(new QCheckBox(tr("&Write files now"), this)),
      m_panel(new ExportPanel(this))
{
    setObjectName(QStringLiteral("exportPage"));
    setTitle(tr("Export"));
    setSubTitle(tr("Write the rules for the console, the aliyun CLI, Terraform or ROS. The rule set also opens in "
                   "the main window, where you can save it as a project."));
    setFinalPage(true);
    m_exportNow->setObjectName(QStringLiteral("exportNowCheck"));
    m_exportNow->setChecked(true);
    connect(m_exportNow, &QCheckBox::toggled, m_panel, &QWidget::setEnabled);
    connect(m_exportNow, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_panel, &ExportPanel::changed, this, &QWizardPage::completeChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_exportNow);
    layout->addWidget(m_panel);
}

void ExportPage::initializePage()
{
    ExportChoice initial = m_panel->choice();
    if (initial.formatIds.isEmpty())
        initial.formatIds = Settings::value(Settings::Key::ExportFormats).toStringList();
    if (initial.folder.isEmpty())
        initial.folder = Settings::value(Settings::Key::LastExportFolder).toString();
    initial.baseName = m_wizard->plan().name.isEmpty() ? QStringLiteral("security-group") : m_wizard->plan().name;
    m_panel->setChoice(initial);
}

bool ExportPage::validatePage()
{
    m_replaceConfirmed = false;
    if (!m_exportNow->isChecked())
        return true;
    Document document;
    document.ruleSet = m_wizard->builtRules();
    m_replaceConfirmed = confirmReplace(this, document, m_panel->choice());
    return m_replaceConfirmed;
}

bool ExportPage::isComplete() const
{
    return !m_exportNow->isChecked() || m_panel->isComplete();
}

std::optional<ExportChoice> ExportPage::choice() const
{
    if (!m_exportNow->isChecked())
        return std::nullopt;
    ExportChoice out = m_panel->choice();
    out.replaceConfirmed = m_replaceConfirmed;
    return out;
}

} // namespace sg::ui
