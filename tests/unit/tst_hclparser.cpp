// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The HCL reader's syntax: every construct of the native syntax, read to the value Terraform
// gives it, and broken files refused with the line and column of the fault.

#include "hcl/hclevaluator.h"
#include "hcl/hclparser.h"

#include <QTest>

using namespace sg;

namespace {

// The value of the attribute `a` of `text`, with var.port = 22 and var.cidrs known and var.open
// unset; or "error: <first message>".
QString valueOf(const QString &text)
{
    Diagnostics diagnostics;
    std::unique_ptr<HclFile> file = HclParser::parseText(text, QStringLiteral("t.tf"), diagnostics);
    if (!file)
        return QStringLiteral("error: ") + diagnostics.value(0).message;
    const HclAttribute *a = file->body.attribute(u"a");
    if (!a)
        return QStringLiteral("(no a)");
    ProblemCollector problems(diagnostics, QStringLiteral("t.tf"));
    HclEvaluator evaluator(
        *file,
        [](const QString &root, const QString &attribute, const HclExpression &, bool *used) {
            *used = true;
            if (root == u"var" && attribute == u"port")
                return HclValue::number(22);
            if (root == u"var" && attribute == u"cidrs")
                return HclValue::tuple({HclValue::string(QStringLiteral("10.0.0.0/8")), HclValue::string(QStringLiteral("192.168.0.0/16"))});
            HclUnknown why;
            why.cause = root + u'.' + attribute + QStringLiteral(" has no value");
            return HclValue::unknown(why);
        },
        problems);
    const HclValue v = evaluator.evaluate(*a->expression);
    if (hasErrors(diagnostics))
        return QStringLiteral("error: ") + diagnostics.first().message;
    if (!v.isKnown())
        return QStringLiteral("unknown: ") + v.unknownInfo().cause;
    return v.display();
}

} // namespace

class TestHclParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constructs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::newRow("number") << "a = 42"
                                << "42";
        QTest::newRow("fraction and exponent") << "a = 1.5e2"
                                               << "150";
        QTest::newRow("bool") << "a = true"
                              << "true";
        QTest::newRow("null") << "a = null"
                              << "null";
        QTest::newRow("string") << "a = \"22/22\""
                                << "\"22/22\"";
        QTest::newRow("escapes") << "a = \"tab\\tquote\\\" back\\\\\""
                                 << "\"tab\tquote\\\" back\\\\\"";
        QTest::newRow("unicode escape") << "a = \"\\u00e9\\U0001F600\""
                                        << "\"\u00e9\U0001F600\"";
        QTest::newRow("literal template markers") << "a = \"$${var.x} %%{if}\""
                                                  << "\"${var.x} %{if}\"";
        QTest::newRow("lone dollar") << "a = \"$ and % and $x\""
                                     << "\"$ and % and $x\"";
        QTest::newRow("interpolation") << "a = \"${var.port}/${var.port}\""
                                       << "\"22/22\"";
        QTest::newRow("template wrap keeps the type") << "a = \"${var.port}\""
                                                      << "22";
        QTest::newRow("strip markers") << "a = \"x  ${~ var.port ~}  y\""
                                       << "\"x22y\"";
        QTest::newRow("if directive") << "a = \"%{ if var.port == 22 }ssh%{ else }other%{ endif }\""
                                      << "\"ssh\"";
        QTest::newRow("for directive") << "a = \"%{ for c in var.cidrs }${c};%{ endfor }\""
                                       << "\"10.0.0.0/8;192.168.0.0/16;\"";
        QTest::newRow("heredoc") << "a = <<EOT\n  one\n  two\nEOT\n"
                                 << "\"  one\n  two\n\"";
        QTest::newRow("flush heredoc") << "a = <<-EOT\n    one\n      two\n    EOT\n"
                                       << "\"one\n  two\n\"";
        QTest::newRow("heredoc template") << "a = <<EOT\nport ${var.port}\nEOT\n"
                                          << "\"port 22\n\"";
        QTest::newRow("hash comment") << "# comment\na = 1 # after\n"
                                      << "1";
        QTest::newRow("slash comment") << "// comment\na = 1 // after\n"
                                       << "1";
        QTest::newRow("block comment") << "/* one\ntwo */ a = /* inline */ 1\n"
                                       << "1";
        QTest::newRow("tuple over lines") << "a = [\n  1,\n  2,\n]\n"
                                          << "[1, 2]";
        QTest::newRow("object with newlines") << "a = {\n  x = 1\n  \"y\" = 2, z: 3\n}\n"
                                              << "{x = 1, y = 2, z = 3}";
        QTest::newRow("object key expression") << "a = { (var.cidrs[0]) = 1 }"
                                               << "{10.0.0.0/8 = 1}";
        QTest::newRow("precedence") << "a = 1 + 2 * 3 - 4 / 2"
                                    << "5";
        QTest::newRow("comparison and logic") << "a = 1 < 2 && !(3 >= 4) || false"
                                              << "true";
        QTest::newRow("modulo and unary") << "a = -7 % 4"
                                          << "-3";
        QTest::newRow("conditional") << "a = var.port == 22 ? \"ssh\" : \"other\""
                                     << "\"ssh\"";
        QTest::newRow("index") << "a = var.cidrs[1]"
                               << "\"192.168.0.0/16\"";
        QTest::newRow("legacy index") << "a = var.cidrs.0"
                                      << "\"10.0.0.0/8\"";
        QTest::newRow("splat") << "a = [{n = 1}, {n = 2}][*].n"
                               << "[1, 2]";
        QTest::newRow("attribute splat") << "a = [{n = 1}, {n = 2}].*.n"
                                         << "[1, 2]";
        QTest::newRow("for tuple") << "a = [for i, c in var.cidrs : \"${i}=${c}\" if i > 0]"
                                   << "[\"1=192.168.0.0/16\"]";
        QTest::newRow("for object") << "a = {for c in var.cidrs : c => length(c)}"
                                    << "{10.0.0.0/8 = 10, 192.168.0.0/16 = 14}";
        QTest::newRow("for object grouping") << "a = {for c in [\"x\", \"y\", \"x\"] : c => c...}"
                                             << "{x = [\"x\", \"x\"], y = [\"y\"]}";
        QTest::newRow("function") << "a = format(\"%s/%d\", \"tcp\", var.port)"
                                  << "\"tcp/22\"";
        QTest::newRow("expanded arguments") << "a = format(\"%s-%s\", [\"x\", \"y\"]...)"
                                            << "\"x-y\"";
        QTest::newRow("interpolated literals") << "a = \"${1}-${true}-${\"s\"}\""
                                               << "\"1-true-s\"";
        QTest::newRow("nested function") << "a = upper(join(\",\", var.cidrs))"
                                         << "\"10.0.0.0/8,192.168.0.0/16\"";
        QTest::newRow("block then attribute") << "resource \"x\" \"y\" {\n  b = 1\n}\na = 2\n"
                                              << "2";
        QTest::newRow("one-line block") << "locals { b = 1 }\na = 3\n"
                                        << "3";
        QTest::newRow("empty one-line block") << "terraform {}\na = 4\n"
                                              << "4";
        QTest::newRow("CRLF") << "a = 1\r\nb = 2\r\n"
                              << "1";
        QTest::newRow("unknown propagates") << "a = \"${var.open}/32\""
                                            << "unknown: var.open has no value";
        QTest::newRow("unknown function") << "a = file(\"x\")"
                                          << "unknown: SG Assist does not evaluate the function file()";
        QTest::newRow("provider function") << "a = provider::x::y(1)"
                                           << "unknown: SG Assist does not evaluate the function provider::x::y()";
    }

    void constructs()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QCOMPARE(valueOf(text), value);
    }

    void brokenInputs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("no value") << "a =\n"
                                  << 1 << 4 << "expected an expression";
        QTest::newRow("unclosed string") << "a = \"abc\n"
                                         << 1 << 9 << "cannot span lines";
        QTest::newRow("string at the end") << "a = \"abc" << 1 << 6 << "not closed";
        QTest::newRow("single quotes") << "a = 'x'" << 1 << 5 << "double quotes";
        QTest::newRow("bad escape") << "a = \"x\\qy\"" << 1 << 7 << "not an escape sequence";
        QTest::newRow("short unicode escape") << "a = \"\\u12\"" << 1 << 6 << "hexadecimal digits";
        QTest::newRow("duplicate argument") << "a = 1\nb = 2\na = 3\n"
                                            << 3 << 1 << "already set on line 1";
        QTest::newRow("two arguments on a line") << "a = 1 b = 2\n"
                                                 << 1 << 7 << "must end its line";
        QTest::newRow("missing comma") << "a = [1 2]" << 1 << 8 << "between the elements";
        QTest::newRow("unclosed block") << "resource \"x\" \"y\" {\n  a = 1\n"
                                        << 3 << 1 << "a \"}\" is missing";
        QTest::newRow("stray brace") << "}\n"
                                     << 1 << 1 << "closes nothing";
        QTest::newRow("unclosed comment") << "a = 1\n/* never closed\n"
                                          << 2 << 1 << "not closed with */";
        QTest::newRow("unclosed heredoc") << "a = <<EOT\nline\n"
                                          << 1 << 5 << "heredoc that starts here is not closed";
        QTest::newRow("heredoc without marker") << "a = << EOT\n"
                                                << 1 << 5 << "marker name";
        QTest::newRow("open directive") << "a = \"%{ if true }x\"" << 1 << 19 << "before its if directive is closed";
        QTest::newRow("wrong directive end") << "a = \"%{ if true }x%{ endfor }\"" << 1 << 9 << "not %{endif}";
        QTest::newRow("unfinished operator") << "a = 1 +\n"
                                             << 1 << 8 << "expected an expression";
        QTest::newRow("two attributes in a one-line block") << "b { x = 1 y = 2 }\n"
                                                            << 1 << 11 << "only one argument";
        QTest::newRow("block label template") << "resource \"${x}\" \"y\" {\n}\n"
                                              << 1 << 11 << "cannot hold a template";
        QTest::newRow("block after one") << "b {\n}\nc {\n} d\n"
                                         << 4 << 3 << "must end its line";
        QTest::newRow("invalid character") << "a = 1 @ 2\n"
                                           << 1 << 7 << "\"@\" is not valid";
        QTest::newRow("missing colon") << "a = true ? 1 2\n"
                                       << 1 << 14 << "expected \":\"";
        QTest::newRow("unclosed interpolation") << "a = \"${var.port\"" << 1 << 17 << "not closed";
        QTest::newRow("deep nesting") << (QStringLiteral("a = ") + QString(200, u'[')) << 1 << 68 << "nested more than 128";
        QTest::newRow("nul byte") << QStringLiteral("a = 1\n") + QChar(0) << 2 << 0 << "NUL byte";
        QTest::newRow("type error") << "a = 1 + \"x\"\n"
                                    << 1 << 9 << "needs a number";
        QTest::newRow("index out of range") << "a = [1][3]\n"
                                            << 1 << 5 << "outside the list";
        QTest::newRow("wrong arguments") << "a = join(\"/\")\n"
                                         << 1 << 5 << "join() takes at least 2 arguments";
        QTest::newRow("null in a string") << "a = \"x${null}\"\n"
                                          << 1 << 9 << "null value cannot be part of a string";
    }

    void brokenInputs()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        Diagnostics diagnostics;
        std::unique_ptr<HclFile> file = HclParser::parseText(text, QStringLiteral("t.tf"), diagnostics);
        if (file) {
            // Syntax is fine: the fault is in evaluating.
            QVERIFY2(valueOf(text).startsWith(QStringLiteral("error: ")), qPrintable(valueOf(text)));
            ProblemCollector problems(diagnostics, QStringLiteral("t.tf"));
            HclEvaluator evaluator(
                *file, [](const QString &, const QString &, const HclExpression &, bool *) { return HclValue::invalid(); },
                problems);
            evaluator.evaluate(*file->body.attribute(u"a")->expression);
        }
        QVERIFY(!diagnostics.isEmpty());
        const Diagnostic &d = diagnostics.first();
        QVERIFY(d.isError());
        QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
        QCOMPARE(d.location.file, QStringLiteral("t.tf"));
        QCOMPARE(d.location.line, line);
        QCOMPARE(d.location.column, column);
    }

    void invalidUtf8()
    {
        Diagnostics diagnostics;
        QVERIFY(!HclParser::parse(QByteArray("a = \"ok\"\nb = \"\xff\"\n"), QStringLiteral("t.tf"), diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().location.line, 2);
        QCOMPARE(diagnostics.first().location.column, 6);
        QVERIFY(diagnostics.first().message.contains(QStringLiteral("UTF-8")));
    }

    void blocksAndLabels()
    {
        Diagnostics diagnostics;
        const std::unique_ptr<HclFile> file = HclParser::parse(
            QByteArray("\xef\xbb\xbfresource \"alicloud_security_group_rule\" ssh {\n"
                       "  lifecycle {\n    create_before_destroy = true\n  }\n  port_range = \"22/22\"\n}\n"),
            QStringLiteral("t.tf"), diagnostics);
        QVERIFY2(file, qPrintable(diagnostics.value(0).toString()));
        QCOMPARE(file->body.blocks.size(), size_t(1));
        const HclBlock &block = file->body.blocks.front();
        QCOMPARE(block.type, QStringLiteral("resource"));
        QCOMPARE(block.labels, (QStringList{"alicloud_security_group_rule", "ssh"}));
        QCOMPARE(block.line, 1);
        QCOMPARE(block.body->blocks.size(), size_t(1));
        const HclAttribute *ports = block.body->attribute(u"port_range");
        QVERIFY(ports);
        QCOMPARE(ports->line, 5);
        QCOMPARE(ports->column, 3);
        QCOMPARE(file->textOf(*ports->expression), QStringLiteral("\"22/22\""));
    }

    void expressionTextForMessages()
    {
        Diagnostics diagnostics;
        const std::unique_ptr<HclFile> file = HclParser::parseText(
            QStringLiteral("a = format(\"%s/32\", var.host)   # the host\nb = var.x[0].y\n"), QStringLiteral("t.tf"), diagnostics);
        QVERIFY(file);
        QCOMPARE(file->textOf(*file->body.attribute(u"a")->expression), QStringLiteral("format(\"%s/32\", var.host)"));
        QCOMPARE(file->textOf(*file->body.attribute(u"b")->expression), QStringLiteral("var.x[0].y"));
    }

    void loneExpression()
    {
        Diagnostics diagnostics;
        const std::unique_ptr<HclFile> list = HclParser::parseExpression(QStringLiteral("[\"10.0.0.0/8\",\n \"::/0\"]"), QStringLiteral("--var x"), diagnostics);
        QVERIFY(list && list->expression);
        QCOMPARE(list->expression->kind, HclExpression::Kind::Tuple);
        QVERIFY(!HclParser::parseExpression(QStringLiteral("1 2"), QStringLiteral("--var x"), diagnostics));
        QVERIFY(diagnostics.first().message.contains(QStringLiteral("end of the expression")));
    }
};

QTEST_APPLESS_MAIN(TestHclParser)
#include "tst_hclparser.moc"
