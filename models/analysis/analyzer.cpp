// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzer.h"

#include "checkids.h"
#include "checkinfo.h"
#include "core/limits.h"
#include "core/workerpool.h"
#include "duplicates.h"
#include "exposureclassifier.h"
#include "rulecoverage.h"
#include "sensitiveports.h"
#include "severitytable.h"

#include "catalogue/workbenchranges.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <unordered_map>

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace sg {
namespace {

// Thresholds of the limit checks (reference section 3).
constexpr int ManyRulesThreshold = 50;
using Limits::GroupReferencesPerBasicGroup;
using Limits::PermissionsPerCall;
constexpr int RulesPerGroupThreshold = Limits::RulesPerConsoleFile;
constexpr int RulesPerNic = Limits::RulesPerInterface;
// Monitoring should come from its servers: a block wider than this is not "the monitoring server".
constexpr int MonitoringPrefixV4 = 28;
constexpr int MonitoringPrefixV6 = 124;

// The words about the rules of one set that messages are made of (in the translation context of
// the analyzer's messages, sg::Run), for Run and for the messages findings make when read.
class RuleWords
{
    Q_DECLARE_TR_FUNCTIONS(sg::Run)

public:
    explicit RuleWords(const RuleSet &set)
        : m_set(set) {}

    // "Rule 3 (sgr-...)" at the start of a sentence, "rule 3 (sgr-...)" inside one.
    QString label(int i, bool capital = true) const
    {
        const QString &id = m_set.rules.at(i).id;
        if (capital)
            return id.isEmpty() ? tr("Rule %1").arg(i + 1) : tr("Rule %1 (%2)").arg(QString::number(i + 1), id);
        return id.isEmpty() ? tr("rule %1").arg(i + 1) : tr("rule %1 (%2)").arg(QString::number(i + 1), id);
    }

    // "rule 4", "rules 4, 9" of 1-based positions; "rules 4, 9, ..." when there are more.
    static QString ruleList(const RuleNumbers &positions, bool more = false)
    {
        QStringList numbers;
        for (int r : positions)
            numbers.append(QString::number(r));
        QString list = numbers.join(QStringLiteral(", "));
        if (more)
            list += QStringLiteral(", ...");
        return positions.size() == 1 && !more ? tr("rule %1").arg(list) : tr("rules %1").arg(list);
    }

    // "inbound TCP 22 from 0.0.0.0/0", "outbound all protocols to sg-x"
    static QString summary(const Rule &r)
    {
        QString what = r.protocol == Protocol::All ? tr("all protocols") : toApiString(r.protocol);
        if (hasPorts(r.protocol))
            what += u' ' + (r.ports.isNone() ? tr("all ports") : r.ports.toDisplayString());
        return r.isIngress() ? tr("inbound %1 from %2").arg(what, r.peer.text())
                             : tr("outbound %1 to %2").arg(what, r.peer.text());
    }

    // What decides a rule's traffic when no rule does.
    QString defaultPhrase(const Rule &r) const
    {
        const GroupInfo &g = m_set.group;
        const bool basic = g.type == GroupType::Basic;
        if (!r.isIngress())
            return basic ? tr("the basic group's default (allow outbound)") : tr("the enterprise group's default (deny outbound)");
        const bool members = (r.peer.kind() == Endpoint::Kind::Ipv4 && r.peer.isUniversal())
            || (r.peer.kind() == Endpoint::Kind::SecurityGroup && r.peer.text().compare(g.securityGroupId, Qt::CaseInsensitive) == 0);
        if (basic && g.innerAccessPolicy == Policy::Accept && members)
            return tr("the group's defaults (deny inbound, but allow its own members)");
        return tr("the group's default (deny inbound)");
    }

    // The message of a finding whose form is not Held, about rule i (0-based) and `related`
    // (1-based positions).
    QString message(MessageForm form, int i, const RuleNumbers &related) const
    {
        const Rule &r = m_set.rules.at(i);
        const bool more = related.size() >= RuleCoverage::MaxRelated;
        switch (form) {
        case MessageForm::Held: break;
        case MessageForm::MissingDescription: return tr("%1 has no description: %2.").arg(label(i), summary(r));
        case MessageForm::DuplicateRule:
            return tr("%1 repeats rule %2 (%3, %4, priority %5): same traffic, same decision; the API accepts it but it adds nothing.")
                .arg(label(i), QString::number(related.value(0)), summary(r), toApiString(r.policy), QString::number(r.priority));
        case MessageForm::ShadowedRule:
        case MessageForm::ShadowedDrop: {
            const QString deciders = related.isEmpty() ? tr("earlier rules")
                                                       : ruleList(related, more) + (related.size() > 1 ? tr(" together") : QString());
            if (form == MessageForm::ShadowedDrop) {
                return tr("Drop %1 (%2, priority %3) never takes effect: all the traffic it matches is decided first by %4, which accept some of it, so the block it was written for does not happen.")
                    .arg(label(i, false), summary(r), QString::number(r.priority), deciders);
            }
            return tr("%1 (%2 %3, priority %4) never takes effect: all the traffic it matches is decided first by %5.")
                .arg(label(i), toApiString(r.policy), summary(r), QString::number(r.priority), deciders);
        }
        case MessageForm::RedundantRule:
        case MessageForm::RedundantOrDefault: {
            QString deciders = related.isEmpty() ? QString() : ruleList(related, more);
            if (form == MessageForm::RedundantOrDefault) {
                const QString fallback = defaultPhrase(r);
                deciders = deciders.isEmpty() ? fallback : tr("%1 and %2").arg(deciders, fallback);
            }
            return tr("%1 (%2 %3, priority %4) is redundant: without it, %5 would decide its traffic the same way.")
                .arg(label(i), toApiString(r.policy), summary(r), QString::number(r.priority), deciders);
        }
        case MessageForm::PriorityConflict:
            return tr("%1 (%2) and drop %3 have the same priority %4 and match some of the same traffic: at equal priority the drop wins there.")
                .arg(label(i), summary(r), ruleList(related), QString::number(r.priority));
        case MessageForm::SchedulerCidrSource: {
            const QString ports = namedPortsOf(r, CheckIds::ExposedScheduler).join(QStringLiteral(", "));
            return m_set.group.type == GroupType::Enterprise
                ? tr("%1 opens %2 to the address block %3; scheduler ports should be reachable only from the cluster's nodes: the CIDR block of the cluster's vSwitch or a prefix list of its nodes.")
                      .arg(label(i), ports, r.peer.text())
                : tr("%1 opens %2 to the address block %3; scheduler ports should be reachable only from the cluster's nodes, best through a security group reference.")
                      .arg(label(i), ports, r.peer.text());
        }
        case MessageForm::MonitoringBroadSource:
            return tr("%1 opens %2 to %3, a block of many addresses rather than the monitoring servers.")
                .arg(label(i), namedPortsOf(r, CheckIds::ExposedMonitoring).join(QStringLiteral(", ")), r.peer.text());
        case MessageForm::RemoteAccessReview: {
            const QStringList ports = namedPortsOf(r, CheckIds::ExposedRdp) + namedPortsOf(r, CheckIds::ExposedVsCode);
            return tr("%1 opens %2 to %3: direct access to running instances; review who has it regularly.")
                .arg(label(i), ports.join(QStringLiteral(", ")), r.peer.text());
        }
        case MessageForm::PortRange:
            return tr("%1 opens the port range %2 (%3 ports) rather than single ports: %4.")
                .arg(label(i), r.ports.toDisplayString(), QString::number(r.ports.count()), summary(r));
        }
        return {};
    }

private:
    const RuleSet &m_set;
};

// One pass of the analyzer over one rule set.
class Run
{
    Q_DECLARE_TR_FUNCTIONS(sg::Run)

public:
    // Every check on every rule; with exposureOf set, only the exposure checks of the first
    // *exposureOf rules (Analyzer::analyzeExposure).
    Run(const RuleSet &set, const ServiceCatalogue &catalogue, const std::vector<QList<ServicePort>> &servicePorts,
        std::optional<qsizetype> exposureOf = std::nullopt)
        : m_set(set), m_words(set), m_catalogue(catalogue), m_servicePorts(servicePorts), m_exposureOnly(exposureOf.has_value())
    {
        m_checked = exposureOf ? std::clamp<qsizetype>(*exposureOf, 0, set.rules.size()) : set.rules.size();
    }

    AnalysisResult run()
    {
        const qsizetype n = m_checked;
        m_original = findDuplicates(m_set);
        m_duplicateOf.assign(m_original.size(), false);
        for (size_t i = 0; i < m_original.size(); ++i)
            m_duplicateOf[i] = m_original[i] >= 0;
        bool parallel = false;
        {
            const RuleCoverage coverage(m_set, m_duplicateOf);
            m_coverage = &coverage;
            // Rules are checked independently: large sets check the second half on sg::workerPool(),
            // with a Run of its own (its own string caches) that adds its findings to this run's
            // list, under a lock: one list, never two joined (which would hold both at once, 11 MB
            // more at 100,000 rules). The sort below orders them whatever the interleaving: findings
            // with equal keys are of one rule, found by one thread in order. (When the pool is busy
            // - a workspace analyses its groups on it - waiting runs it here instead.)
            constexpr qsizetype ParallelFrom = 5000;
            const int half = n >= ParallelFrom && workerPool()->maxThreadCount() > 1 ? int(n / 2) : int(n);
            parallel = half < int(n);
            if (parallel) {
                // Room for two findings a rule, taken at once: growing a list of 100,000 findings
                // copies it again and again (it outgrows what realloc can extend in place). Room
                // never written costs address space, not memory.
                // (An exposure-only run has few findings: it takes no room ahead.)
                const qsizetype perRule = m_exposureOnly ? 0 : 2;
                constexpr qsizetype GroupFindings = 16;
                m_result.findings.reserve(perRule * n + GroupFindings);
                Run second(m_set, m_catalogue, m_servicePorts, m_exposureOnly ? std::optional(n) : std::nullopt);
                QMutex sinkLock;
                m_sinkLock = &sinkLock;
                second.m_sink = this;
                second.m_sinkLock = &sinkLock;
                second.m_coverage = &coverage;
                second.m_duplicateOf = m_duplicateOf;
                second.m_original = m_original;
                QFuture<void> worker = QtConcurrent::run(workerPool(), [&second, half, n] {
                    for (int i = half; i < int(n); ++i)
                        second.checkRule(i);
                    second.flush();
                });
                for (int i = 0; i < half; ++i)
                    checkRule(i);
                flush();
                worker.waitForFinished();
                m_sinkLock = nullptr;
            } else {
                for (int i = 0; i < int(n); ++i)
                    checkRule(i);
            }
            if (!m_exposureOnly)
                checkGroup();
            m_coverage = nullptr;
        }
        // Sort a permutation by the keys add() recorded, not the findings: comparing and moving
        // Finding objects (a dozen pointers each, scattered in memory) is what costs with 100,000.
        QList<Finding> &all = m_result.findings;
        std::vector<std::pair<quint64, int>> keyed(size_t(all.size()));
        for (size_t k = 0; k < keyed.size(); ++k)
            keyed[k] = {m_sortKeys[k], int(k)};
        m_sortKeys = {};
        std::sort(keyed.begin(), keyed.end()); // (key, original index): a total order, as stable as stable_sort
        std::vector<int> order(keyed.size());
        for (size_t k = 0; k < keyed.size(); ++k)
            order[k] = keyed[k].second;
        keyed = {};
        // Apply the permutation in place, cycle by cycle (no second list: findings can be 100 MB).
        for (size_t start = 0; start < order.size(); ++start) {
            if (order[start] < 0)
                continue;
            size_t at = start;
            Finding held = std::move(all[qsizetype(start)]);
            while (true) {
                const int from = order[at];
                order[at] = -1;
                if (size_t(from) == start) {
                    all[qsizetype(at)] = std::move(held);
                    break;
                }
                all[qsizetype(at)] = std::move(all[from]);
                at = size_t(from);
            }
        }
        // A list grown finding by finding ends with up to half of it unused, and a workspace keeps
        // thousands of them: trim it. (Not a list reserved above: trimming copies it, and its
        // untouched room costs no memory.)
        if (!parallel)
            all.squeeze();
        m_result.index(m_set.rules.size());
        m_result.ruleSet = m_set;
        return std::move(m_result);
    }

private:
    // ---- helpers for messages ----

    const Rule &rule(int i) const { return m_set.rules.at(i); }

    QString label(int i, bool capital = true) const { return m_words.label(i, capital); }

    // "rule 4", "rules 4, 9" of 0-based indexes.
    static QString ruleList(const QList<int> &zeroBased, bool more = false)
    {
        QList<int> positions;
        positions.reserve(zeroBased.size());
        for (int r : zeroBased)
            positions.append(r + 1);
        return RuleWords::ruleList(positions, more);
    }

    static QString exposureWords(Exposure exposure)
    {
        switch (exposure) {
        case Exposure::Internet: return tr("the internet");
        case Exposure::PublicWide: return tr("a wide public range");
        case Exposure::PublicNarrow: return tr("public addresses");
        case Exposure::Private: return tr("a private network");
        case Exposure::AlibabaService: return tr("an Alibaba Cloud service");
        case Exposure::Scoped: return tr("a security group or prefix list");
        }
        return {};
    }

    QString peerPhrase(const Rule &r) const
    {
        if (const QString service = WorkbenchRanges::builtIn().describe(r.peer); !service.isEmpty())
            return tr("%1, a source range of %2").arg(r.peer.text(), service);
        return tr("%1 (%2)").arg(r.peer.text(), exposureWords(r.peer.exposure()));
    }

    static QString summary(const Rule &r) { return RuleWords::summary(r); }

    // Check ids and recommendations are the same few texts over and over: intern each once a run,
    // not once a finding.
    InternedText checkId(const char *check)
    {
        auto it = m_ids.find(check);
        if (it == m_ids.end())
            it = m_ids.emplace(check, QLatin1StringView(check)).first;
        return it->second;
    }

    InternedText recommendationFor(const char *check, const char *service = nullptr)
    {
        const std::pair key{check, service};
        auto it = m_recommendations.find(key);
        if (it != m_recommendations.end())
            return it->second;
        QString text;
        const Service *s = service ? m_catalogue.find(QString::fromLatin1(service)) : nullptr;
        if (m_set.group.type == GroupType::Enterprise)
            text = enterpriseRecommendation(check, s);
        if (text.isEmpty() && s) {
            const QString practice = s->practice.text();
            text = practice.isEmpty() ? s->recommendation.text() : practice;
        }
        if (text.isEmpty())
            text = checkInfo(QLatin1StringView(check)).recommendation;
        return m_recommendations.emplace(key, InternedText(text)).first->second;
    }

    // An enterprise group cannot reference other security groups (reference section 1), so advice
    // to use one does not fit it: name what it can use instead. Empty where the usual advice fits.
    QString enterpriseRecommendation(const char *check, const Service *service) const
    {
        const bool cluster = service && service->scheduler;
        const bool monitoring = service && service->scope == Scope::Monitoring;
        const QLatin1StringView id(check);
        if (cluster || (!service && (id == QLatin1StringView(CheckIds::ExposedScheduler) || id == QLatin1StringView(CheckIds::SchedulerCidrSource)))) {
            const QString what = service ? tr("%1 (%2)").arg(service->name.text(), portsText(*service))
                                         : tr("The scheduler's ports");
            return tr("%1 should be reachable only from the other nodes of the cluster. An enterprise security group "
                      "cannot reference other security groups: allow the CIDR block of the cluster's vSwitch, or a "
                      "prefix list of its nodes.")
                .arg(what);
        }
        if (monitoring) {
            return tr("Restrict %1 (%2) to the addresses of your monitoring servers, or a prefix list of them (an "
                      "enterprise security group cannot reference other security groups). It exposes internal data "
                      "and must not be reachable from the internet.")
                .arg(service->name.text(), portsText(*service));
        }
        return {};
    }

    static QString portsText(const Service &service)
    {
        QStringList ports;
        for (const ServicePort &port : service.ports)
            ports.append(port.range.toDisplayString());
        ports.removeDuplicates();
        return ports.join(QStringLiteral(", "));
    }

    // The catalogue scheduler whose ports the rule opens ("slurm" or "pbs"), for advice that names it.
    const char *schedulerOf(const Rule &r) const
    {
        for (const SensitivePort &port : sensitivePorts()) {
            if (std::strcmp(port.check, CheckIds::ExposedScheduler) != 0 || !port.service
                || !(port.protocols & SensitivePort::Tcp))
                continue;
            if (r.protocol == Protocol::All
                || (r.protocol == Protocol::Tcp
                    && (r.ports.isNone() || (r.ports.first() <= port.last && port.first <= r.ports.last())))) {
                return port.service;
            }
        }
        return nullptr;
    }

    void add(const char *check, Severity severity, const QList<int> &zeroBasedRules, QString message,
             InternedText recommendation = {}, const QList<int> &related = {}, bool mitigated = false)
    {
        Finding f = make(check, severity, zeroBasedRules, related);
        f.setMessage(message);
        if (!recommendation.isEmpty())
            f.recommendation = recommendation;
        f.mitigated = mitigated;
        commit(std::move(f), check);
    }

    // A finding on rule i whose message is made when read (Finding::message()), from the rules.
    void add(const char *check, Severity severity, int i, MessageForm form, const QList<int> &related = {},
             InternedText recommendation = {})
    {
        Finding f = make(check, severity, {i}, related);
        f.messageForm = form;
        if (!recommendation.isEmpty())
            f.recommendation = recommendation;
        commit(std::move(f), check);
    }

    Finding make(const char *check, Severity severity, const QList<int> &zeroBasedRules, const QList<int> &related)
    {
        Finding f;
        f.check = checkId(check);
        f.severity = severity;
        f.rules.reserve(zeroBasedRules.size());
        for (int r : zeroBasedRules)
            f.rules.append(r + 1);
        for (int r : related)
            f.relatedRules.append(r + 1);
        f.recommendation = recommendationFor(check);
        return f;
    }

    // Adds a finding to the sink's list (see m_sink), with its sort key: most severe first, then by
    // first rule (group findings last), then by check id.
    void commit(Finding &&f, const char *check)
    {
        const quint64 first = f.rules.isEmpty() ? 0xFFFFFFFFULL : quint64(f.rules.constFirst());
        const quint64 key = (quint64(int(Severity::Critical) - int(f.severity)) << 56) | (first << 16) | checkRank(check);
        if (!m_sinkLock) {
            m_sortKeys.push_back(key);
            m_result.findings.append(std::move(f));
            return;
        }
        // Both halves add at once: a few hundred at a time, so that they seldom wait for the lock.
        constexpr qsizetype Batch = 256;
        m_batch.append(std::move(f));
        m_batchKeys.push_back(key);
        if (m_batch.size() >= Batch)
            flush();
    }

    void flush()
    {
        if (m_batch.isEmpty())
            return;
        const QMutexLocker lock(m_sinkLock);
        m_sink->m_sortKeys.insert(m_sink->m_sortKeys.end(), m_batchKeys.begin(), m_batchKeys.end());
        for (Finding &f : m_batch)
            m_sink->m_result.findings.append(std::move(f));
        m_batch.clear();
        m_batchKeys.clear();
    }

    // The place of a check id in alphabetical order, for the sort key. The order is computed once
    // per process: a workspace runs thousands of analyses.
    quint64 checkRank(const char *check)
    {
        auto it = m_ranks.find(check);
        if (it != m_ranks.end())
            return it->second;
        static const QStringList ids = [] {
            QStringList sorted = checkIds();
            sorted.sort();
            return sorted;
        }();
        const qsizetype rank = ids.indexOf(QLatin1StringView(check));
        return m_ranks.emplace(check, rank < 0 ? 0xFFFF : quint64(rank)).first->second;
    }

    // ---- per rule ----

    void checkRule(int i)
    {
        const Rule &r = rule(i);
        if (m_exposureOnly) { // as below, without the findings that are not exposures
            if (!m_duplicateOf[size_t(i)] && r.isIngress() && r.policy == Policy::Accept)
                checkIngressAccept(i);
            return;
        }
        if (isBlank(r.description))
            add(CheckIds::MissingDescription, Severity::Low, i, MessageForm::MissingDescription);
        if (m_duplicateOf[size_t(i)]) {
            add(CheckIds::DuplicateRule, Severity::Low, i, MessageForm::DuplicateRule, {m_original[size_t(i)]});
            return; // the original carries every other finding
        }
        checkCoverage(i);
        if (r.isIngress() && r.policy == Policy::Accept)
            checkIngressAccept(i);
        if (!r.isIngress() && r.policy == Policy::Accept)
            checkEgressAccept(i);
        checkPractices(i);
    }

    void checkCoverage(int i)
    {
        const Rule &r = rule(i);
        const RuleCoverage &c = *m_coverage;
        if (c.shadowed(i)) {
            if (r.policy == Policy::Drop && c.shadowedByAccept(i))
                add(CheckIds::ShadowedDrop, Severity::Medium, i, MessageForm::ShadowedDrop, c.shadowers(i));
            else
                add(CheckIds::ShadowedRule, Severity::Low, i, MessageForm::ShadowedRule, c.shadowers(i));
        } else if (c.redundant(i)) {
            add(CheckIds::RedundantRule, Severity::Info, i,
                c.redundantByDefault(i) ? MessageForm::RedundantOrDefault : MessageForm::RedundantRule, c.takers(i));
        }
        if (r.policy == Policy::Accept) {
            if (const QList<int> ties = c.tieDrops(i); !ties.isEmpty())
                add(CheckIds::PriorityConflict, Severity::Low, i, MessageForm::PriorityConflict, ties);
        }
    }

    // The default that decides a rule's traffic once no rule does.
    // Exposure: what the rule opens to whom, judged on what earlier drops leave open.
    void checkIngressAccept(int i)
    {
        const Rule &r = rule(i);
        if (!r.peer.isAddress())
            return; // a group or prefix list: membership decides, no exposure finding
        const Exposure nominal = r.peer.exposure();
        // Private sources only matter for critical ports: skip the classification otherwise.
        if (nominal <= Exposure::Private && !ExposureClassifier::opensEverything(r)
            && !reachesCheck(r, CheckIds::ExposedDocker)) {
            return;
        }
        const QList<OpenPart> nominalParts = ExposureClassifier::nominalParts(r);
        const QList<ExposureHit> nominalHits = ExposureClassifier::classify(r, nominalParts);
        const RuleCoverage &c = *m_coverage;
        const bool analysed = c.analysed(i);
        const bool touched = analysed && c.touchedByDrops(i);
        const QList<ExposureHit> openHits = touched ? ExposureClassifier::classify(r, c.openParts(i)) : nominalHits;
        const QList<int> mitigators = touched ? c.mitigators(i) : QList<int>();

        for (const ExposureHit &hit : nominalHits) {
            const std::optional<Severity> nominalSeverity = exposureSeverity(hit.exposure, hit.sensitivity);
            if (!nominalSeverity)
                continue;
            // A known Alibaba Cloud service (Workbench) is expected on these ports: the usual advice
            // ("never from 0.0.0.0/0") does not fit it.
            const InternedText recommendation = hit.exposure == Exposure::AlibabaService
                ? InternedText(tr("Workbench connects to instances from these documented ranges: keep the rule while you use Workbench, and remove it when you no longer do."))
                : recommendationFor(hit.check, hit.service);
            const QString ports = hit.ports.join(QStringLiteral(", "));
            const ExposureHit *open = nullptr;
            for (const ExposureHit &candidate : openHits) {
                if (candidate.check == hit.check)
                    open = &candidate;
            }
            const std::optional<Severity> openSeverity = open ? exposureSeverity(open->exposure, open->sensitivity)
                                                              : std::nullopt;
            if (!openSeverity) {
                if (*nominalSeverity > Severity::Info) {
                    add(hit.check, Severity::Info, {i},
                        tr("%1 would open %2 to %3, but it is mitigated by %4: that traffic is dropped first, so it is not exposed.")
                            .arg(label(i), ports, peerPhrase(r), ruleList(mitigators)),
                        recommendation, mitigators, true);
                }
                continue;
            }
            if (open->reduced || open->exposure != hit.exposure || open->ports != hit.ports) {
                add(hit.check, *openSeverity, {i},
                    tr("%1 opens %2 to %3; partly mitigated by %4, but still open to %5: %6.")
                        .arg(label(i), ports, peerPhrase(r), ruleList(mitigators), exposureWords(open->exposure),
                             open->ports.join(QStringLiteral(", "))),
                    recommendation, mitigators);
                continue;
            }
            add(hit.check, *nominalSeverity, {i},
                tr("%1 opens %2 to %3.").arg(label(i), ports, peerPhrase(r)), recommendation);
        }
    }

    void checkEgressAccept(int i)
    {
        const Rule &r = rule(i);
        if (!r.peer.isAddress() || !ExposureClassifier::opensEverything(r) || r.peer.exposure() != Exposure::Internet)
            return;
        const RuleCoverage &c = *m_coverage;
        if (c.analysed(i) && c.touchedByDrops(i)) {
            bool open = false;
            for (const OpenPart &part : c.openParts(i))
                open = open || part.exposure == Exposure::Internet;
            if (!open)
                return; // earlier egress drops take the internet away
        }
        const QString what = r.protocol == Protocol::All ? tr("all outbound traffic")
                                                         : tr("outbound %1 on every port").arg(toApiString(r.protocol));
        add(CheckIds::EgressAllOpen, Severity::Low, {i},
            tr("%1 accepts %2 to %3.").arg(label(i), what, peerPhrase(r)));
    }

    // The source document's practices, and least privilege.
    void checkPractices(int i)
    {
        const Rule &r = rule(i);
        const bool everything = ExposureClassifier::opensEverything(r);
        if (r.isIngress() && r.policy == Policy::Accept && !everything) {
            const Exposure exposure = r.peer.exposure();
            if (r.peer.isAddress() && exposure == Exposure::Private && reachesCheck(r, CheckIds::ExposedScheduler)) {
                add(CheckIds::SchedulerCidrSource, Severity::Low, i, MessageForm::SchedulerCidrSource, {},
                    recommendationFor(CheckIds::SchedulerCidrSource, schedulerOf(r)));
            }
            const int widest = r.peer.kind() == Endpoint::Kind::Ipv6 ? MonitoringPrefixV6 : MonitoringPrefixV4;
            if (r.peer.isAddress() && exposure == Exposure::Private && r.peer.prefixLength() < widest
                && reachesCheck(r, CheckIds::ExposedMonitoring)) {
                add(CheckIds::MonitoringBroadSource, Severity::Low, i, MessageForm::MonitoringBroadSource, {},
                    recommendationFor(CheckIds::MonitoringBroadSource, "prometheus"));
            }
            if (exposure <= Exposure::Private
                && (reachesCheck(r, CheckIds::ExposedRdp) || reachesCheck(r, CheckIds::ExposedVsCode))) {
                add(CheckIds::RemoteAccessReview, Severity::Info, i, MessageForm::RemoteAccessReview, {},
                    recommendationFor(CheckIds::RemoteAccessReview, reachesCheck(r, CheckIds::ExposedRdp) ? "rdp" : "vscode"));
            }
        }
        if (r.policy == Policy::Accept && hasPorts(r.protocol) && !everything && r.ports.count() > 1 && !isServiceRange(r))
            add(CheckIds::PortRange, Severity::Info, i, MessageForm::PortRange);
        checkServiceWidth(i);
    }

    // A range within the ports of one known service ("6817/6819" for Slurm, "2375/2376" for
    // Docker) is what the source document asks for, not a sloppy range.
    bool isServiceRange(const Rule &r)
    {
        for (const QList<ServicePort> &ports : m_servicePorts) {
            if (coversRange(ports, r))
                return true;
        }
        const quint8 bit = r.protocol == Protocol::Tcp ? SensitivePort::Tcp : SensitivePort::Udp;
        for (const SensitivePort &port : sensitivePorts()) {
            if ((port.protocols & bit) && port.first <= r.ports.first() && r.ports.last() <= port.last)
                return true;
        }
        return false;
    }

    // True when every port of the rule belongs to one of the entries of its protocol.
    static bool coversRange(const QList<ServicePort> &ports, const Rule &r)
    {
        if (!hasPorts(r.protocol) || r.ports.isNone())
            return false;
        int next = r.ports.first();
        bool progress = true;
        while (next <= r.ports.last() && progress) {
            progress = false;
            for (const ServicePort &port : ports) {
                if (port.protocol == r.protocol && port.range.first() <= next && next <= port.range.last()) {
                    next = port.range.last() + 1;
                    progress = true;
                }
            }
        }
        return next > r.ports.last();
    }

    void checkServiceWidth(int i)
    {
        const Rule &r = rule(i);
        if (r.services.isEmpty() || r.policy != Policy::Accept)
            return;
        QList<ServicePort> needed;
        QStringList names;
        for (const QString &id : r.services) {
            const Service *service = m_catalogue.find(id);
            if (!service)
                return; // a service this catalogue does not know: nothing to compare with
            needed += service->portsWithUpstream(true);
            names.append(service->name.text());
        }
        bool within = coversRange(needed, r);
        if (!hasPorts(r.protocol) && r.protocol != Protocol::All) {
            within = std::any_of(needed.cbegin(), needed.cend(),
                                 [&](const ServicePort &port) { return port.protocol == r.protocol; });
        }
        if (within)
            return;
        add(CheckIds::WiderThanService, Severity::Low, {i},
            tr("%1 was built for %2 but opens %3, more than %2 needs (%4).")
                .arg(label(i), names.join(QStringLiteral(", ")), summary(r), ServicePort::toDisplayString(needed)));
    }

    // ---- the group as a whole ----

    void checkGroup()
    {
        const GroupInfo &g = m_set.group;
        const int n = int(m_set.rules.size());
        const QString name = g.securityGroupId.isEmpty() ? tr("The security group") : tr("Security group %1").arg(g.securityGroupId);
        if (n > ManyRulesThreshold) {
            add(CheckIds::ManyRules, Severity::Info, {},
                tr("%1 has %2 rules (more than %3): large groups are hard to review.").arg(name, QString::number(n), QString::number(ManyRulesThreshold)));
        }
        int inbound = 0;
        int outbound = 0;
        QList<int> references;
        for (int i = 0; i < n; ++i) {
            (rule(i).isIngress() ? inbound : outbound) += 1;
            if (rule(i).peer.kind() == Endpoint::Kind::SecurityGroup)
                references.append(i);
        }
        if (inbound > PermissionsPerCall || outbound > PermissionsPerCall) {
            const int calls = (inbound + PermissionsPerCall - 1) / PermissionsPerCall + (outbound + PermissionsPerCall - 1) / PermissionsPerCall;
            add(CheckIds::ApiCallLimit, Severity::Info, {},
                tr("%1 has %2 inbound and %3 outbound rules; one API call takes at most %4 permissions, so applying them takes %5 calls.")
                    .arg(name, QString::number(inbound), QString::number(outbound), QString::number(PermissionsPerCall), QString::number(calls)));
        }
        if (n > RulesPerGroupThreshold) {
            const int files = (n + RulesPerGroupThreshold - 1) / RulesPerGroupThreshold;
            add(CheckIds::RulesPerGroupLimit, Severity::Medium, {},
                tr("%1 has %2 rules, more than %3 (the older per-group limit); a console import file takes at most %3 rules, so a console export needs %4 files.")
                    .arg(name, QString::number(n), QString::number(RulesPerGroupThreshold), QString::number(files)));
        }
        if (n > RulesPerNic) {
            add(CheckIds::NicRuleLimit, Severity::High, {},
                tr("%1 has %2 rules; a network interface takes at most %3 rules across all its groups, inbound and outbound.")
                    .arg(name, QString::number(n), QString::number(RulesPerNic)));
        }
        if (g.type == GroupType::Enterprise && !references.isEmpty()) {
            add(CheckIds::EnterpriseGroupReference, Severity::High, references,
                tr("%1 is an enterprise group, which may not reference other security groups, but %2 do.")
                    .arg(name, ruleList(references.mid(0, 20), references.size() > 20)));
        } else if (g.type == GroupType::Basic && references.size() > GroupReferencesPerBasicGroup) {
            const QList<int> beyond = references.mid(GroupReferencesPerBasicGroup);
            add(CheckIds::GroupReferenceLimit, Severity::High, beyond,
                tr("%1 rules reference security groups; a basic group allows at most %2, so the API refuses %3.")
                    .arg(QString::number(references.size()), QString::number(GroupReferencesPerBasicGroup),
                         ruleList(beyond.mid(0, 20), beyond.size() > 20)));
        }
        if (g.type == GroupType::Basic && (g.innerAccessPolicyGiven || g.innerAccessPolicy != Policy::Accept)) {
            add(CheckIds::BasicGroup, Severity::Info, {},
                tr("%1 is a basic group: all outbound traffic is allowed by default, and its members reach each other when InnerAccessPolicy is Accept (here: %2).")
                    .arg(name, g.innerAccessPolicy == Policy::Accept ? QStringLiteral("Accept") : QStringLiteral("Drop")));
        } else if (g.type == GroupType::Basic) {
            add(CheckIds::BasicGroup, Severity::Info, {},
                tr("%1 is a basic group: all outbound traffic is allowed by default, and its members reach each other when InnerAccessPolicy is Accept, "
                   "which is the default: the file does not name the policy.")
                    .arg(name));
        }
        if (const QList<int> &limited = m_coverage->limitedRules(); !limited.isEmpty()) {
            add(CheckIds::AnalysisLimited, Severity::Info, {},
                tr("%1 rules combine too many different port ranges to analyse their overlaps: their exposure is reported as if no drop applied, and shadowing and redundancy are not reported for them.")
                    .arg(limited.size()));
        }
    }

    static bool isBlank(const QString &text)
    {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    }

    struct PointerPairHash
    {
        size_t operator()(const std::pair<const char *, const char *> &p) const noexcept
        {
            return std::hash<const void *>()(p.first) * 31 + std::hash<const void *>()(p.second);
        }
    };

    const RuleSet &m_set;
    const RuleWords m_words;
    const ServiceCatalogue &m_catalogue;
    const RuleCoverage *m_coverage = nullptr;
    std::unordered_map<const char *, InternedText> m_ids;
    std::unordered_map<const char *, quint64> m_ranks;
    std::vector<quint64> m_sortKeys; // per finding, in the order of m_result.findings
    // Where commit() adds findings: this run's list, or, for the second half of a large set, the
    // first half's, under m_sinkLock (set in both runs while both add).
    Run *m_sink = this;
    QMutex *m_sinkLock = nullptr;
    QList<Finding> m_batch; // findings and keys not yet added to the sink's (while m_sinkLock is set)
    std::vector<quint64> m_batchKeys;
    std::unordered_map<std::pair<const char *, const char *>, InternedText, PointerPairHash> m_recommendations;
    const std::vector<QList<ServicePort>> &m_servicePorts; // per catalogue service, upstream ports included
    const bool m_exposureOnly;
    qsizetype m_checked; // the rules checked: all, or the first ones for analyzeExposure()
    std::vector<bool> m_duplicateOf;
    std::vector<int> m_original;
    AnalysisResult m_result;
};

} // namespace

QString Finding::message(const RuleSet &set) const
{
    if (messageForm == MessageForm::Held || rules.isEmpty() || rules.first() < 1 || rules.first() > set.rules.size())
        return QString::fromUtf8(messageUtf8);
    return RuleWords(set).message(messageForm, rules.first() - 1, relatedRules);
}

Analyzer::Analyzer(const ServiceCatalogue &catalogue)
    : m_catalogue(catalogue)
{
    for (const Service &service : m_catalogue.services())
        m_servicePorts.push_back(service.portsWithUpstream(true));
}

AnalysisResult Analyzer::analyze(const RuleSet &set) const
{
    return Run(set, m_catalogue, m_servicePorts).run();
}

AnalysisResult Analyzer::analyzeExposure(const RuleSet &set, qsizetype ruleCount) const
{
    return Run(set, m_catalogue, m_servicePorts, ruleCount).run();
}

} // namespace sg
