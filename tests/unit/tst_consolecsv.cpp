// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console CSV reader and writer: headers in any order and language, quoting, encodings,
// the reversible formula guard, and every broken file reported with its line.

#include "formattesting.h"

#include "io/formats.h"
#include "io/rulefiles.h"

using namespace sg;
using namespace formattesting;

class TestConsoleCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rules");
        QTest::newRow("api headers, BOM, CRLF") << "good/api-headers.csv" << 5;
        QTest::newRow("any order, lower case") << "good/any-order.csv" << 2;
        QTest::newRow("quoted cells") << "good/quoted-cells.csv" << 4;
        QTest::newRow("chinese headers") << "good/chinese-headers.csv" << 5;
        QTest::newRow("semicolons") << "good/semicolon.csv" << 1;
        QTest::newRow("console file name") << "good/ecs_sgRule_sg-bp1example_cn-hangzhou_2024-05-01.csv" << 1;
        QTest::newRow("header only") << "good/header-only.csv" << 0;
    }

    void goodFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, rules);
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("console-csv/") + file));
        QVERIFY(readCleanly(loaded, QStringLiteral("console-csv")));
        QCOMPARE(loaded.document.ruleSet.rules.size(), rules);
    }

    void apiHeaders()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("console-csv/good/api-headers.csv")));
        const QList<Rule> &rules = loaded.document.ruleSet.rules;
        QCOMPARE(rules[0].id, QStringLiteral("sgr-1"));
        QCOMPARE(rules[0].description, QStringLiteral("SSH from the admin network"));
        QCOMPARE(rules[1].peer.kind(), Endpoint::Kind::SecurityGroup);
        QCOMPARE(rules[2].protocol, Protocol::Icmp);
        QCOMPARE(rules[2].ports, PortRange::none()); // written '-1/-1 by the formula guard
        QCOMPARE(rules[2].priority, 50);
        QCOMPARE(rules[3].direction, Direction::Egress);
        QCOMPARE(rules[3].peer.text(), QStringLiteral("0.0.0.0/0"));
        QCOMPARE(rules[3].description, QStringLiteral("=all out"));
        QCOMPARE(rules[4].peer.kind(), Endpoint::Kind::Ipv6);
        QCOMPARE(rules[4].policy, Policy::Drop);
    }

    void tolerantSpellings()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("console-csv/good/any-order.csv")));
        const QList<Rule> &rules = loaded.document.ruleSet.rules;
        QCOMPARE(rules[0].priority, 10);
        QCOMPARE(rules[0].ports, PortRange::single(443));
        QCOMPARE(rules[0].description, QStringLiteral("web"));
        QCOMPARE(rules[1].policy, Policy::Drop);
        QCOMPARE(rules[1].protocol, Protocol::Udp);
    }

    void quotedCells()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("console-csv/good/quoted-cells.csv")));
        const QList<Rule> &rules = loaded.document.ruleSet.rules;
        QCOMPARE(rules[0].description, QStringLiteral("admins, ops and \"root\""));
        QCOMPARE(rules[1].description, QStringLiteral("line one\r\nline two\nline three"));
        QCOMPARE(rules[2].description, QStringLiteral("  padded  "));
        QCOMPARE(rules[3].description, QStringLiteral("'quoted by the user"));
    }

    void chineseHeaders()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("console-csv/good/chinese-headers.csv")));
        const QList<Rule> &rules = loaded.document.ruleSet.rules;
        QCOMPARE(rules[0].description, QStringLiteral("运维 SSH"));
        QCOMPARE(rules[0].peer.text(), QStringLiteral("203.0.113.10/32"));
        QCOMPARE(rules[0].direction, Direction::Ingress);
        QCOMPARE(rules[1].peer.kind(), Endpoint::Kind::SecurityGroup);
        QCOMPARE(rules[2].direction, Direction::Egress);
        QCOMPARE(rules[2].policy, Policy::Drop);
        QCOMPARE(rules[2].protocol, Protocol::All);
        QCOMPARE(rules[2].peer.text(), QStringLiteral("0.0.0.0/0")); // the destination of an egress rule
        QCOMPARE(rules[3].peer.kind(), Endpoint::Kind::Ipv6);
        QCOMPARE(rules[3].description, QStringLiteral("HTTPS, v6"));
        QCOMPARE(rules[4].peer.kind(), Endpoint::Kind::PrefixList);
    }

    void groupFromConsoleFileName()
    {
        const RuleFiles::LoadResult loaded
            = RuleFiles::load(dataFile(QStringLiteral("console-csv/good/ecs_sgRule_sg-bp1example_cn-hangzhou_2024-05-01.csv")));
        QCOMPARE(loaded.document.ruleSet.group.securityGroupId, QStringLiteral("sg-bp1example"));
        QCOMPARE(loaded.document.ruleSet.group.regionId, QStringLiteral("cn-hangzhou"));
    }

    void unknownColumnsWarn()
    {
        const Parsed<Document> parsed = readBytes(format("console-csv"), "IpProtocol,PortRange,SourceCidrIp,Colour\nTCP,22/22,10.0.0.0/8,red\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.diagnostics.size(), 1);
        QCOMPARE(parsed.diagnostics.first().level, Diagnostic::Level::Warning);
        QCOMPARE(parsed.diagnostics.first().location.field, QStringLiteral("Colour"));
        QCOMPARE(parsed.value.ruleSet.rules.size(), 1);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed quote") << "broken/unclosed-quote.csv"
                                        << "never closed" << 3;
        QTest::newRow("text after quote") << "broken/text-after-quote.csv"
                                          << "after a closing quote" << 2;
        QTest::newRow("no protocol column") << "broken/no-protocol-column.csv"
                                            << "no protocol column" << 1;
        QTest::newRow("extra cells") << "broken/extra-cells.csv"
                                     << "5 cells but the header has 4" << 2;
        QTest::newRow("duplicate columns") << "broken/duplicate-columns.csv"
                                           << "means the same" << 1;
        QTest::newRow("gbk") << "broken/gbk.csv"
                             << "not valid UTF-8" << 0;
        QTest::newRow("utf-16") << "broken/utf16.csv"
                                << "UTF-16" << 0;
        QTest::newRow("empty") << "broken/empty.csv"
                               << "empty" << 1;
        QTest::newRow("nul bytes") << "broken/nul-bytes.csv"
                                   << "NUL" << 2;
        QTest::newRow("no source") << "broken/no-source.csv"
                                   << "no source" << 2;
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(int, line);
        expectRefused(QStringLiteral("console-csv/") + file, QStringLiteral("console-csv"), message,
                      [line](const Diagnostic &first) { QCOMPARE(first.location.line, line); });
    }

    void everyInvalidRowIsReported()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("console-csv/broken/bad-values.csv")));
        QCOMPARE(loaded.format->id(), QStringLiteral("console-csv"));
        struct Expected
        {
            int rule;
            int line;
            const char *field;
        };
        const QList<Expected> expected{{2, 3, "IpProtocol"}, {3, 4, "PortRange"}, {4, 5, "SourceCidrIp"}, {5, 6, "Policy"}, {6, 7, "Priority"}, {7, 8, "Priority"}, {8, 9, "方向"}, {9, 10, "PortRange"}};
        QCOMPARE(loaded.diagnostics.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Diagnostic &d = loaded.diagnostics[i];
            QCOMPARE(d.location.rule, expected[i].rule);
            QCOMPARE(d.location.line, expected[i].line);
            QCOMPARE(d.location.field, QString::fromUtf8(expected[i].field)); // the column as the file names it
        }
        QCOMPARE(loaded.document.ruleSet.rules.size(), 1); // the valid row, for a caller that decides to use it
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << "SSH"
                               << "SSH";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("equals") << "=1+1"
                                << "'=1+1";
        QTest::newRow("plus") << "+1"
                              << "'+1";
        QTest::newRow("minus") << "-1/-1"
                               << "'-1/-1";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("carriage return") << "\r=1"
                                         << "'\r=1";
        QTest::newRow("apostrophe") << "'x"
                                    << "''x";
        QTest::newRow("two apostrophes") << "''"
                                         << "'''";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
        QTest::newRow("space then equals") << " =1"
                                           << " =1";
    }

    void formulaGuard()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(ConsoleCsvFormat::protectCell(text), cell);
        QCOMPARE(ConsoleCsvFormat::unprotectCell(cell), text);
    }

    void writtenCellsNeverStartAFormula()
    {
        Document document;
        for (const QString &text : hostileTexts()) {
            Rule r = rule("10.0.0.0/8", -1, -1, Protocol::Icmp);
            r.description = text;
            document.ruleSet.rules.append(r);
        }
        const QByteArray bytes = writeBytes(format("console-csv"), document);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // Every cell (after an opening quote) starts with something a spreadsheet shows as text.
        const QString text = QString::fromUtf8(bytes.mid(3));
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool cellStart = i == 0 || text[i - 1] == u',' || (text[i - 1] == u'\n' && i >= 2 && text[i - 2] == u'\r');
            if (!cellStart)
                continue;
            QChar c = text[i];
            if (c == u'"' && i + 1 < text.size())
                c = text[i + 1];
            QVERIFY2(!QStringLiteral("=+-@\t\r").contains(c), qPrintable(text.mid(i, 20)));
        }
        const Parsed<Document> reread = readBytes(format("console-csv"), bytes);
        QVERIFY2(reread.ok(), qPrintable(firstProblem(reread.diagnostics)));
        QCOMPARE(reread.value.ruleSet.rules, document.ruleSet.rules);
    }

    void writesApiHeaders()
    {
        Document document;
        document.ruleSet.rules = {rule("10.0.0.0/8", 22, 22)};
        const QByteArray bytes = writeBytes(format("console-csv"), document);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFSecurityGroupRuleId,Direction,IpProtocol,PortRange,SourcePortRange,SourceCidrIp,"));
        QVERIFY(bytes.endsWith(",accept,1,intranet,\r\n"));
        QCOMPARE(bytes.count("\r\n"), 2);
    }

    void refusesMoreThanAFileHolds()
    {
        Document document;
        for (int i = 0; i < 201; ++i)
            document.ruleSet.rules.append(rule("10.0.0.0/8", 1 + i, 1 + i));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!format("console-csv").write(document, buffer).isEmpty());
    }

    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("detected");
        QTest::newRow("api headers") << QByteArray("IpProtocol,PortRange,SourceCidrIp\n") << "console-csv";
        QTest::newRow("bom + chinese") << QByteArray("\xEF\xBB\xBF协议类型,端口范围,授权对象\r\n") << "console-csv";
        QTest::newRow("quoted headers") << QByteArray("\"Protocol\",\"Port Range\",\"Authorization Object\"\n") << "console-csv";
        QTest::newRow("not rules") << QByteArray("name,age\nbob,3\n") << "";
        QTest::newRow("json") << QByteArray("[{\"IpProtocol\":\"TCP\"}]") << "console-json";
    }

    void sniffing()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, detected);
        const RuleFormat *format = FormatRegistry::instance().detect(head);
        QCOMPARE(format ? format->id() : QString(), detected);
    }
};

QTEST_APPLESS_MAIN(TestConsoleCsv)
#include "tst_consolecsv.moc"
