// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rule table's order: sorted and filtered at once for small sets, on a worker for large ones,
// always a valid model (QAbstractItemModelTester), the selection following its rules.

#include "guitesthelpers.h"

#include "ruleorderproxy.h"
#include "table/ruletablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>

using namespace sg;
using namespace sg::ui;

namespace {

RuleSet rules(int count)
{
    RuleSet set;
    for (int i = 0; i < count; ++i) {
        Rule rule;
        rule.ports = PortRange::single(1000 + (count - i) % 50000); // descending ports in file order
        rule.peer = *Endpoint::parse(QStringLiteral("10.%1.%2.0/24").arg((i >> 8) & 255).arg(i & 255)).endpoint;
        rule.priority = 1 + i % 100;
        rule.description = i % 10 == 0 ? QStringLiteral("web %1").arg(i) : QStringLiteral("rule %1").arg(i);
        set.rules.append(rule);
    }
    return set;
}

QList<int> shownPorts(const RuleOrderProxy &proxy)
{
    QList<int> out;
    for (int row = 0; row < proxy.rowCount(); ++row)
        out << proxy.index(row, 0).data(RuleTableModel::RuleRole).value<Rule>().ports.first();
    return out;
}

} // namespace

class TestRuleOrderProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallSetsAreOrderedAtOnce()
    {
        RuleTableModel model;
        model.setRuleSet(rules(20));
        RuleOrderProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.sort(RuleTableModel::PortsColumn, Qt::AscendingOrder);
        QList<int> ports = shownPorts(proxy);
        QVERIFY(std::is_sorted(ports.cbegin(), ports.cend()));
        QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 19);
        // Row headers stay the rules' positions in the file.
        QCOMPARE(proxy.headerData(0, Qt::Vertical).toInt(), 20);

        proxy.setSearch(QStringLiteral("web"));
        QCOMPARE(proxy.rowCount(), 2); // rules 0 and 10
        QCOMPARE(proxy.mapFromSource(model.index(5, 0)), QModelIndex());

        // An edit of a shown rule orders it again; an insertion keeps the model valid.
        Rule edited = model.rule(0);
        edited.ports = PortRange::single(1);
        model.replaceRule(0, edited);
        QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 0);
        model.insertRules(3, {edited});
        QCOMPARE(proxy.rowCount(), 3);
        model.removeRulesAt(0, 2);
        QCOMPARE(proxy.rowCount(), 2);

        // Back to file order: the model's rows, and its changes pass through.
        proxy.setSearch(QString());
        proxy.sort(-1);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(proxy.mapToSource(proxy.index(4, 0)).row(), 4);
    }

    void largeSetsAreOrderedOnAWorker()
    {
        RuleTableModel model;
        model.setRuleSet(rules(RuleOrderProxy::BackgroundFrom + 1000));
        RuleOrderProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        selection.select(proxy.index(7, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

        QSignalSpy applied(&proxy, &RuleOrderProxy::orderApplied);
        proxy.sort(RuleTableModel::PortsColumn, Qt::AscendingOrder);
        QTRY_COMPARE(applied.size(), 1);
        QVERIFY(!proxy.isBusy());
        const QList<int> ports = shownPorts(proxy);
        QVERIFY(std::is_sorted(ports.cbegin(), ports.cend()));
        // The selected rule is still selected, at its new row.
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(proxy.mapToSource(selection.selectedRows().first()).row(), 7);

        // Typing fast: only the last filter is shown.
        proxy.setSearch(QStringLiteral("rule"));
        proxy.setSearch(QStringLiteral("web"));
        QTRY_VERIFY(applied.size() >= 2 && !proxy.isBusy());
        QCOMPARE(proxy.rowCount(), (RuleOrderProxy::BackgroundFrom + 1000) / 10);

        // A new rule set while sorted: the model's rows at once, then their order.
        model.setRuleSet(rules(RuleOrderProxy::BackgroundFrom + 10));
        QTRY_VERIFY(!proxy.isBusy());
        QCOMPARE(proxy.rowCount(), (RuleOrderProxy::BackgroundFrom + 10 + 9) / 10);
    }
};

SGASSIST_GUI_TEST_MAIN(TestRuleOrderProxy)
#include "tst_ruleorderproxy.moc"
