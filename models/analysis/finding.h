// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rulenumbers.h"
#include "severity.h"

#include "core/internedtext.h"
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

struct RuleSet;

// How a finding's message is made. Most findings of a large set say what the coverage analysis or
// the practice checks found about one rule (rules.first()) and the rules it names (relatedRules):
// their text is made from the rule set when it is read, not held (100,000 rules give 123,000 such
// findings, 20 MB of text). The others hold theirs.
enum class MessageForm : quint8 {
    Held,
    MissingDescription,
    DuplicateRule,      // relatedRules: the original
    ShadowedRule,       // relatedRules: the rules that decide its traffic first
    ShadowedDrop,       // relatedRules: as ShadowedRule
    RedundantRule,      // relatedRules: the rules that would decide its traffic without it
    RedundantOrDefault, // as RedundantRule, the group's default deciding the rest
    PriorityConflict,   // relatedRules: the drops at the same priority
    // The source document's practices, from the rule alone:
    SchedulerCidrSource,
    MonitoringBroadSource,
    RemoteAccessReview,
    PortRange,
};

// One thing the analyzer found: which check, how bad, which rules, why, and what to do. Compact
// (72 bytes, nothing else allocated for most): 100,000 rules give 160,000 findings.
struct Finding
{
    InternedText check;          // stable id from checkCatalogue(), e.g. "exposed-ssh"
    InternedText recommendation; // the source document's recommendation where one applies
    // 1-based positions of the rules at fault in the group's rule set (empty for group-level
    // findings); their ids are RuleSet::ruleIdAt() of those positions.
    RuleNumbers rules;
    // Rules that explain the finding without being at fault: the earlier rules that shadow a rule,
    // the drops that mitigate it, the original of a duplicate, the drop that wins a priority tie.
    RuleNumbers relatedRules;
    // The held message (MessageForm::Held), as UTF-8: the text is mostly ASCII. Read it through
    // message(), set it through setMessage().
    QByteArray messageUtf8;
    // What a workspace or a baseline adds to few findings, out of line (see RareFields).
    RareFields<FindingContext> context;
    Severity severity = Severity::Info;
    MessageForm messageForm = MessageForm::Held;
    bool mitigated = false; // the exposure is fully dropped by higher-precedence rules (reported as info)

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

    // Names the rule, the port and the source; says "mitigated by rules N" when relevant. `set` is
    // the rule set the finding was found in (AnalysisResult::ruleSet), whose rules a made message
    // describes.
    QString message(const RuleSet &set) const;
    // Holds `text` as the message (MessageForm::Held).
    void setMessage(const QString &text)
    {
        messageForm = MessageForm::Held;
        messageUtf8 = text.toUtf8();
        messageUtf8.squeeze(); // toUtf8() makes room for three bytes a unit
    }

    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace sg

// Qt strings, byte arrays, lists and shared data pointers only: findings may be moved in memory as
// bytes (QList grows with realloc).
Q_DECLARE_TYPEINFO(sg::Finding, Q_RELOCATABLE_TYPE);
