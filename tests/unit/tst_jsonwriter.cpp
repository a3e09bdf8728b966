// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming JSON writer: valid, escaped, deterministic output.

#include "io/jsonwriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace sg;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesValidJson()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonWriter w(buffer);
            w.beginObject();
            w.field(QLatin1StringView("text"), QStringLiteral("a \"b\" \\ \n\t\x01 中"));
            w.field(QLatin1StringView("number"), 42);
            w.field(QLatin1StringView("flag"), true);
            w.key(QLatin1StringView("empty"));
            w.beginArray();
            w.endArray();
            w.key(QLatin1StringView("list"));
            w.beginArray();
            w.value(1);
            w.null();
            w.value(QJsonValue(QJsonObject{{QStringLiteral("k"), QJsonArray{1, 2.5}}}));
            w.endArray();
            w.endObject();
            QVERIFY(w.finish());
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("a \"b\" \\ \n\t\x01 中"));
        QCOMPARE(o.value(QStringLiteral("number")).toInt(), 42);
        QCOMPARE(o.value(QStringLiteral("list")).toArray().at(2).toObject().value(QStringLiteral("k")).toArray().at(1).toDouble(), 2.5);
        QVERIFY(buffer.data().startsWith("{\n  \"text\": "));
        QVERIFY(buffer.data().contains("\"empty\": [],"));
    }

    // Every character that needs escaping or encoding, at every position of texts from 0 to 13
    // units long (the escaper takes plain ASCII four units at a time): the output is JSON that reads
    // back as the text, with nothing below 0x20 left raw, and the short escapes where JSON has them.
    void escapesEveryCharacterAtEveryPosition()
    {
        const QList<QString> specials{QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\n"), QStringLiteral("\t"),
                                      QStringLiteral("\b"), QStringLiteral("\f"), QStringLiteral("\r"), QString(QChar(0x01)),
                                      QString(QChar(0x1F)), QString(QChar(0x7F)), QStringLiteral("é"), QStringLiteral("中"),
                                      QStringLiteral("\U0001F600"), QStringLiteral("/"), QString(QChar(0xFEFF))};
        // Up to 21 units: the UTF-8 escaper (messages of findings) takes eight bytes at a time, and
        // must give the very same bytes.
        for (qsizetype length = 0; length <= 21; ++length) {
            for (const QString &special : specials) {
                for (qsizetype at = 0; at <= length; ++at) {
                    QString text = QString(length, u'a');
                    text.insert(at, special);
                    const QByteArray quoted = JsonWriter::quoted(text);
                    QJsonParseError error;
                    const QJsonDocument back = QJsonDocument::fromJson("[" + quoted + "]", &error);
                    QVERIFY2(error.error == QJsonParseError::NoError, quoted.constData());
                    QCOMPARE(back.array().first().toString(), text);
                    QVERIFY(std::none_of(quoted.cbegin(), quoted.cend(), [](char c) { return uchar(c) < 0x20; }));
                    QByteArray fromUtf8("prefix ");
                    JsonWriter::appendQuotedUtf8(fromUtf8, text.toUtf8());
                    QCOMPARE(fromUtf8, "prefix " + quoted);
                }
            }
        }
        QCOMPARE(JsonWriter::quoted(u"tab\there \"q\" back\\slash\x01"), QByteArray("\"tab\\there \\\"q\\\" back\\\\slash\\u0001\""));
        QCOMPARE(JsonWriter::quoted(u"plain ascii text, long enough for several words"),
                 QByteArray("\"plain ascii text, long enough for several words\""));
        // U+FEFF is escaped: a decoder would drop its bytes at the start of a string.
        QCOMPARE(JsonWriter::quoted(u"\uFEFFx"), QByteArray("\"\\ufeffx\""));
        // A lone surrogate cannot be encoded: it becomes U+FFFD, the rest stays.
        QCOMPARE(JsonWriter::quoted(QString(QString(QChar(0xD800)) + u"abcd")), QByteArray("\"\xEF\xBF\xBD"
                                                                                           "abcd\""));
    }

    void reportsWriteFailure()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        JsonWriter w(readOnly);
        w.beginArray();
        w.value(QStringLiteral("x"));
        w.endArray();
        QVERIFY(!w.finish());
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
