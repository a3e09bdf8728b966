// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming JSON writer: valid, escaped, deterministic output.

#include "io/jsonwriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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
