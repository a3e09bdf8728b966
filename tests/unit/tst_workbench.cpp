// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Workbench: its dated ranges, plans that open SSH and RDP to them, and their own exposure class.

#include "analysis/analyzer.h"
#include "analysis/policyevaluator.h"
#include "catalogue/workbenchranges.h"
#include "formattesting.h"
#include "plan/rulebuilder.h"
#include "rulespec.h"

#include <QTest>

using namespace sg;
using formattesting::planFrom;

namespace {

Endpoint at(const char *text)
{
    return *Endpoint::parse(QString::fromLatin1(text)).endpoint;
}

// "TCP 22/22 47.96.60.0/24" per rule.
QStringList summary(const RuleSet &set)
{
    QStringList out;
    for (const Rule &r : set.rules)
        out << QStringLiteral("%1 %2 %3").arg(toApiString(r.protocol), r.ports.toString(), r.peer.text());
    return out;
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInData()
    {
        const WorkbenchRanges &ranges = WorkbenchRanges::builtIn();
        QCOMPARE(ranges.taken(), QStringLiteral("2026"));
        // Reference 6.4, exactly.
        const auto texts = [](const QList<Endpoint> &blocks) {
            QStringList out;
            for (const Endpoint &e : blocks)
                out << e.canonical();
            return out;
        };
        QCOMPARE(texts(ranges.blocks(u"china", u"public")),
                 (QStringList{"47.96.60.0/24", "118.31.243.0/24", "8.139.112.0/24", "8.139.99.192/26"}));
        QCOMPARE(texts(ranges.blocks(u"international", u"public")), QStringList{"161.117.0.0/16"});
        QCOMPARE(texts(ranges.blocks(u"china", u"private")), QStringList{"100.104.0.0/16"});
        QCOMPARE(texts(ranges.blocks(u"international", u"private")), QStringList{"100.104.0.0/16"});
    }

    // The Workbench ranges and the workbench of a plan refuse what is wrong, naming the field.
    void brokenInput_data()
    {
        QTest::addColumn<QString>("document"); // "ranges" (WorkbenchRanges) or "plan" (SetupPlan)
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("ranges: no date") << "ranges" << QByteArray(R"({"ranges":[{"sites":["china"],"via":"public","cidrs":["1.2.3.0/24"]}]})") << "taken";
        QTest::newRow("ranges: no ranges") << "ranges" << QByteArray(R"({"taken":"2026","ranges":[]})") << "ranges";
        QTest::newRow("ranges: bad site") << "ranges" << QByteArray(R"({"taken":"2026","ranges":[{"sites":["mars"],"via":"public","cidrs":["1.2.3.0/24"]}]})") << "ranges[0].sites";
        QTest::newRow("ranges: bad via") << "ranges" << QByteArray(R"({"taken":"2026","ranges":[{"sites":["china"],"via":"vpn","cidrs":["1.2.3.0/24"]}]})") << "ranges[0].via";
        QTest::newRow("ranges: bad block") << "ranges" << QByteArray(R"({"taken":"2026","ranges":[{"sites":["china"],"via":"public","cidrs":["sg-1"]}]})") << "ranges[0].cidrs";
        QTest::newRow("plan: not an object") << "plan" << QByteArray(R"({"services":["ssh"],"workbench":"china"})") << "workbench";
        QTest::newRow("plan: no site") << "plan" << QByteArray(R"({"services":["ssh"],"workbench":{"via":["public"]}})") << "workbench.site";
        QTest::newRow("plan: no via") << "plan" << QByteArray(R"({"services":["ssh"],"workbench":{"site":"china"}})") << "workbench.via";
        QTest::newRow("plan: via not strings") << "plan" << QByteArray(R"({"services":["ssh"],"workbench":{"site":"china","via":[1]}})") << "workbench.via[0]";
    }

    void brokenInput()
    {
        QFETCH(QString, document);
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const Diagnostics problems = document == u"plan" ? SetupPlan::fromJson(json, QStringLiteral("plan.json")).diagnostics
                                                         : WorkbenchRanges::fromJson(json, QStringLiteral("ranges.json")).diagnostics;
        QVERIFY(hasErrors(problems));
        QCOMPARE(problems.first().location.field, field);
    }

    void plans_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QStringList>("via");
        QTest::addColumn<QStringList>("blocks");
        const QStringList china{"47.96.60.0/24", "118.31.243.0/24", "8.139.112.0/24", "8.139.99.192/26"};
        QTest::newRow("china public") << "china" << QStringList{"public"} << china;
        QTest::newRow("china private") << "china" << QStringList{"private"} << QStringList{"100.104.0.0/16"};
        QTest::newRow("china both") << "china" << QStringList{"public", "private"} << (china + QStringList{"100.104.0.0/16"});
        QTest::newRow("international public") << "international" << QStringList{"public"} << QStringList{"161.117.0.0/16"};
        QTest::newRow("international private") << "international" << QStringList{"private"} << QStringList{"100.104.0.0/16"};
        QTest::newRow("international both") << "international" << QStringList{"public", "private"}
                                            << QStringList{"161.117.0.0/16", "100.104.0.0/16"};
    }

    void plans()
    {
        QFETCH(QString, site);
        QFETCH(QStringList, via);
        QFETCH(QStringList, blocks);
        for (const bool rdp : {false, true}) {
            const QByteArray json = QStringLiteral(R"({"services":["ssh"%1],"sources":{"admin":["203.0.113.10/32"]},
                "workbench":{"site":"%2","via":["%3"]}})")
                                        .arg(rdp ? QStringLiteral(",\"rdp\"") : QString(), site, via.join(QStringLiteral("\",\"")))
                                        .toUtf8();
            const SetupPlan plan = planFrom(json);
            QCOMPARE(plan.workbench->site, site);
            QCOMPARE(SetupPlan::fromJsonObject(plan.toJson(), {}).value, plan); // round trip
            const Parsed<RuleSet> built = RuleBuilder().build(plan);
            QVERIFY2(built.ok(), qPrintable(built.diagnostics.isEmpty() ? QString() : built.diagnostics.first().toString()));
            QStringList expected{QStringLiteral("TCP 22/22 203.0.113.10/32")};
            if (rdp)
                expected << QStringLiteral("TCP 3389/3389 203.0.113.10/32");
            for (const QString &block : blocks) {
                expected << QStringLiteral("TCP 22/22 ") + block;
                if (rdp)
                    expected << QStringLiteral("TCP 3389/3389 ") + block;
            }
            QCOMPARE(summary(built.value), expected);
            // Described as Workbench, with the site, the connection type and the data's date.
            for (const Rule &r : built.value.rules.mid(rdp ? 2 : 1)) {
                QVERIFY2(r.description.startsWith(QStringLiteral("Alibaba Cloud Workbench (")), qPrintable(r.description));
                QVERIFY(r.description.endsWith(QStringLiteral("ranges of 2026")));
                QVERIFY(r.problems().isEmpty());
            }
            // Nothing above info: Workbench is a known Alibaba service, not the internet.
            const AnalysisResult analysis = Analyzer().analyze(built.value);
            QCOMPARE(analysis.countAtLeast(Severity::Low), 0);
        }
    }

    void workbenchAloneIsAPlan()
    {
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(R"({"services":[],"workbench":{"site":"international","via":["public"]}})"));
        QVERIFY(built.ok());
        QCOMPARE(summary(built.value), QStringList{"TCP 22/22 161.117.0.0/16"});
        QCOMPARE(built.value.rules.first().description,
                 QStringLiteral("Alibaba Cloud Workbench (international, public), ranges of 2026"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown site") << QByteArray(R"({"services":["ssh"],"sources":{"admin":["10.0.0.1"]},"workbench":{"site":"mars","via":["public"]}})")
                                      << "workbench.site"
                                      << "not a Workbench site";
        QTest::newRow("unknown via") << QByteArray(R"({"services":["ssh"],"sources":{"admin":["10.0.0.1"]},"workbench":{"site":"china","via":["public","vpn"]}})")
                                     << "workbench.via[1]"
                                     << "not a Workbench connection type";
        QTest::newRow("empty via") << QByteArray(R"({"services":["ssh"],"sources":{"admin":["10.0.0.1"]},"workbench":{"site":"china","via":[]}})")
                                   << "workbench.via"
                                   << "public, private or both";
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(json), QStringLiteral("plan.json"));
        QVERIFY(!built.ok());
        QVERIFY(built.value.rules.isEmpty());
        QCOMPARE(built.diagnostics.first().location.field, field);
        QVERIFY2(built.diagnostics.first().message.contains(message), qPrintable(built.diagnostics.first().message));
    }

    void classification_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("exposureValue");
        QTest::addColumn<QString>("description");
        QTest::newRow("china public") << "47.96.60.0/24" << int(Exposure::AlibabaService) << "Alibaba Cloud Workbench (china, public)";
        QTest::newRow("china public host") << "8.139.99.200" << int(Exposure::AlibabaService) << "Alibaba Cloud Workbench (china, public)";
        QTest::newRow("international") << "161.117.0.0/16" << int(Exposure::AlibabaService) << "Alibaba Cloud Workbench (international, public)";
        // Inside 100.64.0.0/10 (private), but Workbench's own: the Workbench class wins.
        QTest::newRow("private connections") << "100.104.0.0/16" << int(Exposure::AlibabaService)
                                             << "Alibaba Cloud Workbench (china or international, private)";
        QTest::newRow("rest of 100.64/10") << "100.64.0.0/10" << int(Exposure::Private) << "Private network";
        QTest::newRow("beyond the block") << "8.139.99.0/24" << int(Exposure::PublicNarrow) << "Public, narrow";
        QTest::newRow("wider than a block") << "47.96.0.0/16" << int(Exposure::PublicWide) << "Public, wide";
        QTest::newRow("internet") << "0.0.0.0/0" << int(Exposure::Internet) << "Internet";
    }

    void classification()
    {
        QFETCH(QString, source);
        QFETCH(int, exposureValue);
        const auto exposure = Exposure(exposureValue);
        QFETCH(QString, description);
        const Endpoint endpoint = *Endpoint::parse(source).endpoint;
        QCOMPARE(endpoint.exposure(), exposure);
        QCOMPARE(endpoint.exposureDescription(), description);
        QCOMPARE(exposureFromId(toId(exposure)), exposure);
    }

    void notFlaggedAboveInfo()
    {
        const AnalysisResult result = Analyzer().analyze(spec::rules({
            "in accept tcp 22 47.96.60.0/24 p1",
            "in accept tcp 3389 100.104.0.0/16 p1",
            "in accept tcp 22 161.117.0.0/16 p1",
        }));
        QCOMPARE(result.countAtLeast(Severity::Low), 0);
        QStringList messages;
        for (const Finding &f : result.findings)
            messages << result.message(f);
        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("47.96.60.0/24, a source range of Alibaba Cloud Workbench (china, public)")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Alibaba Cloud Workbench (china or international, private)")));
        QVERIFY(!all.contains(QStringLiteral("private network")));
    }

    void openPartsKeepTheClass()
    {
        // A drop that takes part of a Workbench range away leaves Workbench, not the internet.
        const AnalysisResult result = Analyzer().analyze(spec::rules({
            "in drop tcp 22 161.117.0.0/17 p1",
            "in accept tcp 22 161.117.0.0/16 p2",
        }));
        QCOMPARE(result.countAtLeast(Severity::Low), 0);
        bool partly = false;
        for (const Finding &f : result.findings)
            partly = partly || (f.check == u"exposed-ssh" && result.message(f).contains(QStringLiteral("still open to an Alibaba Cloud service")));
        QVERIFY(partly);
    }

    void explainNamesWorkbench()
    {
        const PolicyEvaluator evaluator(spec::rules({"in accept tcp 22 47.96.60.0/24 p1"}));
        const Decision d = evaluator.evaluate({at("47.96.60.7"), Protocol::Tcp, 22, Direction::Ingress});
        QVERIFY(d.allowed);
        QVERIFY2(d.explanation.contains(QStringLiteral("Alibaba Cloud Workbench (china, public), as documented in 2026")),
                 qPrintable(d.explanation));
        const Decision other = evaluator.evaluate({at("203.0.113.7"), Protocol::Tcp, 22, Direction::Ingress});
        QVERIFY(!other.explanation.contains(QStringLiteral("Workbench")));
    }
};

QTEST_APPLESS_MAIN(TestWorkbench)
#include "tst_workbench.moc"
