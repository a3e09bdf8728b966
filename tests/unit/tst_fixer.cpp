// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fixing findings: narrowing, removal, lockout refusal, untouched rules left exactly as they were.

#include "analysis/policyevaluator.h"
#include "rulespec.h"
#include "workspace/enievaluator.h"
#include "workspace/fixer.h"

#include <QTest>

using namespace sg;

namespace {

Endpoint at(const QString &text)
{
    return *Endpoint::parse(text).endpoint;
}

Workspace single(const QStringList &rules, GroupType type = GroupType::Basic, const QString &id = QStringLiteral("sg-1"))
{
    Workspace w;
    WorkspaceGroup group;
    group.ruleSet = spec::rules(rules, type, Policy::Accept, id);
    w.groups.append(group);
    return w;
}

// The group of the "done when": SSH, RDP and Docker open to the internet, among rules that are fine.
Workspace exposed()
{
    return single({
        "in accept tcp 80 0.0.0.0/0 p1 id=sgr-web",
        "in accept tcp 22 0.0.0.0/0 p1 id=sgr-ssh",
        "in accept tcp 3389 0.0.0.0/0 p2 id=sgr-rdp",
        "in accept tcp 2375 0.0.0.0/0 p1 id=sgr-docker",
        "in accept tcp 6817-6819 10.0.0.0/16 p5 id=sgr-slurm",
        "out accept all - 0.0.0.0/0 p1 id=sgr-out",
    });
}

FixResult fixWith(const Workspace &w, const QStringList &replace, const QStringList &keep, Severity threshold = Severity::High)
{
    FixOptions options;
    options.threshold = threshold;
    for (const QString &text : replace)
        options.replaceWith.append(at(text));
    for (const QString &text : keep)
        options.keep.append(at(text));
    return Fixer(options).fix(w, WorkspaceAnalyzer().analyze(w));
}

bool reaches(const RuleSet &set, const QString &address, int port)
{
    return PolicyEvaluator(set).evaluate({at(address), Protocol::Tcp, port, Direction::Ingress}).allowed;
}

} // namespace

class TestFixer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void narrowing()
    {
        const Workspace before = exposed();
        const FixResult result = fixWith(before, {"10.0.0.0/8"}, {"203.0.113.10"});
        QCOMPARE(result.made.size(), 3);
        QVERIFY(result.refused.isEmpty());
        const RuleSet &after = result.workspace.groups.first().ruleSet;
        // Nothing high is left, and the kept address still reaches SSH and RDP.
        QCOMPARE(WorkspaceAnalyzer().analyze(result.workspace).countAtLeast(Severity::High), 0);
        QVERIFY(reaches(after, QStringLiteral("203.0.113.10"), 22));
        QVERIFY(reaches(after, QStringLiteral("203.0.113.10"), 3389));
        QVERIFY(!reaches(after, QStringLiteral("198.51.100.1"), 22));
        QVERIFY(result.lockoutSafe());
        QCOMPARE(result.proof.size(), 2);
        for (const LockoutCheck &check : result.proof) {
            QVERIFY(check.before.allowed && check.after.allowed);
            QCOMPARE(check.where, QStringLiteral("sg-1"));
            QVERIFY(Fixer::describe(check).contains(QStringLiteral("203.0.113.10 reaches")));
        }
        // Each faulty rule became one rule per source, in its place, the first keeping its id.
        QStringList peers;
        for (const Rule &r : after.rules)
            peers << r.id + u'@' + r.peer.text();
        QCOMPARE(peers, (QStringList{"sgr-web@0.0.0.0/0", "sgr-ssh@10.0.0.0/8", "@203.0.113.10", "sgr-rdp@10.0.0.0/8", "@203.0.113.10", "sgr-docker@10.0.0.0/8", "@203.0.113.10", "sgr-slurm@10.0.0.0/16", "sgr-out@0.0.0.0/0"}));
        QCOMPARE(after.rules.at(3).priority, 2); // priorities, ports, descriptions as they were
        QCOMPARE(after.rules.at(4).ports, PortRange(3389, 3389));
        // Untouched rules exactly as they were.
        const RuleSet &original = before.groups.first().ruleSet;
        QCOMPARE(after.rules.at(0), original.rules.at(0));
        QCOMPARE(after.rules.at(7), original.rules.at(4));
        QCOMPARE(after.rules.at(8), original.rules.at(5));
        QCOMPARE(after.group, original.group);
        // The change as diff gives it.
        QVERIFY(result.diff.hasChanges());
        const RuleSetDiff &diff = result.diff.groups.first().diff;
        QCOMPARE(diff.changed.size(), 3);
        QCOMPARE(diff.added.size(), 3);
        QVERIFY(diff.removed.isEmpty());
        QCOMPARE(Fixer::describe(result.made.first(), before),
                 QStringLiteral("Rule 2 (sgr-ssh) of sg-1: narrowed from 0.0.0.0/0 to 10.0.0.0/8, 203.0.113.10 (exposed-ssh)."));
    }

    void removal()
    {
        const Workspace before = exposed();
        const FixResult result = fixWith(before, {}, {});
        QCOMPARE(result.made.size(), 3);
        for (const FixChange &change : result.made)
            QCOMPARE(change.kind, FixChange::Kind::Removed);
        const RuleSet &after = result.workspace.groups.first().ruleSet;
        const RuleSet &original = before.groups.first().ruleSet;
        QCOMPARE(after.rules, (QList<Rule>{original.rules.at(0), original.rules.at(4), original.rules.at(5)}));
        QVERIFY(result.proof.isEmpty()); // nothing to keep
        QCOMPARE(result.diff.groups.first().diff.removed, (QList<int>{2, 3, 4}));
    }

    void familiesAndDuplicates()
    {
        // An IPv6 rule is narrowed to the IPv6 sources only; a source already allowed is not added twice.
        const Workspace before = single({
            "in accept tcp 22 203.0.113.10 p1 id=sgr-admin",
            "in accept tcp 22 0.0.0.0/0 p1 id=sgr-v4",
            "in accept tcp 22 ::/0 p1 id=sgr-v6",
        });
        const FixResult result = fixWith(before, {"2001:db8::/48"}, {"203.0.113.10"});
        const RuleSet &after = result.workspace.groups.first().ruleSet;
        QStringList peers;
        for (const Rule &r : after.rules)
            peers << r.peer.text();
        QCOMPARE(peers, (QStringList{"203.0.113.10", "2001:db8::/48"}));
        QCOMPARE(result.made.size(), 2);
        QCOMPARE(result.made.at(0).kind, FixChange::Kind::Removed); // its only source was already there
        QCOMPARE(result.made.at(1).sources, QStringList{"2001:db8::/48"});
        QVERIFY(reaches(after, QStringLiteral("203.0.113.10"), 22));
    }

    void lockoutRefusal()
    {
        // An enterprise group may not reference groups (high); narrowing this drop to the kept
        // address would drop its SSH at priority 1: the change is refused, and named.
        const Workspace before = single({
                                            "in drop tcp 22 sg-old p1 id=sgr-drop",
                                            "in accept tcp 22 203.0.113.0/24 p2 id=sgr-admins",
                                            "in accept tcp 3389 0.0.0.0/0 p5 id=sgr-rdp",
                                        },
                                        GroupType::Enterprise);
        const FixResult result = fixWith(before, {}, {"203.0.113.10"});
        QCOMPARE(result.refused.size(), 1);
        QCOMPARE(result.refused.first().change.rule, 1);
        QVERIFY2(result.refused.first().reason.contains(QStringLiteral("203.0.113.10 would no longer reach SSH (TCP 22) on sg-1")),
                 qPrintable(result.refused.first().reason));
        // The other change is made, and the proof holds.
        QCOMPARE(result.made.size(), 1);
        QCOMPARE(result.made.first().rule, 3);
        const RuleSet &after = result.workspace.groups.first().ruleSet;
        QCOMPARE(after.rules.first(), before.groups.first().ruleSet.rules.first());
        QVERIFY(reaches(after, QStringLiteral("203.0.113.10"), 22));
        QVERIFY(reaches(after, QStringLiteral("203.0.113.10"), 3389));
        QVERIFY(result.lockoutSafe());
    }

    void interfacesAreWhereAccessIsJudged()
    {
        Workspace w = exposed();
        WorkspaceGroup other;
        other.ruleSet = spec::rules({"in accept tcp 22 198.51.100.0/24 p1"}, GroupType::Basic, Policy::Accept, QStringLiteral("sg-2"));
        w.groups.append(other);
        NetworkInterface nic;
        nic.id = QStringLiteral("eni-1");
        nic.groupIds = {QStringLiteral("sg-1"), QStringLiteral("sg-2")};
        w.interfaces.append(nic);
        w.attachmentsKnown = true;
        // The kept address reaches SSH through the other group too: the proof names the interface.
        const FixResult result = fixWith(w, {}, {"198.51.100.7"});
        QVERIFY(result.refused.isEmpty());
        QVERIFY(!result.proof.isEmpty());
        for (const LockoutCheck &check : result.proof)
            QCOMPARE(check.where, QStringLiteral("eni-1"));
        const EniDecision ssh = EniEvaluator::forInterface(result.workspace, 0).evaluate({at(QStringLiteral("198.51.100.7")), Protocol::Tcp, 22, Direction::Ingress});
        QVERIFY(ssh.decision.allowed);
        QCOMPARE(result.workspace.groups.at(1), w.groups.at(1)); // a group without findings is untouched
    }

    void selectedFindings()
    {
        const Workspace w = exposed();
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);
        QList<Finding> selected;
        for (const Finding &f : analysis.groups.first().findings) {
            if (f.check == u"exposed-docker")
                selected << f;
        }
        FixOptions options;
        options.keep = {at(QStringLiteral("203.0.113.10"))};
        options.replaceWith = {at(QStringLiteral("10.0.0.0/16"))};
        const FixResult result = Fixer(options).fixFindings(w, 0, selected);
        QCOMPARE(result.made.size(), 1);
        QCOMPARE(result.made.first().rule, 4);
        QCOMPARE(result.workspace.groups.first().ruleSet.rules.size(), w.groups.first().ruleSet.rules.size() + 1);
        // A missing description is not something narrowing fixes.
        Finding description;
        description.check = QStringLiteral("missing-description");
        description.rules = {1};
        QVERIFY(!Fixer(options).fixFindings(w, 0, {description}).changed());
    }

    void suppressedFindingsAreLeft()
    {
        const Workspace w = exposed();
        WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);
        for (Finding &f : analysis.groups.first().findings) {
            if (f.check == u"exposed-docker")
                f.setSuppression(Suppression{QStringLiteral("lab"), QDate(2030, 1, 1)});
        }
        const FixResult result = Fixer().fix(w, analysis);
        QCOMPARE(result.made.size(), 2);
        QCOMPARE(result.workspace.groups.first().ruleSet.rules.at(1).id, QStringLiteral("sgr-docker"));
    }

    void workbenchSourcesToKeep()
    {
        const RuleSet set = spec::rules({
            "in accept tcp 22 47.96.60.0/24 p1",
            "in accept tcp 3389 100.104.0.0/16 p1",
            "in accept tcp 443 161.117.0.0/16 p1",
            "in accept tcp 22 0.0.0.0/0 p1",
        });
        QCOMPARE(Fixer::workbenchSources(set), (QList<Endpoint>{at(QStringLiteral("47.96.60.0/24")), at(QStringLiteral("100.104.0.0/16"))}));
    }
};

QTEST_APPLESS_MAIN(TestFixer)
#include "tst_fixer.moc"
