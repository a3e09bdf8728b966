// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// terraform-hcl: .tf files and folders read as Terraform would plan them - groups by address, rules
// joined to their group, variables from every source in Terraform's order, count and for_each,
// open values kept and reported, broken configurations refused with the place of the fault - and
// the `terraform` writer's output read back to the same rules.

#include "formattesting.h"
#include "testfiles.h"

#include "io/formats.h"
#include "io/rulefiles.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>

using namespace sg;
using testfiles::writeFile;
using namespace formattesting;

using Variables = QHash<QString, QString>;

namespace {

Parsed<Workspace> readText(const QString &text, const ReadOptions &options = {})
{
    return TerraformHclFormat::readModule({SourceText{QStringLiteral("main.tf"), text.toUtf8()}}, options);
}

const WorkspaceGroup &group(const Workspace &w, const QString &key)
{
    const qsizetype i = w.indexOfGroup(key);
    if (i < 0)
        qFatal("no group %s", qPrintable(key));
    return w.groups.at(i);
}

QStringList resources(const WorkspaceGroup &g)
{
    QStringList out;
    for (const Rule &r : g.ruleSet.rules)
        out.append(r.resource);
    return out;
}

const QString ruleHead = QStringLiteral("resource \"alicloud_security_group_rule\" \"r\" {\n"
                                        "  type              = \"ingress\"\n"
                                        "  ip_protocol       = \"tcp\"\n"
                                        "  security_group_id = \"sg-bp1test\"\n");

} // namespace

class TestTerraformHcl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAConfiguration()
    {
        const RuleFiles::WorkspaceResult read = RuleFiles::loadWorkspace(dataFile(QStringLiteral("terraform-hcl/good/cluster.tf")));
        QVERIFY2(read.ok(), qPrintable(firstProblem(read.diagnostics)));
        QCOMPARE(read.format->id(), QStringLiteral("terraform-hcl"));
        QVERIFY(read.detected);
        const Workspace &w = read.workspace;
        QStringList keys;
        for (const WorkspaceGroup &g : w.groups)
            keys.append(g.key());
        QCOMPARE(keys, (QStringList{"alicloud_security_group.compute", "alicloud_security_group.head", "sg-bp1existing"}));

        const WorkspaceGroup &head = group(w, QStringLiteral("alicloud_security_group.head"));
        QCOMPARE(head.ruleSet.group.name, QStringLiteral("hpc-default-head"));
        QCOMPARE(head.ruleSet.group.description, QStringLiteral("Head node of the cluster.\nManaged by Terraform.\n"));
        QCOMPARE(head.ruleSet.group.type, GroupType::Basic);
        QCOMPARE(head.ruleSet.group.innerAccessPolicy, Policy::Drop);
        QCOMPARE(head.source.line, 23);
        // In address order, as terraform show -json lists them.
        QCOMPARE(resources(head), (QStringList{"alicloud_security_group_rule.portal", "alicloud_security_group_rule.ssh", "alicloud_security_group_rule.web[0]", "alicloud_security_group_rule.web[1]"}));
        const Rule &ssh = head.ruleSet.rules.at(1);
        QCOMPARE(ssh.ports, PortRange(22, 22));
        QCOMPARE(ssh.peer.text(), QStringLiteral("203.0.113.10/32"));
        QCOMPARE(ssh.description, QStringLiteral("SSH from 203.0.113.10/32"));
        QCOMPARE(ssh.nicType, NicType::Intranet);
        QCOMPARE(head.ruleSet.rules.at(2).ports, PortRange(80, 80));
        QCOMPARE(head.ruleSet.rules.at(3).ports, PortRange(443, 443));
        QCOMPARE(head.ruleSet.rules.at(3).description, QStringLiteral("web 1"));

        const WorkspaceGroup &compute = group(w, QStringLiteral("alicloud_security_group.compute"));
        QCOMPARE(compute.ruleSet.group.type, GroupType::Enterprise);
        QCOMPARE(resources(compute), (QStringList{"alicloud_security_group_rule.cluster[\"nfs\"]", "alicloud_security_group_rule.cluster[\"slurm\"]"}));
        QCOMPARE(compute.ruleSet.rules.at(1).ports, PortRange(6817, 6819));
        QCOMPARE(compute.ruleSet.rules.at(0).description, QStringLiteral("NFS within the VPC"));

        const Rule &egress = group(w, QStringLiteral("sg-bp1existing")).ruleSet.rules.first();
        QCOMPARE(egress.direction, Direction::Egress);
        QCOMPARE(egress.protocol, Protocol::All);
        QCOMPARE(egress.priority, 100);
    }

    void openValuesKeepTheirRule()
    {
        const RuleFiles::WorkspaceResult read = RuleFiles::loadWorkspace(dataFile(QStringLiteral("terraform-hcl/good/cluster.tf")));
        const WorkspaceGroup &head = group(read.workspace, QStringLiteral("alicloud_security_group.head"));
        const Rule &portal = head.ruleSet.rules.first();
        QCOMPARE(portal.resource, QStringLiteral("alicloud_security_group_rule.portal"));
        QVERIFY(portal.peer.isNone()); // matches nothing until cidr_ip is known
        QCOMPARE(portal.ports, PortRange(12011, 12011));
        QCOMPARE(head.unresolved.size(), 1);
        const UnresolvedValue &open = head.unresolved.first();
        QCOMPARE(open.resource, QStringLiteral("alicloud_security_group_rule.portal"));
        QCOMPARE(open.field, QStringLiteral("cidr_ip"));
        QCOMPARE(open.expression, QStringLiteral("var.users_cidr"));
        QVERIFY(open.reason.contains(QStringLiteral("--var users_cidr=VALUE")));
        QVERIFY(open.suppliable);
        QVERIFY(open.inert);
        QCOMPARE(open.line, 55);
        QCOMPARE(open.column, 3);
        // A warning, not an error: the other rules are read.
        QCOMPARE(read.diagnostics.size(), 1);
        QVERIFY(!read.diagnostics.first().isError());
        QCOMPARE(read.diagnostics.first().location.line, 55);
        QVERIFY2(read.diagnostics.first().message.startsWith(QStringLiteral("cidr_ip = var.users_cidr has no value; pass --var")),
                 qPrintable(read.diagnostics.first().message));
    }

    void valuesFromTheCommandLineAndFiles_data()
    {
        QTest::addColumn<Variables>("variables");
        QTest::addColumn<QString>("tfvars");
        QTest::addColumn<QString>("peer");
        QTest::newRow("--var") << Variables{{"users_cidr", "198.51.100.0/24"}} << QString() << "198.51.100.0/24";
        QTest::newRow("tfvars") << Variables{} << "users_cidr = \"192.0.2.0/24\"\n"
                                << "192.0.2.0/24";
        QTest::newRow("--var wins over files") << Variables{{"users_cidr", "198.51.100.0/24"}} << "users_cidr = \"192.0.2.0/24\"\n"
                                               << "198.51.100.0/24";
        QTest::newRow("tfvars.json") << Variables{} << "{\"users_cidr\": \"192.0.2.7/32\"}"
                                     << "192.0.2.7/32";
    }

    void valuesFromTheCommandLineAndFiles()
    {
        QFETCH(Variables, variables);
        QFETCH(QString, tfvars);
        QFETCH(QString, peer);
        QFile file(dataFile(QStringLiteral("terraform-hcl/good/cluster.tf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ReadOptions options;
        options.variables = variables;
        if (!tfvars.isEmpty())
            options.variableFiles.append(SourceText{tfvars.startsWith(u'{') ? QStringLiteral("x.tfvars.json") : QStringLiteral("x.tfvars"), tfvars.toUtf8()});
        const Parsed<Workspace> read = TerraformHclFormat::readModule({SourceText{file.fileName(), file.readAll()}}, options);
        QVERIFY2(read.diagnostics.isEmpty(), qPrintable(firstProblem(read.diagnostics)));
        const WorkspaceGroup &head = group(read.value, QStringLiteral("alicloud_security_group.head"));
        QVERIFY(head.unresolved.isEmpty());
        QCOMPARE(head.ruleSet.rules.first().peer.text(), peer);
    }

    void folderIsOneModule()
    {
        const LoadedWorkspace loaded = WorkspaceLoader::load(dataFile(QStringLiteral("terraform-hcl/module")));
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QCOMPARE(loaded.workspace.groups.size(), 1);
        const WorkspaceGroup &web = loaded.workspace.groups.first();
        QCOMPARE(web.key(), QStringLiteral("alicloud_security_group.web"));
        QCOMPARE(web.ruleSet.group.name, QStringLiteral("web-443")); // a local from variables.tf, ops.auto.tfvars wins
        QCOMPARE(resources(web), (QStringList{"alicloud_security_group_rule.https", "alicloud_security_group_rule.ssh"}));
        QCOMPARE(web.ruleSet.rules.at(0).ports, PortRange(443, 443));
        QCOMPARE(web.ruleSet.rules.at(1).peer.text(), QStringLiteral("198.51.100.0/24")); // terraform.tfvars over the default
        QCOMPARE(loaded.formats, (QStringList{"terraform-hcl", "terraform-hcl"}));
        QVERIFY(loaded.files.first().endsWith(QStringLiteral("main.tf")));
        QVERIFY(loaded.skipped.contains(dataFile(QStringLiteral("terraform-hcl/module/README.md"))));
    }

    void fileNamedAloneReadsItsFolder()
    {
        const LoadedWorkspace loaded = WorkspaceLoader::load(dataFile(QStringLiteral("terraform-hcl/module/main.tf")));
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QCOMPARE(loaded.files, QStringList{dataFile(QStringLiteral("terraform-hcl/module/main.tf"))});
        const WorkspaceGroup &web = loaded.workspace.groups.first();
        QCOMPARE(web.ruleSet.group.name, QStringLiteral("web-443"));
        QCOMPARE(web.ruleSet.rules.at(0).ports, PortRange(443, 443));
    }

    void varFileWinsOverTheFolder()
    {
        QTemporaryDir dir;
        const QString varFile = dir.filePath(QStringLiteral("prod.tfvars"));
        writeFile(varFile, "https_port = 9443\n");
        LoadOptions options;
        options.variableFiles = {varFile};
        LoadedWorkspace loaded = WorkspaceLoader::load(dataFile(QStringLiteral("terraform-hcl/module")), options);
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QCOMPARE(loaded.workspace.groups.first().ruleSet.rules.at(0).ports, PortRange(9443, 9443));
        options.variables = {{QStringLiteral("https_port"), QStringLiteral("10443")}};
        loaded = WorkspaceLoader::load(dataFile(QStringLiteral("terraform-hcl/module")), options);
        QCOMPARE(loaded.workspace.groups.first().ruleSet.rules.at(0).ports, PortRange(10443, 10443));
        options.variableFiles = {dir.filePath(QStringLiteral("missing.tfvars"))};
        loaded = WorkspaceLoader::load(dataFile(QStringLiteral("terraform-hcl/module")), options);
        QVERIFY(loaded.ioError);
    }

    void openCountAndGroup()
    {
        const Parsed<Workspace> read = readText(QStringLiteral(
            "variable \"n\" {}\nvariable \"sg\" {}\n"
            "resource \"alicloud_security_group_rule\" \"r\" {\n"
            "  count             = var.n\n"
            "  type              = \"ingress\"\n"
            "  ip_protocol       = \"tcp\"\n"
            "  port_range        = \"22/22\"\n"
            "  cidr_ip           = \"10.0.0.0/8\"\n"
            "  security_group_id = var.sg\n"
            "}\n"));
        QVERIFY(read.ok());
        QCOMPARE(read.value.groups.size(), 1);
        const WorkspaceGroup &g = read.value.groups.first();
        QCOMPARE(g.key(), QStringLiteral("var.sg"));
        QCOMPARE(g.ruleSet.rules.size(), 1);
        QCOMPARE(g.ruleSet.rules.first().resource, QStringLiteral("alicloud_security_group_rule.r"));
        QVERIFY(g.ruleSet.rules.first().peer.isNone()); // it may not exist at all
        QCOMPARE(g.unresolved.size(), 2);
        QCOMPARE(g.unresolved.at(0).field, QStringLiteral("security_group_id")); // the group's own first
        QVERIFY(g.unresolved.at(0).resource.isEmpty());
        QVERIFY(!g.unresolved.at(0).inert);
        QCOMPARE(g.unresolved.at(1).field, QStringLiteral("count"));
        QVERIFY(g.unresolved.at(1).inert);
    }

    void inputsOfOpenValues()
    {
        // What a person is asked for: each variable an open value waits for, as its block describes
        // it, and each open value naming its variable (and whether it is the field's whole value).
        const Parsed<Workspace> read = readText(QStringLiteral(
            "variable \"users_cidr\" {\n"
            "  type        = string\n"
            "  description = \"Where the users connect from\"\n"
            "}\n"
            "variable \"port\" {\n  type = number\n}\n"
            "variable \"token\" {\n  sensitive = true\n}\n"
            "variable \"n\" {}\n"
            "resource \"alicloud_security_group_rule\" \"r\" {\n"
            "  count             = var.n\n"
            "  type              = \"ingress\"\n"
            "  ip_protocol       = \"tcp\"\n"
            "  security_group_id = \"sg-bp1test\"\n"
            "  port_range        = \"${var.port}/${var.port}\"\n"
            "  cidr_ip           = var.users_cidr\n"
            "  description       = \"${var.token} ${var.undeclared}\"\n"
            "}\n"));
        QVERIFY2(read.ok(), qPrintable(firstProblem(read.diagnostics)));
        QStringList names;
        for (const WorkspaceInput &input : read.value.inputs) {
            QCOMPARE(input.kind, WorkspaceInput::Kind::Variable);
            names.append(input.name);
        }
        QCOMPARE(names, (QStringList{"n", "port", "users_cidr", "token"}));
        const WorkspaceInput &users = read.value.inputs.at(2);
        QCOMPARE(users.file, QStringLiteral("main.tf"));
        QCOMPARE(users.line, 1);
        QVERIFY(users.declared);
        QCOMPARE(users.type, QStringLiteral("string"));
        QCOMPARE(users.description, QStringLiteral("Where the users connect from"));
        QVERIFY(!users.sensitive);
        QCOMPARE(read.value.inputs.at(1).type, QStringLiteral("number"));
        QVERIFY(read.value.inputs.at(3).sensitive);
        QVERIFY(read.value.inputs.at(0).type.isEmpty());

        const QList<UnresolvedValue> &open = read.value.groups.first().unresolved;
        QStringList uses;
        for (const UnresolvedValue &u : open)
            uses.append(QStringLiteral("%1 %2 %3 %4:%5").arg(u.field, u.input).arg(int(u.inputIsValue)).arg(u.file).arg(u.line));
        QCOMPARE(uses, (QStringList{"count n 1 main.tf:12", "port_range port 0 main.tf:17", "cidr_ip users_cidr 1 main.tf:18", "description token 0 main.tf:19"}));
        QCOMPARE(read.value.usesOfInput(u"users_cidr").size(), 1);
        QCOMPARE(read.value.usesOfInput(u"users_cidr").first().second.field, QStringLiteral("cidr_ip"));
        QVERIFY(read.value.usesOfInput(u"nothing").isEmpty());

        // Once given, nothing is asked for.
        ReadOptions options;
        options.variables = {{"users_cidr", "10.0.0.0/8"}, {"port", "22"}, {"token", "t"}, {"n", "1"}, {"undeclared", "x"}};
        const Parsed<Workspace> given = readText(QStringLiteral(
                                                     "variable \"users_cidr\" {}\n"
                                                     "resource \"alicloud_security_group_rule\" \"r\" {\n"
                                                     "  type              = \"ingress\"\n"
                                                     "  ip_protocol       = \"tcp\"\n"
                                                     "  security_group_id = \"sg-bp1test\"\n"
                                                     "  port_range        = \"22/22\"\n"
                                                     "  cidr_ip           = var.users_cidr\n"
                                                     "  description       = var.undeclared\n"
                                                     "}\n"),
                                                 options);
        QVERIFY2(given.diagnostics.isEmpty(), qPrintable(firstProblem(given.diagnostics)));
        QVERIFY(given.value.inputs.isEmpty());
    }

    void undeclaredInputNamesItsUse()
    {
        const Parsed<Workspace> read = readText(ruleHead + QStringLiteral("  port_range = \"22/22\"\n  cidr_ip = var.users\n}\n"));
        QCOMPARE(read.value.inputs.size(), 1);
        const WorkspaceInput &input = read.value.inputs.first();
        QCOMPARE(input.name, QStringLiteral("users"));
        QVERIFY(!input.declared);
        QCOMPARE(input.file, QStringLiteral("main.tf"));
        QCOMPARE(input.line, 0);
        QVERIFY(read.value.groups.first().unresolved.first().inputIsValue);
    }

    void inputsOfAFolder()
    {
        // Declared in variables.tf, used in main.tf: each place is named with its own file.
        const LoadedWorkspace loaded = WorkspaceLoader::load(dataFile(QStringLiteral("terraform-hcl/open-values")));
        QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
        QCOMPARE(loaded.workspace.inputs.size(), 1);
        const WorkspaceInput &input = loaded.workspace.inputs.first();
        QCOMPARE(input.name, QStringLiteral("users_cidr"));
        QCOMPARE(input.file, dataFile(QStringLiteral("terraform-hcl/open-values/variables.tf")));
        QCOMPARE(input.line, 4);
        QCOMPARE(input.description, QStringLiteral("Where the notebooks' users connect from"));
        const auto uses = loaded.workspace.usesOfInput(input.name);
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses.first().second.file, dataFile(QStringLiteral("terraform-hcl/open-values/main.tf")));
        QCOMPARE(uses.first().second.line, 20);
        QCOMPARE(uses.first().second.resource, QStringLiteral("alicloud_security_group_rule.notebooks"));

        LoadOptions options;
        options.variables = {{QStringLiteral("users_cidr"), QStringLiteral("0.0.0.0/0")}};
        const LoadedWorkspace given = WorkspaceLoader::load(dataFile(QStringLiteral("terraform-hcl/open-values")), options);
        QVERIFY(given.workspace.inputs.isEmpty());
        QCOMPARE(given.workspace.groups.first().ruleSet.rules.first().peer.text(), QStringLiteral("0.0.0.0/0"));
    }

    void whatOnlyTerraformKnows()
    {
        const Parsed<Workspace> read = readText(ruleHead + QStringLiteral("  port_range = \"22/22\"\n"
                                                                          "  cidr_ip    = data.alicloud_vpcs.main.vpcs[0].cidr_block\n"
                                                                          "  description = var.undeclared\n"
                                                                          "}\n"
                                                                          "module \"sg\" {\n  source = \"./modules/sg\"\n}\n"));
        QVERIFY2(read.ok(), qPrintable(firstProblem(read.diagnostics)));
        const WorkspaceGroup &g = read.value.groups.first();
        QCOMPARE(g.unresolved.size(), 2);
        QCOMPARE(g.unresolved.at(0).field, QStringLiteral("cidr_ip"));
        QVERIFY(!g.unresolved.at(0).suppliable); // a data source: only Terraform can read it
        QCOMPARE(g.unresolved.at(1).field, QStringLiteral("description"));
        QVERIFY(!g.unresolved.at(1).inert); // the rule still matches what it matches
        QVERIFY(g.unresolved.at(1).reason.contains(QStringLiteral("not declared")));
        QVERIFY(std::any_of(read.diagnostics.cbegin(), read.diagnostics.cend(),
                            [](const Diagnostic &d) { return d.message.contains(QStringLiteral("module \"sg\" is not read")); }));
    }

    void brokenConfigurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad port") << ruleHead + "  port_range = \"0/22\"\n  cidr_ip = \"10.0.0.0/8\"\n}\n"
                                  << 1 << 1
                                  << "alicloud_security_group_rule.r.port_range"
                                  << "between 1 and 65535";
        QTest::newRow("no source") << ruleHead + "  port_range = \"22/22\"\n}\n"
                                   << 1 << 1 << "alicloud_security_group_rule.r.cidr_ip"
                                   << "set cidr_ip, ipv6_cidr_ip, source_security_group_id or prefix_list_id";
        QTest::newRow("bad cidr") << ruleHead + "  port_range = \"22/22\"\n  cidr_ip = \"10.0.0.0/33\"\n}\n"
                                  << 1 << 1
                                  << "alicloud_security_group_rule.r.cidr_ip"
                                  << "prefix length";
        QTest::newRow("egress destination") << QString(ruleHead).replace("\"ingress\"", "\"egress\"") + "  port_range = \"22/22\"\n}\n"
                                            << 1 << 1
                                            << "alicloud_security_group_rule.r.cidr_ip"
                                            << "has no destination";
        QTest::newRow("no group") << "resource \"alicloud_security_group_rule\" \"r\" {\n  ip_protocol = \"all\"\n  cidr_ip = \"10.0.0.0/8\"\n}\n"
                                  << 1 << 1 << "alicloud_security_group_rule.r.security_group_id"
                                  << "security_group_id is required";
        QTest::newRow("group not an id") << "resource \"alicloud_security_group_rule\" \"r\" {\n  ip_protocol = \"all\"\n  cidr_ip = \"10.0.0.0/8\"\n"
                                            "  security_group_id = \"default\"\n}\n"
                                         << 4 << 3 << "alicloud_security_group_rule.r.security_group_id"
                                         << "not a security group id";
        QTest::newRow("count and for_each") << ruleHead + "  count = 1\n  for_each = {}\n}\n"
                                            << 6 << 3 << ""
                                            << "both count and for_each";
        QTest::newRow("bad count") << ruleHead + "  count = -1\n}\n"
                                   << 5 << 3 << ""
                                   << "count must be a whole number";
        QTest::newRow("variable type") << "variable \"p\" {\n  type = number\n  default = \"ssh\"\n}\n" + ruleHead
                + "  port_range = \"${var.p}/${var.p}\"\n  cidr_ip = \"10.0.0.0/8\"\n}\n"
                                       << 3 << 3 << ""
                                       << "is not a number, the type of var.p";
        QTest::newRow("local cycle") << "locals {\n  a = local.b\n  b = local.a\n}\n" + ruleHead + "  port_range = local.a\n  cidr_ip = \"10.0.0.0/8\"\n}\n"
                                     << 3 << 7 << ""
                                     << "refers to itself";
        QTest::newRow("duplicate resource") << ruleHead + "  port_range = \"22/22\"\n  cidr_ip = \"10.0.0.0/8\"\n}\n" + ruleHead + "}\n"
                                            << 8 << 1 << ""
                                            << "already declared in main.tf, line 1";
        QTest::newRow("syntax") << "resource \"alicloud_security_group_rule\" \"r\" {\n  port_range = \"22/22\n}\n"
                                << 2 << 22 << ""
                                << "cannot span lines";
        QTest::newRow("tfvars with a reference") << "" << 1 << 15 << ""
                                                 << "must be a constant";
    }

    void brokenConfigurations()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, field);
        QFETCH(QString, message);
        ReadOptions options;
        if (text.isEmpty()) { // the fault is in a variables file
            text = QStringLiteral("variable \"x\" {}\n") + ruleHead + QStringLiteral("  port_range = var.x\n  cidr_ip = \"10.0.0.0/8\"\n}\n");
            options.variableFiles.append(SourceText{QStringLiteral("main.tf"), QByteArray("x = \"22/22\" + var.y\n")});
        }
        const Parsed<Workspace> read = readText(text, options);
        QVERIFY(!read.ok());
        const auto first = std::find_if(read.diagnostics.cbegin(), read.diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
        QVERIFY2(first->message.contains(message), qPrintable(first->toString()));
        QCOMPARE(first->location.file, QStringLiteral("main.tf"));
        QCOMPARE(first->location.line, line);
        QCOMPARE(first->location.column, column);
        QCOMPARE(first->location.field, field);
    }

    // Locals that each double the one before: refused long before the memory fills.
    void doublingLocalsAreBounded()
    {
        QString text = QStringLiteral("locals {\n  a0 = \"xxxxxxxxxxxxxxxx\"\n");
        for (int i = 1; i <= 40; ++i)
            text += QStringLiteral("  a%1 = \"${local.a%2}${local.a%2}\"\n").arg(i).arg(i - 1);
        text += QStringLiteral("}\n") + ruleHead + QStringLiteral("  port_range = \"22/22\"\n  cidr_ip = \"10.0.0.0/8\"\n  description = local.a40\n}\n");
        const Parsed<Workspace> read = readText(text);
        QVERIFY(!read.ok());
        QVERIFY2(read.diagnostics.first().message.contains(QStringLiteral("longer than 1000000 characters")), qPrintable(read.diagnostics.first().toString()));
    }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("format");
        QTest::newRow("resource") << QByteArray("# rules\nresource \"alicloud_security_group_rule\" \"x\" {\n") << "terraform-hcl";
        QTest::newRow("variables first") << QByteArray("variable \"cidr\" {\n  default = \"10.0.0.0/8\"\n}\n") << "terraform-hcl";
        QTest::newRow("terraform block") << QByteArray("terraform {\n  required_version = \">= 1.0\"\n}\n") << "terraform-hcl";
        QTest::newRow("plan json") << QByteArray("{\"format_version\": \"1.2\", \"terraform_version\": \"1.6.0\", \"planned_values\": {}}") << "terraform-json";
        QTest::newRow("ros yaml") << QByteArray("ROSTemplateFormatVersion: '2015-09-01'\nResources: {}\n") << "ros";
    }

    void detection()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, format);
        const RuleFormat *detected = FormatRegistry::instance().detect(head);
        QVERIFY(detected);
        QCOMPARE(detected->id(), format);
    }

    // The terraform writer's output reads back to the same rules (it names each resource after its
    // rule, and the reader lists rules in address order, so the order may differ).
    void writerRoundTrip()
    {
        for (quint32 seed = 1; seed <= 20; ++seed) {
            Document document;
            document.ruleSet = randomRuleSet(seed, 40);
            document.ruleSet.rules.removeIf([](const Rule &r) { return r.sourcePorts() || !r.local().isNone(); }); // not expressible
            for (Rule &r : document.ruleSet.rules) {
                r.description = r.description.normalized(QString::NormalizationForm_C);
                r.id.clear(); // the writer does not carry rule ids
            }
            const QByteArray hcl = writeBytes(format("terraform"), document);
            const Parsed<Workspace> read = readWorkspaceBytes(format("terraform-hcl"), hcl, QStringLiteral("rules.tf"));
            QVERIFY2(read.ok(), qPrintable(firstProblem(read.diagnostics)));
            QVERIFY(read.diagnostics.isEmpty());
            QCOMPARE(read.value.groups.size(), 1);
            QCOMPARE(read.value.groups.first().key(), document.ruleSet.group.securityGroupId);
            QList<Rule> back = read.value.groups.first().ruleSet.rules;
            QList<Rule> original = document.ruleSet.rules;
            const auto key = [](const Rule &r) {
                return QStringList{toApiString(r.direction), toApiString(r.protocol), r.ports.toString(), r.peer.text(),
                                   toApiString(r.policy), QString::number(r.priority), toApiString(r.nicType), r.description,
                                   r.peerOwnerAccount()}
                    .join(u'|');
            };
            for (Rule &r : back) {
                QVERIFY(r.resource.startsWith(QStringLiteral("alicloud_security_group_rule.")));
                r.resource.clear();
            }
            const auto byKey = [&](const Rule &a, const Rule &b) { return key(a) < key(b); };
            std::sort(back.begin(), back.end(), byKey);
            std::sort(original.begin(), original.end(), byKey);
            QCOMPARE(back, original);
        }
    }

    void writerRoundTripWithoutGroupId()
    {
        Document document;
        document.ruleSet.rules = {rule("10.0.0.0/8", 22, 22)};
        const QByteArray hcl = writeBytes(format("terraform"), document);
        const Parsed<Workspace> read = readWorkspaceBytes(format("terraform-hcl"), hcl, QStringLiteral("rules.tf"));
        QVERIFY(read.ok());
        const WorkspaceGroup &g = read.value.groups.first();
        QCOMPARE(g.key(), QStringLiteral("var.security_group_id"));
        QCOMPARE(g.unresolved.size(), 1);
        QVERIFY(g.unresolved.first().suppliable);
        Rule back = g.ruleSet.rules.first();
        back.resource.clear();
        QCOMPARE(back, document.ruleSet.rules.first());
    }
};

QTEST_APPLESS_MAIN(TestTerraformHcl)
#include "tst_terraformhcl.moc"
