// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "severity.h"

#include "core/rarefields.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sg {

// Why a finding is accepted: the reason and date of the baseline exemption that matches it.
struct Suppression
{
    QString reason;
    QDate expires; // the last day the exemption applies

    friend bool operator==(const Suppression &, const Suppression &) = default;
};

// What a workspace or a baseline adds to a finding (Finding::reachableOn(), Finding::suppression()).
struct FindingContext
{
    std::optional<QStringList> reachableOn;
    std::optional<Suppression> suppression;

    friend bool operator==(const FindingContext &, const FindingContext &) = default;
};

// One thing the analyzer found: which check, how bad, which rules, why, and what to do.
struct Finding
{
    QString check; // stable id from checkCatalogue(), e.g. "exposed-ssh"
    Severity severity = Severity::Info;
    // 1-based positions of the rules at fault in the group's rule set (empty for group-level
    // findings); their ids are RuleSet::ruleIdAt() of those positions.
    QList<int> rules;
    // Names the rule, the port and the source; says "mitigated by rules N" when relevant. Kept as
    // UTF-8: the text is mostly ASCII, and 100,000 rules give 160,000 findings whose messages take
    // 56 MB as QStrings, 30 MB so. Read and set it through message() and setMessage().
    QByteArray messageUtf8;
    QString recommendation; // the source document's recommendation where one applies
    bool mitigated = false; // the exposure is fully dropped by higher-precedence rules (reported as info)
    // Rules that explain the finding without being at fault: the earlier rules that shadow a rule,
    // the drops that mitigate it, the original of a duplicate, the drop that wins a priority tie.
    QList<int> relatedRules;
    // What a workspace or a baseline adds to few findings, out of line (see RareFields).
    RareFields<FindingContext> context;

    // In a workspace with network interfaces: the interfaces on which an exposure is effective once
    // every other group they carry is taken into account. nullopt when nothing is known of them.
    const std::optional<QStringList> &reachableOn() const { return context->reachableOn; }
    void setReachableOn(const std::optional<QStringList> &interfaces)
    {
        if (context.isSet() || interfaces)
            context.edit().reachableOn = interfaces;
    }
    // Set when an exemption of a baseline (check --baseline) accepts the finding: it stays in every
    // report, marked, and does not count (AnalysisResult::count, --fail-on).
    const std::optional<Suppression> &suppression() const { return context->suppression; }
    void setSuppression(const std::optional<Suppression> &suppression)
    {
        if (context.isSet() || suppression)
            context.edit().suppression = suppression;
    }
    bool suppressed() const { return suppression().has_value(); }

    QString message() const { return QString::fromUtf8(messageUtf8); }
    void setMessage(const QString &text)
    {
        messageUtf8 = text.toUtf8();
        messageUtf8.squeeze(); // toUtf8() makes room for three bytes a unit
    }

    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace sg

// Qt strings, byte arrays, lists and shared data pointers only: findings may be moved in memory as
// bytes (QList grows with realloc).
Q_DECLARE_TYPEINFO(sg::Finding, Q_RELOCATABLE_TYPE);
