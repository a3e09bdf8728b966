// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The check reports: the JSON contract, SARIF shape, text grouping, and text that needs escaping.

#include "analysis/analysisreport.h"
#include "analysis/analyzer.h"
#include "analysis/checkinfo.h"

#include "rulespec.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sg;

namespace {

AnalysisResult sample(QString *awkward)
{
    RuleSet set = spec::rules({"in accept tcp 22 0.0.0.0/0 p1 id=sgr-1", "in accept tcp 2375 ::/0 p1"});
    // Quotes, backslashes, control characters, CJK and a character outside the BMP.
    *awkward = QStringLiteral("say \"hi\"\\ tab\there\nnew line \x01 \u4e2d\u6587 \U0001F600");
    set.rules[0].id = *awkward;
    return Analyzer().analyze(set);
}

QByteArray written(const std::function<QString(QIODevice &)> &write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error = write(buffer);
    if (!error.isEmpty())
        qWarning("write failed: %s", qPrintable(error));
    return buffer.data();
}

} // namespace

class TestAnalysisReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        QString awkward;
        const AnalysisResult result = sample(&awkward);
        const QByteArray bytes = written([&](QIODevice &d) { return AnalysisReport::writeJson(result, QStringLiteral("in \"x\".json"), 2, d); });
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("input")).toString(), QStringLiteral("in \"x\".json"));
        QCOMPARE(root.value(QStringLiteral("ruleCount")).toInt(), 2);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), result.findings.size());
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const QJsonObject f = findings.at(i).toObject();
            const Finding &want = result.findings.at(i);
            QCOMPARE(f.keys(), (QStringList{"check", "message", "recommendation", "ruleIds", "rules", "severity"}));
            QCOMPARE(f.value(QStringLiteral("check")).toString(), want.check);
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), toId(want.severity));
            QCOMPARE(f.value(QStringLiteral("message")).toString(), want.message);
            QCOMPARE(f.value(QStringLiteral("recommendation")).toString(), want.recommendation);
            QCOMPARE(f.value(QStringLiteral("rules")).toArray().size(), want.rules.size());
        }
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("ruleIds")).toArray().first().toString(), awkward);
        QVERIFY(findings.at(1).toObject().value(QStringLiteral("message")).toString().contains(awkward));
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("critical")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("high")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("info")).toInt(), 1);
    }

    // Large reports are formatted in chunks on two threads: same content, same order.
    void jsonInChunks()
    {
        AnalysisResult result;
        for (int i = 0; i < 40000; ++i) {
            Finding f;
            f.check = QStringLiteral("missing-description");
            f.severity = Severity::Low;
            f.rules = {i + 1};
            f.ruleIds = {QStringLiteral("sgr-%1").arg(i)};
            f.message = QStringLiteral("Rule %1 has no description \u00e9 \"%1\".").arg(i + 1);
            f.recommendation = QStringLiteral("Describe it.");
            result.findings.append(f);
        }
        const QByteArray bytes = written([&](QIODevice &d) { return AnalysisReport::writeJson(result, QStringLiteral("big.json"), 40000, d); });
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 40000);
        for (int i = 0; i < 40000; i += 997) {
            const QJsonObject f = findings.at(i).toObject();
            QCOMPARE(f.value(QStringLiteral("rules")).toArray().first().toInt(), i + 1);
            QCOMPARE(f.value(QStringLiteral("message")).toString(), result.findings.at(i).message);
        }
        QCOMPARE(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("low")).toInt(), 40000);
    }

    void jsonWithoutFindings()
    {
        const AnalysisResult empty;
        const QByteArray bytes = written([&](QIODevice &d) { return AnalysisReport::writeJson(empty, QStringLiteral("e.json"), 0, d); });
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QVERIFY(root.value(QStringLiteral("findings")).toArray().isEmpty());
        QCOMPARE(root.value(QStringLiteral("counts")).toObject().size(), 5);
    }

    void sarif()
    {
        QString awkward;
        const AnalysisResult result = sample(&awkward);
        const QByteArray bytes = written([&](QIODevice &d) { return AnalysisReport::writeSarif(result, QStringLiteral("dir/rules file.json"), d); });
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject run = root.value(QStringLiteral("runs")).toArray().first().toObject();
        const QJsonArray rules = run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject().value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), checkCatalogue().size());
        QCOMPARE(rules.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("ExposedAllProtocols"));
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        const QJsonObject ssh = results.at(1).toObject();
        QCOMPARE(ssh.value(QStringLiteral("ruleId")).toString(), QStringLiteral("exposed-ssh"));
        QCOMPARE(ssh.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        const QJsonObject location = ssh.value(QStringLiteral("locations")).toArray().first().toObject();
        QCOMPARE(location.value(QStringLiteral("physicalLocation")).toObject().value(QStringLiteral("artifactLocation")).toObject()
                     .value(QStringLiteral("uri")).toString(),
                 QStringLiteral("dir/rules%20file.json"));
        QCOMPARE(location.value(QStringLiteral("logicalLocations")).toArray().first().toObject().value(QStringLiteral("fullyQualifiedName")).toString(),
                 awkward);
        QCOMPARE(AnalysisReport::sarifLevel(Severity::Medium), QStringLiteral("warning"));
        QCOMPARE(AnalysisReport::sarifLevel(Severity::Info), QStringLiteral("note"));
    }

    void text()
    {
        QString awkward;
        const AnalysisResult result = sample(&awkward);
        const QString out = QString::fromUtf8(written([&](QIODevice &d) { return AnalysisReport::writeText(result, QStringLiteral("r.json"), 2, d); }));
        QVERIFY(out.startsWith(QStringLiteral("r.json: 2 rules, 3 findings (1 critical, 1 high, 0 medium, 0 low, 1 info).\n")));
        QVERIFY(out.indexOf(QStringLiteral("CRITICAL (1)")) < out.indexOf(QStringLiteral("HIGH (1)")));
        QVERIFY(out.contains(QStringLiteral("  [exposed-docker] rule 2\n")));
        QVERIFY(out.contains(QStringLiteral("    Recommendation: ")));
        QVERIFY(out.contains(QStringLiteral("  [basic-group] group\n")));
    }
};

QTEST_APPLESS_MAIN(TestAnalysisReport)
#include "tst_analysisreport.moc"
