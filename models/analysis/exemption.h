// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleenums.h"
#include "finding.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <optional>

namespace sg {

// One accepted risk of a baseline: which findings (a check, in a group, of a rule id, a resource or
// a port), why, and until when. JSON: {"check", "group", "ruleId" | "resource" | "port", "reason",
// "expires": "YYYY-MM-DD"}; "group" and the selector are optional (absent: every group, every rule).
struct Exemption
{
    Q_DECLARE_TR_FUNCTIONS(sg::Exemption)

public:
    QString check;                        // a check id of checkCatalogue()
    QString group;                        // a group's key (id, or name in its source); empty: any group
    QString ruleId;                       // at most one of ruleId, resource and port is set
    QString resource;                     // the rule's name in its source (Terraform address, ROS logical id)
    int port = 0;                         // 1-65535; 0: not set
    std::optional<Protocol> portProtocol; // "22/tcp"; unset: any protocol with ports
    QString reason;
    QDate expires; // the last day it applies

    // True through the day of `expires`.
    bool appliesOn(QDate today) const { return today.isValid() && today <= expires; }
    // Whether the exemption covers `finding` of `group`, whatever its date.
    bool matches(const WorkspaceGroup &group, const Finding &finding) const;
    // "exposed-ssh, group sg-1, rule sgr-1" for messages.
    QString describe() const;

    QJsonObject toJson() const;
    // The narrowest exemption for a finding (the GUI's "Accept this risk..."): its group and check,
    // and the rule's id, else its name in the source, else its port when it opens one port.
    static Exemption forFinding(const WorkspaceGroup &group, const Finding &finding, const QString &reason, QDate expires);

    friend bool operator==(const Exemption &, const Exemption &) = default;
};

} // namespace sg
