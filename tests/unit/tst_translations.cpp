// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Simplified Chinese translation reaches the messages people actually see: findings, the
// evaluator's explanations, every reader's errors, names of levels and scopes. A message whose tr()
// context differs from the one lupdate recorded would silently stay in English; this catches it.

#include "analysis/analyzer.h"
#include "analysis/checkinfo.h"
#include "analysis/policyevaluator.h"
#include "io/formatregistry.h"
#include "io/rulefiles.h"
#include "plan/rulebuilder.h"
#include "probe/connectivityprobe.h"
#include "table/findingsmodel.h"
#include "table/ruletablemodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace sg;

namespace {

bool isChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_translator.load(QStringLiteral(SGASSIST_QM)));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }

    void findingsAndRecommendations()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json"));
        QVERIFY(loaded.ok());
        RuleSet set = loaded.document.ruleSet;
        // Add rules that trigger other checks: duplicates, shadowing, ties, Docker, wide ranges.
        set.rules.append(set.rules.first());
        Rule docker = set.rules.first();
        docker.ports = PortRange(2375, 2376);
        set.rules.append(docker);
        Rule tie = set.rules.first();
        tie.policy = Policy::Drop;
        set.rules.append(tie);
        const AnalysisResult result = Analyzer().analyze(set);
        QVERIFY(result.findings.size() > 8);
        for (const Finding &finding : result.findings) {
            QVERIFY2(isChinese(result.message(finding)), qPrintable(finding.check + u' ' + result.message(finding)));
            if (!finding.recommendation.isEmpty())
                QVERIFY2(isChinese(finding.recommendation), qPrintable(finding.check + u' ' + finding.recommendation));
        }
    }

    void evaluatorExplains()
    {
        const RuleFiles::LoadResult loaded = RuleFiles::load(QStringLiteral(SGASSIST_TEST_DATA "/api-json/good/describe-real-shape.json"));
        const PolicyEvaluator evaluator(loaded.document.ruleSet);
        for (const auto &[source, port] : {std::pair{"198.51.100.7", 22}, std::pair{"198.51.100.7", 6818},
                                           std::pair{"sg-2ze8example0001", 9090}}) {
            TrafficQuery query;
            query.source = *Endpoint::parse(QString::fromLatin1(source)).endpoint;
            query.port = port;
            const Decision decision = evaluator.evaluate(query);
            QVERIFY2(isChinese(decision.explanation), qPrintable(decision.explanation));
        }
    }

    void readerErrors()
    {
        QFile table(QStringLiteral(SGASSIST_TEST_DATA "/bad-input/expected.tsv"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        for (const QByteArray &line : table.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> cells = line.split('\t');
            const QString path = QStringLiteral(SGASSIST_TEST_DATA "/bad-input/") + QString::fromUtf8(cells[0]);
            QString message;
            if (cells[1] == "plan") {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                Parsed<SetupPlan> plan = SetupPlan::fromJson(file.readAll(), path);
                const Parsed<RuleSet> built = plan.ok() ? RuleBuilder().build(plan.value, path) : Parsed<RuleSet>();
                message = (plan.ok() ? built.diagnostics : plan.diagnostics).first().message;
            } else {
                const RuleFiles::LoadResult loaded = RuleFiles::load(path, QString::fromUtf8(cells[1]));
                QVERIFY(!loaded.ok());
                message = loaded.diagnostics.first().message;
            }
            QVERIFY2(isChinese(message), qPrintable(cells[0] + ": " + message));
        }
    }

    void namesOfThings()
    {
        for (Severity s : allSeveritiesDescending())
            QVERIFY(isChinese(displayName(s)));
        for (Exposure e : {Exposure::Scoped, Exposure::Private, Exposure::PublicNarrow, Exposure::PublicWide, Exposure::Internet})
            QVERIFY(isChinese(displayName(e)));
        for (Scope s : allScopes())
            QVERIFY(isChinese(displayName(s)));
        for (ProbeStatus s : {ProbeStatus::Open, ProbeStatus::Refused, ProbeStatus::TimedOut, ProbeStatus::NotTestable})
            QVERIFY(isChinese(displayName(s)));
        RuleTableModel rules;
        for (int column = 0; column < RuleTableModel::ColumnCount; ++column)
            QVERIFY(isChinese(rules.headerData(column, Qt::Horizontal).toString()));
        FindingsModel findings;
        for (int column = 0; column < FindingsModel::ColumnCount; ++column)
            QVERIFY(isChinese(findings.headerData(column, Qt::Horizontal).toString()));
        for (const CheckInfo &check : checkCatalogue())
            QVERIFY2(isChinese(check.title), qPrintable(check.id));
        QVERIFY(isChinese(ServiceCatalogue::builtIn().find(u"ssh")->recommendation.text()));
    }

private:
    QTranslator m_translator;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
