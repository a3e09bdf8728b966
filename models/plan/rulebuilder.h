// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/servicecatalogue.h"
#include "core/limits.h"
#include "core/ruleset.h"
#include "setupplan.h"

#include <QCoreApplication>

namespace sg {

// Turns a SetupPlan into the ingress rules it needs: one accept rule per (port entry, source),
// identical rules merged, touching ranges of one service merged, no source ever invented.
// Refuses what Alibaba would refuse, naming the service or the plan field.
class RuleBuilder
{
    Q_DECLARE_TR_FUNCTIONS(sg::RuleBuilder)

public:
    static constexpr int MaxGroupReferences = Limits::GroupReferencesPerBasicGroup; // rules referencing groups in a basic group

    explicit RuleBuilder(const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn());

    // The rule set, or errors (and then no rules). Warnings may accompany a successful build.
    Parsed<RuleSet> build(const SetupPlan &plan, const QString &fileName = {}) const;

    // The sources a service gets under the plan and the plan field they come from
    // ("overrides.portal", "sources.users", or "sources.admin" when users falls back to admin).
    struct SourceChoice
    {
        QStringList sources;
        QString field;
    };
    SourceChoice sourcesFor(const SetupPlan &plan, const Service &service) const;

    // The scopes the plan's selected services draw sources from (fall-backs included),
    // for the wizard's "who may connect" page.
    QList<Scope> scopesNeeded(const SetupPlan &plan) const;

private:
    const ServiceCatalogue &m_catalogue;
};

} // namespace sg
