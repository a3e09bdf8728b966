// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every format that is both read and written gives back the rule set it wrote: seeded random sets
// and hand-written edge cases. Also: splitting into console files, detection of what was written,
// and garbage that must end in a clear message, never a crash or a hang.

#include "formattesting.h"

#include "io/formatfidelity.h"
#include "io/rulefiles.h"

#include <QBuffer>
#include <QTemporaryDir>

using namespace sg;
using namespace formattesting;

namespace {

QStringList roundTripFormats()
{
    QStringList ids;
    for (const RuleFormat *f : FormatRegistry::instance().formats()) {
        if (f->canRead() && f->canWrite())
            ids.append(f->id());
    }
    return ids;
}

RuleSet edgeCases()
{
    RuleSet set;
    set.group.regionId = QStringLiteral("ap-southeast-1");
    set.group.securityGroupId = QStringLiteral("sg-edge");
    set.group.name = QStringLiteral("edge \"cases\"");
    set.group.description = QStringLiteral("line\nbreak");
    set.group.vpcId = QStringLiteral("vpc-1");
    set.group.innerAccessPolicy = Policy::Drop;
    Rule icmp = rule("10.0.0.1", -1, -1, Protocol::Icmp);
    icmp.description = QStringLiteral("-1/-1 looks like a formula");
    Rule all = rule("::/0", -1, -1, Protocol::All);
    all.direction = Direction::Egress;
    all.policy = Policy::Drop;
    all.priority = 100;
    Rule gre = rule("sg-bp1peer", -1, -1, Protocol::Gre);
    gre.setPeerOwnerAccount(QStringLiteral("1234567890123456"));
    gre.nicType = NicType::Internet;
    Rule refined = rule("192.168.1.0/24", 1, 65535, Protocol::Udp);
    refined.setSourcePorts(PortRange(53, 53));
    refined.setLocal(endpoint(QStringLiteral("10.0.0.0/8")));
    refined.id = QStringLiteral("sgr-refined");
    Rule egressGroup = rule("sg-bp1dest", 443, 443);
    egressGroup.direction = Direction::Egress;
    egressGroup.setPeerOwnerAccount(QStringLiteral("42"));
    Rule prefix = rule("pl-bp1list", 8080, 8081);
    prefix.services = {QStringLiteral("portal")};
    Rule longText = rule("203.0.113.7", 22, 22);
    longText.description = QString(512, QChar(u'中'));
    set.rules = {icmp, all, gre, refined, egressGroup, prefix, longText};
    for (const QString &text : hostileTexts()) {
        Rule r = rule("172.16.0.0/12", 6817, 6819);
        r.description = text;
        set.rules.append(r);
    }
    return set;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<quint32>("seed");
        for (const QString &id : roundTripFormats()) {
            QTest::addRow("%s edge cases", qPrintable(id)) << id << quint32(0);
            for (quint32 seed = 1; seed <= 20; ++seed)
                QTest::addRow("%s seed %u", qPrintable(id), seed) << id << seed;
        }
    }

    void roundTrip()
    {
        QFETCH(QString, id);
        QFETCH(quint32, seed);
        const RuleFormat &f = *FormatRegistry::instance().find(id);
        Document document;
        document.ruleSet = seed == 0 ? edgeCases() : randomRuleSet(seed, 1 + int(seed * 37 % 190));
        const QByteArray bytes = writeBytes(f, document);
        const Parsed<Document> reread = readBytes(f, bytes, QStringLiteral("roundtrip.") + f.suffix());
        QVERIFY2(reread.ok(), qPrintable(firstProblem(reread.diagnostics)));
        QVERIFY2(reread.diagnostics.isEmpty(), qPrintable(firstProblem(reread.diagnostics)));
        const RuleSet expected = keptBy(id, document.ruleSet);
        QCOMPARE(reread.value.ruleSet.rules.size(), expected.rules.size());
        for (qsizetype i = 0; i < expected.rules.size(); ++i)
            QCOMPARE(reread.value.ruleSet.rules[i], expected.rules[i]);
        QCOMPARE(reread.value.ruleSet.group, expected.group);
        // And what was written is recognised as what it is.
        const RuleFormat *detected = FormatRegistry::instance().detect(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), RuleFiles::SniffBytes)));
        QVERIFY(detected);
        QCOMPARE(detected->id(), id);
    }

    // Files of 4 MB and more are read one permission object at a time, long lists in two halves at
    // once: the same rules, in the same order, as any file gives.
    void largeFilesRoundTrip()
    {
        const RuleFormat &f = format("api-json");
        Document document;
        document.ruleSet = randomRuleSet(2026, 30000);
        const QByteArray bytes = writeBytes(f, document);
        QVERIFY(bytes.size() >= (qsizetype(4) << 20));
        const Parsed<Document> reread = readBytes(f, bytes, QStringLiteral("large.json"));
        QVERIFY2(reread.diagnostics.isEmpty(), qPrintable(firstProblem(reread.diagnostics)));
        QCOMPARE(reread.value.ruleSet.rules, keptBy(f.id(), document.ruleSet).rules);
    }

    void consoleFilesSplit_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("console-json") << "console-json";
        QTest::newRow("console-csv") << "console-csv";
    }

    void consoleFilesSplit()
    {
        QFETCH(QString, id);
        const RuleFormat &f = *FormatRegistry::instance().find(id);
        QCOMPARE(f.maxRulesPerFile(), 200);
        QTemporaryDir dir;
        Document document;
        document.ruleSet = randomRuleSet(450, 450);
        const QString path = dir.filePath(QStringLiteral("export.") + f.suffix());
        const RuleFiles::SaveResult saved = RuleFiles::save(path, document, f);
        QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
        const QString base = dir.filePath(QStringLiteral("export-%1.") + f.suffix());
        QCOMPARE(saved.files, (QStringList{base.arg(1), base.arg(2), base.arg(3)}));
        QCOMPARE(RuleFiles::plannedFileNames(path, 450, f), saved.files);
        QList<Rule> rules;
        QList<qsizetype> sizes;
        for (const QString &file : saved.files) {
            const RuleFiles::LoadResult loaded = RuleFiles::load(file);
            QVERIFY2(loaded.ok(), qPrintable(firstProblem(loaded.diagnostics)));
            QCOMPARE(loaded.format->id(), id);
            sizes.append(loaded.document.ruleSet.rules.size());
            rules += loaded.document.ruleSet.rules;
        }
        QCOMPARE(sizes, (QList<qsizetype>{200, 200, 50}));
        QCOMPARE(rules, keptBy(id, document.ruleSet).rules);
        QVERIFY(!QFile::exists(path)); // no unsplit file beside the parts
    }

    // Written straight to a device, a set larger than one console file is refused, naming the
    // format and its limit, and nothing is written; exactly 200 rules still fit.
    void consoleFileRefusesMoreThanItTakes_data() { consoleFilesSplit_data(); }

    void consoleFileRefusesMoreThanItTakes()
    {
        QFETCH(QString, id);
        const RuleFormat &f = *FormatRegistry::instance().find(id);
        Document document;
        document.ruleSet = randomRuleSet(201, 201);
        QBuffer tooMany;
        QVERIFY(tooMany.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(document, tooMany), QStringLiteral("201 rules do not fit one %1 file (at most 200)").arg(id));
        QCOMPARE(tooMany.size(), 0);
        document.ruleSet.rules.removeLast();
        QBuffer fits;
        QVERIFY(fits.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(document, fits), QString());
        QVERIFY(fits.size() > 0);
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("bytes");
        // Large enough for the readers' large-file paths (4 MB and more), small enough for a sanitizer
        // build; a reader that hangs on them is stopped by the test's timeout (tests/CMakeLists.txt).
        constexpr qsizetype Size = 16 << 20;
        QByteArray random(Size, Qt::Uninitialized);
        QRandomGenerator generator(3);
        generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QByteArray text;
        text.reserve(Size);
        while (text.size() < Size)
            text += "\"a,\"\"b\",{[\"x\":\r\n,,;;\"";
        const QByteArray nested = "{\"Resources\":" + QByteArray(100000, '[') + "}";
        for (const RuleFormat *f : FormatRegistry::instance().readers()) {
            QTest::addRow("%s random 16 MB", qPrintable(f->id())) << f->id() << random;
            QTest::addRow("%s text 16 MB", qPrintable(f->id())) << f->id() << text;
            QTest::addRow("%s deep nesting", qPrintable(f->id())) << f->id() << nested;
            QTest::addRow("%s empty", qPrintable(f->id())) << f->id() << QByteArray();
            QTest::addRow("%s one quote", qPrintable(f->id())) << f->id() << QByteArray("\"");
        }
    }

    void garbage()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, bytes);
        const Parsed<Document> parsed = readBytes(*FormatRegistry::instance().find(id), bytes, QStringLiteral("garbage"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.value.ruleSet.rules.isEmpty());
        QVERIFY(parsed.diagnostics.size() <= 1001);
        const Diagnostic &first = parsed.diagnostics.first();
        QCOMPARE(first.location.file, QStringLiteral("garbage"));
        QVERIFY(!first.message.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
