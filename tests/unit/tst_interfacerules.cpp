// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// An interface's merged rules: its groups' rules in Alibaba Cloud's evaluation order, each row
// knowing its group and position; findings mapped onto the rows, mitigated where another group of
// the interface blocks an exposure.

#include "rulespec.h"

#include "workspace/interfacerules.h"
#include "workspace/workspaceanalyzer.h"

#include <QTest>

using namespace sg;

namespace {

// sg-web: SSH and RDP open to the internet; sg-lock: drops both, RDP at a tie with sg-web's accept.
Workspace workspace()
{
    Workspace out;
    WorkspaceGroup web;
    web.ruleSet = spec::rules({QStringLiteral("in accept tcp 22 0.0.0.0/0 p10 id=sgr-web-ssh"),
                               QStringLiteral("in accept tcp 3389 0.0.0.0/0 p1 id=sgr-web-rdp"),
                               QStringLiteral("out accept all - 0.0.0.0/0 p100")},
                              GroupType::Basic, Policy::Accept, QStringLiteral("sg-web"));
    WorkspaceGroup lock;
    lock.ruleSet = spec::rules({QStringLiteral("in drop tcp 22 0.0.0.0/0 p5 id=sgr-lock-ssh"),
                                QStringLiteral("in drop tcp 3389 0.0.0.0/0 p1 id=sgr-lock-rdp")},
                               GroupType::Basic, Policy::Accept, QStringLiteral("sg-lock"));
    out.groups = {web, lock};
    out.interfaces = {NetworkInterface{QStringLiteral("eni-1"), QStringLiteral("i-1"), {}, {QStringLiteral("sg-web")}, {}, {}, {}},
                      NetworkInterface{QStringLiteral("eni-2"), QStringLiteral("i-2"), {}, {QStringLiteral("sg-web"), QStringLiteral("sg-lock"), QStringLiteral("sg-gone")}, {}, {}, {}}};
    out.attachmentsKnown = true;
    return out;
}

} // namespace

class TestInterfaceRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergedInEvaluationOrder()
    {
        const Workspace ws = workspace();
        const InterfaceRules merged = InterfaceRules::of(ws, 1);
        QCOMPARE(merged.interfaceId, QStringLiteral("eni-2"));
        QCOMPARE(merged.groupIndexes, (QList<int>{0, 1}));
        QCOMPARE(merged.missingGroups, QStringList{QStringLiteral("sg-gone")});
        // Inbound first; priority 1 drop before the priority 1 accept of another group; then 5, 10;
        // outbound last.
        QStringList ids;
        for (const Rule &rule : merged.rules.rules)
            ids << (rule.id.isEmpty() ? QStringLiteral("egress") : rule.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("sgr-lock-rdp"), QStringLiteral("sgr-web-rdp"), QStringLiteral("sgr-lock-ssh"), QStringLiteral("sgr-web-ssh"), QStringLiteral("egress")}));
        QCOMPARE(merged.groups, (QList<int>{1, 0, 1, 0, 0}));
        QCOMPARE(merged.positions, (QList<int>{2, 2, 1, 1, 3}));
        QCOMPARE(merged.rowOf(0, 1), 3);
        QCOMPARE(merged.rowOf(1, 3), -1);
        QVERIFY(InterfaceRules::of(ws, 5).rules.rules.isEmpty());
    }

    void findingsOnTheRows()
    {
        const Workspace ws = workspace();
        const WorkspaceAnalysis analysis = WorkspaceAnalyzer().analyze(ws);
        // On eni-1 (sg-web alone) SSH is exposed; on eni-2 sg-lock drops it.
        const InterfaceRules alone = InterfaceRules::of(ws, 0);
        const AnalysisResult one = alone.mapAnalysis(ws, analysis);
        const auto ssh = [](const AnalysisResult &result) -> const Finding * {
            for (const Finding &finding : result.findings) {
                if (finding.check == u"exposed-ssh")
                    return &finding;
            }
            return nullptr;
        };
        QVERIFY(ssh(one));
        QVERIFY(ssh(one)->severity >= Severity::High);
        QVERIFY(one.message(*ssh(one)).startsWith(QStringLiteral("sg-web: ")));
        QCOMPARE(ssh(one)->rules, QList<int>{alone.rowOf(0, 1) + 1});
        QCOMPARE(one.ruleSeverity.size(), alone.rules.rules.size());

        const InterfaceRules both = InterfaceRules::of(ws, 1);
        const AnalysisResult two = both.mapAnalysis(ws, analysis);
        QVERIFY(ssh(two));
        QVERIFY(ssh(two)->mitigated);
        QCOMPARE(ssh(two)->severity, Severity::Info);
        QVERIFY(two.message(*ssh(two)).contains(QStringLiteral("eni-2")));
        QCOMPARE(ssh(two)->rules, QList<int>{4}); // row 4 of the merged list
        // Findings are sorted most severe first, as an AnalysisResult is.
        for (qsizetype i = 1; i < two.findings.size(); ++i)
            QVERIFY(two.findings.at(i - 1).severity >= two.findings.at(i).severity);
        // An analysis of another workspace maps to nothing.
        QVERIFY(both.mapAnalysis(ws, WorkspaceAnalysis{}).findings.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestInterfaceRules)
#include "tst_interfacerules.moc"
