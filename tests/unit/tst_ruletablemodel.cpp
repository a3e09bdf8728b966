// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rule table model: a correct Qt model with typed roles, and precise change signals.

#include "analysis/analyzer.h"
#include "manyfindings.h"
#include "table/findingsmodel.h"
#include "table/ruletablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sg;

namespace {

Rule makeRule(const char *peer, int port, Policy policy = Policy::Accept, QStringList services = {})
{
    Rule rule;
    rule.peer = *Endpoint::parse(QString::fromLatin1(peer)).endpoint;
    rule.ports = PortRange::single(port);
    rule.policy = policy;
    rule.services = services;
    return rule;
}

RuleSet sample()
{
    RuleSet set;
    set.group.securityGroupId = QStringLiteral("sg-1");
    set.rules = {makeRule("0.0.0.0/0", 22, Policy::Accept, {"ssh", "git"}), makeRule("10.0.0.0/8", 2049, Policy::Accept, {"nfs"}),
                 makeRule("47.96.0.0/16", 8888, Policy::Drop), makeRule("sg-c", 6817, Policy::Accept, {"custom-x"})};
    return set;
}

} // namespace

class TestRuleTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester()
    {
        RuleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuleSet(sample());
        model.insertRules(1, {makeRule("192.168.0.0/16", 80)});
        model.replaceRule(0, makeRule("10.1.0.0/16", 443));
        model.removeRulesAt(0, 2);
        model.insertRules(model.rowCount(), {makeRule("::/0", 22), makeRule("2001:db8::/32", 23)});
        model.removeRulesAt(0, model.rowCount());
        model.setRuleSet(sample());
        QCOMPARE(model.rowCount(), 4);
    }

    void displayAndRoles()
    {
        RuleTableModel model;
        model.setRuleSet(sample());
        QCOMPARE(model.columnCount(), int(RuleTableModel::ColumnCount));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(0, RuleTableModel::DirectionColumn).toString(), QStringLiteral("Inbound"));
        QCOMPARE(cell(0, RuleTableModel::PolicyColumn).toString(), QStringLiteral("Allow"));
        QCOMPARE(cell(2, RuleTableModel::PolicyColumn).toString(), QStringLiteral("Deny"));
        QCOMPARE(cell(0, RuleTableModel::ProtocolColumn).toString(), QStringLiteral("TCP"));
        QCOMPARE(cell(1, RuleTableModel::PortsColumn).toString(), QStringLiteral("2049"));
        QCOMPARE(cell(0, RuleTableModel::PeerColumn).toString(), QStringLiteral("0.0.0.0/0"));
        QCOMPARE(cell(0, RuleTableModel::PriorityColumn).toInt(), 1);
        QCOMPARE(cell(0, RuleTableModel::ServicesColumn).toString(), QStringLiteral("SSH, Git"));
        QCOMPARE(cell(3, RuleTableModel::ServicesColumn).toString(), QStringLiteral("custom-x")); // unknown id shown as is
        // No recorded service: inferred from the ports, and said to be inferred.
        QCOMPARE(cell(2, RuleTableModel::ServicesColumn).toString(), QStringLiteral("Jupyter Notebook"));
        QVERIFY(cell(2, RuleTableModel::ServicesColumn, RuleTableModel::ServicesInferredRole).toBool());
        QVERIFY(!cell(0, RuleTableModel::ServicesColumn, RuleTableModel::ServicesInferredRole).toBool());

        QCOMPARE(cell(0, RuleTableModel::PeerColumn, RuleTableModel::ExposureRole).toInt(), int(Exposure::Internet));
        QCOMPARE(cell(2, RuleTableModel::PeerColumn, RuleTableModel::ExposureRole).toInt(), int(Exposure::PublicWide));
        QCOMPARE(cell(1, RuleTableModel::PeerColumn, RuleTableModel::ExposureRole).toInt(), int(Exposure::Private));
        QVERIFY(cell(0, RuleTableModel::PeerColumn, RuleTableModel::WidePeerRole).toBool());
        QVERIFY(!cell(2, RuleTableModel::PeerColumn, RuleTableModel::WidePeerRole).toBool()); // a drop
        QVERIFY(!cell(3, RuleTableModel::PeerColumn, RuleTableModel::WidePeerRole).toBool());
        QCOMPARE(cell(2, 0, RuleTableModel::PositionRole).toInt(), 3);
        QCOMPARE(cell(1, 0, RuleTableModel::RuleRole).value<Rule>(), sample().rules.at(1));
        QCOMPARE(cell(1, RuleTableModel::PortsColumn, RuleTableModel::SortRole).toInt(), 2049);
        QVERIFY(cell(0, RuleTableModel::PeerColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("Internet")));
        QCOMPARE(model.headerData(2, Qt::Vertical).toInt(), 3);
    }

    void riskRolesFollowTheAnalysis()
    {
        RuleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RuleSet set = sample();
        set.rules[1].description = QStringLiteral("NFS");
        model.setRuleSet(set);
        QCOMPARE(model.index(0, RuleTableModel::RiskColumn).data(RuleTableModel::SeverityRole).toInt(), -1); // not analysed yet
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAnalysis(Analyzer().analyze(set));
        QCOMPARE(changed.count(), 1);

        // Rule 1: SSH from the internet is high.
        QCOMPARE(model.index(0, 0).data(RuleTableModel::SeverityRole).toInt(), int(Severity::High));
        QCOMPARE(model.index(0, RuleTableModel::RiskColumn).data().toString(), QStringLiteral("High"));
        const QStringList findings = model.index(0, 0).data(RuleTableModel::FindingsRole).toStringList();
        QVERIFY(findings.join(u' ').contains(QStringLiteral("SSH (TCP 22)")));
        QVERIFY(findings.join(u' ').contains(QStringLiteral("Recommendation:")));
        QVERIFY(model.index(0, RuleTableModel::PortsColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("0.0.0.0/0")));
        QVERIFY(model.index(0, RuleTableModel::PeerColumn).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Source: Internet")));
        // Rule 2: NFS from a private range with a description has no finding.
        QCOMPARE(model.index(1, 0).data(RuleTableModel::SeverityRole).toInt(), -1);
        QCOMPARE(model.index(1, RuleTableModel::RiskColumn).data().toString(), QString());
        // Risk sorts by severity.
        QCOMPARE(model.index(0, RuleTableModel::RiskColumn).data(RuleTableModel::SortRole).toInt(), int(Severity::High));
        QVERIFY(!(model.flags(model.index(0, RuleTableModel::RiskColumn)) & Qt::ItemIsEditable));

        // An analysis of fewer rules than shown (an edit raced it) never reads past its end.
        model.insertRules(0, {makeRule("10.9.0.0/16", 80)});
        QCOMPARE(model.index(4, 0).data(RuleTableModel::SeverityRole).toInt(), -1);
    }

    void chineseServiceNames()
    {
        RuleTableModel model;
        model.setRuleSet(sample());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLocale(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, RuleTableModel::ServicesColumn).data().toString(), QStringLiteral("NFS"));
    }

    void addressesSortNumerically()
    {
        RuleTableModel model;
        RuleSet set;
        set.rules = {makeRule("10.0.0.10", 1), makeRule("9.0.0.0/8", 1), makeRule("10.0.0.9", 1)};
        model.setRuleSet(set);
        const auto key = [&](int row) { return model.index(row, RuleTableModel::PeerColumn).data(RuleTableModel::SortRole).toString(); };
        QVERIFY(key(1) < key(2));
        QVERIFY(key(2) < key(0)); // 10.0.0.9 before 10.0.0.10, unlike text order
    }

    void precisePositionsAfterInsert()
    {
        RuleTableModel model;
        model.setRuleSet(sample());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.insertRules(1, {makeRule("10.9.0.0/16", 1)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(model.index(4, 0).data(RuleTableModel::PositionRole).toInt(), 5);
    }

    // A group-level finding can name thousands of rules: the Rules column shows the first few and
    // the count (a column sized to its contents was once 534,000 pixels wide), the tooltip and the
    // rules role the whole list; short lists are shown whole.
    void findingsModelShortensLongLists()
    {
        AnalysisResult result;
        Finding many;
        many.check = QStringLiteral("group-reference-limit");
        many.severity = Severity::High;
        for (int rule = 1; rule <= 5000; ++rule)
            many.rules.append(rule);
        many.setMessage(QStringLiteral("Too many references."));
        many.setReachableOn(QStringList{QStringLiteral("eni-1"), QStringLiteral("eni-2"), QStringLiteral("eni-3"), QStringLiteral("eni-4"),
                                        QStringLiteral("eni-5"), QStringLiteral("eni-6"), QStringLiteral("eni-7")});
        Finding few;
        few.check = QStringLiteral("exposed-ssh");
        few.severity = Severity::Low;
        few.rules = {3, 7};
        few.setMessage(QStringLiteral("SSH is open."));
        result.findings = {many, few};
        result.index(5000);

        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(result);
        const QModelIndex manyIndex = model.indexOfFinding(0);
        const QModelIndex fewIndex = model.indexOfFinding(1);
        const auto text = [&](const QModelIndex &finding, int column, int role = Qt::DisplayRole) {
            return model.index(finding.row(), column, finding.parent()).data(role).toString();
        };
        QCOMPARE(text(manyIndex, FindingsModel::RulesColumn), QStringLiteral("1, 2, 3, 4, 5, 6, … (5000 in all)"));
        QCOMPARE(text(manyIndex, FindingsModel::ReachableColumn), QStringLiteral("eni-1, eni-2, eni-3, eni-4, eni-5, eni-6, … (7 in all)"));
        const QString tip = text(manyIndex, FindingsModel::MessageColumn, Qt::ToolTipRole);
        QVERIFY(tip.contains(QStringLiteral("Rules: 1, 2, 3, ")));
        QVERIFY(tip.contains(QStringLiteral(", 59, 60, … (5000 in all)")));
        QVERIFY(!tip.contains(QStringLiteral(" 61,")));
        QVERIFY(tip.size() < 1000); // a tooltip, not a screen-wide line
        QCOMPARE(manyIndex.data(FindingsModel::RulesRole).value<QList<int>>().size(), 5000);
        QCOMPARE(text(fewIndex, FindingsModel::RulesColumn), QStringLiteral("3, 7"));
        QVERIFY(!text(fewIndex, FindingsModel::MessageColumn, Qt::ToolTipRole).contains(QStringLiteral("Rules:")));
    }

    // Messages made from the rules (a redundant rule's, a duplicate's) read the same in the model
    // as in the analysis: when shown before the worker that makes them ahead has finished, after
    // it, and once the analysis is replaced by another of other rules.
    void findingsModelShowsMadeMessages()
    {
        using testfindings::analysedRules;
        const AnalysisResult first = analysedRules(6000, "10.0.%1.0/24");
        const qsizetype made = std::count_if(first.findings.cbegin(), first.findings.cend(),
                                             [](const Finding &f) { return f.messageForm != MessageForm::Held; });
        QVERIFY2(made >= 2000, qPrintable(QString::number(made))); // enough to be made ahead, on the worker
        FindingsModel model;
        // Every seventh finding from `offset`: those shown first, and others that the worker made.
        const auto checkAll = [&](const AnalysisResult &result, qsizetype offset) {
            for (qsizetype i = offset; i < result.findings.size(); i += 7) {
                const QString shown = model.indexOfFinding(int(i)).data().toString();
                QCOMPARE(shown, result.message(result.findings.at(i)));
                QVERIFY(!shown.isEmpty());
            }
        };
        model.setAnalysis(first);
        checkAll(first, 0); // at once: most are made here, before the worker is done
        QTest::qWait(300);
        checkAll(first, 3);
        const AnalysisResult second = analysedRules(3000, "192.168.%1.0/24");
        model.setAnalysis(second);
        QTest::qWait(300);
        checkAll(second, 0);
    }
};

QTEST_MAIN(TestRuleTableModel)
#include "tst_ruletablemodel.moc"
