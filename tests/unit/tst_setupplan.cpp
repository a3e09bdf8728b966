// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the setup plan (DESIGN section 5): every field, tolerant keys, clear errors.

#include "plan/setupplan.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace sg;

class TestSetupPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDesignExample()
    {
        QFile file(QStringLiteral(SGASSIST_TEST_DATA "/plans/design-example.plan.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Parsed<SetupPlan> parsed = SetupPlan::fromJson(file.readAll(), file.fileName());
        QVERIFY2(parsed.ok(), parsed.diagnostics.isEmpty() ? "" : qPrintable(parsed.diagnostics.first().toString()));
        QVERIFY(parsed.diagnostics.isEmpty());
        const SetupPlan &plan = parsed.value;
        QCOMPARE(plan.name, QStringLiteral("hpc-prod"));
        QCOMPARE(plan.regionId, QStringLiteral("cn-hangzhou"));
        QCOMPARE(plan.securityGroupId, QStringLiteral("sg-bp1example"));
        QCOMPARE(plan.groupType, GroupType::Basic);
        QCOMPARE(plan.scheduler, QStringLiteral("slurm"));
        QCOMPARE(plan.services, (QStringList{"ssh", "nfs", "prometheus", "fluentd", "portal", "jupyter", "vscode"}));
        QCOMPARE(plan.sources.value(Scope::Admin), QStringList{"203.0.113.10/32"});
        QCOMPARE(plan.sources.value(Scope::Cluster), QStringList{"sg-bp1cluster"});
        QCOMPARE(plan.overrides.value(QStringLiteral("portal")), QStringList{"0.0.0.0/0"});
        QVERIFY(!plan.upstreamPorts);
        QCOMPARE(plan.selectedServiceIds().first(), QStringLiteral("slurm"));
    }

    void keysAnyCase()
    {
        const Parsed<SetupPlan> parsed = SetupPlan::fromJson(
            R"({"NAME":"x","RegionID":"cn-beijing","GroupType":"Enterprise","Scheduler":"PBS","Services":["ssh"],
                "Sources":{"Admin":["10.0.0.1"]},"UpstreamPorts":true})",
            QStringLiteral("p.json"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.groupType, GroupType::Enterprise);
        QCOMPARE(parsed.value.sources.value(Scope::Admin), QStringList{"10.0.0.1"});
        QVERIFY(parsed.value.upstreamPorts);
        QCOMPARE(parsed.value.selectedServiceIds(), (QStringList{"pbs", "ssh"}));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("isError");
        QTest::newRow("services not a list") << QByteArray(R"({"services":{"ssh":true}})") << "services" << true;
        QTest::newRow("service not a string") << QByteArray(R"({"services":["ssh", 7]})") << "services[1]" << true;
        QTest::newRow("unknown scope") << QByteArray(R"({"sources":{"world":["0.0.0.0/0"]}})") << "sources.world" << true;
        QTest::newRow("sources not an object") << QByteArray(R"({"sources":["1.2.3.4"]})") << "sources" << true;
        QTest::newRow("source not a string") << QByteArray(R"({"sources":{"admin":[true]}})") << "sources.admin[0]" << true;
        QTest::newRow("bad group type") << QByteArray(R"({"groupType":"premium"})") << "groupType" << true;
        QTest::newRow("upstream not bool") << QByteArray(R"({"upstreamPorts":"yes"})") << "upstreamPorts" << true;
        QTest::newRow("name not string") << QByteArray(R"({"name":42})") << "name" << true;
        QTest::newRow("typo") << QByteArray(R"({"service":["ssh"]})") << "service" << false;
        QTest::newRow("bad custom port") << QByteArray(R"({"customServices":[{"id":"web","ports":["80/sctp"],"scope":"users"}]})") << "customServices[0].ports[0]" << true;
    }

    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(bool, isError);
        const Parsed<SetupPlan> parsed = SetupPlan::fromJson(json, QStringLiteral("plan.json"));
        QVERIFY(!parsed.diagnostics.isEmpty());
        QCOMPARE(parsed.diagnostics.first().location.field, field);
        QCOMPARE(parsed.diagnostics.first().isError(), isError);
        QCOMPARE(parsed.ok(), !isError);
        QVERIFY(parsed.diagnostics.first().toString().startsWith(QStringLiteral("plan.json: ") + field));
    }

    void syntaxErrorHasLineAndColumn()
    {
        const Parsed<SetupPlan> parsed = SetupPlan::fromJson("{\n  \"services\": [\"ssh\",,]\n}", QStringLiteral("plan.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.diagnostics.first().location.line, 2);
        QVERIFY(parsed.diagnostics.first().location.column > 1);
    }

    void notAnObject()
    {
        const Parsed<SetupPlan> parsed = SetupPlan::fromJson("[1,2]", QStringLiteral("plan.json"));
        QVERIFY(!parsed.ok());
    }

    void roundTrip()
    {
        SetupPlan plan;
        plan.name = QStringLiteral("round");
        plan.regionId = QStringLiteral("cn-shanghai");
        plan.groupType = GroupType::Enterprise;
        plan.scheduler = QStringLiteral("pbs");
        plan.services = {QStringLiteral("ssh"), QStringLiteral("web")};
        plan.sources[Scope::Admin] = {QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32")};
        plan.overrides[QStringLiteral("ssh")] = {QStringLiteral("10.1.0.0/16")};
        plan.upstreamPorts = true;
        Service web;
        web.id = QStringLiteral("web");
        web.category = QStringLiteral("custom");
        web.name = LocalizedText(QStringLiteral("Web"));
        web.ports = {*ServicePort::parse(u"443/tcp")};
        web.scope = Scope::Users;
        plan.customServices = {web};
        const QByteArray json = QJsonDocument(plan.toJson()).toJson();
        const Parsed<SetupPlan> parsed = SetupPlan::fromJson(json, QStringLiteral("p.json"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value, plan);
    }

    void recognisesPlans()
    {
        QVERIFY(SetupPlan::looksLikePlan(R"({"services":["ssh"],"sources":{}})"));
        QVERIFY(!SetupPlan::looksLikePlan(R"({"Permissions":{"Permission":[]}})"));
        QVERIFY(!SetupPlan::looksLikePlan(R"({"format":"sgassist-project","plan":{"services":[]}})"));
    }
};

QTEST_APPLESS_MAIN(TestSetupPlan)
#include "tst_setupplan.moc"
