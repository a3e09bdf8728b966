// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The 1,000-problem cap, met by every reader through the one ProblemCollector, and cancellation
// stopping the readers that watch for it.

#include "core/diagnostic.h"
#include "io/readmonitor.h"
#include "plan/setupplan.h"

#include "formattesting.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace sg;
using namespace formattesting;

namespace {

constexpr int Entries = 1500; // each makes exactly one problem

// `count` items made by `item(i)`, separated by `separator`.
QByteArray repeated(int count, const std::function<QByteArray(int)> &item, const QByteArray &separator = ",")
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += (i ? separator : QByteArray()) + item(i);
    return out;
}

QByteArray n(int i)
{
    return QByteArray::number(i);
}

// A permission list of `count` rules; `port` is their PortRange ("0/0" makes one error each).
QByteArray permissions(int count, const QByteArray &port)
{
    return "[" + repeated(count, [&](int) -> QByteArray { return R"({"IpProtocol":"TCP","PortRange":")" + port + R"(","SourceCidrIp":"10.0.0.0/8"})"; }) + "]";
}

QByteArray apiJson(int count, const QByteArray &port)
{
    return R"({"SecurityGroupId":"sg-1","Permissions":{"Permission":)" + permissions(count, port) + "}}";
}

QByteArray consoleJson(int count, const QByteArray &port)
{
    return R"({"RegionId":"cn-hangzhou","SecurityGroupId":"sg-1","Permissions":)" + permissions(count, port) + "}";
}

QByteArray project(int count, const QByteArray &port)
{
    return R"({"format":"sgassist-project","version":1,"group":{"SecurityGroupId":"sg-1"},"rules":)" + permissions(count, port) + "}";
}

QByteArray consoleCsv(int count, const QByteArray &port)
{
    return "IpProtocol,PortRange,SourceCidrIp\n" + repeated(
               count, [&](int) -> QByteArray { return "TCP," + port + ",10.0.0.0/8"; }, "\n")
        + "\n";
}

// A ROS template in YAML of `count` ingress rules Rule0, Rule1...; `cidr(i)` is the YAML of rule i's
// SourceCidrIp, indented to follow "SourceCidrIp:".
QByteArray rosYaml(int count, const QByteArray &port, const std::function<QByteArray(int)> &cidr)
{
    return "ROSTemplateFormatVersion: '2015-09-01'\nResources:\n" + repeated(
               count, [&](int i) -> QByteArray {
                   return "  Rule" + n(i) + ":\n    Type: ALIYUN::ECS::SecurityGroupIngress\n    Properties:\n"
                                            "      SecurityGroupId: sg-1\n      IpProtocol: tcp\n      PortRange: "
                       + port + "\n      SourceCidrIp:" + cidr(i);
               },
               "\n")
        + "\n";
}

// A Terraform configuration of `count` rule resources r0, r1...; `cidr(i)` is the HCL expression of
// rule i's cidr_ip.
QByteArray terraformHcl(int count, const QByteArray &port, const std::function<QByteArray(int)> &cidr)
{
    return repeated(
        count, [&](int i) -> QByteArray {
            return R"(resource "alicloud_security_group_rule" "r)" + n(i) + R"(" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = ")"
                + port + R"("
  cidr_ip           = )"
                + cidr(i) + R"(
  security_group_id = "sg-1"
})";
        },
        "\n");
}

// The count of the "N more problems are not listed" note, or -1 when the last problem is not one.
int notListed(const Diagnostics &diagnostics)
{
    static const QRegularExpression note(QStringLiteral("^(\\d+) more problems are not listed$"));
    const QRegularExpressionMatch m = diagnostics.isEmpty() ? QRegularExpressionMatch() : note.match(diagnostics.last().message);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestProblemCollector : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheCapAndCountsTheRest()
    {
        Diagnostics list;
        ProblemCollector problems(list, QStringLiteral("f.json"));
        for (int i = 0; i < ProblemCollector::Cap + 5; ++i)
            problems.error(SourceLocation{QStringLiteral("f.json"), i + 1}, QStringLiteral("bad"));
        QCOMPARE(list.size(), ProblemCollector::Cap);
        QCOMPARE(problems.dropped(), 5);
        problems.fatal(SourceLocation{QStringLiteral("f.json")}, QStringLiteral("reading was cancelled"));
        QCOMPARE(list.size(), ProblemCollector::Cap + 1); // kept past the cap: it says why the rest is missing
        problems.finish();
        QCOMPARE(list.size(), ProblemCollector::Cap + 2);
        QCOMPARE(notListed(list), 5);
        QCOMPARE(list.last().location.file, QStringLiteral("f.json"));
        problems.finish(); // once only
        QCOMPARE(list.size(), ProblemCollector::Cap + 2);
    }

    void nothingToSummarise()
    {
        Diagnostics list;
        ProblemCollector problems(list, QStringLiteral("f.json"));
        problems.addAll({Diagnostic::warning(SourceLocation{}, QStringLiteral("a")), Diagnostic::error(SourceLocation{}, QStringLiteral("b"))});
        problems.finish();
        QCOMPARE(list.size(), 2);
        QCOMPARE(notListed(list), -1);
    }

    void everyReaderStopsAtTheCap_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("bytes");

        QTest::newRow("api-json") << "api-json" << apiJson(Entries, "0/0");
        QTest::newRow("console-json") << "console-json" << consoleJson(Entries, "0/0");
        QTest::newRow("project") << "project" << project(Entries, "0/0");
        QTest::newRow("console-csv") << "console-csv" << consoleCsv(Entries, "0/0");
        QTest::newRow("ros json") << "ros"
                                  << R"({"ROSTemplateFormatVersion":"2015-09-01","Resources":{)"
                + repeated(Entries, [](int i) -> QByteArray {
                                         return R"("Rule)" + n(i) + R"(":{"Type":"ALIYUN::ECS::SecurityGroupIngress","Properties":{"SecurityGroupId":"sg-1","IpProtocol":"tcp","PortRange":"0/0","SourceCidrIp":"10.0.0.0/8"}})";
                                     })
                + "}}";
        QTest::newRow("ros yaml") << "ros" << rosYaml(Entries, "0/0", [](int) -> QByteArray { return " 10.0.0.0/8"; });
        QTest::newRow("ros yaml functions") << "ros" << rosYaml(Entries, "22/22", [](int i) -> QByteArray { return "\n        Ref: Missing" + n(i); });
        QTest::newRow("terraform-json") << "terraform-json"
                                        << R"({"format_version":"1.0","values":{"root_module":{"resources":[)"
                + repeated(Entries, [](int i) -> QByteArray {
                                               return R"({"address":"alicloud_security_group_rule.r)" + n(i) + R"(","mode":"managed","type":"alicloud_security_group_rule","name":"r)" + n(i)
                                                   + R"(","values":{"type":"ingress","ip_protocol":"tcp","port_range":"0/0","cidr_ip":"10.0.0.0/8","security_group_id":"sg-1"}})";
                                           })
                + "]}}}";
        QTest::newRow("terraform-hcl") << "terraform-hcl" << terraformHcl(Entries, "0/0", [](int) -> QByteArray { return R"("10.0.0.0/8")"; });
        QTest::newRow("terraform-hcl evaluation") << "terraform-hcl" << terraformHcl(Entries, "22/22", [](int i) -> QByteArray { return "local.missing" + n(i); });
        QTest::newRow("network-interfaces") << "network-interfaces"
                                            << R"({"NetworkInterfaceSets":{"NetworkInterfaceSet":[)"
                + repeated(Entries, [](int) -> QByteArray { return QByteArray(R"({"InstanceId":"i-1"})"); }) + "]}}";
    }

    void everyReaderStopsAtTheCap()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, bytes);
        const Parsed<Workspace> parsed = readWorkspaceBytes(formattesting::format(qPrintable(format)), bytes);
        QVERIFY2(parsed.diagnostics.size() == ProblemCollector::Cap + 1,
                 qPrintable(QStringLiteral("%1 problems, the first: %2").arg(parsed.diagnostics.size()).arg(firstProblem(parsed.diagnostics))));
        QCOMPARE(notListed(parsed.diagnostics), Entries - ProblemCollector::Cap);
        QVERIFY(!parsed.ok());
    }

    // The same for a file large enough to be read in two halves at once: the problems of the second
    // half, and the count of those it left out, add up with the first half's.
    void largeFilesStopAtTheCap()
    {
        constexpr int Large = 70000;
        const QByteArray bytes = apiJson(Large, "0/0");
        QVERIFY(bytes.size() >= (qsizetype(4) << 20)); // the streaming path
        const Parsed<Workspace> parsed = readWorkspaceBytes(formattesting::format("api-json"), bytes);
        QCOMPARE(parsed.diagnostics.size(), ProblemCollector::Cap + 1);
        QCOMPARE(notListed(parsed.diagnostics), Large - ProblemCollector::Cap);
        QCOMPARE(parsed.diagnostics.first().location.rule, 1);
    }

    void thePlanReaderStopsAtTheCap()
    {
        const QByteArray json = R"({"name":"x","sources":{)" + repeated(Entries, [](int i) -> QByteArray { return "\"scope" + n(i) + "\":[]"; }) + "}}";
        const Parsed<SetupPlan> parsed = SetupPlan::fromJson(json, QStringLiteral("plan.json"));
        QCOMPARE(parsed.diagnostics.size(), ProblemCollector::Cap + 1);
        QCOMPARE(notListed(parsed.diagnostics), Entries - ProblemCollector::Cap);
    }

    // The readers that watch ReadMonitor stop at their first check (every 512 rules) once the user
    // cancelled, and say so: a reader that read on would hold all the rules and no error.
    void cancellingStopsReading_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("bytes");
        constexpr int Rules = 5000;
        QTest::newRow("api-json") << "api-json" << apiJson(Rules, "22/22");
        QTest::newRow("api-json, large") << "api-json" << apiJson(70000, "22/22"); // over 4 MB: the streaming path
        QTest::newRow("console-json") << "console-json" << consoleJson(Rules, "22/22");
        QTest::newRow("project") << "project" << project(Rules, "22/22");
        QTest::newRow("console-csv") << "console-csv" << consoleCsv(Rules, "22/22");
    }

    void cancellingStopsReading()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, bytes);
        const RuleFormat &reader = formattesting::format(qPrintable(format));

        int reports = 0;
        std::atomic_bool cancelled = false;
        ReadMonitor monitor([&](qint64, qint64) { ++reports; }, &cancelled);
        ReadMonitor::Scope scope(&monitor);
        const Parsed<Workspace> whole = readWorkspaceBytes(reader, bytes);
        QVERIFY2(whole.ok(), qPrintable(firstProblem(whole.diagnostics)));
        const qsizetype all = whole.value.ruleCount();
        QVERIFY(all >= 5000);
        QVERIFY(reports > 1);

        cancelled = true;
        reports = 0;
        const Parsed<Workspace> parsed = readWorkspaceBytes(reader, bytes);
        QVERIFY(!parsed.ok());
        QVERIFY(std::any_of(parsed.diagnostics.cbegin(), parsed.diagnostics.cend(),
                            [](const Diagnostic &d) { return d.message.contains(QStringLiteral("cancelled")); }));
        QVERIFY2(parsed.value.ruleCount() <= 512, qPrintable(QString::number(parsed.value.ruleCount())));
        QCOMPARE(reports, 1);
    }
};

QTEST_APPLESS_MAIN(TestProblemCollector)
#include "tst_problemcollector.moc"
