// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceanalyzer.h"

#include "analysis/analyzer.h"
#include "analysis/checkids.h"
#include "analysis/checkinfo.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace sg {
namespace {

bool isExposure(const Finding &finding)
{
    return finding.check.startsWith(QLatin1StringView("exposed-"));
}

// Findings most severe first, then by first rule (group-level findings after the rule findings of
// their severity), then by check id: the order AnalysisResult promises.
void sortFindings(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        const int ra = a.rules.isEmpty() ? std::numeric_limits<int>::max() : a.rules.first();
        const int rb = b.rules.isEmpty() ? std::numeric_limits<int>::max() : b.rules.first();
        if (ra != rb)
            return ra < rb;
        return a.check < b.check;
    });
}

QString positions(const QList<int> &rules)
{
    QStringList out;
    for (int r : rules.mid(0, 20))
        out.append(QString::number(r));
    return out.join(QStringLiteral(", ")) + (rules.size() > 20 ? QStringLiteral(", ...") : QString());
}

// The analysis of several groups merged as one interface sees them: their rules in one list, each
// remembered as (group, position in it).
struct MergedAnalysis
{
    QList<int> groups;        // workspace indexes, in the interface's order
    QList<qsizetype> offsets; // where each group's rules start in the merged list
    AnalysisResult result;
    // Exposure findings of the merged list by merged position. The check may differ from the
    // group's own (drops of another group can leave other ports open), so any exposure counts.
    QMultiHash<int, qsizetype> exposures;
};

class Run
{
public:
    Run(const Workspace &workspace, const ServiceCatalogue &catalogue) : m_workspace(workspace), m_catalogue(catalogue) {}

    WorkspaceAnalysis run()
    {
        WorkspaceAnalysis out;
        const qsizetype n = m_workspace.groups.size();
        QList<int> indexes(n);
        std::iota(indexes.begin(), indexes.end(), 0);
        const Analyzer analyzer(m_catalogue);
        out.groups = QtConcurrent::blockingMapped<QList<AnalysisResult>>(
            indexes, [&](int i) { return analyzer.analyze(m_workspace.groups.at(i).ruleSet); });

        const bool several = n > 1 || m_workspace.attachmentsKnown;
        if (several) {
            for (qsizetype i = 0; i < n; ++i)
                m_keys.insert(m_workspace.groups.at(i).key(), int(i));
            checkReferences(out);
            if (m_workspace.attachmentsKnown) {
                checkAttachments(out);
                checkReachability(out);
            }
        }
        for (qsizetype i = 0; i < n; ++i) {
            const bool open = checkUnresolved(int(i), out);
            if (several || open) {
                sortFindings(out.groups[i].findings);
                out.groups[i].index(m_workspace.groups.at(i).ruleSet.rules.size());
            }
        }
        return out;
    }

private:
    static Finding make(const char *check, Severity severity, QList<int> rules, const QStringList &ruleIds, const QString &message)
    {
        Finding f;
        f.check = QLatin1StringView(check);
        f.severity = severity;
        f.rules = std::move(rules);
        f.ruleIds = ruleIds;
        f.message = message;
        f.recommendation = checkInfo(f.check).recommendation;
        return f;
    }

    // Values the group's file leaves open: one finding each, on its rule when it belongs to one.
    // Returns whether there were any.
    bool checkUnresolved(int g, WorkspaceAnalysis &out) const
    {
        const WorkspaceGroup &group = m_workspace.groups.at(g);
        const QList<Rule> &rules = group.ruleSet.rules;
        QSet<int> inert; // 1-based positions of rules kept with an open value: they match nothing
        for (const UnresolvedValue &open : group.unresolved) {
            if (!open.inert)
                continue;
            for (qsizetype r = 0; r < rules.size(); ++r) {
                if (rules.at(r).resource == open.resource)
                    inert.insert(int(r + 1));
            }
        }
        // What the analysis says of such a rule is about a rule with a hole in it (no source, so
        // "from ." or duplicates of another open rule): only the open value itself is reported.
        QList<Finding> &findings = out.groups[g].findings;
        findings.removeIf([&](const Finding &f) {
            return std::any_of(f.rules.cbegin(), f.rules.cend(), [&](int r) { return inert.contains(r); });
        });
        for (const UnresolvedValue &open : group.unresolved) {
            const Severity severity = open.suppliable ? Severity::Low : Severity::Info;
            qsizetype position = -1;
            if (!open.resource.isEmpty()) {
                const auto it = std::find_if(rules.cbegin(), rules.cend(), [&](const Rule &r) { return r.resource == open.resource; });
                if (it == rules.cend())
                    continue; // the rule was edited away since it was read
                position = it - rules.cbegin();
            }
            const QString reason = open.reason.isEmpty() ? WorkspaceAnalyzer::tr("it is not known before the resources exist") : open.reason;
            QString message;
            if (position < 0) {
                message = WorkspaceAnalyzer::tr("%1 = %2 cannot be known: %3.").arg(open.field, open.expression, reason);
            } else if (open.inert) {
                message = WorkspaceAnalyzer::tr("Rule %1 (%2): %3 = %4 cannot be known: %5. The rule matches no traffic until it is known, so its exposure is not judged.")
                              .arg(position + 1)
                              .arg(open.resource, open.field, open.expression, reason);
            } else {
                message = WorkspaceAnalyzer::tr("Rule %1 (%2): %3 = %4 cannot be known: %5.")
                              .arg(position + 1)
                              .arg(open.resource, open.field, open.expression, reason);
            }
            const QList<int> positions = position < 0 ? QList<int>{} : QList<int>{int(position + 1)};
            const QStringList ids = position < 0 ? QStringList{} : QStringList{rules.at(position).id};
            out.groups[g].findings.append(make(CheckIds::UnresolvedValue, severity, positions, ids, message));
        }
        return !group.unresolved.isEmpty();
    }

    // Rules admitting (or sending to) a group the workspace does not hold: one finding per group.
    void checkReferences(WorkspaceAnalysis &out)
    {
        for (qsizetype g = 0; g < m_workspace.groups.size(); ++g) {
            const QList<Rule> &rules = m_workspace.groups.at(g).ruleSet.rules;
            QMap<QString, QList<int>> missing;
            for (qsizetype r = 0; r < rules.size(); ++r) {
                const Endpoint &peer = rules.at(r).peer;
                if (peer.kind() != Endpoint::Kind::SecurityGroup)
                    continue;
                if (m_keys.contains(peer.text()))
                    m_referenced.insert(peer.text());
                else if (rules.at(r).peerOwnerAccount.isEmpty()) // another account's group is never here
                    missing[peer.text()].append(int(r + 1));
            }
            for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
                QStringList ids;
                for (int r : it.value())
                    ids.append(rules.at(r - 1).id);
                out.groups[g].findings.append(make(
                    CheckIds::UnknownGroupReference, Severity::Info, it.value(), ids,
                    (it.value().size() == 1 ? WorkspaceAnalyzer::tr("Rule %1 refers to the security group %2, which is not in the workspace: who it admits cannot be told.")
                                            : WorkspaceAnalyzer::tr("Rules %1 refer to the security group %2, which is not in the workspace: who they admit cannot be told."))
                        .arg(positions(it.value()), it.key())));
            }
        }
    }

    void checkAttachments(WorkspaceAnalysis &out)
    {
        for (const NetworkInterface &eni : m_workspace.interfaces) {
            for (const QString &id : eni.groupIds)
                m_attached[id].append(eni.id);
        }
        for (qsizetype g = 0; g < m_workspace.groups.size(); ++g) {
            const WorkspaceGroup &group = m_workspace.groups.at(g);
            if (m_attached.contains(group.key()))
                continue;
            if (m_referenced.contains(group.key())) {
                out.groups[g].findings.append(make(CheckIds::UnattachedGroup, Severity::Info, {}, {},
                                                   WorkspaceAnalyzer::tr("%1 is carried by none of the %2 network interfaces read; rules of other groups reference it.")
                                                       .arg(group.key())
                                                       .arg(m_workspace.interfaces.size())));
            } else {
                out.groups[g].findings.append(make(CheckIds::UnusedGroup, Severity::Low, {}, {},
                                                   WorkspaceAnalyzer::tr("%1 is carried by none of the %2 network interfaces read, and no rule of another group references it.")
                                                       .arg(group.key())
                                                       .arg(m_workspace.interfaces.size())));
            }
        }
    }

    // The interfaces' group lists, as workspace indexes, once per distinct combination: a region's
    // thousands of interfaces share a few dozen.
    const MergedAnalysis &merged(const QList<int> &groups)
    {
        auto it = m_merged.find(groups);
        if (it != m_merged.end())
            return *it;
        MergedAnalysis analysis;
        analysis.groups = groups;
        RuleSet set;
        set.group = m_workspace.groups.at(groups.first()).ruleSet.group;
        for (int g : groups) {
            analysis.offsets.append(set.rules.size());
            set.rules += m_workspace.groups.at(g).ruleSet.rules;
        }
        analysis.result = Analyzer(m_catalogue).analyze(set);
        it = m_merged.insert(groups, std::move(analysis));
        for (qsizetype i = 0; i < it->result.findings.size(); ++i) {
            const Finding &f = it->result.findings.at(i);
            if (!isExposure(f))
                continue;
            for (int position : f.rules)
                it->exposures.insert(position, i);
        }
        return *it;
    }

    // (group key, position in it) of a position in a merged list.
    static std::pair<int, int> locate(const MergedAnalysis &m, int mergedPosition)
    {
        qsizetype k = m.offsets.size() - 1;
        while (k > 0 && m.offsets.at(k) >= mergedPosition)
            --k;
        return {m.groups.at(k), int(mergedPosition - m.offsets.at(k))};
    }

    void checkReachability(WorkspaceAnalysis &out)
    {
        // Per interface: the workspace groups it carries, in its order.
        QList<QList<int>> carried;
        carried.reserve(m_workspace.interfaces.size());
        for (const NetworkInterface &eni : m_workspace.interfaces) {
            QList<int> groups;
            for (const QString &id : eni.groupIds) {
                if (const int g = m_keys.value(id, -1); g >= 0 && !groups.contains(g))
                    groups.append(g);
            }
            carried.append(groups);
        }
        for (qsizetype g = 0; g < m_workspace.groups.size(); ++g) {
            QList<Finding> &findings = out.groups[g].findings;
            const QString key = m_workspace.groups.at(g).key();
            for (Finding &f : findings) {
                if (!isExposure(f) || f.mitigated || f.rules.isEmpty())
                    continue;
                QStringList reachable;
                QStringList blockers;
                bool onAny = false;
                for (qsizetype e = 0; e < carried.size(); ++e) {
                    const QList<int> &groups = carried.at(e);
                    if (!groups.contains(int(g)))
                        continue;
                    onAny = true;
                    const QString &eniId = m_workspace.interfaces.at(e).id;
                    if (groups.size() == 1) { // the group alone: its own analysis holds
                        reachable.append(eniId);
                        continue;
                    }
                    const MergedAnalysis &m = merged(groups);
                    const int offset = int(m.offsets.at(m.groups.indexOf(int(g))));
                    bool open = false;
                    for (int position : f.rules) {
                        for (auto it = m.exposures.constFind(offset + position); it != m.exposures.cend() && it.key() == offset + position; ++it) {
                            const Finding &there = m.result.findings.at(*it);
                            if (!there.mitigated) {
                                open = true;
                                continue;
                            }
                            for (int related : there.relatedRules) {
                                const auto [group, rule] = locate(m, related);
                                const QString blocker = WorkspaceAnalyzer::tr("rule %1 of %2").arg(rule).arg(m_workspace.groups.at(group).key());
                                if (!blockers.contains(blocker))
                                    blockers.append(blocker);
                            }
                        }
                    }
                    if (open)
                        reachable.append(eniId);
                }
                f.reachableOn = reachable;
                if (!onAny) {
                    f.message += u' ' + WorkspaceAnalyzer::tr("No network interface read carries %1, so this reaches no instance today.").arg(key);
                } else if (reachable.isEmpty()) {
                    f.mitigated = true;
                    f.severity = Severity::Info;
                    f.message += u' ' + WorkspaceAnalyzer::tr("It is blocked on every network interface that carries %1, by %2.")
                                           .arg(key, blockers.isEmpty() ? WorkspaceAnalyzer::tr("the other groups' rules") : blockers.join(QStringLiteral(", ")));
                }
            }
        }
    }

    const Workspace &m_workspace;
    const ServiceCatalogue &m_catalogue;
    QHash<QString, int> m_keys;
    QSet<QString> m_referenced;
    QHash<QString, QStringList> m_attached;
    QHash<QList<int>, MergedAnalysis> m_merged;
};

} // namespace

int WorkspaceAnalysis::count(Severity severity) const
{
    int n = 0;
    for (const AnalysisResult &r : groups)
        n += r.count(severity);
    return n;
}

int WorkspaceAnalysis::countAtLeast(Severity severity) const
{
    int n = 0;
    for (const AnalysisResult &r : groups)
        n += r.countAtLeast(severity);
    return n;
}

qsizetype WorkspaceAnalysis::findingCount() const
{
    qsizetype n = 0;
    for (const AnalysisResult &r : groups)
        n += r.findings.size();
    return n;
}

QList<std::pair<int, int>> WorkspaceAnalysis::ordered() const
{
    QList<std::pair<int, int>> out;
    out.reserve(findingCount());
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (qsizetype f = 0; f < groups.at(g).findings.size(); ++f)
            out.append({int(g), int(f)});
    }
    if (groups.size() > 1) {
        std::stable_sort(out.begin(), out.end(), [&](const auto &a, const auto &b) {
            return groups.at(a.first).findings.at(a.second).severity > groups.at(b.first).findings.at(b.second).severity;
        });
    }
    return out;
}

WorkspaceAnalyzer::WorkspaceAnalyzer(const ServiceCatalogue &catalogue)
    : m_catalogue(catalogue)
{
}

WorkspaceAnalysis WorkspaceAnalyzer::analyze(const Workspace &workspace) const
{
    return Run(workspace, m_catalogue).run();
}

} // namespace sg
