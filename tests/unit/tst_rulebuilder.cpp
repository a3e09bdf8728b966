// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// From a plan to rules: exactly the document's ports from exactly the plan's sources.

#include "plan/rulebuilder.h"

#include "formattesting.h"

#include <QTest>

using namespace sg;
using formattesting::planFrom;

namespace {

// "TCP 22/22 203.0.113.10/32 [ssh,git]" for compact comparisons.
QStringList summary(const RuleSet &set)
{
    QStringList out;
    for (const Rule &r : set.rules) {
        out << QStringLiteral("%1 %2 %3 [%4]").arg(toApiString(r.protocol), r.ports.toString(), r.peer.text(), r.services.join(u','));
    }
    return out;
}

Diagnostics errorsOf(const char *json)
{
    const Parsed<RuleSet> built = RuleBuilder().build(planFrom(json), QStringLiteral("plan.json"));
    if (built.ok())
        return {};
    return built.diagnostics;
}

} // namespace

class TestRuleBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void designExample()
    {
        const SetupPlan plan = planFrom(R"({
            "name": "hpc-prod", "regionId": "cn-hangzhou", "securityGroupId": "sg-bp1example",
            "groupType": "basic", "scheduler": "slurm",
            "services": ["ssh", "nfs", "prometheus", "fluentd", "portal", "jupyter", "vscode"],
            "sources": {"admin": ["203.0.113.10/32"], "users": ["198.51.100.0/24"], "cluster": ["sg-bp1cluster"],
                        "internal": ["172.16.0.0/12"], "monitoring": ["10.0.8.15/32"]},
            "overrides": {"portal": ["0.0.0.0/0"]}, "upstreamPorts": false})");
        const Parsed<RuleSet> built = RuleBuilder().build(plan);
        QVERIFY(built.ok());
        QCOMPARE(summary(built.value), (QStringList{
                                           "TCP 22/22 203.0.113.10/32 [ssh]",
                                           "TCP 111/111 172.16.0.0/12 [nfs]",
                                           "TCP 2049/2049 172.16.0.0/12 [nfs]",
                                           "UDP 20048/20048 172.16.0.0/12 [nfs]",
                                           "UDP 32765/32768 172.16.0.0/12 [nfs]",
                                           "TCP 6817/6819 sg-bp1cluster [slurm]",
                                           "TCP 9090/9090 10.0.8.15/32 [prometheus]",
                                           "TCP 24224/24224 10.0.8.15/32 [fluentd]",
                                           "TCP 12011/12011 0.0.0.0/0 [portal]",
                                           "TCP 8888/8888 198.51.100.0/24 [jupyter]",
                                           "TCP 3000/3000 203.0.113.10/32 [vscode]",
                                       }));
        for (const Rule &r : built.value.rules) {
            QCOMPARE(r.direction, Direction::Ingress);
            QCOMPARE(r.policy, Policy::Accept);
            QCOMPARE(r.priority, 1);
            QCOMPARE(r.nicType, NicType::Intranet);
            QVERIFY(r.problems().isEmpty());
        }
        QCOMPARE(built.value.group.securityGroupId, QStringLiteral("sg-bp1example"));
        QCOMPARE(built.value.group.regionId, QStringLiteral("cn-hangzhou"));
        QCOMPARE(built.value.group.name, QStringLiteral("hpc-prod"));
        QCOMPARE(built.value.rules.at(8).description, QStringLiteral("Web portal"));
    }

    void sshAndGitMerge()
    {
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(
            R"({"services":["git","ssh"],"sources":{"admin":["203.0.113.10","198.51.100.7/32"]}})"));
        QVERIFY(built.ok());
        QCOMPARE(summary(built.value), (QStringList{"TCP 22/22 203.0.113.10/32 [ssh,git]", "TCP 22/22 198.51.100.7/32 [ssh,git]"}));
        QCOMPARE(built.value.rules.first().description, QStringLiteral("SSH, Git"));
    }

    void everySourceTimesEveryPort()
    {
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(
            R"({"services":["docker"],"sources":{"internal":["10.0.0.0/16","10.1.0.0/16","10.2.0.0/16"]}})"));
        QVERIFY(built.ok());
        // 2375 and 2376 touch: one rule per source for the range.
        QCOMPARE(summary(built.value), (QStringList{"TCP 2375/2376 10.0.0.0/16 [docker]", "TCP 2375/2376 10.1.0.0/16 [docker]", "TCP 2375/2376 10.2.0.0/16 [docker]"}));
    }

    void duplicateSourcesAreOneRule()
    {
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(
            R"({"services":["ssh"],"sources":{"admin":["10.0.0.1","10.0.0.1/32"]}})"));
        QCOMPARE(built.value.rules.size(), 1);
    }

    void scopeFallbacks()
    {
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(
            R"({"services":["jupyter","nfs"],"sources":{"admin":["203.0.113.10/32"],"cluster":["sg-bp1cluster"]}})"));
        QVERIFY(built.ok());
        QCOMPARE(summary(built.value), (QStringList{"TCP 111/111 sg-bp1cluster [nfs]", "TCP 2049/2049 sg-bp1cluster [nfs]", "UDP 20048/20048 sg-bp1cluster [nfs]", "UDP 32765/32768 sg-bp1cluster [nfs]", "TCP 8888/8888 203.0.113.10/32 [jupyter]"}));
        const SetupPlan plan = planFrom(R"({"services":["jupyter"],"sources":{"admin":["203.0.113.10/32"]}})");
        const RuleBuilder::SourceChoice choice = RuleBuilder().sourcesFor(plan, *ServiceCatalogue::builtIn().find(u"jupyter"));
        QCOMPARE(choice.field, QStringLiteral("sources.admin"));
    }

    void ownScopeBeatsFallback()
    {
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(
            R"({"services":["portal"],"sources":{"admin":["203.0.113.10/32"],"users":["198.51.100.0/24"]}})"));
        QCOMPARE(summary(built.value), QStringList{"TCP 12011/12011 198.51.100.0/24 [portal]"});
    }

    void ipv6Sources()
    {
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(
            R"({"services":["ssh"],"sources":{"admin":["2001:db8:1::/48","10.0.0.1"]}})"));
        QVERIFY(built.ok());
        QCOMPARE(summary(built.value), (QStringList{"TCP 22/22 2001:db8:1::/48 [ssh]", "TCP 22/22 10.0.0.1/32 [ssh]"}));
        QCOMPARE(built.value.rules.first().peerFieldName(), QStringLiteral("Ipv6SourceCidrIp"));
    }

    void upstreamPortsMergeTouchingRanges()
    {
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(
            R"({"scheduler":"pbs","services":["fluentd"],"upstreamPorts":true,
                "sources":{"cluster":["sg-c"],"monitoring":["10.0.8.15"]}})"));
        QVERIFY(built.ok());
        QCOMPARE(summary(built.value), (QStringList{"TCP 15001/15004 sg-c [pbs]", "TCP 15007/15007 sg-c [pbs]", "TCP 17001/17001 sg-c [pbs]", "TCP 24224/24224 10.0.8.15/32 [fluentd]", "UDP 24224/24224 10.0.8.15/32 [fluentd]"}));
    }

    void customService()
    {
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(
            R"({"services":["srun"],"sources":{"cluster":["sg-c"]},
                "customServices":[{"id":"srun","name":"Slurm srun","ports":["60001-63000/tcp"],"scope":"cluster"}]})"));
        QVERIFY(built.ok());
        QCOMPARE(summary(built.value), QStringList{"TCP 60001/63000 sg-c [srun]"});
        QCOMPARE(built.value.rules.first().description, QStringLiteral("Slurm srun"));
    }

    void neverInventsASource()
    {
        const SetupPlan plan = planFrom(R"({"scheduler":"slurm","services":["ssh","nfs","rdp","jupyter","vscode","git","docker","portal","prometheus","fluentd"],
            "sources":{"admin":["203.0.113.10"],"users":["198.51.100.0/24"],"cluster":["sg-c"],"internal":["10.0.0.0/8"],"monitoring":["10.0.8.15"]},
            "upstreamPorts":true})");
        const Parsed<RuleSet> built = RuleBuilder().build(plan);
        QVERIFY(built.ok());
        const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn();
        for (const Rule &rule : built.value.rules) {
            for (const QString &id : rule.services) {
                const Service *service = catalogue.find(id);
                QStringList allowed;
                for (const QString &s : RuleBuilder().sourcesFor(plan, *service).sources)
                    allowed << Endpoint::parse(s).endpoint->canonical();
                QVERIFY2(allowed.contains(rule.peer.canonical()), qPrintable(id + u' ' + rule.peer.text()));
                // ...and only the service's own ports.
                bool portKnown = false;
                for (const ServicePort &p : service->portsWithUpstream(true)) {
                    portKnown = portKnown || (p.protocol == rule.protocol && p.range.first() >= rule.ports.first() && p.range.last() <= rule.ports.last());
                }
                QVERIFY(portKnown);
            }
        }
    }

    void deterministic()
    {
        const SetupPlan plan = planFrom(R"({"scheduler":"slurm","services":["ssh","git","nfs"],
            "sources":{"admin":["203.0.113.10"],"cluster":["sg-c"]}})");
        QCOMPARE(RuleBuilder().build(plan).value, RuleBuilder().build(plan).value);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QByteArray(R"({"services":["ssh"],"sources":{}})") << "sources.admin"
                                   << "SSH needs sources";
        QTest::newRow("no source nor fallback") << QByteArray(R"({"services":["jupyter"],"sources":{}})") << "sources.users"
                                                << "fall-back sources.admin";
        QTest::newRow("unknown service") << QByteArray(R"({"services":["ftp"],"sources":{"admin":["10.0.0.1"]}})") << "services[0]"
                                         << "unknown service \"ftp\"";
        QTest::newRow("unknown scheduler") << QByteArray(R"({"scheduler":"lsf","services":[],"sources":{}})") << "scheduler"
                                           << "\"lsf\" is not a scheduler";
        QTest::newRow("scheduler not a scheduler") << QByteArray(R"({"scheduler":"ssh","sources":{"admin":["10.0.0.1"]}})") << "scheduler"
                                                   << "not a scheduler";
        QTest::newRow("invalid source") << QByteArray(R"({"services":["ssh"],"sources":{"admin":["10.0.0.1","300.1.1.1"]}})") << "sources.admin[1]"
                                        << "300.1.1.1";
        QTest::newRow("invalid unused source") << QByteArray(R"({"services":["ssh"],"sources":{"admin":["10.0.0.1"],"users":["10.0.0.1/33"]}})") << "sources.users[0]"
                                               << "prefix length";
        QTest::newRow("invalid override") << QByteArray(R"({"services":["portal"],"sources":{"users":["10.0.0.1"]},"overrides":{"portal":["0.0.0.0/-1"]}})") << "overrides.portal[0]"
                                          << "prefix length";
        QTest::newRow("override of unknown service") << QByteArray(R"({"services":["ssh"],"sources":{"admin":["10.0.0.1"]},"overrides":{"telnet":["10.0.0.1"]}})") << "overrides.telnet"
                                                     << "unknown service";
        QTest::newRow("group in enterprise") << QByteArray(R"({"groupType":"enterprise","scheduler":"slurm","sources":{"cluster":["sg-bp1cluster"]}})") << "sources.cluster[0]"
                                             << "enterprise security group cannot reference";
        QTest::newRow("own group in enterprise") << QByteArray(R"({"groupType":"enterprise","securityGroupId":"sg-bp1own","scheduler":"slurm","sources":{"cluster":["sg-bp1own"]}})") << "sources.cluster[0]"
                                                 << "sg-bp1own is this security group itself";
        QTest::newRow("own group in enterprise asks for the vSwitch") << QByteArray(R"({"groupType":"enterprise","securityGroupId":"sg-bp1own","scheduler":"slurm","sources":{"cluster":["sg-bp1own"]}})") << "sources.cluster[0]"
                                                                      << "CIDR block of the cluster's vSwitch or a prefix list";
        QTest::newRow("no cluster nodes in enterprise") << QByteArray(R"({"groupType":"enterprise","scheduler":"slurm","sources":{}})") << "sources.cluster"
                                                        << "cannot name itself or another security group as the cluster nodes: give the CIDR block of the cluster's vSwitch";
        QTest::newRow("nothing selected") << QByteArray(R"({"services":[],"sources":{"admin":["10.0.0.1"]}})") << "services"
                                          << "no services selected";
        QTest::newRow("bad region") << QByteArray(R"({"regionId":"Hangzhou!","services":["ssh"],"sources":{"admin":["10.0.0.1"]}})") << "regionId"
                                    << "region id";
        QTest::newRow("bad group id") << QByteArray(R"({"securityGroupId":"bp1example","services":["ssh"],"sources":{"admin":["10.0.0.1"]}})") << "securityGroupId"
                                      << "security group id";
        QTest::newRow("custom clashes") << QByteArray(R"({"services":["ssh"],"sources":{"admin":["10.0.0.1"]},"customServices":[{"id":"ssh","ports":["2222/tcp"],"scope":"admin"}]})") << "customServices[0].id"
                                        << "already used";
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const Diagnostics errors = errorsOf(json.constData());
        QVERIFY2(!errors.isEmpty(), "the plan was built but should have been refused");
        bool found = false;
        for (const Diagnostic &d : errors)
            found = found || (d.location.field == field && d.message.contains(message));
        QVERIFY2(found, qPrintable(errors.first().toString()));
        QCOMPARE(errors.first().location.file, QStringLiteral("plan.json"));
    }

    void refusedPlansYieldNoRules()
    {
        const Parsed<RuleSet> built = RuleBuilder().build(planFrom(R"({"services":["ssh","ftp"],"sources":{"admin":["10.0.0.1"]}})"));
        QVERIFY(!built.ok());
        QVERIFY(built.value.rules.isEmpty());
    }

    void groupReferenceLimit()
    {
        QStringList groups;
        for (int i = 0; i < 21; ++i)
            groups << QStringLiteral("\"sg-c%1\"").arg(i);
        const QByteArray json = "{\"scheduler\":\"slurm\",\"sources\":{\"cluster\":[" + groups.join(u',').toUtf8() + "]}}";
        const Diagnostics errors = errorsOf(json.constData());
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().message.contains(QStringLiteral("at most 20")));

        groups.removeLast();
        const QByteArray twenty = "{\"scheduler\":\"slurm\",\"sources\":{\"cluster\":[" + groups.join(u',').toUtf8() + "]}}";
        QVERIFY(errorsOf(twenty.constData()).isEmpty());
        // An enterprise group refuses every reference, but the count is then not the problem.
        const QByteArray prefixLists = R"({"groupType":"enterprise","scheduler":"slurm","sources":{"cluster":["pl-1"]}})";
        QVERIFY(errorsOf(prefixLists.constData()).isEmpty());
    }

    void scopesNeeded()
    {
        const SetupPlan plan = planFrom(R"({"scheduler":"slurm","services":["ssh","jupyter","docker"]})");
        QCOMPARE(RuleBuilder().scopesNeeded(plan), (QList<Scope>{Scope::Admin, Scope::Users, Scope::Cluster, Scope::Internal}));
    }
};

QTEST_APPLESS_MAIN(TestRuleBuilder)
#include "tst_rulebuilder.moc"
