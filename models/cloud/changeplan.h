// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/limits.h"
#include "ecsclient.h"

#include "core/diagnostic.h"
#include "core/ruleset.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>

namespace sg {

// What turns a live security group into a target rule set with the calls the API has (there is no
// bulk replace, reference 6.2): ModifySecurityGroupRule[Egress] by rule id where a rule only
// changes values, AuthorizeSecurityGroup[Egress] for new rules, RevokeSecurityGroup[Egress] by
// SecurityGroupRuleId for rules that go. Rules are paired, in this order, by identical content,
// by the same effect (only the description differs), then by rule id; rule order never matters.
// Calls run modify, revoke-before-add, authorize, revoke: new access exists before old access
// goes, except where a rule is replaced by its own twin (which the API could treat as existing).
class ChangePlan
{
    Q_DECLARE_TR_FUNCTIONS(sg::ChangePlan)

public:
    struct Modification
    {
        Rule before;            // live, with its id
        Rule after;             // target
        int targetPosition = 0; // 1-based in the target rule set
        QStringList fields;     // the API fields that change: "Priority", "Description", ...
    };
    struct Addition
    {
        Rule rule;
        int targetPosition = 0;
    };

    GroupInfo live;                    // the live group (id and region of the calls)
    GroupInfo target;                  // the group the target file names
    QList<Rule> unchanged;             // live rules that stay as they are
    QList<Modification> modifications; // by rule id
    QList<Rule> replacedFirst;         // live rules revoked before the authorizations (twins)
    QList<Addition> authorizations;
    QList<Rule> revocations; // live rules revoked last
    // Errors: the target cannot be applied as it is (two rules the API would hold as one).
    // Warnings: what the plan leaves alone (group attributes such as InnerAccessPolicy).
    Diagnostics problems;

    static ChangePlan compute(const RuleSet &live, const RuleSet &target);

    bool isEmpty() const;
    bool canApply() const { return !hasErrors(problems); }
    int changeCount() const;

    // The rules the group holds after the plan ran as the API applies it (an authorization of a rule
    // the group already holds adds nothing). For previews and tests.
    QList<Rule> expectedRules(const QList<Rule> &liveRules) const;

    // One API call of the plan, in the order to send them.
    struct Call
    {
        QString action;
        EcsParameters parameters;
        int changes = 0; // rules this call changes, for progress
    };
    static constexpr int MaxPerCall = Limits::PermissionsPerCall; // permissions or rule ids per call (reference 3)
    // Every write carries a ClientToken "<tokenPrefix>-<n>" (<= 64 ASCII characters with a prefix
    // of at most 56), which makes retrying it safe; give each application its own prefix.
    QList<Call> calls(const QString &tokenPrefix) const;

    // For people: a header line, then one line per change with the rule and, for modifications,
    // each changed field as "was -> now". Translated.
    QString toText() const;
    // "ingress accept TCP 22/22 from 10.0.0.0/8, priority 1, \"SSH\""
    static QString describe(const Rule &rule);
};

} // namespace sg

Q_DECLARE_METATYPE(sg::ChangePlan)
