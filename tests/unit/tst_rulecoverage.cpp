// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sweep against brute force: thousands of seeded random rule sets over a small universe where
// every packet class can be enumerated. Shadowing must be exact, redundancy sound (and complete when
// no rule of the same precedence overlaps), mitigation exact, and PolicyEvaluator must agree with
// the independent oracle below.

#include "analysis/analyzer.h"
#include "analysis/policyevaluator.h"
#include "analysis/precedence.h"
#include "analysis/rulecoverage.h"

#include "rulespec.h"

#include <QTest>

#include <random>

using namespace sg;

namespace {

struct Packet
{
    Direction direction;
    Endpoint source;
    Protocol protocol; // Tcp, Udp, Icmp (Icmpv6 for IPv6 sources), Gre, All (= a protocol no rule names)
    int port;
};

Endpoint endpoint(const char *text)
{
    return *Endpoint::parse(QString::fromLatin1(text)).endpoint;
}

// The specification in a few lines: which rules definitely match a packet (PolicyEvaluator's
// "Yes"), and what the group decides.
bool matches(const Rule &r, const Packet &p)
{
    if (r.direction != p.direction)
        return false;
    Protocol wanted = p.protocol;
    if (p.protocol == Protocol::Icmp && p.source.kind() == Endpoint::Kind::Ipv6)
        wanted = Protocol::Icmpv6;
    if (r.protocol != Protocol::All && r.protocol != wanted)
        return false;
    if (r.protocol != Protocol::All && hasPorts(r.protocol) && !r.ports.contains(p.port))
        return false;
    if (p.source.isAddress())
        return r.peer.isAddress() && r.peer.contains(p.source);
    if (r.peer == p.source)
        return true;
    return p.source.kind() == Endpoint::Kind::SecurityGroup && r.peer.kind() == Endpoint::Kind::Ipv4 && r.peer.isUniversal();
}

bool decide(const RuleSet &set, const Packet &p, int without = -1)
{
    int best = -1;
    for (int i = 0; i < int(set.rules.size()); ++i) {
        if (i == without || !matches(set.rules[i], p))
            continue;
        if (best < 0 || precedenceKey(set.rules[i]) < precedenceKey(set.rules[best]))
            best = i;
    }
    if (best >= 0)
        return set.rules[best].policy == Policy::Accept;
    const bool basic = set.group.type == GroupType::Basic;
    if (p.direction == Direction::Egress)
        return basic;
    return basic && set.group.innerAccessPolicy == Policy::Accept && p.source == endpoint("sg-own");
}

QList<Packet> packets()
{
    QList<Endpoint> sources;
    for (int i = 0; i <= 8; ++i)
        sources.append(endpoint(qPrintable(QStringLiteral("10.0.0.%1").arg(i))));
    for (const char *text : {"1.2.3.4", "2001:db8::", "2001:db8::1", "2001:db8::2", "2001:db8::3", "2001:db8::4",
                             "2001:db9::1", "sg-a", "sg-b", "sg-own", "sg-unreferenced", "pl-x"}) {
        sources.append(endpoint(text));
    }
    QList<Packet> out;
    for (Direction direction : {Direction::Ingress, Direction::Egress}) {
        for (const Endpoint &source : sources) {
            for (int port = 1; port <= 7; ++port) {
                out.append({direction, source, Protocol::Tcp, port});
                out.append({direction, source, Protocol::Udp, port});
            }
            for (Protocol protocol : {Protocol::Icmp, Protocol::Gre, Protocol::All})
                out.append({direction, source, protocol, -1});
        }
    }
    return out;
}

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed) {}

    int pick(int n) { return int(m_rng() % quint32(n)); }

    QString peer()
    {
        static const char *const peers[] = {
            "10.0.0.0/29", "10.0.0.0/30", "10.0.0.4/30", "10.0.0.0/31", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/31",
            "10.0.0.1/32", "10.0.0.5/32", "10.0.0.7/32", "0.0.0.0/0", "0.0.0.0/0", "2001:db8::/126", "2001:db8::/127",
            "2001:db8::2/127", "2001:db8::3/128", "::/0", "sg-a", "sg-b", "sg-own", "pl-x"};
        return QString::fromLatin1(peers[pick(int(std::size(peers)))]);
    }

    QString rule()
    {
        static const char *const protocols[] = {"tcp", "tcp", "tcp", "udp", "icmp", "gre", "all"};
        const QString protocol = QString::fromLatin1(protocols[pick(int(std::size(protocols)))]);
        QString ports = QStringLiteral("-");
        if (protocol == u"tcp" || protocol == u"udp") {
            const int a = 1 + pick(6);
            const int b = a + pick(7 - a);
            ports = pick(8) == 0 ? QStringLiteral("1-65535") : QStringLiteral("%1-%2").arg(a).arg(b);
        }
        QString peerText = peer();
        if (protocol == u"icmp" && peerText.contains(u':'))
            peerText = QStringLiteral("10.0.0.0/30");
        return QStringLiteral("%1 %2 %3 %4 %5 p%6")
            .arg(pick(5) == 0 ? QStringLiteral("out") : QStringLiteral("in"),
                 pick(3) == 0 ? QStringLiteral("drop") : QStringLiteral("accept"), protocol, ports, peerText)
            .arg(1 + pick(3));
    }

    RuleSet ruleSet()
    {
        QStringList lines;
        const int n = 1 + pick(8);
        for (int i = 0; i < n; ++i)
            lines.append(rule());
        return spec::rules(lines, pick(2) ? GroupType::Basic : GroupType::Enterprise,
                           pick(3) ? Policy::Accept : Policy::Drop);
    }

private:
    std::mt19937 m_rng;
};

QString listing(const RuleSet &set)
{
    QStringList out;
    out.append(QStringLiteral("group %1 inner %2").arg(toApiString(set.group.type), toApiString(set.group.innerAccessPolicy)));
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const Rule &r = set.rules[i];
        out.append(QStringLiteral("  %1: %2 %3 %4 %5 %6 p%7")
                       .arg(i + 1)
                       .arg(toApiString(r.direction), toApiString(r.policy), toApiString(r.protocol), r.ports.toString(),
                            r.peer.text())
                       .arg(r.priority));
    }
    return out.join(u'\n');
}

bool hasFinding(const AnalysisResult &result, QStringView check, int position)
{
    for (const Finding &f : result.findings) {
        if (f.check == check && f.rules == QList<int>{position})
            return true;
    }
    return false;
}

} // namespace

class TestRuleCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void againstBruteForce()
    {
        const QList<Packet> all = packets();
        int shadowedSeen = 0;
        int redundantSeen = 0;
        int mitigatedSeen = 0;
        for (quint32 seed = 1; seed <= 3000; ++seed) {
            Generator generate(seed);
            const RuleSet set = generate.ruleSet();
            const AnalysisResult result = Analyzer().analyze(set);
            std::vector<bool> duplicate(size_t(set.rules.size()), false);
            for (qsizetype i = 0; i < set.rules.size(); ++i) {
                for (qsizetype j = 0; j < i; ++j)
                    duplicate[size_t(i)] = duplicate[size_t(i)] || set.rules[i].sameEffect(set.rules[j]);
            }
            const RuleCoverage coverage(set, duplicate);

            for (int r = 0; r < int(set.rules.size()); ++r) {
                if (duplicate[size_t(r)])
                    continue;
                const Rule &rule = set.rules[r];
                bool shadowed = true;
                bool sameKeyOverlap = false;
                bool droppedFirst = true;
                for (const Packet &p : all) {
                    if (!matches(rule, p))
                        continue;
                    bool earlier = false;
                    bool earlierDrop = false;
                    for (int s = 0; s < int(set.rules.size()); ++s) {
                        if (s == r || !matches(set.rules[s], p))
                            continue;
                        earlier = earlier || precedenceKey(set.rules[s]) < precedenceKey(rule);
                        earlierDrop = earlierDrop
                            || (set.rules[s].policy == Policy::Drop && precedenceKey(set.rules[s]) < precedenceKey(rule));
                        sameKeyOverlap = sameKeyOverlap || precedenceKey(set.rules[s]) == precedenceKey(rule);
                    }
                    shadowed = shadowed && earlier;
                    droppedFirst = droppedFirst && earlierDrop;
                }
                bool redundant = !shadowed;
                for (qsizetype k = 0; k < all.size() && redundant; ++k)
                    redundant = decide(set, all[k]) == decide(set, all[k], r);

                const bool reportedShadowed = hasFinding(result, u"shadowed-rule", r + 1)
                    || hasFinding(result, u"shadowed-drop", r + 1);
                const bool reportedRedundant = hasFinding(result, u"redundant-rule", r + 1);
                const QString context = QStringLiteral("seed %1, rule %2\n%3").arg(seed).arg(r + 1).arg(listing(set));
                QVERIFY2(reportedShadowed == shadowed, qPrintable(QStringLiteral("shadowed should be %1; ").arg(shadowed) + context));
                QVERIFY2(!reportedRedundant || redundant, qPrintable(QStringLiteral("not redundant; ") + context));
                if (redundant && !sameKeyOverlap)
                    QVERIFY2(reportedRedundant, qPrintable(QStringLiteral("redundant but not reported; ") + context));
                if (rule.policy == Policy::Accept && rule.peer.isAddress()) {
                    const bool fullyMitigated = coverage.openParts(r).empty();
                    QVERIFY2(fullyMitigated == droppedFirst,
                             qPrintable(QStringLiteral("fully mitigated should be %1; ").arg(droppedFirst) + context));
                    mitigatedSeen += fullyMitigated ? 1 : 0;
                }
                shadowedSeen += shadowed ? 1 : 0;
                redundantSeen += reportedRedundant ? 1 : 0;
            }
        }
        qInfo("shadowed %d, redundant %d, fully mitigated %d", shadowedSeen, redundantSeen, mitigatedSeen);
        // The generator must exercise every outcome, or the comparison proves little.
        QVERIFY(shadowedSeen > 600);
        QVERIFY(redundantSeen > 3000);
        QVERIFY(mitigatedSeen > 200);
    }

    void evaluatorAgreesWithOracle()
    {
        const QList<Packet> all = packets();
        for (quint32 seed = 5000; seed < 5150; ++seed) {
            Generator generate(seed);
            const RuleSet set = generate.ruleSet();
            const PolicyEvaluator evaluator(set);
            for (const Packet &p : all) {
                const Decision d = evaluator.evaluate({p.source, p.protocol, p.port, p.direction});
                QVERIFY2(d.allowed == decide(set, p),
                         qPrintable(QStringLiteral("seed %1, %2 %3 port %4: %5\n%6")
                                        .arg(seed)
                                        .arg(toApiString(p.protocol), p.source.text())
                                        .arg(p.port)
                                        .arg(d.explanation, listing(set))));
                if (d.decidingRule > 0)
                    QVERIFY(matches(set.rules[d.decidingRule - 1], p));
            }
        }
    }

    // Redundancy among rules of equal precedence: the narrower one goes, never both.
    void equalPrecedenceRedundancy()
    {
        const RuleSet set = spec::rules({"in accept tcp 22 10.0.0.0/8 p1", "in accept tcp 22 10.0.0.0/8 p1 local=10.1.1.1",
                                         "in accept tcp 22 10.2.0.0/16 p1", "in accept tcp 22 10.2.0.0/16 p1 id=sgr-x"},
                                        GroupType::Enterprise);
        const AnalysisResult result = Analyzer().analyze(set);
        QVERIFY(!hasFinding(result, u"redundant-rule", 1));
        QVERIFY(hasFinding(result, u"redundant-rule", 2)); // refined copy of rule 1, inside it
        QVERIFY(hasFinding(result, u"redundant-rule", 3));
        QVERIFY(hasFinding(result, u"duplicate-rule", 4)); // the id does not make it different
    }

    // Size guard: pathological port-range variety is reported, not analysed for minutes.
    void sizeGuardIsNotHitByRealisticSets()
    {
        QStringList lines;
        for (int i = 0; i < 2000; ++i)
            lines.append(QStringLiteral("in accept tcp %1-%2 10.%3.%4.0/24 p%5").arg(1000 + i).arg(1000 + 2 * i).arg(i % 200).arg(i / 200).arg(1 + i % 100));
        const AnalysisResult result = Analyzer().analyze(spec::rules(lines));
        for (const Finding &f : result.findings)
            QVERIFY(f.check != u"analysis-limited");
    }
};

QTEST_APPLESS_MAIN(TestRuleCoverage)
#include "tst_rulecoverage.moc"
