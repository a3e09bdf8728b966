// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every check with a rule set that triggers it and one that must not, including the peers' public
// bugs (::/0 missed, GRE flagged as SSH, rules without a port range, higher-priority drops ignored).

#include "analysis/analyzer.h"
#include "analysis/checkinfo.h"
#include "analysis/duplicates.h"
#include "analysis/sensitiveports.h"
#include "analysis/severitytable.h"

#include "rulespec.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace sg;

namespace {

QString describe(const Finding &f, const AnalysisResult &result)
{
    QStringList rules;
    for (int r : f.rules)
        rules.append(QString::number(r));
    QStringList related;
    for (int r : f.relatedRules)
        related.append(QString::number(r));
    return QStringLiteral("%1 %2 %3%4%5 | %6")
        .arg(f.check, toId(f.severity), rules.join(u','),
             related.isEmpty() ? QString() : QStringLiteral(" related=") + related.join(u','),
             f.mitigated ? QStringLiteral(" mitigated") : QString(), result.message(f));
}

QString dump(const AnalysisResult &result)
{
    QStringList lines;
    for (const Finding &f : result.findings)
        lines.append(QStringLiteral("  ") + describe(f, result));
    return lines.join(u'\n');
}

// "check severity rules [related=a,b] [mitigated]": true when a finding matches all that is given.
bool matches(const Finding &f, const AnalysisResult &result, const QString &expected)
{
    const QStringList parts = expected.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 3 || f.check != parts[0] || toId(f.severity) != parts[1])
        return false;
    QStringList rules;
    for (int r : f.rules)
        rules.append(QString::number(r));
    if (rules.join(u',') != (parts[2] == u"-" ? QString() : parts[2]))
        return false;
    bool wantMitigated = false;
    for (qsizetype i = 3; i < parts.size(); ++i) {
        if (parts[i] == u"mitigated") {
            wantMitigated = true;
        } else if (parts[i].startsWith(u"related=")) {
            QStringList related;
            for (int r : f.relatedRules)
                related.append(QString::number(r));
            if (related.join(u',') != parts[i].mid(8))
                return false;
        } else if (parts[i].startsWith(u"says=")) {
            if (!result.message(f).contains(parts[i].mid(5).replace(u'_', u' ')))
                return false;
        }
    }
    return f.mitigated == wantMitigated;
}

AnalysisResult analyze(const QStringList &rules, const QString &group)
{
    const GroupType type = group.startsWith(u"enterprise") ? GroupType::Enterprise : GroupType::Basic;
    const Policy inner = group.endsWith(u"drop") ? Policy::Drop : Policy::Accept;
    return Analyzer().analyze(spec::rules(rules, type, inner));
}

QList<int> findingsOf(const AnalysisResult &result, int rule)
{
    const std::span<const int> indexes = result.ruleFindings.at(rule);
    return QList<int>(indexes.begin(), indexes.end());
}

QStringList many(int count, const QString &pattern)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(pattern.arg(i % 250).arg(i / 250));
    return out;
}

} // namespace

class TestAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data()
    {
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("expected"); // each must match one finding
        QTest::addColumn<QStringList>("absent");   // check ids that must not appear at all

        // --- the peers' public bugs ---
        QTest::newRow("::/0 is the internet (tfsec #138, cnspec #3709)")
            << QStringList{"in accept tcp 22 ::/0 p1"} << "basic"
            << QStringList{"exposed-ssh high 1 says=::/0_(the_internet)"} << QStringList{};
        QTest::newRow("GRE is not SSH (prowler #964)")
            << QStringList{"in accept gre - 0.0.0.0/0 p1"} << "basic"
            << QStringList{"exposed-other-protocol medium 1"} << QStringList{"exposed-ssh", "exposed-all-ports"};
        QTest::newRow("UDP 22 is not SSH")
            << QStringList{"in accept udp 22 0.0.0.0/0 p1"} << "basic"
            << QStringList{"exposed-unlisted-port medium 1 says=UDP_22"} << QStringList{"exposed-ssh"};
        QTest::newRow("ALL without a port range (cnspec #3861)")
            << QStringList{"in accept all - 0.0.0.0/0 p1"} << "basic"
            << QStringList{"exposed-all-protocols critical 1"} << QStringList{"exposed-ssh", "exposed-all-ports"};
        QTest::newRow("ALL from ::/0")
            << QStringList{"in accept all - ::/0 p1"} << "basic" << QStringList{"exposed-all-protocols critical 1"}
            << QStringList{};
        QTest::newRow("higher-priority drop honoured (prowler master)")
            << QStringList{"in drop tcp 22 0.0.0.0/0 p1", "in accept tcp 22 0.0.0.0/0 p2"} << "basic"
            << QStringList{"exposed-ssh info 2 related=1 mitigated says=mitigated_by_rule_1",
                           "shadowed-rule low 2 related=1"}
            << QStringList{};
        QTest::newRow("equal-priority drop mitigates, drop wins the tie")
            << QStringList{"in accept tcp 22 0.0.0.0/0 p1", "in drop tcp 22 0.0.0.0/0 p1"} << "basic"
            << QStringList{"exposed-ssh info 1 related=2 mitigated", "priority-conflict low 1 related=2",
                           "shadowed-rule low 1 related=2"}
            << QStringList{};
        QTest::newRow("lower-priority drop does not mitigate")
            << QStringList{"in accept tcp 22 0.0.0.0/0 p1", "in drop tcp 22 0.0.0.0/0 p2"} << "basic"
            << QStringList{"exposed-ssh high 1", "shadowed-drop medium 2 related=1"}
            << QStringList{"priority-conflict"};
        QTest::newRow("drops together mitigate (union)")
            << QStringList{"in drop tcp 22 0.0.0.0/1 p1", "in drop tcp 22 128.0.0.0/1 p2", "in accept tcp 22 0.0.0.0/0 p3"}
            << "basic"
            << QStringList{"exposed-ssh info 3 related=1,2 mitigated", "shadowed-rule low 3 related=1,2"}
            << QStringList{};
        QTest::newRow("partly mitigated ports")
            << QStringList{"in drop tcp 22 0.0.0.0/0 p1", "in accept tcp 1-65535 0.0.0.0/0 p2"} << "basic"
            << QStringList{"exposed-all-ports critical 2 related=1 says=partly_mitigated_by_rule_1,_but_still_open_to_the_internet:_TCP_1-21,_TCP_23-65535"}
            << QStringList{"shadowed-rule"};
        QTest::newRow("partly mitigated sources still internet")
            << QStringList{"in drop tcp 22 0.0.0.0/1 p1", "in accept tcp 22 0.0.0.0/0 p2"} << "basic"
            << QStringList{"exposed-ssh high 2 related=1 says=partly_mitigated"} << QStringList{};
        QTest::newRow("partly mitigated to a narrow range")
            << QStringList{"in drop tcp 22 198.51.100.0/24 p1", "in accept tcp 22 198.51.100.0/23 p2"} << "basic"
            << QStringList{"exposed-ssh info 2 related=1 says=still_open_to_public_addresses:_SSH_(TCP_22)"} << QStringList{};
        QTest::newRow("drops leave only private sources")
            << QStringList{"in drop tcp 2375 0.0.0.0/5 p1", "in drop tcp 2375 8.0.0.0/7 p1", "in drop tcp 2375 11.0.0.0/8 p1",
                           "in drop tcp 2375 12.0.0.0/6 p1", "in drop tcp 2375 16.0.0.0/4 p1", "in drop tcp 2375 32.0.0.0/3 p1",
                           "in drop tcp 2375 64.0.0.0/2 p1", "in drop tcp 2375 128.0.0.0/1 p1", "in accept tcp 2375 0.0.0.0/0 p2"}
            << "basic" << QStringList{"exposed-docker info 9 related=1,2,3,4,5,6,7,8 says=still_open_to_a_private_network"}
            << QStringList{};
        QTest::newRow("drops leave only private sources: mitigated")
            << QStringList{"in drop tcp 22 0.0.0.0/5 p1", "in drop tcp 22 8.0.0.0/7 p1", "in drop tcp 22 11.0.0.0/8 p1",
                           "in drop tcp 22 12.0.0.0/6 p1", "in drop tcp 22 16.0.0.0/4 p1", "in drop tcp 22 32.0.0.0/3 p1",
                           "in drop tcp 22 64.0.0.0/2 p1", "in drop tcp 22 128.0.0.0/1 p1", "in accept tcp 22 0.0.0.0/0 p2"}
            << "basic" << QStringList{"exposed-ssh info 9 related=1,2,3,4,5,6,7,8 mitigated says=mitigated_by_rules_1,_2,_3,_4,_5,_6,_7,_8"}
            << QStringList{};
        QTest::newRow("refined drop does not mitigate")
            << QStringList{"in drop tcp 22 0.0.0.0/0 p1 local=10.0.0.5", "in accept tcp 22 0.0.0.0/0 p2"} << "basic"
            << QStringList{"exposed-ssh high 2"} << QStringList{"shadowed-rule"};
        QTest::newRow("other protocol drop does not mitigate")
            << QStringList{"in drop udp 22 0.0.0.0/0 p1", "in accept tcp 22 0.0.0.0/0 p2"} << "basic"
            << QStringList{"exposed-ssh high 2"} << QStringList{"shadowed-rule"};

        // --- exposure x sensitivity ---
        QTest::newRow("all ports") << QStringList{"in accept tcp 1-65535 0.0.0.0/0 p1"} << "basic"
                                   << QStringList{"exposed-all-ports critical 1"} << QStringList{"exposed-ssh", "port-range"};
        QTest::newRow("all ports udp") << QStringList{"in accept udp 1-65535 0.0.0.0/0 p1"} << "basic"
                                       << QStringList{"exposed-all-ports critical 1"} << QStringList{};
        QTest::newRow("all ports from a wide public range") << QStringList{"in accept tcp 1-65535 47.0.0.0/12 p1"} << "basic"
                                                            << QStringList{"exposed-all-ports high 1"} << QStringList{};
        QTest::newRow("all traffic from a private range") << QStringList{"in accept all - 10.0.0.0/8 p1"} << "basic"
                                                          << QStringList{"exposed-all-protocols info 1"} << QStringList{};
        QTest::newRow("docker internet") << QStringList{"in accept tcp 2375 0.0.0.0/0 p1"} << "basic"
                                         << QStringList{"exposed-docker critical 1"} << QStringList{};
        QTest::newRow("docker tls, a public /8 is the internet") << QStringList{"in accept tcp 2376 47.0.0.0/8 p1"} << "basic"
                                                                 << QStringList{"exposed-docker critical 1"} << QStringList{};
        QTest::newRow("docker narrow public") << QStringList{"in accept tcp 2375-2376 203.0.113.10/32 p1"} << "basic"
                                              << QStringList{"exposed-docker medium 1"} << QStringList{"port-range"};
        QTest::newRow("docker private") << QStringList{"in accept tcp 2375 172.16.0.0/12 p1"} << "basic"
                                        << QStringList{"exposed-docker info 1"} << QStringList{};
        QTest::newRow("docker from a group") << QStringList{"in accept tcp 2375 sg-cluster p1"} << "basic"
                                             << QStringList{} << QStringList{"exposed-docker"};
        QTest::newRow("ssh wide public") << QStringList{"in accept tcp 22 198.51.0.0/16 p1"} << "basic"
                                         << QStringList{"exposed-ssh medium 1 says=a_wide_public_range"} << QStringList{};
        QTest::newRow("ssh narrow public") << QStringList{"in accept tcp 22 203.0.113.10/32 p1"} << "basic"
                                           << QStringList{"exposed-ssh info 1"} << QStringList{};
        QTest::newRow("ssh private") << QStringList{"in accept tcp 22 10.0.0.0/8 p1"} << "basic" << QStringList{}
                                     << QStringList{"exposed-ssh"};
        QTest::newRow("ssh prefix list") << QStringList{"in accept tcp 22 pl-admins p1"} << "basic" << QStringList{}
                                         << QStringList{"exposed-ssh"};
        QTest::newRow("ssh egress is not exposure") << QStringList{"out accept tcp 22 0.0.0.0/0 p1"} << "basic"
                                                    << QStringList{} << QStringList{"exposed-ssh"};
        QTest::newRow("ssh drop is not exposure") << QStringList{"in drop tcp 22 0.0.0.0/0 p1"} << "basic"
                                                  << QStringList{} << QStringList{"exposed-ssh"};
        QTest::newRow("portal") << QStringList{"in accept tcp 12011 0.0.0.0/0 p1"} << "basic"
                                << QStringList{"exposed-portal medium 1"} << QStringList{};
        QTest::newRow("portal wide") << QStringList{"in accept tcp 12011 198.51.0.0/16 p1"} << "basic"
                                     << QStringList{"exposed-portal low 1"} << QStringList{};
        QTest::newRow("web") << QStringList{"in accept tcp 443 0.0.0.0/0 p1", "in accept tcp 80 ::/0 p1"} << "basic"
                             << QStringList{"exposed-web-port info 1", "exposed-web-port info 2"} << QStringList{"exposed-unlisted-port"};
        QTest::newRow("unlisted port") << QStringList{"in accept tcp 12345 0.0.0.0/0 p1"} << "basic"
                                       << QStringList{"exposed-unlisted-port medium 1 says=TCP_12345"} << QStringList{};
        QTest::newRow("range with named and unlisted ports")
            << QStringList{"in accept tcp 20-25 0.0.0.0/0 p1"} << "basic"
            << QStringList{"exposed-legacy-service high 1 says=FTP_(TCP_20-21),_Telnet_(TCP_23),_SMTP_(TCP_25)",
                           "exposed-ssh high 1 says=SSH_(TCP_22)", "exposed-unlisted-port medium 1 says=TCP_24", "port-range info 1"}
            << QStringList{};
        QTest::newRow("icmp open to all") << QStringList{"in accept icmp - 0.0.0.0/0 p1"} << "basic"
                                          << QStringList{"exposed-icmp info 1"} << QStringList{};
        QTest::newRow("icmp private") << QStringList{"in accept icmp - 10.0.0.0/8 p1"} << "basic" << QStringList{}
                                      << QStringList{"exposed-icmp"};

        // --- egress ---
        QTest::newRow("egress all") << QStringList{"out accept all - 0.0.0.0/0 p1"} << "enterprise"
                                    << QStringList{"egress-all-open low 1"} << QStringList{};
        QTest::newRow("egress all v6") << QStringList{"out accept all - ::/0 p1"} << "enterprise"
                                       << QStringList{"egress-all-open low 1"} << QStringList{};
        QTest::newRow("egress all ports") << QStringList{"out accept tcp 1-65535 0.0.0.0/0 p1"} << "enterprise"
                                          << QStringList{"egress-all-open low 1"} << QStringList{};
        QTest::newRow("egress all private") << QStringList{"out accept all - 10.0.0.0/8 p1"} << "enterprise"
                                            << QStringList{} << QStringList{"egress-all-open"};
        QTest::newRow("egress one port") << QStringList{"out accept tcp 443 0.0.0.0/0 p1"} << "enterprise"
                                         << QStringList{} << QStringList{"egress-all-open"};
        QTest::newRow("egress all after egress drop") << QStringList{"out drop all - 0.0.0.0/0 p1", "out accept all - 0.0.0.0/0 p2"}
                                                      << "enterprise" << QStringList{"shadowed-rule low 2 related=1"}
                                                      << QStringList{"egress-all-open"};

        // --- the source document's practices ---
        QTest::newRow("scheduler from a CIDR") << QStringList{"in accept tcp 6817-6819 10.0.0.0/16 p1"} << "basic"
                                               << QStringList{"scheduler-cidr-source low 1 says=Slurm_(TCP_6817-6819)"}
                                               << QStringList{"port-range", "exposed-scheduler"};
        QTest::newRow("pbs from a CIDR") << QStringList{"in accept tcp 17001 192.168.0.0/24 p1"} << "basic"
                                         << QStringList{"scheduler-cidr-source low 1 says=PBS"} << QStringList{};
        QTest::newRow("scheduler from the cluster group") << QStringList{"in accept tcp 6817-6819 sg-cluster p1"} << "basic"
                                                          << QStringList{} << QStringList{"scheduler-cidr-source"};
        QTest::newRow("scheduler from the internet")
            << QStringList{"in accept tcp 6817-6819 0.0.0.0/0 p1", "in accept tcp 15001-15003 ::/0 p1"} << "basic"
            << QStringList{"exposed-scheduler high 1", "exposed-scheduler high 2"} << QStringList{};
        QTest::newRow("monitoring from a broad range") << QStringList{"in accept tcp 9090 10.0.0.0/16 p1"} << "basic"
                                                       << QStringList{"monitoring-broad-source low 1"} << QStringList{};
        QTest::newRow("monitoring from its server") << QStringList{"in accept tcp 9090 10.0.8.15/32 p1"} << "basic"
                                                    << QStringList{} << QStringList{"monitoring-broad-source"};
        QTest::newRow("fluentd internet") << QStringList{"in accept tcp 24224 0.0.0.0/0 p1"} << "basic"
                                          << QStringList{"exposed-monitoring high 1"} << QStringList{};
        QTest::newRow("rdp review") << QStringList{"in accept tcp 3389 10.0.0.0/8 p1"} << "basic"
                                    << QStringList{"remote-access-review info 1"} << QStringList{"exposed-rdp"};
        QTest::newRow("vscode review") << QStringList{"in accept tcp 3000 sg-admins p1"} << "basic"
                                       << QStringList{"remote-access-review info 1"} << QStringList{};
        QTest::newRow("ssh needs no review") << QStringList{"in accept tcp 22 10.0.0.0/8 p1"} << "basic" << QStringList{}
                                             << QStringList{"remote-access-review"};
        QTest::newRow("port range") << QStringList{"in accept tcp 8000-9000 10.0.0.0/8 p1"} << "basic"
                                    << QStringList{"port-range info 1 says=8000-9000_(1001_ports)"} << QStringList{};
        QTest::newRow("service range is fine")
            << QStringList{"in accept udp 32765-32768 10.0.0.0/8 p1", "in accept tcp 15001-15003 sg-x p1"} << "basic"
            << QStringList{} << QStringList{"port-range"};
        QTest::newRow("wider than the service") << QStringList{"in accept tcp 22-23 10.0.0.0/8 p1 services=ssh"} << "basic"
                                                << QStringList{"wider-than-service low 1 says=built_for_SSH"} << QStringList{};
        QTest::newRow("exactly the service") << QStringList{"in accept tcp 22 10.0.0.0/8 p1 services=ssh,git"} << "basic"
                                             << QStringList{} << QStringList{"wider-than-service"};
        QTest::newRow("upstream ports are the service") << QStringList{"in accept tcp 20048 10.0.0.0/8 p1 services=nfs"} << "basic"
                                                        << QStringList{} << QStringList{"wider-than-service"};
        QTest::newRow("missing description") << QStringList{"in accept tcp 22 10.0.0.0/8 p1 nodesc"} << "basic"
                                             << QStringList{"missing-description low 1"} << QStringList{};
        QTest::newRow("described") << QStringList{"in accept tcp 22 10.0.0.0/8 p1"} << "basic" << QStringList{}
                                   << QStringList{"missing-description"};

        // --- rule-set analysis ---
        QTest::newRow("duplicate") << QStringList{"in accept tcp 22 10.0.0.0/8 p1", "in accept tcp 22 10.0.0.0/8 p1 nodesc"}
                                   << "basic" << QStringList{"duplicate-rule low 2 related=1", "missing-description low 2"}
                                   << QStringList{"shadowed-rule", "redundant-rule"};
        QTest::newRow("same block other priority is no duplicate")
            << QStringList{"in accept tcp 22 10.0.0.0/8 p1", "in accept tcp 22 10.0.0.0/8 p2"} << "basic"
            << QStringList{"shadowed-rule low 2 related=1"} << QStringList{"duplicate-rule"};
        QTest::newRow("shadowed by several accepts")
            << QStringList{"in accept tcp 1-100 10.0.0.0/8 p1", "in accept tcp 101-200 10.0.0.0/8 p1",
                           "in accept tcp 50-150 10.0.0.0/8 p2"}
            << "basic" << QStringList{"shadowed-rule low 3 related=1,2"} << QStringList{"redundant-rule"};
        QTest::newRow("partly covered is not shadowed")
            << QStringList{"in accept tcp 1-100 10.0.0.0/8 p1", "in accept tcp 101-200 10.0.0.0/8 p1",
                           "in accept tcp 50-250 10.0.0.0/8 p2"}
            << "basic" << QStringList{} << QStringList{"shadowed-rule"};
        QTest::newRow("drop shadowed by accepts together")
            << QStringList{"in accept tcp 22 10.0.0.0/9 p1", "in accept tcp 22 10.128.0.0/9 p1", "in drop tcp 22 10.0.0.0/8 p5"}
            << "basic" << QStringList{"shadowed-drop medium 3 related=1,2"} << QStringList{"shadowed-rule"};
        QTest::newRow("drop shadowed by drops")
            << QStringList{"in drop tcp 22 10.0.0.0/8 p1", "in drop tcp 22 10.1.0.0/16 p5"} << "basic"
            << QStringList{"shadowed-rule low 2 related=1"} << QStringList{"shadowed-drop"};
        QTest::newRow("group rule shadowed by 0.0.0.0/0")
            << QStringList{"in drop all - 0.0.0.0/0 p1", "in accept tcp 22 sg-cluster p2"} << "basic"
            << QStringList{"shadowed-rule low 2 related=1"} << QStringList{};
        QTest::newRow("redundant beside a wider block")
            << QStringList{"in accept tcp 22 10.0.0.0/8 p1", "in accept tcp 22 10.1.0.0/16 p1"} << "basic"
            << QStringList{"redundant-rule info 2 related=1"} << QStringList{"shadowed-rule"};
        QTest::newRow("redundant narrower first")
            << QStringList{"in accept tcp 22 10.1.0.0/16 p1", "in accept tcp 22 10.0.0.0/8 p1"} << "basic"
            << QStringList{"redundant-rule info 1 related=2"} << QStringList{"shadowed-rule"};
        QTest::newRow("redundant before a later wider accept")
            << QStringList{"in accept tcp 22 10.1.0.0/16 p1", "in accept tcp 22 10.0.0.0/8 p5"} << "basic"
            << QStringList{"redundant-rule info 1 related=2"} << QStringList{};
        QTest::newRow("a drop in between keeps it")
            << QStringList{"in accept tcp 22 10.1.0.0/16 p1", "in drop tcp 22 10.1.2.0/24 p3", "in accept tcp 22 10.0.0.0/8 p5"}
            << "basic" << QStringList{} << QStringList{"redundant-rule"};
        QTest::newRow("drop redundant with default deny")
            << QStringList{"in drop tcp 22 203.0.113.0/24 p100"} << "basic"
            << QStringList{"redundant-rule info 1 says=the_group's_default_(deny_inbound)"} << QStringList{};
        QTest::newRow("universal drop keeps members out")
            << QStringList{"in drop all - 0.0.0.0/0 p100"} << "basic" << QStringList{} << QStringList{"redundant-rule"};
        QTest::newRow("universal drop, inner policy drop")
            << QStringList{"in drop all - 0.0.0.0/0 p100"} << "basic-drop" << QStringList{"redundant-rule info 1"}
            << QStringList{};
        QTest::newRow("own group accept redundant with intra-group access")
            << QStringList{"in accept tcp 22 sg-own p1"} << "basic" << QStringList{"redundant-rule info 1"} << QStringList{};
        QTest::newRow("own group accept needed when inner drop")
            << QStringList{"in accept tcp 22 sg-own p1"} << "basic-drop" << QStringList{} << QStringList{"redundant-rule"};
        QTest::newRow("egress accept redundant in a basic group")
            << QStringList{"out accept tcp 443 0.0.0.0/0 p1"} << "basic"
            << QStringList{"redundant-rule info 1 says=allow_outbound"} << QStringList{};
        QTest::newRow("egress accept needed in an enterprise group")
            << QStringList{"out accept tcp 443 0.0.0.0/0 p1"} << "enterprise" << QStringList{} << QStringList{"redundant-rule"};
        QTest::newRow("priority tie")
            << QStringList{"in accept tcp 22 10.0.0.0/8 p1", "in drop tcp 22 10.1.0.0/16 p1"} << "basic"
            << QStringList{"priority-conflict low 1 related=2 says=the_drop_wins"} << QStringList{"shadowed-rule"};
        QTest::newRow("no tie across priorities")
            << QStringList{"in accept tcp 22 10.0.0.0/8 p1", "in drop tcp 22 10.1.0.0/16 p2"} << "basic" << QStringList{}
            << QStringList{"priority-conflict"};
        QTest::newRow("no tie across protocols")
            << QStringList{"in accept tcp 22 10.0.0.0/8 p1", "in drop udp 22 10.1.0.0/16 p1"} << "basic" << QStringList{}
            << QStringList{"priority-conflict"};

        // --- limits and group type ---
        QTest::newRow("50 rules") << many(50, QStringLiteral("in accept tcp 22 10.0.%1.%2/32 p1")) << "enterprise"
                                  << QStringList{} << QStringList{"many-rules", "api-call-limit"};
        QTest::newRow("51 rules") << many(51, QStringLiteral("in accept tcp 22 10.0.%1.%2/32 p1")) << "enterprise"
                                  << QStringList{"many-rules info -"} << QStringList{"api-call-limit"};
        QTest::newRow("101 inbound") << many(101, QStringLiteral("in accept tcp 22 10.0.%1.%2/32 p1")) << "enterprise"
                                     << QStringList{"api-call-limit info - says=takes_2_calls"} << QStringList{"rules-per-group-limit"};
        QTest::newRow("201 rules") << many(201, QStringLiteral("in accept tcp 22 10.0.%1.%2/32 p1")) << "enterprise"
                                   << QStringList{"rules-per-group-limit medium - says=needs_2_files"} << QStringList{"nic-rule-limit"};
        QTest::newRow("1001 rules") << many(1001, QStringLiteral("in accept tcp 22 10.0.%1.%2/32 p1")) << "enterprise"
                                    << QStringList{"nic-rule-limit high -"} << QStringList{};
        QTest::newRow("20 group references") << many(20, QStringLiteral("in accept tcp 22 sg-peer%1x%2 p1")) << "basic"
                                             << QStringList{} << QStringList{"group-reference-limit"};
        QTest::newRow("21 group references") << many(21, QStringLiteral("in accept tcp 22 sg-peer%1x%2 p1")) << "basic"
                                             << QStringList{"group-reference-limit high 21"} << QStringList{};
        QTest::newRow("group reference in an enterprise group")
            << QStringList{"in accept tcp 22 10.0.0.0/8 p1", "in accept tcp 22 sg-x p1"} << "enterprise"
            << QStringList{"enterprise-group-reference high 2"} << QStringList{"basic-group"};
        QTest::newRow("basic group") << QStringList{} << "basic" << QStringList{"basic-group info - says=(here:_Accept)"}
                                     << QStringList{};
        QTest::newRow("enterprise group") << QStringList{} << "enterprise" << QStringList{} << QStringList{"basic-group"};
    }

    void checks()
    {
        QFETCH(QStringList, rules);
        QFETCH(QString, group);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        const AnalysisResult result = analyze(rules, group);
        for (const QString &want : expected) {
            const bool found = std::any_of(result.findings.cbegin(), result.findings.cend(),
                                           [&](const Finding &f) { return matches(f, result, want); });
            QVERIFY2(found, qPrintable(QStringLiteral("missing \"%1\"; findings:\n%2").arg(want, dump(result))));
        }
        for (const QString &check : absent) {
            for (const Finding &f : result.findings)
                QVERIFY2(f.check != check, qPrintable(QStringLiteral("unexpected: %1").arg(describe(f, result))));
        }
        // Every finding names a catalogue check and its rules are 1-based positions.
        for (const Finding &f : result.findings) {
            QVERIFY2(!checkInfo(f.check.toString()).id.isEmpty(), qPrintable(f.check.toString()));
            for (int r : f.rules)
                QVERIFY(r >= 1 && r <= rules.size());
            QVERIFY(!result.message(f).isEmpty());
            QVERIFY(!f.recommendation.isEmpty());
        }
    }

    // Every port the peers flag (reference risk-checks.md section 2) is at least high from the
    // internet, with the check the catalogue gives it.
    void peerPorts_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("severity");
        const QList<std::tuple<const char *, int, const char *, const char *>> rows{
            {"tcp", 22, "exposed-ssh", "high"},
            {"tcp", 3389, "exposed-rdp", "high"},
            {"udp", 3389, "exposed-rdp", "high"},
            {"tcp", 3000, "exposed-vscode", "high"},
            {"tcp", 8888, "exposed-jupyter", "high"},
            {"tcp", 6817, "exposed-scheduler", "high"},
            {"tcp", 6819, "exposed-scheduler", "high"},
            {"tcp", 15001, "exposed-scheduler", "high"},
            {"tcp", 15003, "exposed-scheduler", "high"},
            {"tcp", 17001, "exposed-scheduler", "high"},
            {"tcp", 111, "exposed-nfs", "high"},
            {"tcp", 2049, "exposed-nfs", "high"},
            {"udp", 20048, "exposed-nfs", "high"},
            {"udp", 32765, "exposed-nfs", "high"},
            {"udp", 32768, "exposed-nfs", "high"},
            {"tcp", 9090, "exposed-monitoring", "high"},
            {"tcp", 24224, "exposed-monitoring", "high"},
            {"tcp", 2375, "exposed-docker", "critical"},
            {"tcp", 2376, "exposed-docker", "critical"},
            {"tcp", 12011, "exposed-portal", "medium"},
            {"tcp", 20, "exposed-legacy-service", "high"},
            {"tcp", 21, "exposed-legacy-service", "high"},
            {"tcp", 23, "exposed-legacy-service", "high"},
            {"tcp", 25, "exposed-legacy-service", "high"},
            {"tcp", 110, "exposed-legacy-service", "high"},
            {"tcp", 143, "exposed-legacy-service", "high"},
            {"tcp", 135, "exposed-legacy-service", "high"},
            {"tcp", 445, "exposed-legacy-service", "high"},
            {"tcp", 137, "exposed-legacy-service", "high"},
            {"udp", 139, "exposed-legacy-service", "high"},
            {"tcp", 1433, "exposed-database", "high"},
            {"tcp", 1434, "exposed-database", "high"},
            {"tcp", 1521, "exposed-database", "high"},
            {"tcp", 2483, "exposed-database", "high"},
            {"tcp", 3306, "exposed-database", "high"},
            {"tcp", 4333, "exposed-database", "high"},
            {"tcp", 5432, "exposed-database", "high"},
            {"tcp", 6379, "exposed-database", "high"},
            {"tcp", 27017, "exposed-database", "high"},
            {"tcp", 27018, "exposed-database", "high"},
            {"tcp", 11211, "exposed-database", "high"},
            {"tcp", 9092, "exposed-database", "high"},
            {"tcp", 9200, "exposed-database", "high"},
            {"tcp", 9300, "exposed-database", "high"},
            {"tcp", 5601, "exposed-database", "high"},
            {"tcp", 7199, "exposed-database", "high"},
            {"tcp", 9160, "exposed-database", "high"},
            {"tcp", 5000, "exposed-web-dev-port", "high"},
            {"tcp", 8080, "exposed-web-dev-port", "high"},
            {"tcp", 8088, "exposed-web-dev-port", "high"},
            {"tcp", 5500, "exposed-vnc", "high"},
            {"tcp", 5900, "exposed-vnc", "high"},
            {"tcp", 4505, "exposed-infrastructure-port", "high"},
            {"tcp", 4506, "exposed-infrastructure-port", "high"},
            {"tcp", 8020, "exposed-infrastructure-port", "high"},
            {"tcp", 50070, "exposed-infrastructure-port", "high"},
            {"udp", 53, "exposed-infrastructure-port", "high"},
            {"tcp", 53, "exposed-infrastructure-port", "high"},
            {"tcp", 1, "exposed-unlisted-port", "medium"},
            {"udp", 2049, "exposed-nfs", "high"},
        };
        for (const auto &[protocol, port, check, severity] : rows) {
            QTest::addRow("%s %d", protocol, port) << QString::fromLatin1(protocol) << port << QString::fromLatin1(check)
                                                   << QString::fromLatin1(severity);
        }
    }

    void peerPorts()
    {
        QFETCH(QString, protocol);
        QFETCH(int, port);
        QFETCH(QString, check);
        QFETCH(QString, severity);
        for (const QString &source : {QStringLiteral("0.0.0.0/0"), QStringLiteral("::/0")}) {
            const AnalysisResult result = analyze({QStringLiteral("in accept %1 %2 %3 p1").arg(protocol).arg(port).arg(source)},
                                                  QStringLiteral("enterprise"));
            const QStringList exposure = [&] {
                QStringList out;
                for (const Finding &f : result.findings) {
                    if (f.check.toString().startsWith(u"exposed-"))
                        out.append(f.check + u' ' + toId(f.severity));
                }
                return out;
            }();
            QCOMPARE(exposure, QStringList{check + u' ' + severity});
        }
    }

    void severityTable()
    {
        // The minimums of DESIGN section 6.
        QCOMPARE(exposureSeverity(Exposure::Internet, Sensitivity::Critical), Severity::Critical);
        QCOMPARE(exposureSeverity(Exposure::Internet, Sensitivity::High), Severity::High);
        QCOMPARE(exposureSeverity(Exposure::Internet, Sensitivity::Medium), Severity::Medium);
        QCOMPARE(exposureSeverity(Exposure::PublicWide, Sensitivity::High), Severity::Medium);
        QCOMPARE(exposureSeverity(Exposure::PublicNarrow, Sensitivity::Critical), Severity::Medium);
        QCOMPARE(exposureSeverity(Exposure::Private, Sensitivity::High), std::nullopt);
        QCOMPARE(exposureSeverity(Exposure::Scoped, Sensitivity::Critical), std::nullopt);
        // Wider sources and more sensitive ports are never less severe.
        const QList<Exposure> exposures = allExposures();
        QCOMPARE(exposures.size(), 6);
        const QList<Sensitivity> sensitivities{Sensitivity::Low, Sensitivity::Medium, Sensitivity::High, Sensitivity::Critical};
        auto rank = [](std::optional<Severity> s) { return s ? int(*s) : -1; };
        for (qsizetype e = 0; e < exposures.size(); ++e) {
            for (qsizetype s = 0; s < sensitivities.size(); ++s) {
                const int here = rank(exposureSeverity(exposures[e], sensitivities[s]));
                if (e > 0)
                    QVERIFY(here >= rank(exposureSeverity(exposures[e - 1], sensitivities[s])));
                if (s > 0)
                    QVERIFY(here >= rank(exposureSeverity(exposures[e], sensitivities[s - 1])));
            }
        }
    }

    void catalogue()
    {
        const QList<CheckInfo> checks = checkCatalogue();
        QSet<QString> ids;
        for (const CheckInfo &c : checks) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids.insert(c.id);
            QVERIFY(!c.title.isEmpty() && !c.description.isEmpty() && !c.recommendation.isEmpty());
            QVERIFY(QStringList({"exposure", "egress", "practice", "rule-set", "limits", "workspace", "baseline"}).contains(c.category));
        }
        QCOMPARE(checks.size(), 45);
        for (const SensitivePort &port : sensitivePorts())
            QVERIFY2(ids.contains(QString::fromLatin1(port.check)), port.check);
        QCOMPARE(checkInfo(QStringLiteral("exposed-docker")).severity, Severity::Critical);
        QVERIFY(checkInfo(QStringLiteral("no-such-check")).id.isEmpty());
    }

    void severityIds()
    {
        for (Severity s : allSeveritiesDescending())
            QCOMPARE(severityFromId(toId(s)), s);
        QCOMPARE(severityFromId(u"HIGH"), Severity::High);
        QCOMPARE(severityFromId(u"never"), std::nullopt);
        QVERIFY(Severity::Critical > Severity::High && Severity::Low > Severity::Info);
    }

    // Findings come most severe first, then by rule; the per-rule index points back at them.
    void orderAndIndex()
    {
        const AnalysisResult result = analyze({"in accept tcp 22 10.0.0.0/8 p1 nodesc", "in accept tcp 2375 0.0.0.0/0 p1",
                                               "in accept tcp 22 0.0.0.0/0 p1", "in accept tcp 22 10.0.0.0/8 p1"},
                                              QStringLiteral("basic"));
        QStringList order;
        for (const Finding &f : result.findings)
            order.append(f.check + u' ' + QString::number(f.rules.value(0)));
        // Rule 1 (10.0.0.0/8) is also redundant beside rule 3 (0.0.0.0/0) at the same priority.
        QCOMPARE(order, (QStringList{"exposed-docker 2", "exposed-ssh 3", "missing-description 1", "duplicate-rule 4", "redundant-rule 1", "basic-group 0"}));
        QCOMPARE(result.ruleSeverity.size(), 4);
        QCOMPARE(result.ruleSeverity[0], Severity::Low);
        QCOMPARE(result.ruleSeverity[1], Severity::Critical);
        QCOMPARE(result.ruleSeverity[2], Severity::High);
        QCOMPARE(result.ruleSeverity[3], Severity::Low);
        QCOMPARE(findingsOf(result, 1), QList<int>{0});
        QCOMPARE(findingsOf(result, 0), (QList<int>{2, 4}));
        QCOMPARE(findingsOf(result, 2), QList<int>{1});
        QCOMPARE(findingsOf(result, 3), QList<int>{3});
        QCOMPARE(result.ruleFindings.size(), 4);
        QCOMPARE(result.count(Severity::Info), 2);
        QCOMPARE(result.countAtLeast(Severity::High), 2);
        const AnalysisResult clean = analyze({"in accept tcp 22 10.0.0.0/8 p1"}, QStringLiteral("enterprise"));
        QCOMPARE(clean.ruleSeverity[0], std::nullopt);
        QVERIFY(clean.ruleFindings[0].empty());
    }

    // The index by rule: a finding that names a rule twice is listed once for it, findings out of
    // range are left out, and an accepted (suppressed) finding is listed but does not set the
    // rule's severity.
    void indexByRule()
    {
        AnalysisResult result;
        const auto finding = [](Severity severity, QList<int> rules, bool suppressed = false) {
            Finding f;
            f.severity = severity;
            f.rules = std::move(rules);
            if (suppressed)
                f.setSuppression(Suppression{QStringLiteral("accepted"), QDate(2030, 1, 1)});
            return f;
        };
        result.findings = {finding(Severity::High, {1, 3, 1}), finding(Severity::Critical, {3}, true),
                           finding(Severity::Low, {3, 9}), finding(Severity::Info, {})};
        result.index(4);
        QCOMPARE(result.ruleFindings.size(), 4);
        QCOMPARE(findingsOf(result, 0), QList<int>{0});
        QCOMPARE(findingsOf(result, 1), QList<int>{});
        QCOMPARE(findingsOf(result, 2), (QList<int>{0, 1, 2}));
        QCOMPARE(findingsOf(result, 3), QList<int>{});
        QCOMPARE(result.ruleSeverity[0], Severity::High);
        QCOMPARE(result.ruleSeverity[1], std::nullopt);
        QCOMPARE(result.ruleSeverity[2], Severity::High); // the critical one is accepted
        result.index(0);
        QVERIFY(result.ruleFindings.isEmpty());
    }

    // Large sets are checked on two threads: every rule still gets its findings, in order.
    void largeSetsCheckEveryRule()
    {
        QStringList lines;
        for (int i = 0; i < 6000; ++i)
            lines.append(QStringLiteral("in accept tcp 22 203.%1.%2.7/32 p1 nodesc").arg(i / 250).arg(i % 250));
        const AnalysisResult result = analyze(lines, QStringLiteral("enterprise"));
        QCOMPARE(result.findings.size(), 12000 + 4); // + many-rules, api-call-limit, rules-per-group-limit, nic-rule-limit
        QCOMPARE(result.count(Severity::Low), 6000);
        for (int i = 0; i < 6000; ++i) {
            QCOMPARE(result.ruleFindings[i].size(), 2);
            QCOMPARE(result.findings[result.ruleFindings[i][0]].rules, QList<int>{i + 1});
        }
        for (qsizetype k = 1; k < result.findings.size(); ++k) {
            const Finding &a = result.findings[k - 1];
            const Finding &b = result.findings[k];
            QVERIFY(a.severity > b.severity
                    || (a.severity == b.severity && a.rules.value(0, INT_MAX) <= b.rules.value(0, INT_MAX)));
        }
    }

    // Each duplicate points at the first rule of its kind, whatever lies between them; checked
    // against the plain quadratic definition on a set with many repeats and near misses.
    void duplicatesPointAtTheFirstOfTheirKind()
    {
        const RuleSet small = spec::rules({"in accept tcp 22 10.0.0.0/8 p1", "in accept tcp 80 10.0.0.0/8 p1",
                                           "in accept tcp 22 10.0.0.0/8 p1 nodesc", "in accept tcp 22 10.0.0.0/8 p2",
                                           "in accept tcp 80 10.0.0.0/8 p1", "in accept tcp 22 10.0.0.0/8 p1"});
        QCOMPARE(findDuplicates(small), (std::vector<int>{-1, -1, 0, -1, 1, 0}));

        QStringList lines;
        QRandomGenerator random(7);
        const QStringList peers{"10.0.0.0/8", "10.0.0.0/16", "0.0.0.0/0", "::/0", "sg-x", "pl-y"};
        for (int i = 0; i < 3000; ++i) {
            lines.append(QStringLiteral("%1 %2 tcp %3 %4 p%5")
                             .arg(random.bounded(2) ? "in" : "out", random.bounded(3) ? "accept" : "drop")
                             .arg(20 + random.bounded(5))
                             .arg(peers[random.bounded(int(peers.size()))])
                             .arg(1 + random.bounded(3)));
        }
        const RuleSet set = spec::rules(lines);
        std::vector<int> expected(size_t(set.rules.size()), -1);
        for (qsizetype i = 0; i < set.rules.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (set.rules[j].sameEffect(set.rules[i])) {
                    expected[size_t(i)] = int(j);
                    break;
                }
            }
        }
        QCOMPARE(findDuplicates(set), expected);
        QVERIFY(std::count(expected.cbegin(), expected.cend(), -1) < 500); // mostly repeats
    }

    // The workspace's interface views ask only for the exposures of a group's own rules, with the
    // other groups' rules appended after them: exactly what analyze() says of those rules.
    void exposureAnalysisMatchesTheFullOne_data()
    {
        QTest::addColumn<QStringList>("own");
        QTest::addColumn<QStringList>("appended");
        const QStringList own{"in accept tcp 22 0.0.0.0/0 p1", "in accept tcp 2375 0.0.0.0/0 p5 nodesc",
                              "in accept tcp 22 0.0.0.0/0 p1", "in accept all -1/-1 0.0.0.0/0 p50",
                              "in accept tcp 6817/6819 10.0.0.0/8 p1", "out accept all -1/-1 0.0.0.0/0 p1",
                              "in drop tcp 3389 0.0.0.0/0 p1", "in accept tcp 3389 0.0.0.0/0 p2"};
        QTest::newRow("nothing appended") << own << QStringList();
        QTest::newRow("drops appended") << own
                                        << QStringList{"in drop tcp 22 0.0.0.0/0 p1", "in drop tcp 1/65535 0.0.0.0/0 p40",
                                                       "in accept tcp 9090 0.0.0.0/0 p1"};
        QTest::newRow("checked on two threads") << many(6000, QStringLiteral("in accept tcp 22 203.%1.%2.7/32 p1"))
                                                << QStringList{"in drop tcp 22 203.0.0.0/16 p1"};
    }

    void exposureAnalysisMatchesTheFullOne()
    {
        QFETCH(QStringList, own);
        QFETCH(QStringList, appended);
        const RuleSet set = spec::rules(own + appended);
        const Analyzer analyzer;
        const AnalysisResult exposures = analyzer.analyzeExposure(set, own.size());
        QList<Finding> expected;
        for (const Finding &f : analyzer.analyze(set).findings) {
            if (f.check.toString().startsWith(u"exposed-") && !f.rules.isEmpty() && f.rules.constFirst() <= own.size())
                expected.append(f);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(exposures.findings, expected);
        QCOMPARE(exposures.ruleSeverity.size(), set.rules.size());
    }

    // A rule set straight from the API, through the real reader.
    void recommendationsFromTheSourceDocument()
    {
        const AnalysisResult result = analyze({"in accept tcp 22 0.0.0.0/0 p1", "in accept tcp 2375 0.0.0.0/0 p1",
                                               "in accept tcp 9090 0.0.0.0/0 p1", "in accept tcp 6817 0.0.0.0/0 p1"},
                                              QStringLiteral("basic"));
        QHash<QString, QString> byCheck;
        for (const Finding &f : result.findings)
            byCheck.insert(f.check, f.recommendation);
        QVERIFY(byCheck.value("exposed-ssh").contains("rather than allowing access from 0.0.0.0/0"));
        QVERIFY(byCheck.value("exposed-docker").contains("strictly internal"));
        QVERIFY(byCheck.value("exposed-monitoring").contains("must not be internet-accessible"));
        QVERIFY(byCheck.value("exposed-scheduler").contains("security group reference"));
    }

    // The advice names the scheduler the rule concerns, and fits the group: an enterprise group
    // cannot reference other groups, so it is told to use the vSwitch's CIDR block or a prefix list.
    void recommendationsFitTheSchedulerAndTheGroup_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("never");
        QTest::newRow("pbs from a cidr, basic") << "in accept tcp 15001-15003 10.0.0.0/16 p1"
                                                << "basic"
                                                << "scheduler-cidr-source"
                                                << "PBS"
                                                << "Slurm";
        QTest::newRow("pbs 17001 from a cidr, basic") << "in accept tcp 17001 10.0.0.0/16 p1"
                                                      << "basic"
                                                      << "scheduler-cidr-source"
                                                      << "PBS (15001"
                                                      << "Slurm";
        QTest::newRow("slurm from a cidr, basic") << "in accept tcp 6817-6819 10.0.0.0/16 p1"
                                                  << "basic"
                                                  << "scheduler-cidr-source"
                                                  << "Slurm"
                                                  << "PBS";
        QTest::newRow("pbs from a cidr, enterprise") << "in accept tcp 15001-15003 10.0.0.0/16 p1"
                                                     << "enterprise"
                                                     << "scheduler-cidr-source"
                                                     << "vSwitch"
                                                     << "Slurm";
        QTest::newRow("slurm from a cidr, enterprise") << "in accept tcp 6817-6819 10.0.0.0/16 p1"
                                                       << "enterprise"
                                                       << "scheduler-cidr-source"
                                                       << "prefix list"
                                                       << "security group reference";
        QTest::newRow("pbs from the internet, enterprise") << "in accept tcp 15001-15003 0.0.0.0/0 p1"
                                                           << "enterprise"
                                                           << "exposed-scheduler"
                                                           << "PBS"
                                                           << "security group reference";
        QTest::newRow("monitoring from the internet, enterprise") << "in accept tcp 9090 0.0.0.0/0 p1"
                                                                  << "enterprise"
                                                                  << "exposed-monitoring"
                                                                  << "prefix list"
                                                                  << "IP or security group";
    }

    void recommendationsFitTheSchedulerAndTheGroup()
    {
        QFETCH(QString, rule);
        QFETCH(QString, group);
        QFETCH(QString, check);
        QFETCH(QString, says);
        QFETCH(QString, never);
        const AnalysisResult result = analyze({rule}, group);
        bool found = false;
        for (const Finding &f : result.findings) {
            if (f.check != check)
                continue;
            found = true;
            const QString text = result.message(f) + u' ' + f.recommendation;
            QVERIFY2(text.contains(says), qPrintable(text));
            QVERIFY2(!text.contains(never), qPrintable(text));
            if (group == u"enterprise")
                QVERIFY2(!text.contains(QStringLiteral("security group reference")), qPrintable(text));
        }
        QVERIFY2(found, qPrintable(check));
    }
};

QTEST_APPLESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
