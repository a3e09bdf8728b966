// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every writer against its golden file, and the escaping that keeps hostile text inert: HCL
// strings, resource names, shell words (run by a real bash with a stub `aliyun`), request batches.

#include "formattesting.h"
#include "testfiles.h"

#include "io/fileio.h"
#include "io/formats.h"
#include "io/permissioncodec.h"
#include "io/rulefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

Q_DECLARE_METATYPE(sg::Document)

using namespace sg;
using testfiles::readFile;
using testfiles::writeFile;
using namespace formattesting;

namespace {

Document goldenInput()
{
    const RuleFiles::LoadResult loaded = RuleFiles::load(dataFile(QStringLiteral("golden/input.sgassist")));
    if (!loaded.ok())
        qFatal("golden input: %s", qPrintable(firstProblem(loaded.diagnostics)));
    return loaded.document;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// A stand-in for the aliyun CLI that records each call's arguments, NUL-separated, after "CALL".
class StubAliyun
{
public:
    StubAliyun()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("bin"));
        writeFile(m_dir.filePath(QStringLiteral("bin/aliyun")),
                  "#!/bin/bash\n{ printf 'CALL\\0'; printf '%s\\0' \"$@\"; } >> \"$SGASSIST_STUB_LOG\"\n",
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")) + u':' + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("SGASSIST_STUB_LOG"), log());
        return env;
    }
    QString log() const { return m_dir.filePath(QStringLiteral("calls.log")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The recorded calls, each a list of arguments.
    QList<QStringList> calls() const
    {
        QList<QStringList> out;
        const QList<QByteArray> parts = readFile(log()).split('\0');
        for (const QByteArray &part : parts) {
            if (part == "CALL")
                out.append(QStringList());
            else if (!out.isEmpty())
                out.last().append(decodeUtf8(part)); // a leading U+FEFF is part of the argument
        }
        if (!out.isEmpty() && !out.last().isEmpty() && out.last().last().isEmpty())
            out.last().removeLast(); // the split after the final NUL
        return out;
    }

private:
    QTemporaryDir m_dir;
};

// What the aliyun CLI would understand from one call's arguments: "--Name value" or "--Name=value".
QMap<QString, QString> options(const QStringList &arguments, QStringList *positional)
{
    QMap<QString, QString> out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (!a.startsWith(QStringLiteral("--"))) {
            positional->append(a);
            continue;
        }
        const qsizetype equals = a.indexOf(u'=');
        if (equals > 0) {
            out.insert(a.mid(2, equals - 2), a.mid(equals + 1));
        } else if (i + 1 < arguments.size()) {
            out.insert(a.mid(2), arguments[i + 1]);
            ++i;
        }
    }
    return out;
}

// The calls the rule set must produce, as option maps.
QList<QMap<QString, QString>> expectedCalls(const RuleSet &set, const QString &region, const QString &group)
{
    QList<QMap<QString, QString>> out;
    for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
        QList<const Rule *> rules;
        for (const Rule &r : set.rules) {
            if (r.direction == direction)
                rules.append(&r);
        }
        for (qsizetype start = 0; start < rules.size(); start += 100) {
            QMap<QString, QString> call{{QStringLiteral("RegionId"), region}, {QStringLiteral("SecurityGroupId"), group}};
            call.insert(QStringLiteral("_action"), direction == Direction::Ingress ? QStringLiteral("AuthorizeSecurityGroup") : QStringLiteral("AuthorizeSecurityGroupEgress"));
            for (qsizetype n = start; n < std::min(start + 100, rules.size()); ++n) {
                for (const auto &[field, value] : PermissionCodec::fields(*rules[n], false)) {
                    if (field != PermissionField::Direction && field != PermissionField::SecurityGroupRuleId)
                        call.insert(QStringLiteral("Permissions.%1.%2").arg(n - start + 1).arg(apiName(field)), value);
                }
            }
            out.append(call);
        }
    }
    return out;
}

QList<QMap<QString, QString>> recordedCalls(const StubAliyun &stub)
{
    QList<QMap<QString, QString>> out;
    for (const QStringList &call : stub.calls()) {
        QStringList positional;
        QMap<QString, QString> map = options(call, &positional);
        if (positional.size() != 2 || positional[0] != u"ecs")
            qWarning("unexpected positional arguments: %s", qPrintable(positional.join(u' ')));
        map.insert(QStringLiteral("_action"), positional.value(1));
        out.append(map);
    }
    return out;
}

} // namespace

class TestWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenFiles_data()
    {
        QTest::addColumn<QString>("id");
        for (const RuleFormat *f : FormatRegistry::instance().writers())
            QTest::newRow(qPrintable(f->id())) << f->id();
    }

    // SGASSIST_UPDATE_GOLDEN=1 rewrites the files after an intended change; review the diff.
    void goldenFiles()
    {
        QFETCH(QString, id);
        const RuleFormat &f = *FormatRegistry::instance().find(id);
        const QByteArray written = writeBytes(f, goldenInput());
        const QString path = dataFile(QStringLiteral("golden/expected.%1.%2").arg(id, f.suffix()));
        if (qEnvironmentVariableIsSet("SGASSIST_UPDATE_GOLDEN"))
            writeFile(path, written);
        const QByteArray expected = readFile(path);
        QVERIFY2(!expected.isEmpty(), qPrintable(path));
        if (written != expected) {
            qsizetype at = 0;
            while (at < written.size() && at < expected.size() && written[at] == expected[at])
                ++at;
            QFAIL(qPrintable(QStringLiteral("%1 differs at byte %2: written \"%3\", expected \"%4\"")
                                 .arg(path)
                                 .arg(at)
                                 .arg(QString::fromUtf8(written.mid(at, 40)), QString::fromUtf8(expected.mid(at, 40)))));
        }
    }

    void deterministic_data() { goldenFiles_data(); }

    void deterministic()
    {
        QFETCH(QString, id);
        const RuleFormat &f = *FormatRegistry::instance().find(id);
        Document document;
        document.ruleSet = randomRuleSet(7, 150);
        if (id == u"terraform") {
            for (Rule &r : document.ruleSet.rules) {
                r.setLocal({});
                r.setSourcePorts(std::nullopt);
            }
        }
        const QByteArray first = writeBytes(f, document);
        QCOMPARE(writeBytes(f, document), first);
        QVERIFY(!first.isEmpty());
    }

    void hclStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hcl");
        QTest::newRow("plain") << "SSH"
                               << "\"SSH\"";
        QTest::newRow("empty") << ""
                               << "\"\"";
        QTest::newRow("quote") << "a\"b"
                               << "\"a\\\"b\"";
        QTest::newRow("backslash") << "a\\b"
                                   << "\"a\\\\b\"";
        QTest::newRow("newline, tab, CR") << "a\nb\tc\rd"
                                          << "\"a\\nb\\tc\\rd\"";
        QTest::newRow("control") << QString(QChar(1)) << "\"\\u0001\"";
        QTest::newRow("interpolation") << "${var.x}"
                                       << "\"$${var.x}\"";
        QTest::newRow("directive") << "%{ if x }"
                                   << "\"%%{ if x }\"";
        QTest::newRow("already escaped") << "$${x} %%{y}"
                                         << "\"$$${x} %%%{y}\"";
        QTest::newRow("lone signs") << "$ % $$ %% {x}"
                                    << "\"$ % $$ %% {x}\"";
        QTest::newRow("chinese") << "中文"
                                 << "\"中文\"";
        QTest::newRow("decomposed: HCL reads NFC") << QStringLiteral("e\u0301") << QStringLiteral("\"\u00e9\"");
    }

    void hclStrings()
    {
        QFETCH(QString, text);
        QFETCH(QString, hcl);
        QCOMPARE(TerraformFormat::hclString(text), hcl);
    }

    void resourceNames_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QString>("name");
        QTest::newRow("ssh") << rule("203.0.113.10/32", 22, 22) << "ingress_tcp_22_22_203_0_113_10_32";
        QTest::newRow("group") << rule("sg-bp1cluster", 6817, 6819) << "ingress_tcp_6817_6819_sg_bp1cluster";
        QTest::newRow("ipv6") << rule("2001:db8::/32", 53, 53, Protocol::Udp) << "ingress_udp_53_53_2001_db8_32";
        QTest::newRow("icmp") << rule("10.0.0.0/8", -1, -1, Protocol::Icmp) << "ingress_icmp_10_0_0_0_8";
        Rule drop = rule("0.0.0.0/0", -1, -1, Protocol::All);
        drop.direction = Direction::Egress;
        drop.policy = Policy::Drop;
        QTest::newRow("egress drop") << drop << "egress_all_0_0_0_0_0_drop";
    }

    void resourceNames()
    {
        QFETCH(Rule, rule);
        QFETCH(QString, name);
        QCOMPARE(TerraformFormat::resourceName(rule), name);
    }

    void resourceNamesAreStableAndUnique()
    {
        Document document;
        Rule a = rule("10.0.0.0/8", 22, 22);
        Rule b = a;
        b.priority = 2;
        document.ruleSet.rules = {a, b, a};
        const QString text = QString::fromUtf8(writeBytes(format("terraform"), document));
        QVERIFY(text.contains(QStringLiteral("\"ingress_tcp_22_22_10_0_0_0_8\" {")));
        QVERIFY(text.contains(QStringLiteral("\"ingress_tcp_22_22_10_0_0_0_8_2\" {")));
        QVERIFY(text.contains(QStringLiteral("\"ingress_tcp_22_22_10_0_0_0_8_3\" {")));
        // No group id known: a variable, not an empty string.
        QVERIFY(text.contains(QStringLiteral("variable \"security_group_id\" {")));
        QVERIFY(text.contains(QStringLiteral("security_group_id = var.security_group_id")));
        // Adding a rule in front does not rename the others.
        document.ruleSet.rules.prepend(rule("192.168.0.0/16", 80, 80));
        QVERIFY(QString::fromUtf8(writeBytes(format("terraform"), document)).contains(QStringLiteral("\"ingress_tcp_22_22_10_0_0_0_8\" {")));
    }

    void terraformRefusesWhatItCannotExpress()
    {
        Document document;
        Rule r = rule("10.0.0.0/8", 22, 22);
        r.setSourcePorts(PortRange(1024, 2048));
        document.ruleSet.rules = {rule("10.0.0.0/8", 80, 80), r};
        const Diagnostics problems = format("terraform").checkWritable(document);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().location.rule, 2);
        QCOMPARE(problems.first().location.field, QStringLiteral("SourcePortRange"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!format("terraform").write(document, buffer).isEmpty());
        QVERIFY(buffer.data().isEmpty());
    }

    void terraformWarnsAboutNormalisation()
    {
        Document document;
        Rule r = rule("10.0.0.0/8", 22, 22);
        r.description = QStringLiteral("Cafe\u0301");
        document.ruleSet.rules = {rule("10.0.0.0/8", 80, 80), r};
        const Diagnostics problems = format("terraform").checkWritable(document);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().level, Diagnostic::Level::Warning);
        QCOMPARE(problems.first().location.rule, 2);
        QVERIFY(writeBytes(format("terraform"), document).contains("description       = \"Caf\xC3\xA9\""));
    }

    void sdkRequestsAreBatched()
    {
        Document document;
        document.ruleSet.group.regionId = QStringLiteral("cn-hangzhou");
        document.ruleSet.group.securityGroupId = QStringLiteral("sg-1");
        for (int i = 0; i < 280; ++i) {
            Rule r = rule("10.0.0.0/8", 1 + i, 1 + i);
            if (i % 9 == 0)
                r.direction = Direction::Egress; // 32 egress rules, interleaved
            document.ruleSet.rules.append(r);
        }
        const QJsonArray requests = QJsonDocument::fromJson(writeBytes(format("sdk-requests"), document)).array();
        QCOMPARE(requests.size(), 4);
        QList<int> sizes;
        for (const QJsonValue &request : requests) {
            const QJsonObject object = request.toObject();
            sizes.append(int(object.value(QStringLiteral("permissions")).toArray().size()));
            QCOMPARE(object.value(QStringLiteral("regionId")).toString(), QStringLiteral("cn-hangzhou"));
            QCOMPARE(object.value(QStringLiteral("securityGroupId")).toString(), QStringLiteral("sg-1"));
        }
        QCOMPARE(sizes, (QList<int>{100, 100, 48, 32}));
        QCOMPARE(requests[2].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("AuthorizeSecurityGroup"));
        const QJsonObject egress = requests[3].toObject();
        QCOMPARE(egress.value(QStringLiteral("action")).toString(), QStringLiteral("AuthorizeSecurityGroupEgress"));
        const QJsonObject permission = egress.value(QStringLiteral("permissions")).toArray().first().toObject();
        QCOMPARE(permission.value(QStringLiteral("DestCidrIp")).toString(), QStringLiteral("10.0.0.0/8"));
        QCOMPARE(permission.value(QStringLiteral("Priority")).toString(), QStringLiteral("1")); // a string, as the SDK types it
        QVERIFY(!permission.contains(QStringLiteral("Direction")));
    }

    void shellQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << "SSH"
                               << "'SSH'";
        QTest::newRow("empty") << ""
                               << "''";
        QTest::newRow("apostrophe") << "it's"
                                    << "'it'\\''s'";
        QTest::newRow("substitution") << "$(id) `id` $HOME"
                                      << "'$(id) `id` $HOME'";
        QTest::newRow("newline") << "a\nb"
                                 << "$'a\\nb'";
        QTest::newRow("control and quote") << "a'\\\x01"
                                           << "$'a\\'\\\\\\x01'";
    }

    void shellQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QCOMPARE(AliyunCliFormat::shellQuote(text), word);
    }

    void shellWordsAreExactInBash()
    {
        // bash itself turns every quoted word back into the text, whatever it holds.
        QStringList texts = hostileTexts();
        texts << QString(QChar(0x1b)) + QStringLiteral("[31mred") << QStringLiteral("\x7f del") << QString();
        QString script = QStringLiteral("printf '%s\\0'");
        for (const QString &text : std::as_const(texts))
            script += u' ' + AliyunCliFormat::shellQuote(text);
        const Run r = run(QStringLiteral("bash"), {QStringLiteral("-c"), script});
        QCOMPARE(r.exitCode, 0);
        QStringList got = QString::fromUtf8(r.out).split(QChar(u'\0'));
        got.removeLast();
        QCOMPARE(got, texts);
    }

    void aliyunScriptRunsExactly_data()
    {
        QTest::addColumn<Document>("document");
        Document golden = goldenInput();
        QTest::newRow("golden, hostile descriptions") << golden;
        Document large;
        large.ruleSet = randomRuleSet(11, 260);
        QTest::newRow("260 random rules") << large;
    }

    void aliyunScriptRunsExactly()
    {
        QFETCH(Document, document);
        QFile::remove(QStringLiteral("/tmp/sgassist-pwned"));
        StubAliyun stub;
        const QString script = stub.path(QStringLiteral("rules.sh"));
        writeFile(script, writeBytes(format("aliyun-cli"), document));

        const Run syntax = run(QStringLiteral("bash"), {QStringLiteral("-n"), script});
        QVERIFY2(syntax.exitCode == 0, syntax.err.constData());

        const Run real = run(QStringLiteral("bash"), {script}, stub.environment());
        QVERIFY2(real.exitCode == 0, real.err.constData());
        const QList<QMap<QString, QString>> expected
            = expectedCalls(document.ruleSet, document.ruleSet.group.regionId, document.ruleSet.group.securityGroupId);
        const QList<QMap<QString, QString>> recorded = recordedCalls(stub);
        QCOMPARE(recorded.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(recorded[i], expected[i]);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/sgassist-pwned")));

        // --dry-run calls nothing and prints calls that, run by bash, are exactly the same calls.
        QFile::remove(stub.log());
        const Run dry = run(QStringLiteral("bash"), {script, QStringLiteral("--dry-run")}, stub.environment());
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QVERIFY(!QFile::exists(stub.log()));
        QCOMPARE(dry.out.count("\naliyun ecs ") + (dry.out.startsWith("aliyun ecs ") ? 1 : 0), expected.size());
        const Run replay = run(QStringLiteral("bash"), {QStringLiteral("-c"), QString::fromUtf8(dry.out)}, stub.environment());
        QCOMPARE(replay.exitCode, 0);
        QCOMPARE(recordedCalls(stub), recorded);
    }

    void aliyunScriptNeedsGroupWhenUnnamed()
    {
        Document document;
        document.ruleSet.rules = {rule("10.0.0.0/8", 22, 22)};
        StubAliyun stub;
        const QString script = stub.path(QStringLiteral("rules.sh"));
        writeFile(script, writeBytes(format("aliyun-cli"), document));
        const Run missing = run(QStringLiteral("bash"), {script}, stub.environment());
        QVERIFY(missing.exitCode != 0);
        QVERIFY(missing.err.contains("SGASSIST_REGION_ID"));
        QVERIFY(!QFile::exists(stub.log()));

        QProcessEnvironment env = stub.environment();
        env.insert(QStringLiteral("SGASSIST_REGION_ID"), QStringLiteral("cn-beijing"));
        env.insert(QStringLiteral("SGASSIST_SECURITY_GROUP_ID"), QStringLiteral("-sg with space"));
        const Run ok = run(QStringLiteral("bash"), {script}, env);
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(recordedCalls(stub), expectedCalls(document.ruleSet, QStringLiteral("cn-beijing"), QStringLiteral("-sg with space")));

        const Run usage = run(QStringLiteral("bash"), {script, QStringLiteral("--bogus")}, env);
        QCOMPARE(usage.exitCode, 2);
    }

    void aliyunScriptHeaderSaysWhatItChanges()
    {
        Document document = goldenInput();
        document.ruleSet.group.securityGroupId = QStringLiteral("sg-x\nrm -rf ~"); // must not escape the comment
        const QString text = QString::fromUtf8(writeBytes(format("aliyun-cli"), document));
        QVERIFY(text.startsWith(QStringLiteral("#!/usr/bin/env bash\n")));
        QVERIFY(text.contains(QStringLiteral("# Adds 9 rules (7 ingress, 2 egress) to security group sg-x rm -rf ~ in region cn-hangzhou,\n")));
        QVERIFY(text.contains(QStringLiteral("\nset -euo pipefail\n")));
        QVERIFY(!text.contains(QStringLiteral("\nrm -rf")));
    }
};

QTEST_APPLESS_MAIN(TestWriters)
#include "tst_writers.moc"
