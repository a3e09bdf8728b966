// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing rule sets: rules without ids (wizard-built, CSV, Terraform) edited in a cell read as
// "changed", not as one removed and one added.

#include "analysis/rulesetdiff.h"
#include "rulespec.h"

#include <QTest>

using namespace sg;

class TestRuleSetDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneCellEditWithoutIdsIsAChange_data()
    {
        QTest::addColumn<QString>("edited");
        QTest::addColumn<QString>("field");
        QTest::newRow("source") << "in accept tcp 6817-6819 10.0.0.0/16 p1"
                                << "SourceCidrIp";
        QTest::newRow("source to a group") << "in accept tcp 6817-6819 sg-bp1cluster p1"
                                           << "SourceGroupId";
        QTest::newRow("ports") << "in accept tcp 6817-6820 172.16.0.0/12 p1"
                               << "PortRange";
        QTest::newRow("protocol") << "in accept udp 6817-6819 172.16.0.0/12 p1"
                                  << "IpProtocol";
    }

    void oneCellEditWithoutIdsIsAChange()
    {
        QFETCH(QString, edited);
        QFETCH(QString, field);
        const QStringList lines{"in accept tcp 22 203.0.113.10/32 p1", "in accept tcp 111 172.16.0.0/12 p1",
                                "in accept tcp 6817-6819 172.16.0.0/12 p1", "in accept tcp 9090 10.0.8.15/32 p1"};
        QStringList after = lines;
        after[2] = edited;
        const RuleSetDiff diff = diffRuleSets(spec::rules(lines), spec::rules(after));
        QCOMPARE(diff.added, QList<int>());
        QCOMPARE(diff.removed, QList<int>());
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.changed.first().before, 3);
        QCOMPARE(diff.changed.first().after, 3);
        QVERIFY2(diff.changed.first().fields.contains(field), qPrintable(diff.changed.first().fields.join(u',')));
    }

    void editsBesideInsertionsAndRemovals()
    {
        // Rule 2 removed, rule 4 edited, a new rule at the top: positions moved, pairs still found.
        const QStringList before{"in accept tcp 22 203.0.113.10/32 p1", "in accept tcp 111 172.16.0.0/12 p1",
                                 "in accept tcp 2049 172.16.0.0/12 p1", "in accept tcp 6817-6819 172.16.0.0/12 p1"};
        const QStringList after{"in accept tcp 3389 198.51.100.0/24 p1", "in accept tcp 22 203.0.113.10/32 p1",
                                "in accept tcp 2049 172.16.0.0/12 p1", "in accept tcp 6817-6819 10.1.0.0/16 p1"};
        const RuleSetDiff diff = diffRuleSets(spec::rules(before), spec::rules(after));
        QCOMPARE(diff.removed, QList<int>{2});
        QCOMPARE(diff.added, QList<int>{1});
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.changed.first().before, 4);
        QCOMPARE(diff.changed.first().after, 4);
    }

    void differentRulesStayAddedAndRemoved()
    {
        // Three fields differ: another rule, not an edit of this one.
        const RuleSetDiff diff = diffRuleSets(spec::rules({"in accept tcp 22 203.0.113.10/32 p1"}),
                                              spec::rules({"in drop udp 53 10.0.0.0/8 p1"}));
        QCOMPARE(diff.removed, QList<int>{1});
        QCOMPARE(diff.added, QList<int>{1});
        QVERIFY(diff.changed.isEmpty());
    }

    void rulesWithIdsArePairedByIdOnly()
    {
        // Different ids are different rules, however alike.
        const RuleSetDiff diff = diffRuleSets(spec::rules({"in accept tcp 22 203.0.113.10/32 p1 id=sgr-1"}),
                                              spec::rules({"in accept tcp 22 203.0.113.11/32 p1 id=sgr-2"}));
        QCOMPARE(diff.removed, QList<int>{1});
        QCOMPARE(diff.added, QList<int>{1});
    }
};

QTEST_APPLESS_MAIN(TestRuleSetDiff)
#include "tst_rulesetdiff.moc"
