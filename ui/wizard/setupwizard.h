// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"
#include "exportpanel.h"
#include "plan/setupplan.h"

#include <QWizard>

#include <optional>

namespace sg::ui {

// The setup wizard: target, scheduler, services, who may connect, review, export. It fills a
// SetupPlan draft that every page reads and writes; the pages do no file I/O. The result is the
// plan, the rules built from it and, optionally, where to export them.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        TargetPageId,
        SchedulerPageId,
        ServicesPageId,
        SourcesPageId,
        ReviewPageId,
        ExportPageId
    };

    explicit SetupWizard(QWidget *parent = nullptr);

    SetupPlan &plan() { return m_plan; }
    const SetupPlan &plan() const { return m_plan; }
    void setPlan(const SetupPlan &plan) { m_plan = plan; }

    // The rules of the current plan (empty when the plan cannot be built yet).
    RuleSet builtRules() const;
    // Where to export after finishing, or nothing when the user chose not to export now.
    std::optional<ExportChoice> exportChoice() const;

private:
    SetupPlan m_plan;
};

} // namespace sg::ui
