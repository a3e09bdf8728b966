// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace as files become it: folders, several files, standard input, network interfaces
// (DescribeNetworkInterfaces and DescribeInstances, pages merged), plans, Terraform plans grouped
// by reference, and projects that keep a whole workspace (version 1 still opens).

#include "formattesting.h"

#include "io/projectformat.h"
#include "io/rulefiles.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>

using namespace sg;
using namespace formattesting;

namespace {

QStringList keys(const Workspace &workspace)
{
    QStringList out;
    for (const WorkspaceGroup &group : workspace.groups)
        out.append(group.key());
    return out;
}

bool mentions(const Diagnostics &diagnostics, const QString &text)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) { return d.toString().contains(text); });
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A pulled region: one file per group, a network interfaces file, and a README that is no rule file.
    void folder()
    {
        const LoadedWorkspace loaded = WorkspaceLoader::load(dataFile(QStringLiteral("workspace/region")));
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QCOMPARE(keys(loaded.workspace), (QStringList{"sg-db", "sg-lockdown", "sg-unused", "sg-web"}));
        QCOMPARE(loaded.workspace.groups.at(3).ruleSet.rules.size(), 3);
        QCOMPARE(loaded.workspace.groups.at(3).ruleSet.group.name, QStringLiteral("web"));
        QVERIFY(loaded.workspace.groups.at(3).source.file.endsWith(QStringLiteral("region/sg-web.json")));
        QVERIFY(loaded.workspace.attachmentsKnown);
        QCOMPARE(loaded.workspace.interfaces.size(), 3);
        const NetworkInterface &web2 = loaded.workspace.interfaces.at(1);
        QCOMPARE(web2.id, QStringLiteral("eni-web2"));
        QCOMPARE(web2.instanceId, QStringLiteral("i-web2"));
        QCOMPARE(web2.groupIds, (QStringList{"sg-web", "sg-lockdown"}));
        QCOMPARE(loaded.workspace.interfaces.at(0).privateIps, QStringList{"10.0.1.10"});
        QCOMPARE(loaded.skipped.size(), 1);
        QVERIFY(loaded.skipped.first().endsWith(QStringLiteral("README.txt")));
        QVERIFY(mentions(loaded.diagnostics, QStringLiteral("README.txt: warning: not a rule file; skipped")));
        QCOMPARE(loaded.files.size(), 5);
    }

    // Pages of DescribeNetworkInterfaces and a DescribeInstances response merge: an interface seen
    // twice is one; an instance's groups are its primary interface's; an instance listed without
    // its interfaces gets one named after it.
    void interfacePagesAndInstances()
    {
        const LoadedWorkspace loaded = WorkspaceLoader::load(QStringList{dataFile(QStringLiteral("workspace/region/network-interfaces.json")),
                                                                         dataFile(QStringLiteral("workspace/enis-page2.json")),
                                                                         dataFile(QStringLiteral("workspace/instances.json"))});
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QVERIFY(loaded.workspace.groups.isEmpty());
        QStringList ids;
        for (const NetworkInterface &eni : loaded.workspace.interfaces)
            ids.append(eni.id);
        QCOMPARE(ids, (QStringList{"eni-web1", "eni-web2", "eni-db1", "eni-spare", "eni-hpc1", "i-hpc2/primary"}));
        const Workspace &w = loaded.workspace;
        QCOMPARE(w.interfaces.at(w.indexOfInterface(u"eni-hpc1")).groupIds, (QStringList{"sg-web", "sg-db"}));
        QCOMPARE(w.interfaces.at(w.indexOfInterface(u"eni-hpc1")).instanceId, QStringLiteral("i-hpc1"));
        QCOMPARE(w.interfaces.at(w.indexOfInterface(u"eni-hpc1")).privateIps.first(), QStringLiteral("10.0.3.10"));
        QCOMPARE(w.interfacesOfInstance(u"i-hpc2").size(), 1);
        QCOMPARE(w.interfaces.at(w.indexOfInterface(u"eni-spare")).instanceId, QString());
    }

    void interfaceFileAloneIsNoRuleSet()
    {
        const RuleFiles::LoadResult single = RuleFiles::load(dataFile(QStringLiteral("workspace/instances.json")));
        QVERIFY(!single.ok());
        QVERIFY(single.diagnostics.first().message.contains(QStringLiteral("lists network interfaces, not rules")));
        const Parsed<Workspace> broken = readWorkspaceBytes(format("network-interfaces"),
                                                            R"({"NetworkInterfaceSets": {"NetworkInterfaceSet": [{"InstanceId": "i-1"}]}})",
                                                            QStringLiteral("n.json"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.diagnostics.first().toString(), QStringLiteral("n.json: NetworkInterfaceSets.NetworkInterfaceSet[0]: has no NetworkInterfaceId"));
    }

    void standardInput()
    {
        QFile file(dataFile(QStringLiteral("workspace/region/sg-web.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QBuffer input;
        input.setData(file.readAll());
        input.open(QIODevice::ReadOnly);
        LoadOptions options;
        options.standardInput = &input;
        const LoadedWorkspace loaded = WorkspaceLoader::load(QStringLiteral("-"), options);
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QCOMPARE(keys(loaded.workspace), QStringList{"sg-web"});
        QCOMPARE(loaded.formats, QStringList{"api-json"});
        QCOMPARE(loaded.workspace.groups.first().source.file, QStringLiteral("-"));
    }

    void namedFileThatIsNoRuleFileIsAnError()
    {
        const LoadedWorkspace loaded = WorkspaceLoader::load(dataFile(QStringLiteral("workspace/region/README.txt")));
        QVERIFY(!loaded.ok());
        QVERIFY(mentions(loaded.diagnostics, QStringLiteral("cannot tell the file's format")));
    }

    // The same group from two files is read once, and the second copy is named.
    void duplicateGroupsAreSkipped()
    {
        const QString web = dataFile(QStringLiteral("workspace/region/sg-web.json"));
        QTemporaryDir dir;
        QVERIFY(QFile::copy(web, dir.filePath(QStringLiteral("sg-web.before-20261130T101010Z.json"))));
        QVERIFY(QFile::copy(web, dir.filePath(QStringLiteral("sg-web.json"))));
        const LoadedWorkspace loaded = WorkspaceLoader::load(dir.path());
        QVERIFY(loaded.ok());
        QCOMPARE(keys(loaded.workspace), QStringList{"sg-web"});
        // SG Assist's own undo file comes last, so the current copy is the one kept.
        QVERIFY(loaded.workspace.groups.first().source.file.endsWith(QStringLiteral("/sg-web.json")));
        QVERIFY(mentions(loaded.diagnostics, QStringLiteral("sg-web.before-20261130T101010Z.json: warning: the security group sg-web was already read")));
    }

    // A plan is built into its group; the workspace keeps the plan.
    void inputsMergeOncePerFile()
    {
        // Two templates asking for the same parameter are two declarations; the same file read
        // twice (a folder and a file in it) is one.
        const auto input = [](const QString &name, const QString &file) {
            WorkspaceInput i;
            i.kind = WorkspaceInput::Kind::Parameter;
            i.name = name;
            i.file = file;
            return i;
        };
        Workspace a;
        a.inputs = {input(QStringLiteral("Cidr"), QStringLiteral("a.yaml"))};
        Workspace b;
        b.inputs = {input(QStringLiteral("Cidr"), QStringLiteral("b.yaml")), input(QStringLiteral("Cidr"), QStringLiteral("a.yaml"))};
        WorkspaceInput variable = input(QStringLiteral("Cidr"), QStringLiteral("a.yaml"));
        variable.kind = WorkspaceInput::Kind::Variable;
        b.inputs.append(variable);
        a.merge(b);
        QCOMPARE(a.inputs.size(), 3);
        QCOMPARE(a.inputs.at(1).file, QStringLiteral("b.yaml"));
        QCOMPARE(a.inputs.at(2).kind, WorkspaceInput::Kind::Variable);
    }

    void usesOfAnInputAcrossGroups()
    {
        Workspace w;
        for (const char *key : {"sg-1", "sg-2"}) {
            WorkspaceGroup g;
            g.ruleSet.group.securityGroupId = QLatin1StringView(key);
            UnresolvedValue u;
            u.field = QStringLiteral("SourceCidrIp");
            u.input = QStringLiteral("Cidr");
            g.unresolved = {UnresolvedValue{}, u};
            w.groups.append(g);
        }
        const auto uses = w.usesOfInput(u"Cidr");
        QCOMPARE(uses.size(), 2);
        QCOMPARE(uses.at(0).first, 0);
        QCOMPARE(uses.at(1).first, 1);
        QCOMPARE(uses.at(1).second.field, QStringLiteral("SourceCidrIp"));
        QVERIFY(w.usesOfInput(u"").isEmpty()); // an open value that no input gives is nobody's use
    }

    void plan()
    {
        const LoadedWorkspace loaded = WorkspaceLoader::load(dataFile(QStringLiteral("plans/design-example.plan.json")));
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QCOMPARE(loaded.formats, QStringList{"plan"});
        QCOMPARE(loaded.workspace.groups.size(), 1);
        QVERIFY(loaded.workspace.plan.has_value());
        QVERIFY(!loaded.workspace.groups.first().ruleSet.rules.isEmpty());
        const LoadedWorkspace broken = WorkspaceLoader::load(dataFile(QStringLiteral("plans/broken/no-sources.plan.json")));
        QVERIFY(!broken.ok());
        QVERIFY(broken.workspace.groups.isEmpty());
    }

    // In a plan the ids of new groups are unknown: rules join the group their configuration
    // refers to, named by its address; a group with a known id keeps it.
    void terraformPlanByReference()
    {
        const QByteArray plan = R"({
          "format_version": "1.2", "terraform_version": "1.5.7",
          "planned_values": {"root_module": {"resources": [
            {"address": "alicloud_security_group.head", "mode": "managed", "type": "alicloud_security_group", "name": "head",
             "values": {"name": "head-nodes", "vpc_id": "vpc-1", "security_group_type": "normal"}},
            {"address": "alicloud_security_group.compute", "mode": "managed", "type": "alicloud_security_group", "name": "compute",
             "values": {"name": "compute", "security_group_type": "enterprise"}},
            {"address": "alicloud_security_group_rule.ssh", "mode": "managed", "type": "alicloud_security_group_rule", "name": "ssh",
             "values": {"type": "ingress", "ip_protocol": "tcp", "port_range": "22/22", "cidr_ip": "0.0.0.0/0", "priority": 1}},
            {"address": "alicloud_security_group_rule.rdp", "mode": "managed", "type": "alicloud_security_group_rule", "name": "rdp",
             "values": {"type": "ingress", "ip_protocol": "tcp", "port_range": "3389/3389", "cidr_ip": "0.0.0.0/0", "priority": 1}},
            {"address": "alicloud_security_group_rule.slurm", "mode": "managed", "type": "alicloud_security_group_rule", "name": "slurm",
             "values": {"type": "ingress", "ip_protocol": "tcp", "port_range": "6817/6819", "cidr_ip": "10.0.0.0/16", "priority": 1}}]}},
          "configuration": {"root_module": {"resources": [
            {"address": "alicloud_security_group_rule.ssh", "type": "alicloud_security_group_rule",
             "expressions": {"security_group_id": {"references": ["alicloud_security_group.head.id", "alicloud_security_group.head"]}}},
            {"address": "alicloud_security_group_rule.rdp", "type": "alicloud_security_group_rule",
             "expressions": {"security_group_id": {"references": ["alicloud_security_group.head.id", "alicloud_security_group.head"]}}},
            {"address": "alicloud_security_group_rule.slurm", "type": "alicloud_security_group_rule",
             "expressions": {"security_group_id": {"references": ["alicloud_security_group.compute.id", "alicloud_security_group.compute"]}}}]}}})";
        const Parsed<Workspace> read = readWorkspaceBytes(format("terraform-json"), plan, QStringLiteral("plan.json"));
        QVERIFY2(read.ok(), qPrintable(firstProblem(read.diagnostics)));
        QCOMPARE(keys(read.value), (QStringList{"alicloud_security_group.head", "alicloud_security_group.compute"}));
        const WorkspaceGroup &head = read.value.groups.at(0);
        QCOMPARE(head.ruleSet.group.name, QStringLiteral("head-nodes"));
        QCOMPARE(head.ruleSet.rules.size(), 2);
        QCOMPARE(head.ruleSet.rules.at(1).resource, QStringLiteral("alicloud_security_group_rule.rdp"));
        QCOMPARE(read.value.groups.at(1).ruleSet.group.type, GroupType::Enterprise);
        QCOMPARE(read.value.groups.at(1).ruleSet.rules.first().resource, QStringLiteral("alicloud_security_group_rule.slurm"));
    }

    // A whole workspace saves as one project and reads back the same: groups with their sources and
    // rules' names in them, interfaces, plan and notes.
    void projectRoundTrip()
    {
        LoadedWorkspace loaded = WorkspaceLoader::load(dataFile(QStringLiteral("workspace/region")));
        QVERIFY(loaded.ok());
        Workspace workspace = loaded.workspace;
        workspace.groups[0].ruleSet.rules[0].resource = QStringLiteral("DbSshIngress");
        workspace.groups[1].source.name = QStringLiteral("Lockdown");
        workspace.groups[1].source.line = 12;
        workspace.notes = QStringLiteral("Reviewed with the network team.");
        // Texts starting with U+FEFF, which a UTF-8 decoder takes for a byte order mark (found by
        // fuzz_network_interfaces: each pass through the project lost one).
        workspace.interfaces[0].privateIps.prepend(QStringLiteral("\uFEFF\uFEFF.10"));
        workspace.groups[0].ruleSet.rules[0].description = QStringLiteral("\uFEFFSSH");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(ProjectFormat::writeWorkspace(workspace, buffer), QString());
        const Parsed<Workspace> back = readWorkspaceBytes(format("project"), buffer.data(), QStringLiteral("w.sgassist"));
        QVERIFY2(back.ok(), qPrintable(firstProblem(back.diagnostics)));
        QCOMPARE(back.value.groups.size(), workspace.groups.size());
        for (qsizetype i = 0; i < workspace.groups.size(); ++i) {
            QCOMPARE(back.value.groups.at(i).ruleSet, workspace.groups.at(i).ruleSet);
            QCOMPARE(back.value.groups.at(i).source, workspace.groups.at(i).source);
        }
        QCOMPARE(back.value.interfaces.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            NetworkInterface want = workspace.interfaces.at(i);
            want.file.clear(); // where an interface was read from is not kept
            QCOMPARE(back.value.interfaces.at(i), want);
        }
        QVERIFY(back.value.attachmentsKnown);
        QCOMPARE(back.value.notes, workspace.notes);
        // One group of a project reads as a document; several do not.
        QVERIFY(!readBytes(format("project"), buffer.data()).ok());
    }

    void projectVersionOneStillOpens()
    {
        const QByteArray v1 = R"({"format": "sgassist-project", "version": 1, "notes": "old",
            "group": {"RegionId": "cn-hangzhou", "SecurityGroupId": "sg-old", "SecurityGroupName": "legacy"},
            "rules": [{"Direction": "ingress", "IpProtocol": "TCP", "PortRange": "22/22", "SourceCidrIp": "10.0.0.0/8", "Services": ["ssh"]}]})";
        const Parsed<Workspace> read = readWorkspaceBytes(format("project"), v1, QStringLiteral("old.sgassist"));
        QVERIFY2(read.ok(), qPrintable(firstProblem(read.diagnostics)));
        QCOMPARE(keys(read.value), QStringList{"sg-old"});
        QCOMPARE(read.value.groups.first().ruleSet.rules.first().services, QStringList{"ssh"});
        QCOMPARE(read.value.notes, QStringLiteral("old"));
        QVERIFY(readBytes(format("project"), v1).ok());
    }

    void projectProblemsNameTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("groups not an array") << QByteArray(R"({"format":"sgassist-project","version":2,"groups":{}})") << "\"groups\" must be an array";
        QTest::newRow("group without rules") << QByteArray(R"({"format":"sgassist-project","version":2,"groups":[{"group":{}}]})")
                                             << "groups[0]: the group has no \"rules\" list";
        QTest::newRow("bad rule in second group")
            << QByteArray(R"({"format":"sgassist-project","version":2,"groups":[{"rules":[]},{"rules":[{"IpProtocol":"TCP","PortRange":"0/22","SourceCidrIp":"1.2.3.4"}]}]})")
            << "rule 1, PortRange";
        QTest::newRow("interfaces not strings")
            << QByteArray(R"({"format":"sgassist-project","version":2,"groups":[],"networkInterfaces":[{"NetworkInterfaceId":"eni-1","SecurityGroupIds":[1]}]})")
            << "SecurityGroupIds: must be an array of strings";
    }

    void projectProblemsNameTheirPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Parsed<Workspace> read = readWorkspaceBytes(format("project"), json, QStringLiteral("p.sgassist"));
        QVERIFY(!read.ok());
        QVERIFY2(read.diagnostics.first().toString().contains(message), qPrintable(read.diagnostics.first().toString()));
        QVERIFY(read.diagnostics.first().toString().startsWith(QStringLiteral("p.sgassist")));
    }
};

QTEST_APPLESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
