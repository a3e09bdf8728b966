// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `sgassist-cli check` on what users keep: a .tf file, a folder of them, a ROS template in YAML.
// The findings are those of the equivalent `terraform show -json` plan and JSON template, each
// naming its resource; open values are warnings and findings, never errors; --var, --var-file and
// --param give them.

#include "clirunner.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using testfiles::writeFile;

namespace {

const QString data = QStringLiteral(SGASSIST_TEST_DATA "/");

QJsonObject report(const QStringList &arguments, int expectedExit = 0)
{
    const CliResult r = runCli(QStringList{QStringLiteral("check")} + arguments
                               + QStringList{QStringLiteral("--report"), QStringLiteral("json"), QStringLiteral("--fail-on"), QStringLiteral("never")});
    if (r.exitCode != expectedExit)
        qWarning("exit %d: %s", r.exitCode, r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

// The findings without the input's name: what must be equal for equivalent inputs.
QStringList findings(const QJsonObject &report)
{
    QStringList out;
    const QJsonArray list = report.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &f : list) {
        QJsonObject o = f.toObject();
        out.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    return out;
}

QStringList groups(const QJsonObject &report)
{
    QStringList out;
    const QJsonArray list = report.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue &g : list)
        out.append(g.toObject().value(QStringLiteral("id")).toString() + u' ' + QString::number(g.toObject().value(QStringLiteral("ruleCount")).toInt()));
    return out;
}

} // namespace

class TestCliTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terraformFileFindsWhatItsPlanFinds()
    {
        const QJsonObject hcl = report({data + QStringLiteral("terraform-hcl/good/parity.tf")});
        const QJsonObject plan = report({data + QStringLiteral("terraform-hcl/good/parity.plan.json")});
        QCOMPARE(groups(hcl), (QStringList{"alicloud_security_group.web 5"}));
        QCOMPARE(groups(hcl), groups(plan));
        QVERIFY(!findings(hcl).isEmpty());
        QCOMPARE(findings(hcl), findings(plan));
        const QJsonObject first = hcl.value(QStringLiteral("findings")).toArray().first().toObject();
        QVERIFY(first.value(QStringLiteral("resource")).toString().startsWith(QStringLiteral("alicloud_security_group_rule.")));
    }

    void yamlTemplateFindsWhatItsJsonTwinFinds()
    {
        const QJsonObject yaml = report({data + QStringLiteral("ros/good/twin.yaml")});
        const QJsonObject json = report({data + QStringLiteral("ros/good/twin.json")});
        QCOMPARE(groups(yaml), (QStringList{"DbSg 2", "WebSg 4"}));
        QCOMPARE(groups(yaml), groups(json));
        QCOMPARE(findings(yaml), findings(json));
        QVERIFY(findings(yaml).join(u'\n').contains(QStringLiteral("\"resource\":\"WebSg.SecurityGroupIngress[0]\"")));
    }

    void folderOfTerraformFiles()
    {
        const CliResult r = runCli({QStringLiteral("check"), data + QStringLiteral("terraform-hcl/module")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("alicloud_security_group_rule.ssh")), qPrintable(r.outText()));
        QVERIFY(r.errText().contains(QStringLiteral("README.md: warning: not a rule file; skipped")));
    }

    void openValuesAreWarningsAndFindings()
    {
        const QString file = data + QStringLiteral("terraform-hcl/good/cluster.tf");
        CliResult r = runCli({QStringLiteral("check"), file});
        QCOMPARE(r.exitCode, 0); // by its findings: the open value is low
        QVERIFY2(r.errText().startsWith(file + QStringLiteral(":55:3: alicloud_security_group_rule.portal: warning: cidr_ip = var.users_cidr has no value")),
                 qPrintable(r.errText()));
        QVERIFY(r.outText().contains(QStringLiteral("[unresolved-value] alicloud_security_group.head, rule 1 (alicloud_security_group_rule.portal)")));
        r = runCli({QStringLiteral("check"), file, QStringLiteral("--fail-on"), QStringLiteral("low")});
        QCOMPARE(r.exitCode, 1);
        r = runCli({QStringLiteral("check"), file, QStringLiteral("--var"), QStringLiteral("users_cidr=0.0.0.0/0"), QStringLiteral("--fail-on"),
                    QStringLiteral("medium")});
        QCOMPARE(r.exitCode, 1); // the portal open to the internet is now judged
        QVERIFY(r.errText().isEmpty());
        QVERIFY(r.outText().contains(QStringLiteral("[exposed-portal] alicloud_security_group.head, rule 1 (alicloud_security_group_rule.portal)")));
        QVERIFY(!r.outText().contains(QStringLiteral("unresolved-value")));
    }

    void varFileAndParam()
    {
        QTemporaryDir dir;
        const QString varFile = dir.filePath(QStringLiteral("users.tfvars"));
        writeFile(varFile, "users_cidr = \"10.1.0.0/16\"\n");
        const QJsonObject withFile = report({data + QStringLiteral("terraform-hcl/good/cluster.tf"), QStringLiteral("--var-file"), varFile});
        QVERIFY(!findings(withFile).join(u'\n').contains(QStringLiteral("unresolved-value")));

        const QString ros = data + QStringLiteral("ros/good/functions.yaml");
        const QJsonObject open = report({ros});
        QVERIFY(findings(open).join(u'\n').contains(QStringLiteral("{\\\"Ref\\\":\\\"UsersCidr\\\"}")));
        const QJsonObject given = report({ros, QStringLiteral("--param"), QStringLiteral("UsersCidr=0.0.0.0/0")});
        QVERIFY(findings(given).join(u'\n').contains(QStringLiteral("\"check\":\"exposed-web-port\"")));
    }

    void brokenConfigurationIsBadInput()
    {
        const QString file = data + QStringLiteral("bad-input/terraform-hcl-port-bad.tf");
        const CliResult r = runCli({QStringLiteral("check"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().startsWith(file + QStringLiteral(":1:1: alicloud_security_group_rule.r.port_range:")), qPrintable(r.errText()));
    }

    void commentedCsvAndJsonNamedCsv()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("rules.csv"));
        writeFile(csv, "# exported by hand\n# two rules\nip_protocol,port_range,authorization_object,description\n"
                       "tcp,443/443,0.0.0.0/0,https\n#tcp,22/22,0.0.0.0/0,ssh (switched off)\ntcp,22/22,10.0.0.0/8,ssh\n");
        QJsonObject r = report({csv});
        QCOMPARE(r.value(QStringLiteral("ruleCount")).toInt(), 2);
        // An exported JSON with a .csv name: the content decides.
        const QString misnamed = dir.filePath(QStringLiteral("export.csv"));
        QFile source(data + QStringLiteral("api-json/good/describe-real-shape.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        writeFile(misnamed, source.readAll());
        r = report({misnamed});
        QVERIFY(r.value(QStringLiteral("ruleCount")).toInt() > 0);
    }

    void sdkRequestsNameWhatIsMissing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("g.json"));
        writeFile(file, "{\"SecurityGroupId\": \"sg-bp1x\", \"Permissions\": {\"Permission\": [{\"IpProtocol\": \"TCP\", \"PortRange\": \"22/22\", \"SourceCidrIp\": \"10.0.0.0/8\"}]}}");
        const CliResult r = runCli({QStringLiteral("convert"), file, QStringLiteral("--to"), QStringLiteral("sdk-requests")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.errText().contains(QStringLiteral("names no region (security group sg-bp1x)")), qPrintable(r.errText()));
    }

    void basicGroupSaysWhenThePolicyIsTheDefault()
    {
        QTemporaryDir dir;
        const QString unnamed = dir.filePath(QStringLiteral("a.json"));
        writeFile(unnamed, "{\"SecurityGroupId\": \"sg-bp1x\", \"Permissions\": {\"Permission\": []}}");
        QVERIFY(runCli({QStringLiteral("check"), unnamed}).outText().contains(QStringLiteral("which is the default: the file does not name the policy")));
        const QString named = dir.filePath(QStringLiteral("b.json"));
        writeFile(named, "{\"SecurityGroupId\": \"sg-bp1x\", \"InnerAccessPolicy\": \"Accept\", \"Permissions\": {\"Permission\": []}}");
        QVERIFY(runCli({QStringLiteral("check"), named}).outText().contains(QStringLiteral("(here: Accept)")));
    }
};

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_cli_templates.moc"
