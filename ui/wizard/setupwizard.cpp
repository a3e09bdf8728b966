// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizard.h"

#include "exportpage.h"
#include "plan/rulebuilder.h"
#include "reviewpage.h"
#include "schedulerpage.h"
#include "servicespage.h"
#include "sourcespage.h"
#include "targetpage.h"

namespace sg::ui {

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("New Security Group Setup — SG Assist"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    m_plan.name = QStringLiteral("hpc-cluster");
    m_plan.regionId = QStringLiteral("cn-hangzhou");
    m_plan.scheduler = QStringLiteral("slurm");
    m_plan.services = {QStringLiteral("ssh")};

    setPage(TargetPageId, new TargetPage(this));
    setPage(SchedulerPageId, new SchedulerPage(this));
    setPage(ServicesPageId, new ServicesPage(this));
    setPage(SourcesPageId, new SourcesPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(ExportPageId, new ExportPage(this));
    setStartId(TargetPageId);
    resize(820, 640);
}

RuleSet SetupWizard::builtRules() const
{
    return RuleBuilder().build(m_plan).value;
}

std::optional<ExportChoice> SetupWizard::exportChoice() const
{
    return static_cast<const ExportPage *>(page(ExportPageId))->choice();
}

} // namespace sg::ui
