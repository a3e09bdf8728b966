// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ROS templates in YAML read exactly as their JSON twins, one group per security group, with the
// template's functions evaluated; open values kept and reported; broken templates and YAML refused
// with the place of the fault.

#include "formattesting.h"

#include "io/rulefiles.h"
#include "io/yamljson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace sg;
using namespace formattesting;

namespace {

Parsed<Workspace> readTemplate(const QByteArray &text, const QHash<QString, QString> &parameters = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    ReadOptions options;
    options.variables = parameters;
    return format("ros").readWorkspace(buffer, QStringLiteral("t.yaml"), options);
}

// What a group is, whatever file it came from.
QString describe(const Workspace &w)
{
    QStringList out;
    for (const WorkspaceGroup &g : w.groups) {
        out.append(QStringLiteral("%1 %2 %3 %4").arg(g.key(), g.ruleSet.group.name, toApiString(g.ruleSet.group.type)).arg(g.unresolved.size()));
        for (const Rule &r : g.ruleSet.rules) {
            out.append(QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8").arg(r.resource, toApiString(r.direction), toApiString(r.protocol), r.ports.toString(), r.peer.text(), toApiString(r.policy)).arg(r.priority).arg(r.description));
        }
        for (const UnresolvedValue &u : g.unresolved)
            out.append(QStringLiteral("  open %1 %2 %3 %4").arg(u.resource, u.field, u.expression).arg(int(u.inert)));
    }
    return out.join(u'\n');
}

} // namespace

class TestRosYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlTypesAsRosDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("port range") << "22/22" << QJsonValue(QStringLiteral("22/22"));
        QTest::newRow("no ports") << "-1/-1" << QJsonValue(QStringLiteral("-1/-1"));
        QTest::newRow("integer") << "100" << QJsonValue(100);
        QTest::newRow("negative") << "-1" << QJsonValue(-1);
        QTest::newRow("underscores") << "1_000" << QJsonValue(1000);
        QTest::newRow("octal") << "0755" << QJsonValue(493);
        QTest::newRow("hexadecimal") << "0x1F" << QJsonValue(31);
        QTest::newRow("base 60") << "1:30" << QJsonValue(90);
        QTest::newRow("float") << "1.5" << QJsonValue(1.5);
        QTest::newRow("no dot, no float") << "1e5" << QJsonValue(QStringLiteral("1e5"));
        QTest::newRow("yes") << "yes" << QJsonValue(true);
        QTest::newRow("Off") << "Off" << QJsonValue(false);
        QTest::newRow("null") << "~" << QJsonValue(QJsonValue::Null);
        QTest::newRow("empty") << "" << QJsonValue(QJsonValue::Null);
        QTest::newRow("date stays text") << "2015-09-01" << QJsonValue(QStringLiteral("2015-09-01"));
        QTest::newRow("address") << "0.0.0.0/0" << QJsonValue(QStringLiteral("0.0.0.0/0"));
        QTest::newRow("version-like") << "1.2.3" << QJsonValue(QStringLiteral("1.2.3"));
        QTest::newRow("word") << "tcp" << QJsonValue(QStringLiteral("tcp"));
    }

    void yamlTypesAsRosDoes()
    {
        QFETCH(QString, text);
        QFETCH(QJsonValue, value);
        QCOMPARE(YamlJson::plainScalar(text), value);
    }

    void quotedScalarsAreText()
    {
        Diagnostics diagnostics;
        const auto parsed = YamlJson::parse("a: '1'\nb: \"yes\"\nc: !!str 22\nd: [1, two]\n<<: {e: 5, a: 9}\n", QStringLiteral("t.yaml"), diagnostics);
        QVERIFY(parsed);
        const QJsonObject o = parsed->value.toObject();
        QCOMPARE(o.value(QStringLiteral("a")), QJsonValue(QStringLiteral("1")));
        QCOMPARE(o.value(QStringLiteral("b")), QJsonValue(QStringLiteral("yes")));
        QCOMPARE(o.value(QStringLiteral("c")), QJsonValue(QStringLiteral("22")));
        QCOMPARE(o.value(QStringLiteral("d")).toArray().at(0), QJsonValue(1));
        QCOMPARE(o.value(QStringLiteral("e")), QJsonValue(5)); // merged in, without overriding a
        QCOMPARE(parsed->lines.value(QStringLiteral("d")), 4);
        QCOMPARE(parsed->lines.value(QStringLiteral("d[1]")), 4);
    }

    // Inputs the fuzzer found (fuzz_ros_yaml): they must read or be refused, never touch freed memory
    // (the AddressSanitizer build checks that).
    void fuzzFindings()
    {
        Diagnostics diagnostics;
        const auto nullKey = YamlJson::parse("#\n:", QStringLiteral("t.yaml"), diagnostics);
        QVERIFY(nullKey);
        QCOMPARE(nullKey->value.toObject().value(QStringLiteral("null")), QJsonValue(QJsonValue::Null));
        QVERIFY(!YamlJson::parse("? [a, b]\n: 1\n", QStringLiteral("t.yaml"), diagnostics));
        QVERIFY(diagnostics.last().message.contains(QStringLiteral("mapping key must be a plain value")));
        // yaml-cpp's LoadAll() never returns on a lone comma; it is refused here.
        QVERIFY(!YamlJson::parse("#\n,", QStringLiteral("t.yaml"), diagnostics));
        QVERIFY(diagnostics.last().message.contains(QStringLiteral("several YAML documents")));
    }

    void yamlReadsAsItsJsonTwin()
    {
        const RuleFiles::WorkspaceResult yaml = RuleFiles::loadWorkspace(dataFile(QStringLiteral("ros/good/twin.yaml")));
        const RuleFiles::WorkspaceResult json = RuleFiles::loadWorkspace(dataFile(QStringLiteral("ros/good/twin.json")));
        QVERIFY2(yaml.ok(), qPrintable(firstProblem(yaml.diagnostics)));
        QVERIFY2(json.ok(), qPrintable(firstProblem(json.diagnostics)));
        QCOMPARE(yaml.format->id(), QStringLiteral("ros"));
        QCOMPARE(describe(yaml.workspace), describe(json.workspace));
        QCOMPARE(yaml.workspace.groups.size(), 2);
        QCOMPARE(yaml.workspace.groups.at(1).source.line, 27); // YAML knows where WebSg is
    }

    void functionsAreEvaluated()
    {
        const RuleFiles::WorkspaceResult read = RuleFiles::loadWorkspace(dataFile(QStringLiteral("ros/good/twin.yaml")));
        QCOMPARE(describe(read.workspace), QStringLiteral("DbSg db enterprise 0\n"
                                                          "  DbDrops.Permissions[0] ingress ALL -1/-1 0.0.0.0/0 drop 100 \n"
                                                          "  DbFromWeb ingress TCP 3306/3306 192.168.0.0/16 accept 10 \n"
                                                          "WebSg web basic 0\n"
                                                          "  TestOnly ingress TCP 990/990 10.0.0.0/8 accept 1 \n"
                                                          "  WebSg.SecurityGroupIngress[0] ingress TCP 443/443 0.0.0.0/0 accept 1 HTTPS\n"
                                                          "  WebSg.SecurityGroupIngress[1] ingress TCP 22/22 203.0.113.0/24 accept 1 SSH from 203.0.113.0/24\n"
                                                          "  WebSg.SecurityGroupEgress[0] egress ALL -1/-1 0.0.0.0/0 accept 1 "));
        // A condition over a parameter: the test environment drops TestOnly and adds 8080.
        QFile file(dataFile(QStringLiteral("ros/good/twin.yaml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Parsed<Workspace> test = readTemplate(file.readAll(), {{QStringLiteral("Environment"), QStringLiteral("test")}});
        QVERIFY(test.ok());
        const WorkspaceGroup &web = test.value.groups.at(1);
        QCOMPARE(web.ruleSet.rules.size(), 4);
        QCOMPARE(web.ruleSet.rules.at(2).ports, PortRange(8080, 8080));
        QVERIFY(std::none_of(web.ruleSet.rules.cbegin(), web.ruleSet.rules.cend(), [](const Rule &r) { return r.resource == u"TestOnly"; }));
    }

    void openValuesKeepTheirRule()
    {
        const RuleFiles::WorkspaceResult read = RuleFiles::loadWorkspace(dataFile(QStringLiteral("ros/good/functions.yaml")));
        QVERIFY2(read.ok(), qPrintable(firstProblem(read.diagnostics)));
        QCOMPARE(read.diagnostics.size(), 4); // one warning per open value, with its line
        QCOMPARE(read.diagnostics.at(1).location.line, 21);
        QCOMPARE(describe(read.workspace), QStringLiteral("AppSg  basic 3\n"
                                                          "  AppSg.SecurityGroupIngress[0] ingress TCP 443/443  accept 1 \n"
                                                          "  AppSg.SecurityGroupIngress[1] ingress TCP 22/22  accept 1 \n"
                                                          "  open AppSg.SecurityGroupIngress[0] Description {\"Fn::Sub\":\"users of ${ALIYUN::StackName}\"} 0\n"
                                                          "  open AppSg.SecurityGroupIngress[0] SourceCidrIp {\"Ref\":\"UsersCidr\"} 1\n"
                                                          "  open AppSg.SecurityGroupIngress[1] SourceGroupId {\"Ref\":\"BastionSg\"} 1\n"
                                                          "BastionSg bastion basic 0\n"
                                                          "{\"Fn::Select\":[0,{\"Fn::GetAtt\":[\"Instance\",\"SecurityGroupIds\"]}]}  basic 1\n"
                                                          "  Monitor egress TCP 9090/9090 10.0.0.5 accept 1 \n"
                                                          "  open  SecurityGroupId {\"Fn::Select\":[0,{\"Fn::GetAtt\":[\"Instance\",\"SecurityGroupIds\"]}]} 0"));
        const WorkspaceGroup &app = read.workspace.groups.first();
        QVERIFY(app.unresolved.at(1).suppliable);
        QVERIFY(!app.unresolved.at(2).suppliable); // a group's id exists only once it is created

        QFile file(dataFile(QStringLiteral("ros/good/functions.yaml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Parsed<Workspace> given = readTemplate(file.readAll(), {{QStringLiteral("UsersCidr"), QStringLiteral("198.51.100.0/24")}, {QStringLiteral("ALIYUN::StackName"), QStringLiteral("shop")}});
        const WorkspaceGroup &withValues = given.value.groups.first();
        QCOMPARE(withValues.unresolved.size(), 1);
        QCOMPARE(withValues.ruleSet.rules.first().peer.text(), QStringLiteral("198.51.100.0/24"));
        QCOMPARE(withValues.ruleSet.rules.first().description, QStringLiteral("users of shop"));
    }

    void inputsOfOpenValues()
    {
        // What a person is asked for: each parameter an open value waits for, as the Parameters
        // section describes it; a pseudo parameter is declared nowhere.
        const RuleFiles::WorkspaceResult read = RuleFiles::loadWorkspace(dataFile(QStringLiteral("ros/good/functions.yaml")));
        const QList<WorkspaceInput> &inputs = read.workspace.inputs;
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs.at(0).name, QStringLiteral("ALIYUN::StackName")); // the Description is read first
        QCOMPARE(inputs.at(0).kind, WorkspaceInput::Kind::Parameter);
        QVERIFY(!inputs.at(0).declared);
        QCOMPARE(inputs.at(0).line, 0);
        const WorkspaceInput &users = inputs.at(1);
        QCOMPARE(users.name, QStringLiteral("UsersCidr"));
        QVERIFY(users.declared);
        QCOMPARE(users.file, dataFile(QStringLiteral("ros/good/functions.yaml")));
        QCOMPARE(users.line, 4);
        QCOMPARE(users.type, QStringLiteral("String"));
        QCOMPARE(users.description, QStringLiteral("Who may use the application (no default)"));
        const QList<UnresolvedValue> &open = read.workspace.groups.first().unresolved;
        QCOMPARE(open.at(0).input, QStringLiteral("ALIYUN::StackName"));
        QVERIFY(!open.at(0).inputIsValue); // a part of a text
        QCOMPARE(open.at(1).input, QStringLiteral("UsersCidr"));
        QVERIFY(open.at(1).inputIsValue);
        QCOMPARE(open.at(1).file, users.file);
        QVERIFY(open.at(2).input.isEmpty()); // a group's id: no parameter gives it
    }

    void inputsThroughConditions()
    {
        // A parameter deciding a condition is asked for with what the template allows; NoEcho is kept secret.
        const Parsed<Workspace> read = readTemplate(
            "ROSTemplateFormatVersion: '2015-09-01'\n"
            "Parameters:\n"
            "  Env:\n"
            "    Type: String\n"
            "    Label: The environment\n"
            "    AllowedValues: [prod, test]\n"
            "  Token:\n"
            "    Type: String\n"
            "    NoEcho: true\n"
            "    AllowedPattern: '[a-z]+'\n"
            "Conditions:\n"
            "  IsProd: {Fn::Equals: [{Ref: Env}, prod]}\n"
            "Resources:\n"
            "  Sg:\n"
            "    Type: ALIYUN::ECS::SecurityGroup\n"
            "    Properties:\n"
            "      SecurityGroupIngress:\n"
            "        - IpProtocol: tcp\n"
            "          PortRange: 22/22\n"
            "          SourceCidrIp: {Fn::If: [IsProd, 10.0.0.0/8, 0.0.0.0/0]}\n"
            "          Description: {Ref: Token}\n");
        QVERIFY2(read.ok(), qPrintable(firstProblem(read.diagnostics)));
        QCOMPARE(read.value.inputs.size(), 2);
        // Properties are read in name order: Description (Token) before SourceCidrIp (Env).
        const WorkspaceInput &env = read.value.inputs.at(1);
        QCOMPARE(env.name, QStringLiteral("Env"));
        QCOMPARE(env.description, QStringLiteral("The environment")); // the Label, without a Description
        QCOMPARE(env.allowedValues, (QStringList{"prod", "test"}));
        QCOMPARE(env.line, 3);
        const WorkspaceInput &token = read.value.inputs.at(0);
        QVERIFY(token.sensitive);
        QCOMPARE(token.allowedPattern, QStringLiteral("[a-z]+"));
        const UnresolvedValue &cidr = read.value.groups.first().unresolved.at(1);
        QCOMPARE(cidr.field, QStringLiteral("SourceCidrIp"));
        QCOMPARE(cidr.input, QStringLiteral("Env"));
        QVERIFY(!cidr.inputIsValue); // Env decides between two values; it is not one
    }

    void brokenTemplates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QByteArray head = "ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  R:\n    Type: ALIYUN::ECS::SecurityGroupIngress\n"
                                "    Properties:\n      SecurityGroupId: sg-1\n      IpProtocol: tcp\n";
        QTest::newRow("ref to nothing") << head + "      PortRange: 22/22\n      SourceCidrIp: {Ref: Nowhere}\n"
                                        << 9
                                        << "Resources.R.Properties.SourceCidrIp"
                                        << "names no parameter or resource";
        QTest::newRow("malformed join") << head + "      SourceCidrIp: 10.0.0.0/8\n      PortRange: {Fn::Join: x}\n"
                                        << 9
                                        << "Resources.R.Properties.PortRange"
                                        << "it takes [delimiter, [values]]";
        QTest::newRow("select out of range") << head + "      SourceCidrIp: 10.0.0.0/8\n      PortRange: {Fn::Select: [3, [22/22]]}\n"
                                             << 9
                                             << "Resources.R.Properties.PortRange"
                                             << "outside the list";
        QTest::newRow("unknown condition") << head + "      SourceCidrIp: 10.0.0.0/8\n      PortRange: {Fn::If: [Nope, 1/1, 2/2]}\n"
                                           << 9
                                           << "Resources.R.Properties.PortRange"
                                           << "not in the template's Conditions";
        QTest::newRow("bad value") << head + "      SourceCidrIp: 10.0.0.0/8\n      PortRange: 22-23\n"
                                   << 9
                                   << "Resources.R.Properties.PortRange"
                                   << "not a port range";
        QTest::newRow("group id") << QByteArray(head).replace("sg-1", "{Fn::GetAtt: [Missing, SecurityGroupId]}")
                + "      PortRange: 22/22\n      SourceCidrIp: 10.0.0.0/8\n"
                                  << 6 << "Resources.R.Properties.SecurityGroupId"
                                  << "no resource of the template";
        QTest::newRow("yaml syntax") << QByteArray("Resources:\n  R: [1, 2\n") << 3 << ""
                                     << "not valid YAML";
        QTest::newRow("yaml tag") << QByteArray("Resources:\n  R: !Ref X\n") << 2 << ""
                                  << "YAML tag !Ref is not supported";
        QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << 0 << ""
                                       << "several YAML documents";
        QTest::newRow("not a mapping") << QByteArray("- 1\n- 2\n") << 1 << ""
                                       << "a ROS template is a YAML mapping";
    }

    void brokenTemplates()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const Parsed<Workspace> read = readTemplate(text);
        QVERIFY(!read.ok());
        const auto first = std::find_if(read.diagnostics.cbegin(), read.diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
        QVERIFY2(first->message.contains(message), qPrintable(first->toString()));
        QCOMPARE(first->location.line, line);
        QCOMPARE(first->location.field, field);
        QCOMPARE(first->location.file, QStringLiteral("t.yaml"));
    }

    void aliasesCannotExplode()
    {
        // Ten levels of ten aliases each: 10^10 values if expanded.
        QByteArray text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i <= 9; ++i) {
            text += QStringLiteral("a%1: &a%1 [").arg(i).toUtf8();
            for (int j = 0; j < 10; ++j)
                text += QStringLiteral("*a%1%2").arg(i - 1).arg(j < 9 ? QStringLiteral(", ") : QString()).toUtf8();
            text += "]\n";
        }
        Diagnostics diagnostics;
        QVERIFY(!YamlJson::parse(text, QStringLiteral("t.yaml"), diagnostics));
        QVERIFY(diagnostics.first().message.contains(QStringLiteral("aliases")));
    }

    // Every template of the corpus of real templates (../shared/corpus, when it is there) reads as
    // its JSON twin: the same groups, rules and open values, or the same refusal.
    void corpusTwins()
    {
        const QDir yamlDir(QStringLiteral(SGASSIST_CORPUS_DIR "/ros-templates/yaml-2026/yaml"));
        const QDir jsonDir(QStringLiteral(SGASSIST_CORPUS_DIR "/ros-templates/yaml-2026/json"));
        if (!yamlDir.exists() || !jsonDir.exists())
            QSKIP("the corpus of real templates is not available here");
        const QFileInfoList templates = yamlDir.entryInfoList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QVERIFY(!templates.isEmpty());
        for (const QFileInfo &yamlFile : templates) {
            const QString twin = jsonDir.filePath(yamlFile.completeBaseName() + QStringLiteral(".json"));
            const RuleFiles::WorkspaceResult yaml = RuleFiles::loadWorkspace(yamlFile.filePath(), QStringLiteral("ros"));
            const RuleFiles::WorkspaceResult json = RuleFiles::loadWorkspace(twin, QStringLiteral("ros"));
            QVERIFY2(yaml.ok() == json.ok(), qPrintable(yamlFile.fileName()));
            QVERIFY2(describe(yaml.workspace) == describe(json.workspace), qPrintable(yamlFile.fileName()));
        }
    }
};

QTEST_APPLESS_MAIN(TestRosYaml)
#include "tst_rosyaml.moc"
