// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV tokenizer: RFC 4180 quoting, every line-end style, and line numbers for messages.

#include "io/csvreader.h"

#include <QTest>

using namespace sg;

namespace {

// Records as "line:cell|cell" strings, or "error@line: message".
QStringList records(const QString &text, QChar delimiter = u',')
{
    CsvReader reader(text, delimiter);
    CsvReader::Record record;
    QStringList out;
    while (reader.next(record))
        out.append(QString::number(record.line) + u':' + record.cells.join(u'|'));
    if (!reader.error().isEmpty())
        out.append(QStringLiteral("error@%1").arg(reader.errorLine()));
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << "a,b,c\n1,2,3\n"
                               << QStringList{"1:a|b|c", "2:1|2|3"};
        QTest::newRow("no final newline") << "a,b\n1,2" << QStringList{"1:a|b", "2:1|2"};
        QTest::newRow("crlf") << "a,b\r\n1,2\r\n"
                              << QStringList{"1:a|b", "2:1|2"};
        QTest::newRow("lone cr") << "a,b\r1,2\r" << QStringList{"1:a|b", "2:1|2"};
        QTest::newRow("empty cells") << ",,\n"
                                     << QStringList{"1:||"};
        QTest::newRow("blank line") << "a\n\nb\n"
                                    << QStringList{"1:a", "2:", "3:b"};
        QTest::newRow("quoted comma") << "\"a,b\",c\n"
                                      << QStringList{"1:a,b|c"};
        QTest::newRow("doubled quotes") << "\"say \"\"hi\"\"\",x\n"
                                        << QStringList{"1:say \"hi\"|x"};
        QTest::newRow("empty quoted") << "\"\",x\n"
                                      << QStringList{"1:|x"};
        QTest::newRow("newline in quotes") << "\"l1\nl2\",x\nnext\n"
                                           << QStringList{"1:l1\nl2|x", "3:next"};
        QTest::newRow("crlf in quotes") << "\"l1\r\nl2\r\nl3\",x\r\nnext\r\n"
                                        << QStringList{"1:l1\r\nl2\r\nl3|x", "4:next"};
        QTest::newRow("quote inside unquoted cell") << "5\" disk,x\n"
                                                    << QStringList{"1:5\" disk|x"};
        QTest::newRow("spaces kept") << " a , b \n"
                                     << QStringList{"1: a | b "};
        QTest::newRow("unclosed quote") << "a\n\"open\nmore\n"
                                        << QStringList{"1:a", "error@2"};
        QTest::newRow("text after quote") << "\"a\"b,c\n"
                                          << QStringList{"error@1"};
        QTest::newRow("chinese") << "协议类型,端口范围\nTCP,22/22\n"
                                 << QStringList{"1:协议类型|端口范围", "2:TCP|22/22"};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(records(text), expected);
    }

    void delimiters()
    {
        QCOMPARE(CsvReader::guessDelimiter(u"a,b,c\n1;2"), QChar(u','));
        QCOMPARE(CsvReader::guessDelimiter(u"a;b;c\n"), QChar(u';'));
        QCOMPARE(CsvReader::guessDelimiter(u"a\tb\tc\n"), QChar(u'\t'));
        QCOMPARE(CsvReader::guessDelimiter(u"single"), QChar(u','));
        QCOMPARE(records(QStringLiteral("a;\"b;c\"\n"), u';'), QStringList{"1:a|b;c"});
    }

    void largeInputIsLinear()
    {
        // 200,000 records: a quadratic tokenizer would take minutes here.
        QString text;
        for (int i = 0; i < 200000; ++i)
            text += QStringLiteral("TCP,22/22,\"10.0.0.%1, quoted\"\n").arg(i % 256);
        CsvReader reader(text);
        CsvReader::Record record;
        int count = 0;
        while (reader.next(record))
            ++count;
        QCOMPARE(count, 200000);
        QCOMPARE(record.line, 200000);
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
