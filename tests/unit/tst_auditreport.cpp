// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit report: complete, and safe whatever the rule descriptions contain.

#include "analysis/analyzer.h"
#include "report/auditreport.h"

#include <QRegularExpression>
#include <QTest>

using namespace sg;

namespace {

AuditReport::Input hostileInput()
{
    AuditReport::Input input;
    Rule rule;
    rule.ports = PortRange::single(22);
    rule.peer = *Endpoint::parse(u"0.0.0.0/0").endpoint;
    rule.description = QStringLiteral("<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>");
    rule.id = QStringLiteral("sgr-<b>bold</b>");
    input.document.ruleSet.rules = {rule};
    input.document.ruleSet.group.securityGroupId = QStringLiteral("sg-1<i>");
    input.document.ruleSet.group.name = QStringLiteral("</td></table><h1>spoof</h1>");
    input.document.notes = QStringLiteral("notes with </pre><script>x</script>");
    input.analysis = Analyzer().analyze(input.document.ruleSet);
    input.sourceName = QStringLiteral("rules<>.json");
    input.generated = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    input.chartImageUrl = QStringLiteral("data:image/png;base64,iVBORw0KGgo=\"><script>");
    return input;
}

} // namespace

class TestAuditReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTextIsEscaped()
    {
        const QString html = AuditReport::html(hostileInput());
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<img src=x")));
        QVERIFY(!html.contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(!html.contains(QStringLiteral("<h1>spoof</h1>")));
        QVERIFY(!html.contains(QStringLiteral("</pre><script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
                || html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;quoted&quot;")));
        // Exactly the tags the report writes: one script-free document.
        QCOMPARE(html.count(QStringLiteral("<html")), 1);
        QCOMPARE(html.count(QStringLiteral("<img ")), 1);
    }

    void complete()
    {
        const AuditReport::Input input = hostileInput();
        const QString html = AuditReport::html(input);
        QVERIFY(html.contains(QStringLiteral("<h2>Findings</h2>")));
        QVERIFY(html.contains(QStringLiteral("exposed-ssh")));
        QVERIFY(html.contains(QStringLiteral("Recommendation:")));
        QVERIFY(html.contains(QStringLiteral("<h2>Rules</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Exposure</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Notes</h2>")));
        // The summary counts the findings by severity.
        const Finding &first = input.analysis.findings.first();
        QCOMPARE(first.severity, Severity::High);
        QVERIFY(html.contains(QStringLiteral(">High</span></td><td>1</td>")));
    }

    void reproducible()
    {
        QCOMPARE(AuditReport::html(hostileInput()), AuditReport::html(hostileInput()));
    }
};

QTEST_APPLESS_MAIN(TestAuditReport)
#include "tst_auditreport.moc"
