// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/service.h"
#include "core/diagnostic.h"
#include "core/ruleenums.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace sg {

// Connecting through Alibaba Cloud Workbench: which site's ranges, and over which connection types
// ("public", "private"). The builder opens SSH (and RDP when selected) to those ranges.
struct WorkbenchAccess
{
    QString site;    // "china" or "international"
    QStringList via; // "public", "private" or both

    friend bool operator==(const WorkbenchAccess &, const WorkbenchAccess &) = default;
};

// The setup wizard's answers, and what `sgassist-cli build` reads (DESIGN section 5).
// A plain record: the plan says what the user asked for; RuleBuilder decides whether it can be built.
struct SetupPlan
{
    Q_DECLARE_TR_FUNCTIONS(sg::SetupPlan)

public:
    QString name;
    QString regionId;
    QString securityGroupId;
    GroupType groupType = GroupType::Basic;
    QString scheduler = QStringLiteral("none"); // "slurm", "pbs" or "none"
    QStringList services;                       // catalogue ids, in the user's order
    QMap<Scope, QStringList> sources;           // who may connect, per scope
    QMap<QString, QStringList> overrides;       // service id -> sources that replace its scope's
    bool upstreamPorts = false;                 // add the upstream software's extra ports
    QList<Service> customServices;              // user-defined services, usable in `services`
    std::optional<WorkbenchAccess> workbench;   // "workbench": {"site", "via"}; unset: no Workbench rules

    // The plan's services with the scheduler first, without duplicates.
    QStringList selectedServiceIds() const;

    // Reads the plan JSON. Keys match regardless of case; unknown keys are warnings, wrong types errors.
    static Parsed<SetupPlan> fromJson(const QByteArray &json, const QString &fileName);
    static Parsed<SetupPlan> fromJsonObject(const QJsonObject &object, const QString &fileName);
    QJsonObject toJson() const;

    // True when the start of a file looks like a plan (it has "services" or "sources" and no rules),
    // so that opening a plan in the GUI builds it instead of failing as a rule file.
    static bool looksLikePlan(QByteArrayView head);

    friend bool operator==(const SetupPlan &, const SetupPlan &) = default;
};

} // namespace sg
