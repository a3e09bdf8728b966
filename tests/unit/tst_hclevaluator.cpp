// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The HCL expression evaluator and Terraform's functions as rule files use them; unknown values
// stay unknown through every operation, naming their cause, and resource references keep the
// address they point at.

#include "hcl/hclevaluator.h"
#include "hcl/hclparser.h"

#include <QTest>

using namespace sg;

namespace {

struct Result
{
    HclValue value;
    Diagnostics diagnostics;
};

// Evaluates `expression`; var.open is unset and alicloud_security_group.web is a resource.
Result evaluate(const QString &expression)
{
    Result out;
    std::unique_ptr<HclFile> file = HclParser::parseExpression(expression, QStringLiteral("e"), out.diagnostics);
    if (!file)
        return out;
    ProblemCollector problems(out.diagnostics, QStringLiteral("e"));
    HclEvaluator evaluator(
        *file,
        [](const QString &root, const QString &attribute, const HclExpression &, bool *used) {
            *used = true;
            HclUnknown why;
            if (root == u"var") {
                if (attribute == u"rules") {
                    return HclValue::tuple({HclValue::object({{QStringLiteral("port"), HclValue::number(22)}}),
                                            HclValue::object({{QStringLiteral("port"), HclValue::number(443)}})});
                }
                why.cause = QStringLiteral("var.%1 has no value").arg(attribute);
                why.suppliable = true;
                return HclValue::unknown(why);
            }
            why.cause = root + u'.' + attribute + QStringLiteral(" is created by Terraform");
            why.reference = root + u'.' + attribute;
            return HclValue::unknown(why);
        },
        problems);
    out.value = evaluator.evaluate(*file->expression);
    return out;
}

} // namespace

class TestHclEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void functions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("value");
        QTest::newRow("format") << "format(\"%s/%s\", 22, \"22\")"
                                << "\"22/22\"";
        QTest::newRow("format padding") << "format(\"%05d|%-4s|%.2f|%t|%q|%%\", 42, \"ab\", 3.14159, true, \"x\")"
                                        << "\"00042|ab  |3.14|true|\\\"x\\\"|%\"";
        QTest::newRow("format explicit index") << "format(\"%[2]s-%[1]s\", \"a\", \"b\")"
                                               << "\"b-a\"";
        QTest::newRow("formatlist") << "formatlist(\"%s/32\", [\"10.0.0.1\", \"10.0.0.2\"])"
                                    << "[\"10.0.0.1/32\", \"10.0.0.2/32\"]";
        QTest::newRow("join numbers") << "join(\"/\", [80, 80])"
                                      << "\"80/80\"";
        QTest::newRow("split") << "split(\",\", \"a,b\")"
                               << "[\"a\", \"b\"]";
        QTest::newRow("tostring") << "tostring(22)"
                                  << "\"22\"";
        QTest::newRow("tonumber") << "tonumber(\"8080\")"
                                  << "8080";
        QTest::newRow("tobool") << "tobool(\"true\")"
                                << "true";
        QTest::newRow("lower upper title") << "\"${lower(\"TCP\")}${upper(\"x\")}${title(\"web server\")}\""
                                           << "\"tcpXWeb Server\"";
        QTest::newRow("trim family") << "[trimspace(\" x \"), trim(\"--x--\", \"-\"), trimprefix(\"sg-1\", \"sg-\"), trimsuffix(\"a/32\", \"/32\"), chomp(\"x\\n\")]"
                                     << "[\"x\", \"x\", \"1\", \"a\", \"x\"]";
        QTest::newRow("replace") << "replace(\"a.b.c\", \".\", \"-\")"
                                 << "\"a-b-c\"";
        QTest::newRow("replace regex") << "replace(\"port 22\", \"/[0-9]+/\", \"N\")"
                                       << "\"port N\"";
        QTest::newRow("substr") << "substr(\"security\", 0, 3)"
                                << "\"sec\"";
        QTest::newRow("length") << "[length([1, 2]), length({a = 1}), length(\"héllo\")]"
                                << "[2, 1, 5]";
        QTest::newRow("concat element") << "element(concat([1], [2, 3]), 4)"
                                        << "2";
        QTest::newRow("lookup default") << "[lookup({a = 1}, \"a\", 0), lookup({a = 1}, \"b\", 0)]"
                                        << "[1, 0]";
        QTest::newRow("contains index") << "[contains([\"a\"], \"a\"), index([\"a\", \"b\"], \"b\")]"
                                        << "[true, 1]";
        QTest::newRow("keys values merge") << "[keys(merge({b = 1}, {a = 2})), values({a = 1, b = 2})]"
                                           << "[[\"a\", \"b\"], [1, 2]]";
        QTest::newRow("zipmap") << "zipmap([\"ssh\", \"web\"], [22, 80])"
                                << "{ssh = 22, web = 80}";
        QTest::newRow("flatten compact distinct") << "distinct(compact(flatten([[\"a\", \"\"], [[\"b\"]], \"a\"])))"
                                                  << "[\"a\", \"b\"]";
        QTest::newRow("toset sorts strings") << "toset([\"b\", \"a\", \"b\"])"
                                             << "[\"a\", \"b\"]";
        QTest::newRow("slice reverse sort") << "[slice([1, 2, 3], 1, 3), reverse([1, 2]), sort([\"b\", \"a\"])]"
                                            << "[[2, 3], [2, 1], [\"a\", \"b\"]]";
        QTest::newRow("range") << "range(3)"
                               << "[0, 1, 2]";
        QTest::newRow("numbers") << "[min(3, 1), max(3, 1), abs(-2), ceil(1.2), floor(1.8), pow(2, 3), parseint(\"ff\", 16)]"
                                 << "[1, 3, 2, 2, 1, 8, 255]";
        QTest::newRow("coalesce") << "coalesce(\"\", null, \"x\")"
                                  << "\"x\"";
        QTest::newRow("one") << "one([\"x\"])"
                             << "\"x\"";
        QTest::newRow("sum") << "sum([1, 2, 3])"
                             << "6";
        QTest::newRow("cidrsubnet") << "cidrsubnet(\"10.0.0.0/16\", 8, 2)"
                                    << "\"10.0.2.0/24\"";
        QTest::newRow("cidrsubnet v6") << "cidrsubnet(\"2001:db8::/32\", 16, 1)"
                                       << "\"2001:db8:1::/48\"";
        QTest::newRow("cidrhost") << "cidrhost(\"10.0.0.0/24\", 5)"
                                  << "\"10.0.0.5\"";
        QTest::newRow("cidrnetmask") << "cidrnetmask(\"10.0.0.0/12\")"
                                     << "\"255.240.0.0\"";
        QTest::newRow("try") << "try(var.rules[5].port, 0)"
                             << "0";
        QTest::newRow("can") << "[can(var.rules[0].port), can(var.rules[9])]"
                             << "[true, false]";
        QTest::newRow("for over objects") << "[for r in var.rules : \"${r.port}/${r.port}\"]"
                                          << "[\"22/22\", \"443/443\"]";
        QTest::newRow("splat over objects") << "var.rules[*].port"
                                            << "[22, 443]";
        QTest::newRow("length of a list with open values") << "length([var.a, var.b])"
                                                           << "2";
    }

    void functions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, value);
        const Result r = evaluate(expression);
        QVERIFY2(!hasErrors(r.diagnostics), qPrintable(r.diagnostics.value(0).toString()));
        QVERIFY2(r.value.isKnown(), qPrintable(r.value.unknownInfo().cause));
        QCOMPARE(r.value.display(), value);
    }

    void unknownStaysUnknown_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("template") << "\"${var.port}/${var.port}\"";
        QTest::newRow("function") << "format(\"%s/32\", var.host)";
        QTest::newRow("join") << "join(\"/\", [var.port, 22])";
        QTest::newRow("arithmetic") << "var.port + 1";
        QTest::newRow("comparison") << "var.port == 22";
        QTest::newRow("conditional") << "var.on ? \"0.0.0.0/0\" : \"10.0.0.0/8\"";
        QTest::newRow("index") << "var.cidrs[0]";
        QTest::newRow("for") << "[for c in var.cidrs : c]";
        QTest::newRow("element of open list") << "element([var.a], 0)";
    }

    void unknownStaysUnknown()
    {
        QFETCH(QString, expression);
        const Result r = evaluate(expression);
        QVERIFY(!hasErrors(r.diagnostics));
        QVERIFY(!r.value.isKnown());
        QVERIFY(!r.value.isInvalid());
        QVERIFY2(r.value.unknownInfo().cause.startsWith(QStringLiteral("var.")), qPrintable(r.value.unknownInfo().cause));
        QVERIFY(r.value.unknownInfo().suppliable);
    }

    void shortCircuitDecidesDespiteUnknown()
    {
        QCOMPARE(evaluate(QStringLiteral("false && var.x")).value, HclValue::boolean(false));
        QCOMPARE(evaluate(QStringLiteral("true || var.x")).value, HclValue::boolean(true));
    }

    void resourceReferencesKeepTheirAddress()
    {
        const Result plain = evaluate(QStringLiteral("alicloud_security_group.web.id"));
        QCOMPARE(plain.value.unknownInfo().reference, QStringLiteral("alicloud_security_group.web"));
        QCOMPARE(plain.value.unknownInfo().attribute, QStringLiteral("id"));
        const Result indexed = evaluate(QStringLiteral("alicloud_security_group.web[1].id"));
        QCOMPARE(indexed.value.unknownInfo().reference, QStringLiteral("alicloud_security_group.web[1]"));
        const Result legacy = evaluate(QStringLiteral("alicloud_security_group.web.0.id"));
        QCOMPARE(legacy.value.unknownInfo().reference, QStringLiteral("alicloud_security_group.web[0]"));
        const Result keyed = evaluate(QStringLiteral("alicloud_security_group.web[\"a\"].id"));
        QCOMPARE(keyed.value.unknownInfo().reference, QStringLiteral("alicloud_security_group.web[\"a\"]"));
        QVERIFY(!evaluate(QStringLiteral("alicloud_security_group.web.id")).value.unknownInfo().suppliable);
    }

    void errorsNameThePlace_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("format verb") << "format(\"%z\", 1)" << 1 << "not a verb";
        QTest::newRow("missing attribute") << "{a = 1}.b" << 1 << "no attribute \"b\"";
        QTest::newRow("duplicate key") << "{for x in [\"a\", \"a\"] : x => 1}" << 24 << "comes twice";
        QTest::newRow("bad condition") << "\"x\" ? 1 : 2" << 1 << "must be true or false";
        QTest::newRow("division") << "1 / 0" << 1 << "division by zero";
        QTest::newRow("cidr") << "cidrsubnet(\"10.0.0.0/30\", 8, 1)" << 1 << "cannot number subnet";
        QTest::newRow("try fails") << "try(var.rules[7].port)" << 1 << "none of the 1 expressions";
        QTest::newRow("huge width") << "format(\"%999999999999s\", \"x\")" << 1 << "at most 10000";
        QTest::newRow("huge whole number") << "format(\"%d\", 1e96)" << 1 << "below 2^63"; // found by fuzzing
        QTest::newRow("huge negative hex") << "format(\"%x\", -9223372036854775808)" << 1 << "below 2^63";
        QTest::newRow("runaway for expressions") << "[for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]" << 73
                                                 << "more than two million steps";
    }

    void errorsNameThePlace()
    {
        QFETCH(QString, expression);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Result r = evaluate(expression);
        QVERIFY(r.value.isInvalid());
        QVERIFY(hasErrors(r.diagnostics));
        QVERIFY2(r.diagnostics.first().message.contains(message), qPrintable(r.diagnostics.first().message));
        QCOMPARE(r.diagnostics.first().location.line, 1);
        QCOMPARE(r.diagnostics.first().location.column, column);
    }
};

QTEST_APPLESS_MAIN(TestHclEvaluator)
#include "tst_hclevaluator.moc"
