// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers the format tests share: reading and writing through QBuffer, fixtures, the check of a
// broken file, and a seeded generator of valid rule sets with hostile descriptions.

#include "core/ruleset.h"
#include "io/formatregistry.h"
#include "io/rulefiles.h"
#include "io/ruleformat.h"
#include "plan/setupplan.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

namespace formattesting {

inline QString dataFile(const QString &relative)
{
    return QStringLiteral(SGASSIST_TEST_DATA "/") + relative;
}

inline const sg::RuleFormat &format(const char *id)
{
    const sg::RuleFormat *f = sg::FormatRegistry::instance().find(QString::fromLatin1(id));
    if (!f)
        qFatal("no format %s", id);
    return *f;
}

// What `read` makes of `bytes`, given as an open device.
template <typename Read>
auto readFrom(const QByteArray &bytes, Read read)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer);
}

inline sg::Parsed<sg::Document> readBytes(const sg::RuleFormat &f, const QByteArray &bytes,
                                          const QString &name = QStringLiteral("mem"))
{
    return readFrom(bytes, [&](QIODevice &device) { return f.read(device, name); });
}

inline sg::Parsed<sg::Workspace> readWorkspaceBytes(const sg::RuleFormat &f, const QByteArray &bytes,
                                                    const QString &name = QStringLiteral("mem"))
{
    return readFrom(bytes, [&](QIODevice &device) { return f.readWorkspace(device, name); });
}

// What `write` writes to a buffer; a write that fails (returns an error) stops the test at once.
inline QByteArray written(const std::function<QString(QIODevice &)> &write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error = write(buffer);
    if (!error.isEmpty())
        qFatal("write failed: %s", qPrintable(error));
    return buffer.data();
}

inline QByteArray writeBytes(const sg::RuleFormat &f, const sg::Document &document)
{
    return written([&](QIODevice &device) {
        const QString error = f.write(document, device);
        return error.isEmpty() ? error : f.id() + QStringLiteral(": ") + error;
    });
}

// The value of a test's own input, which must parse: one that does not stops the test at once.
template <typename T>
T parsedValue(const sg::Parsed<T> &parsed)
{
    if (!parsed.ok())
        qFatal("test input does not parse: %s", qPrintable(parsed.diagnostics.first().toString()));
    return parsed.value;
}

inline sg::SetupPlan planFrom(const QByteArray &json)
{
    return parsedValue(sg::SetupPlan::fromJson(json, QStringLiteral("plan.json")));
}

inline QString firstProblem(const sg::Diagnostics &diagnostics)
{
    return diagnostics.isEmpty() ? QString() : diagnostics.first().toString();
}

// Whether `loaded` is a clean read of a file as the format `formatId`: detected from the content,
// read, and without a problem of any kind. When not, a warning says what came instead.
inline bool readCleanly(const sg::RuleFiles::LoadResult &loaded, const QString &formatId)
{
    const QString found = loaded.format ? loaded.format->id() : QString();
    if (loaded.ok() && loaded.diagnostics.isEmpty() && loaded.detected && found == formatId)
        return true;
    qWarning("not a clean read as %s: %s", qPrintable(formatId),
             qPrintable(loaded.diagnostics.isEmpty() ? QStringLiteral("read as \"%1\"").arg(found) : firstProblem(loaded.diagnostics)));
    return false;
}

// Reading `relative` (under tests/data) as the format `formatId` is refused for its content: the
// first problem names the file and says `message`. `checkPlace` then checks where that problem
// points (a line, a field), as each reader can tell.
inline void expectRefused(const QString &relative, const QString &formatId, const QString &message,
                          const std::function<void(const sg::Diagnostic &first)> &checkPlace = {})
{
    const sg::RuleFiles::LoadResult loaded = sg::RuleFiles::load(dataFile(relative), formatId);
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.ioError);
    QVERIFY(!loaded.diagnostics.isEmpty());
    const sg::Diagnostic &first = loaded.diagnostics.first();
    QVERIFY2(first.location.file.endsWith(relative.section(u'/', -1)), qPrintable(first.toString()));
    QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
    if (checkPlace)
        checkPlace(first);
}

inline sg::Endpoint endpoint(const QString &text)
{
    const sg::Endpoint::ParseResult parsed = sg::Endpoint::parse(text);
    if (!parsed.endpoint)
        qFatal("bad endpoint %s", qPrintable(text));
    return *parsed.endpoint;
}

inline sg::Rule rule(const char *peer, int first, int last, sg::Protocol protocol = sg::Protocol::Tcp)
{
    sg::Rule r;
    r.protocol = protocol;
    r.ports = first < 0 ? sg::PortRange::none() : sg::PortRange(first, last);
    r.peer = endpoint(QString::fromLatin1(peer));
    return r;
}

// Descriptions that have broken exporters elsewhere: shell, HCL, CSV, JSON and spreadsheet syntax.
inline QStringList hostileTexts()
{
    return {
        QStringLiteral("'; touch /tmp/sgassist-pwned; echo '"),
        QStringLiteral("$(id)"),
        QStringLiteral("`id`"),
        QStringLiteral("--Permissions.9.PortRange=1/65535"),
        QStringLiteral("-rf"),
        QStringLiteral("${var.x} and %{ if true }x%{ endif }"),
        QStringLiteral("$${already} %%{escaped}"),
        QStringLiteral("\"double\" and 'single' quotes"),
        QStringLiteral("back\\slash \\n not a newline\\"),
        QStringLiteral("tab\there, newline\nthere, CR\rend"),
        QStringLiteral("运维 SSH 访问（管理网段）"),
        QStringLiteral("=HYPERLINK(\"http://x\")"),
        QStringLiteral("+1+1"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("\tleading tab"),
        QStringLiteral("\rleading CR"),
        QStringLiteral("'leading apostrophe"),
        QStringLiteral("a,b;c|d&e>f<g"),
        QStringLiteral("  spaced  "),
        QStringLiteral("!history $HOME ~ * ? [a] {b,c}"),
        QStringLiteral("emoji \U0001F600 and \u2028 separator"),
        // Zero-width no-break spaces where a decoder would take them for byte order marks.
        QStringLiteral("\uFEFF\uFEFFtwo at the start, one \uFEFF inside"),
    };
}

// A valid random rule set: every protocol, peer kind, direction and optional field, descriptions
// drawn from hostileTexts() and random characters. Same seed, same set.
inline sg::RuleSet randomRuleSet(quint32 seed, int count)
{
    using namespace sg;
    QRandomGenerator random(seed);
    const auto pick = [&](int n) { return int(random.bounded(n)); };
    const QStringList hostile = hostileTexts();
    RuleSet set;
    set.group.regionId = QStringLiteral("cn-hangzhou");
    set.group.securityGroupId = QStringLiteral("sg-bp1random%1").arg(seed);
    for (int i = 0; i < count; ++i) {
        Rule r;
        r.direction = pick(4) == 0 ? Direction::Egress : Direction::Ingress;
        r.policy = pick(5) == 0 ? Policy::Drop : Policy::Accept;
        r.protocol = std::array{Protocol::Tcp, Protocol::Tcp, Protocol::Udp, Protocol::Icmp, Protocol::Icmpv6, Protocol::Gre, Protocol::All}[pick(7)];
        if (hasPorts(r.protocol)) {
            const int first = 1 + pick(65535);
            r.ports = PortRange(first, first + pick(65536 - first));
        }
        int peerKind = pick(4); // 0 IPv4, 1 IPv6, 2 group, 3 prefix list
        if (r.protocol == Protocol::Icmp && peerKind == 1)
            peerKind = 0;
        if (r.protocol == Protocol::Icmpv6 && peerKind == 0)
            peerKind = 1;
        switch (peerKind) {
        case 0:
            r.peer = endpoint(pick(3) == 0 ? QStringLiteral("%1.%2.%3.%4").arg(pick(224)).arg(pick(256)).arg(pick(256)).arg(pick(256))
                                           : QStringLiteral("%1.%2.0.0/%3").arg(1 + pick(223)).arg(pick(256)).arg(pick(17)));
            break;
        case 1: r.peer = endpoint(QStringLiteral("2001:db8:%1::/%2").arg(pick(65536), 0, 16).arg(32 + pick(97))); break;
        case 2: r.peer = endpoint(QStringLiteral("sg-bp1%1").arg(pick(1000000))); break;
        default: r.peer = endpoint(QStringLiteral("pl-bp1%1").arg(pick(1000000))); break;
        }
        if (peerKind == 2 && pick(4) == 0)
            r.setPeerOwnerAccount(QString::number(1000000 + pick(9000000)));
        if (peerKind == 0 && pick(6) == 0)
            r.setLocal(endpoint(QStringLiteral("10.%1.0.0/16").arg(pick(256))));
        if (hasPorts(r.protocol) && pick(6) == 0)
            r.setSourcePorts(PortRange(1024, 1024 + pick(60000)));
        r.priority = 1 + pick(100);
        r.nicType = pick(8) == 0 ? NicType::Internet : NicType::Intranet;
        switch (pick(4)) {
        case 0: break;
        case 1: r.description = hostile[pick(int(hostile.size()))]; break;
        case 2: {
            const int length = 1 + pick(80);
            for (int c = 0; c < length; ++c)
                r.description += QChar(char16_t(0x20 + pick(0x2FE0)));
            break;
        }
        default: r.description = hostile[pick(int(hostile.size()))] + hostile[pick(int(hostile.size()))]; break;
        }
        if (pick(3) == 0)
            r.id = QStringLiteral("sgr-bp1%1").arg(i);
        if (!r.problems().isEmpty())
            qFatal("generated an invalid rule: %s", qPrintable(r.problems().first().message));
        set.rules.append(r);
    }
    return set;
}

} // namespace formattesting
