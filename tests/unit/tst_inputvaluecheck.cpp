// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A value given for a variable or parameter is refused, with the reason, when the input's declared
// type or the template's allowed values reject it, or when it is the whole value of a rule field
// (cidr_ip = var.x, SourceCidrIp: {Ref: X}) and the field would reject it as the readers do; an
// empty value leaves the input open and is no problem.

#include "workspace/inputvaluecheck.h"

#include <QTest>

using namespace sg;

namespace {

UnresolvedValue use(const QString &field, bool whole, const QString &input = QStringLiteral("x"))
{
    UnresolvedValue u;
    u.resource = QStringLiteral("alicloud_security_group_rule.r");
    u.field = field;
    u.expression = QStringLiteral("var.") + input;
    u.input = input;
    u.inputIsValue = whole;
    u.suppliable = true;
    return u;
}

// A variable x of that type ("number", "string"; empty: none declared).
WorkspaceInput variable(const QString &type)
{
    WorkspaceInput input;
    input.name = QStringLiteral("x");
    input.type = type;
    return input;
}

} // namespace

class TestInputValueCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problem_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // a part of the reason; empty: accepted

        QTest::newRow("empty stays open") << "number"
                                          << "cidr_ip" << true << "  "
                                          << "";
        QTest::newRow("cidr") << "string"
                              << "cidr_ip" << true << "198.51.100.0/24"
                              << "";
        QTest::newRow("address") << "string"
                                 << "cidr_ip" << true << "203.0.113.10"
                                 << "";
        QTest::newRow("not a cidr") << "string"
                                    << "cidr_ip" << true << "users"
                                    << "(the value of cidr_ip in alicloud_security_group_rule.r)";
        QTest::newRow("prefix too long") << ""
                                         << "cidr_ip" << true << "10.0.0.0/33"
                                         << "cidr_ip";
        QTest::newRow("ipv6 in an ipv4 field") << ""
                                               << "cidr_ip" << true << "2001:db8::/32"
                                               << "cidr_ip";
        QTest::newRow("ros cidr") << "String"
                                  << "SourceCidrIp" << true << "10.0.0.0/8"
                                  << "";
        QTest::newRow("ros not a cidr") << "String"
                                        << "SourceCidrIp" << true << "anywhere"
                                        << "SourceCidrIp";
        QTest::newRow("ros ipv6") << "String"
                                  << "Ipv6SourceCidrIp" << true << "2001:db8::/32"
                                  << "";
        QTest::newRow("ports") << ""
                               << "port_range" << true << "8000/8080"
                               << "";
        QTest::newRow("bad ports") << ""
                                   << "port_range" << true << "8080/8000"
                                   << "port_range";
        QTest::newRow("protocol") << ""
                                  << "ip_protocol" << true << "udp"
                                  << "";
        QTest::newRow("bad protocol") << ""
                                      << "ip_protocol" << true << "http"
                                      << "not a protocol";
        QTest::newRow("policy") << ""
                                << "Policy" << true << "drop"
                                << "";
        QTest::newRow("bad policy") << ""
                                    << "Policy" << true << "deny"
                                    << "not a policy";
        QTest::newRow("priority") << ""
                                  << "priority" << true << "100"
                                  << "";
        QTest::newRow("priority out of range") << ""
                                               << "priority" << true << "0"
                                               << "priority";
        QTest::newRow("group") << ""
                               << "security_group_id" << true << "sg-bp1example"
                               << "";
        QTest::newRow("not a group") << ""
                                     << "SecurityGroupId" << true << "web"
                                     << "SecurityGroupId";
        QTest::newRow("count") << "number"
                               << "count" << true << "3"
                               << "";
        QTest::newRow("bad count") << ""
                                   << "count" << true << "-1"
                                   << "not a whole number";
        // Part of a value: the field cannot be told, only the type is checked.
        QTest::newRow("part of a cidr") << "string"
                                        << "cidr_ip" << false << "10.0"
                                        << "";
        QTest::newRow("number") << "number"
                                << "port_range" << false << "8443"
                                << "";
        QTest::newRow("not a number") << "number"
                                      << "port_range" << false << "https"
                                      << "not a number; x is of type number";
        QTest::newRow("bool") << "bool"
                              << "description" << false << "true"
                              << "";
        QTest::newRow("not a bool") << "Boolean"
                                    << "description" << false << "yes"
                                    << "neither true nor false";
        QTest::newRow("free text") << ""
                                   << "description" << true << "anything at all"
                                   << "";
    }

    void problem()
    {
        QFETCH(QString, type);
        QFETCH(QString, field);
        QFETCH(bool, whole);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const QString said = InputValueCheck::problem(variable(type), {use(field, whole)}, value);
        if (problem.isEmpty())
            QVERIFY2(said.isEmpty(), qPrintable(said));
        else
            QVERIFY2(said.contains(problem), qPrintable(said));
    }

    void templateConstraints()
    {
        WorkspaceInput env;
        env.kind = WorkspaceInput::Kind::Parameter;
        env.name = QStringLiteral("Env");
        env.allowedValues = {QStringLiteral("prod"), QStringLiteral("test")};
        QVERIFY(InputValueCheck::problem(env, {}, QStringLiteral("prod")).isEmpty());
        QCOMPARE(InputValueCheck::problem(env, {}, QStringLiteral("dev")), QStringLiteral("not one of the values the template allows: prod, test"));
        QCOMPARE(InputValueCheck::hint(env, {}), QStringLiteral("one of: prod, test"));

        WorkspaceInput cidr;
        cidr.name = QStringLiteral("Cidr");
        cidr.allowedPattern = QStringLiteral("[0-9./]+");
        QVERIFY(InputValueCheck::problem(cidr, {}, QStringLiteral("10.0.0.0/8")).isEmpty());
        QVERIFY(InputValueCheck::problem(cidr, {}, QStringLiteral("10.0.0.0/8 ")).isEmpty()); // as the field will trim it
        QVERIFY(InputValueCheck::problem(cidr, {}, QStringLiteral("x10.0.0.0/8")).contains(QStringLiteral("[0-9./]+")));
        // A uses list of another input does not judge this one.
        QVERIFY(InputValueCheck::problem(cidr, {use(QStringLiteral("cidr_ip"), true, QStringLiteral("other"))}, QStringLiteral("12")).isEmpty());
    }

    void hints_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<QString>("hint");
        QTest::newRow("cidr") << "string"
                              << "cidr_ip" << true << "an IPv4 address or CIDR block, such as 192.0.2.0/24";
        QTest::newRow("ros cidr") << "String"
                                  << "DestCidrIp" << true << "an IPv4 address or CIDR block, such as 192.0.2.0/24";
        QTest::newRow("ports") << ""
                               << "PortRange" << true << "a port range, such as 22/22 or 8000/8080";
        QTest::newRow("number part") << "number"
                                     << "port_range" << false << "a number";
        QTest::newRow("list") << "CommaDelimitedList"
                              << "PortRange" << false << "values separated by commas";
        QTest::newRow("nothing to tell") << "string"
                                         << "description" << true << "";
    }

    void hints()
    {
        QFETCH(QString, type);
        QFETCH(QString, field);
        QFETCH(bool, whole);
        QFETCH(QString, hint);
        QCOMPARE(InputValueCheck::hint(variable(type), {use(field, whole)}), hint);
    }
};

QTEST_APPLESS_MAIN(TestInputValueCheck)
#include "tst_inputvaluecheck.moc"
