// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/decision.h"
#include "report/diffreport.h"
#include "workspaceanalyzer.h"

#include <QCoreApplication>
#include <QList>

namespace sg {

// What a fix may do: which findings it acts on, and the sources a faulty rule is narrowed to.
struct FixOptions
{
    Severity threshold = Severity::High; // fix(): rules with a finding at or above it
    QList<Endpoint> replaceWith;         // addresses or CIDR blocks the rule keeps
    // Addresses whose SSH (TCP 22) and RDP (TCP 3389) access must stay exactly as it was (the
    // user's own address, the Workbench ranges the group uses); faulty rules are narrowed to them too.
    QList<Endpoint> keep;
};

// One rule the fix narrows or removes. Positions count within the group, in the rule set before the fix.
struct FixChange
{
    enum class Kind {
        Narrowed,
        Removed
    };

    int group = -1; // index into the workspace's groups
    int rule = 0;   // 1-based position before the fix
    Kind kind = Kind::Removed;
    QStringList checks;  // the findings that made it (check ids)
    QStringList sources; // narrowed: the sources the rule keeps, in order
};

// A change the fix did not make, because a --keep address would lose SSH or RDP by it.
struct RefusedChange
{
    FixChange change;
    QString reason; // names the address, the port and where it would be cut
};

// One line of the lockout proof: a kept address and a port, evaluated before and after the fix on
// one interface carrying the group (or on the group alone when no interface is known).
struct LockoutCheck
{
    Endpoint address;
    int port = 22;   // 22 (SSH) or 3389 (RDP), TCP
    QString where;   // "eni-1" or the group's key
    Decision before; // the evaluator's answers, with their explanations
    Decision after;
    QString decidedBefore; // "rule 2", "rule 2 of sg-1" or "the default"
    QString decidedAfter;

    bool kept() const { return !before.allowed || after.allowed; }
};

// What a fix produced: the new workspace (untouched rules exactly as they were: ids, priorities,
// descriptions, order), the changes made and refused, the lockout proof and the diff.
struct FixResult
{
    Workspace workspace;
    QList<FixChange> made;
    QList<RefusedChange> refused;
    QList<LockoutCheck> proof;
    WorkspaceDiff diff;

    bool changed() const { return !made.isEmpty(); }
    // True when every kept address reaches SSH and RDP after the fix wherever it did before.
    bool lockoutSafe() const
    {
        return std::all_of(proof.cbegin(), proof.cend(), [](const LockoutCheck &c) { return c.kept(); });
    }
};

// Narrows or removes the rules behind findings, safely (DESIGN section 2): each faulty rule becomes
// one rule per narrowing source of its address family (the options' replaceWith and keep), in its
// place, the first keeping its id; with no source it is removed. Every change is checked with the
// evaluators (PolicyEvaluator for a group alone, EniEvaluator for each network interface carrying
// it): a change after which a kept address no longer reaches SSH or RDP where it did is not made,
// and is reported as refused. Missing descriptions and expired exemptions are not fixed this way.
class Fixer
{
    Q_DECLARE_TR_FUNCTIONS(sg::Fixer)

public:
    explicit Fixer(FixOptions options = {})
        : m_options(std::move(options)) {}

    // Every rule of every group with an unsuppressed finding at or above the threshold (sgassist-cli fix).
    FixResult fix(const Workspace &workspace, const WorkspaceAnalysis &analysis) const;
    // The rules of the selected findings of one group, whatever their severity (the GUI's "Fix...").
    FixResult fixFindings(const Workspace &workspace, int groupIndex, const QList<Finding> &selected) const;

    // Whether narrowing or removing its rules can fix a finding: not a missing description, not an
    // expired exemption (fixed in the baseline), not a finding about the group as a whole.
    static bool isFixable(const Finding &finding);
    // The Workbench ranges a rule set's accepts admit on SSH or RDP: what the GUI offers to keep.
    static QList<Endpoint> workbenchSources(const RuleSet &set);
    // "203.0.113.10 reaches SSH (TCP 22) on sg-1 before (rule 1) and after (rule 1)."
    static QString describe(const LockoutCheck &check);
    // "Rule 3 (sgr-x) of sg-1: narrowed to 203.0.113.10/32, 10.0.0.0/8 (exposed-ssh)."
    static QString describe(const FixChange &change, const Workspace &before);

private:
    struct Target;
    FixResult run(const Workspace &workspace, const QList<Target> &targets) const;

    FixOptions m_options;
};

} // namespace sg
