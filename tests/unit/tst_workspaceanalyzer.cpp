// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Several groups: analysis stays within each group (no cross-group duplicates), the groups of a
// network interface are evaluated together as Alibaba Cloud does, and exposures say where they
// really apply.

#include "analysis/checkids.h"
#include "workspace/enievaluator.h"
#include "workspace/workspaceanalyzer.h"

#include "rulespec.h"

using namespace sg;

namespace {

WorkspaceGroup group(const QString &id, const QStringList &rules, GroupType type = GroupType::Basic, Policy inner = Policy::Accept)
{
    return WorkspaceGroup{spec::rules(rules, type, inner, id), GroupSource{id + QStringLiteral(".json"), 0, QString()}};
}

NetworkInterface eni(const QString &id, const QStringList &groups, const QString &instance = {})
{
    NetworkInterface out;
    out.id = id;
    out.instanceId = instance;
    out.groupIds = groups;
    out.type = QStringLiteral("Primary");
    return out;
}

const Finding *find(const AnalysisResult &result, const char *check, int rule = 0)
{
    for (const Finding &f : result.findings) {
        if (f.check == QLatin1StringView(check) && (rule == 0 || f.rules.contains(rule)))
            return &f;
    }
    return nullptr;
}

TrafficQuery query(const QString &source, int port, Protocol protocol = Protocol::Tcp)
{
    TrafficQuery q;
    q.source = *Endpoint::parse(source).endpoint;
    q.protocol = protocol;
    q.port = port;
    return q;
}

} // namespace

class TestWorkspaceAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Four groups of one template each open RDP to the internet: four findings, one per group,
    // and not one of them a "duplicate" of a rule in another group.
    void noCrossGroupDuplicates()
    {
        Workspace w;
        for (const QString &id : {QStringLiteral("sg-a"), QStringLiteral("sg-b"), QStringLiteral("sg-c"), QStringLiteral("sg-d")})
            w.groups.append(group(id, {"in accept tcp 3389 0.0.0.0/0 p1"}));
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);
        QCOMPARE(analysis.groups.size(), 4);
        for (const AnalysisResult &result : analysis.groups) {
            const Finding *rdp = find(result, CheckIds::ExposedRdp, 1);
            QVERIFY(rdp);
            QCOMPARE(rdp->severity, Severity::High);
            QVERIFY(!rdp->reachableOn().has_value()); // no interfaces known
            QVERIFY(!find(result, CheckIds::DuplicateRule));
            QVERIFY(!find(result, CheckIds::ShadowedRule));
            QVERIFY(!find(result, CheckIds::RedundantRule));
        }
        QCOMPARE(analysis.countAtLeast(Severity::High), 4);
        // Within one group, a duplicate is still a duplicate.
        w.groups[0] = group(QStringLiteral("sg-a"), {"in accept tcp 3389 0.0.0.0/0 p1", "in accept tcp 3389 0.0.0.0/0 p1"});
        QVERIFY(find(WorkspaceAnalyzer().analyze(w).groups.first(), CheckIds::DuplicateRule, 2));
    }

    // A drop in one group at a higher priority (smaller number) beats an accept in another.
    void dropOfAnotherGroupWinsByPriority()
    {
        Workspace w;
        w.groups = {group(QStringLiteral("sg-web"), {"in accept tcp 22 0.0.0.0/0 p10 id=sgr-accept"}),
                    group(QStringLiteral("sg-lock"), {"in accept tcp 80 0.0.0.0/0 p1", "in drop tcp 22 0.0.0.0/0 p5 id=sgr-drop"})};
        w.interfaces = {eni(QStringLiteral("eni-1"), {"sg-web", "sg-lock"})};
        w.attachmentsKnown = true;
        const EniDecision d = EniEvaluator::forInterface(w, 0).evaluate(query(QStringLiteral("198.51.100.7"), 22));
        QVERIFY(!d.decision.allowed);
        QCOMPARE(d.decision.reason, Decision::Reason::Rule);
        QCOMPARE(d.decidingGroup, 1);
        QCOMPARE(d.decidingGroupKey, QStringLiteral("sg-lock"));
        QCOMPARE(d.decision.decidingRule, 2); // the position within its own group
        QCOMPARE(d.decidingRuleId, QStringLiteral("sgr-drop"));
        QVERIFY(d.decision.explanation.contains(QStringLiteral("sg-lock, one of the 2 groups of eni-1")));
        // The other way round, the accept comes first and wins.
        w.groups[1] = group(QStringLiteral("sg-lock"), {"in drop tcp 22 0.0.0.0/0 p50"});
        const EniDecision allowed = EniEvaluator::forInterface(w, 0).evaluate(query(QStringLiteral("198.51.100.7"), 22));
        QVERIFY(allowed.decision.allowed);
        QCOMPARE(allowed.decidingGroupKey, QStringLiteral("sg-web"));
        QCOMPARE(allowed.decidingRuleId, QStringLiteral("sgr-accept"));
    }

    // At equal priority the drop wins, whichever group holds it.
    void equalPriorityTieGoesToTheDrop()
    {
        Workspace w;
        w.groups = {group(QStringLiteral("sg-a"), {"in accept tcp 3389 0.0.0.0/0 p1"}),
                    group(QStringLiteral("sg-b"), {"in drop tcp 3389 0.0.0.0/0 p1"})};
        for (const QStringList &order : {QStringList{"sg-a", "sg-b"}, QStringList{"sg-b", "sg-a"}}) {
            w.interfaces = {eni(QStringLiteral("eni-1"), order)};
            const EniDecision d = EniEvaluator::forInterface(w, 0).evaluate(query(QStringLiteral("203.0.113.9"), 3389));
            QVERIFY(!d.decision.allowed);
            QCOMPARE(d.decidingGroupKey, QStringLiteral("sg-b"));
            QVERIFY(d.decision.explanation.contains(QStringLiteral("Rule 1 of sg-a accepts it at the same priority")));
        }
    }

    // No rule matches: members of a carried basic group with InnerAccessPolicy Accept get in; of a
    // group with Drop, or of a group not carried, do not.
    void intraGroupAccess()
    {
        Workspace w;
        w.groups = {group(QStringLiteral("sg-open"), {"in accept tcp 22 10.0.0.0/8 p1"}),
                    group(QStringLiteral("sg-closed"), {"in accept tcp 80 10.0.0.0/8 p1"}, GroupType::Basic, Policy::Drop)};
        w.interfaces = {eni(QStringLiteral("eni-1"), {"sg-open", "sg-closed"})};
        const EniEvaluator evaluator = EniEvaluator::forInterface(w, 0);
        const EniDecision open = evaluator.evaluate(query(QStringLiteral("sg-open"), 5432));
        QVERIFY(open.decision.allowed);
        QCOMPARE(open.decision.reason, Decision::Reason::IntraGroup);
        QVERIFY(open.decision.explanation.contains(QStringLiteral("sg-open")));
        const EniDecision closed = evaluator.evaluate(query(QStringLiteral("sg-closed"), 5432));
        QVERIFY(!closed.decision.allowed);
        QCOMPARE(closed.decision.reason, Decision::Reason::Default);
        QVERIFY(!evaluator.evaluate(query(QStringLiteral("sg-elsewhere"), 5432)).decision.allowed);
        // Outbound: basic groups allow by default.
        TrafficQuery out = query(QStringLiteral("8.8.8.8"), 53, Protocol::Udp);
        out.direction = Direction::Egress;
        QVERIFY(evaluator.evaluate(out).decision.allowed);
    }

    // An interface carrying a group the workspace does not hold says so.
    void missingGroupsAreNamed()
    {
        Workspace w;
        w.groups = {group(QStringLiteral("sg-a"), {"in accept tcp 22 0.0.0.0/0 p1"})};
        w.interfaces = {eni(QStringLiteral("eni-1"), {"sg-a", "sg-gone"})};
        const EniDecision d = EniEvaluator::forInterface(w, 0).evaluate(query(QStringLiteral("1.2.3.4"), 22));
        QVERIFY(d.decision.allowed);
        QCOMPARE(d.missingGroups, QStringList{"sg-gone"});
        QVERIFY(d.decision.explanation.contains(QStringLiteral("sg-gone")));
    }

    // reachableOn: the interfaces where the exposure survives the other groups' rules. Blocked on
    // every interface carrying the group: mitigated, naming the group and rule that block it.
    void reachableOn()
    {
        Workspace w;
        w.groups = {group(QStringLiteral("sg-web"), {"in accept tcp 22 0.0.0.0/0 p10", "in accept tcp 3389 0.0.0.0/0 p1"}),
                    group(QStringLiteral("sg-lock"), {"in drop tcp 22 0.0.0.0/0 p5"}),
                    group(QStringLiteral("sg-db"), {"in accept tcp 22 0.0.0.0/0 p10"})};
        w.interfaces = {eni(QStringLiteral("eni-web1"), {"sg-web"}), eni(QStringLiteral("eni-web2"), {"sg-web", "sg-lock"}),
                        eni(QStringLiteral("eni-db1"), {"sg-db", "sg-lock"})};
        w.attachmentsKnown = true;
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);

        const Finding *webSsh = find(analysis.groups.at(0), CheckIds::ExposedSsh, 1);
        QVERIFY(webSsh);
        QCOMPARE(webSsh->severity, Severity::High);
        QCOMPARE(webSsh->reachableOn(), std::optional<QStringList>(QStringList{"eni-web1"}));
        const Finding *webRdp = find(analysis.groups.at(0), CheckIds::ExposedRdp, 2);
        QCOMPARE(webRdp->reachableOn(), std::optional<QStringList>(QStringList{"eni-web1", "eni-web2"}));

        const Finding *dbSsh = find(analysis.groups.at(2), CheckIds::ExposedSsh, 1);
        QVERIFY(dbSsh);
        QVERIFY(dbSsh->mitigated);
        QCOMPARE(dbSsh->severity, Severity::Info);
        QCOMPARE(dbSsh->reachableOn(), std::optional<QStringList>(QStringList{}));
        QVERIFY2(analysis.groups.at(2).message(*dbSsh).contains(QStringLiteral("blocked on every network interface that carries sg-db, by rule 1 of sg-lock")),
                 qPrintable(analysis.groups.at(2).message(*dbSsh)));
        // The per-rule index follows the changed severity.
        QCOMPARE(analysis.groups.at(2).ruleSeverity.at(0), std::optional<Severity>(Severity::Info));
    }

    // With interfaces known: a group on none is unused, or only unattached when others reference
    // it; an exposure of such a group reaches nothing today. References to groups the workspace
    // does not hold are named.
    void attachmentsAndReferences()
    {
        Workspace w;
        w.groups = {group(QStringLiteral("sg-app"), {"in accept tcp 3306 sg-db p1", "in accept tcp 443 sg-elsewhere p1"}),
                    group(QStringLiteral("sg-db"), {"in accept tcp 3306 sg-app p1"}),
                    group(QStringLiteral("sg-old"), {"in accept tcp 3389 0.0.0.0/0 p1"})};
        w.interfaces = {eni(QStringLiteral("eni-app"), {"sg-app"})};
        w.attachmentsKnown = true;
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);
        const Finding *unknown = find(analysis.groups.at(0), CheckIds::UnknownGroupReference, 2);
        QVERIFY(unknown);
        QVERIFY(analysis.groups.at(0).message(*unknown).contains(QStringLiteral("sg-elsewhere")));
        QVERIFY(!find(analysis.groups.at(0), CheckIds::UnknownGroupReference, 1));
        QVERIFY(find(analysis.groups.at(1), CheckIds::UnattachedGroup));
        QVERIFY(!find(analysis.groups.at(1), CheckIds::UnusedGroup));
        QVERIFY(find(analysis.groups.at(2), CheckIds::UnusedGroup));
        const Finding *rdp = find(analysis.groups.at(2), CheckIds::ExposedRdp, 1);
        QCOMPARE(rdp->reachableOn(), std::optional<QStringList>(QStringList{}));
        QCOMPARE(rdp->severity, Severity::High); // still a wide rule, ready to hurt when attached
        QVERIFY(analysis.groups.at(2).message(*rdp).contains(QStringLiteral("No network interface read carries sg-old")));

        // Without interface files nothing is said about attachments.
        w.interfaces.clear();
        w.attachmentsKnown = false;
        const WorkspaceAnalysis unknownAttachments = WorkspaceAnalyzer().analyze(w);
        QVERIFY(!find(unknownAttachments.groups.at(2), CheckIds::UnusedGroup));
        QVERIFY(!find(unknownAttachments.groups.at(2), CheckIds::ExposedRdp)->reachableOn().has_value());
    }

    // One group alone is analysed exactly as before: no workspace findings at all.
    void singleGroupIsUnchanged()
    {
        Workspace w;
        w.groups = {group(QStringLiteral("sg-a"), {"in accept tcp 22 0.0.0.0/0 p1", "in accept tcp 80 sg-other p1"})};
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);
        QVERIFY(!find(analysis.groups.first(), CheckIds::UnknownGroupReference));
        QCOMPARE(analysis.ordered().size(), analysis.groups.first().findings.size());
    }

    // Values a file leaves open: one unresolved-value finding each, on its rule (low when --var or
    // --param can give it, info otherwise), and nothing else about a rule that matches no traffic.
    void openValuesAreFindings()
    {
        Workspace w;
        WorkspaceGroup g = group(QStringLiteral("alicloud_security_group.web"),
                                 {"in accept tcp 22 0.0.0.0/0 p1", "in accept tcp 443 0.0.0.0/0 p1", "in accept tcp 443 0.0.0.0/0 p1"});
        g.ruleSet.rules[0].resource = QStringLiteral("alicloud_security_group_rule.ssh");
        g.ruleSet.rules[1].resource = QStringLiteral("alicloud_security_group_rule.open");
        g.ruleSet.rules[1].peer = Endpoint(); // kept, matching nothing: its cidr_ip is open
        g.ruleSet.rules[2].resource = QStringLiteral("alicloud_security_group_rule.https");
        UnresolvedValue cidr;
        cidr.resource = QStringLiteral("alicloud_security_group_rule.open");
        cidr.field = QStringLiteral("cidr_ip");
        cidr.expression = QStringLiteral("var.users_cidr");
        cidr.reason = QStringLiteral("var.users_cidr has no value");
        cidr.suppliable = true;
        cidr.inert = true;
        UnresolvedValue type;
        type.field = QStringLiteral("security_group_type");
        type.expression = QStringLiteral("data.x.y.type");
        type.reason = QStringLiteral("a data source is read only when Terraform runs");
        g.unresolved = {type, cidr};
        w.groups = {g};
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(w);
        const AnalysisResult &result = analysis.groups.first();
        const Finding *onRule = find(result, CheckIds::UnresolvedValue, 2);
        QVERIFY(onRule);
        QCOMPARE(onRule->severity, Severity::Low);
        QCOMPARE(onRule->rules, QList<int>{2});
        QVERIFY2(result.message(*onRule).contains(QStringLiteral("cidr_ip = var.users_cidr cannot be known: var.users_cidr has no value")), qPrintable(result.message(*onRule)));
        QVERIFY(result.message(*onRule).contains(QStringLiteral("matches no traffic")));
        const auto onGroup = std::find_if(result.findings.cbegin(), result.findings.cend(),
                                          [](const Finding &f) { return f.check == QLatin1StringView(CheckIds::UnresolvedValue) && f.rules.isEmpty(); });
        QVERIFY(onGroup != result.findings.cend());
        QCOMPARE(onGroup->severity, Severity::Info);
        // Nothing else is said of the open rule (no missing description, no duplicate), the others
        // are analysed as usual.
        for (const Finding &f : result.findings) {
            if (f.check != QLatin1StringView(CheckIds::UnresolvedValue))
                QVERIFY2(!f.rules.contains(2), qPrintable(f.check.toString()));
        }
        QVERIFY(find(result, CheckIds::ExposedSsh, 1));
        QVERIFY(find(result, CheckIds::DuplicateRule, 3) == nullptr || !find(result, CheckIds::DuplicateRule, 3)->rules.contains(2));
        // A rule edited away since it was read takes its open value with it.
        w.groups[0].ruleSet.rules.removeAt(1);
        QVERIFY(!find(WorkspaceAnalyzer().analyze(w).groups.first(), CheckIds::UnresolvedValue, 2));
    }
};

QTEST_APPLESS_MAIN(TestWorkspaceAnalyzer)
#include "tst_workspaceanalyzer.moc"
