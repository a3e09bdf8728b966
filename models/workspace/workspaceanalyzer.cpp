// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceanalyzer.h"

#include "analysis/analyzer.h"
#include "analysis/checkids.h"
#include "analysis/checkinfo.h"
#include "core/workerpool.h"

#include <QHash>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace sg {
namespace {

bool isExposure(const Finding &finding)
{
    return finding.check.toString().startsWith(QLatin1StringView("exposed-"));
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

// One group as an interface that also carries other groups sees it: the group's rules, then the
// ingress drops of the others (their accepts can only add exposure of their own, which their own
// findings report; only drops can take this group's exposure away).
struct MergedView
{
    int group = -1;
    QList<int> others;
    QList<std::pair<int, int>> drops; // merged position - group size - 1 -> (group, 1-based rule)
};

// Whether a drop can take anything away from an accept: the same direction, protocols and port
// ranges that meet, and address blocks that overlap (a group or prefix list may hold anyone).
bool mayOverlap(const Rule &drop, const Rule &accept)
{
    if (drop.direction != accept.direction)
        return false;
    if (drop.protocol != Protocol::All && accept.protocol != Protocol::All && drop.protocol != accept.protocol)
        return false;
    if (hasPorts(drop.protocol) && hasPorts(accept.protocol) && !drop.ports.isNone() && !accept.ports.isNone()
        && (drop.ports.last() < accept.ports.first() || accept.ports.last() < drop.ports.first()))
        return false;
    const Endpoint &d = drop.peer;
    const Endpoint &a = accept.peer;
    if (d.isAddress() && a.isAddress())
        return d.kind() == a.kind() && !(d.last() < a.first() || a.last() < d.first());
    return true;
}

// What the merged view says of each exposure finding of the group: open, or blocked by these drops.
struct MergedVerdict
{
    QList<bool> open; // per finding of the group (false for findings that are not exposures)
    QList<QStringList> blockers;
};

class Run
{
public:
    Run(const Workspace &workspace, const ServiceCatalogue &catalogue)
        : m_workspace(workspace), m_analyzer(catalogue) {}

    WorkspaceAnalysis run(QThreadPool *pool)
    {
        WorkspaceAnalysis out;
        const qsizetype n = m_workspace.groups.size();
        QList<int> indexes(n);
        std::iota(indexes.begin(), indexes.end(), 0);
        out.groups = QtConcurrent::blockingMapped<QList<AnalysisResult>>(
            pool, indexes, [&](int i) { return m_analyzer.analyze(m_workspace.groups.at(i).ruleSet); });

        const bool several = n > 1 || m_workspace.attachmentsKnown;
        if (several) {
            for (qsizetype i = 0; i < n; ++i)
                m_keys.insert(m_workspace.groups.at(i).key(), int(i));
            checkReferences(out);
            if (m_workspace.attachmentsKnown) {
                checkAttachments(out);
                checkReachability(out, pool);
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
    static Finding make(const char *check, Severity severity, QList<int> rules, const QString &message)
    {
        Finding f;
        f.check = QLatin1StringView(check);
        f.severity = severity;
        f.rules = std::move(rules);
        f.setMessage(message);
        f.recommendation = checkInfo(f.check.toString()).recommendation;
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
            out.groups[g].findings.append(make(CheckIds::UnresolvedValue, severity, positions, message));
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
                else if (rules.at(r).peerOwnerAccount().isEmpty()) // another account's group is never here
                    missing[peer.text()].append(int(r + 1));
            }
            for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
                out.groups[g].findings.append(make(
                    CheckIds::UnknownGroupReference, Severity::Info, it.value(),
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
                out.groups[g].findings.append(make(CheckIds::UnattachedGroup, Severity::Info, {},
                                                   WorkspaceAnalyzer::tr("%1 is carried by none of the %2 network interfaces read; rules of other groups reference it.")
                                                       .arg(group.key())
                                                       .arg(m_workspace.interfaces.size())));
            } else {
                out.groups[g].findings.append(make(CheckIds::UnusedGroup, Severity::Low, {},
                                                   WorkspaceAnalyzer::tr("%1 is carried by none of the %2 network interfaces read, and no rule of another group references it.")
                                                       .arg(group.key())
                                                       .arg(m_workspace.interfaces.size())));
            }
        }
    }

    MergedVerdict verdict(const MergedView &view, const AnalysisResult &own) const
    {
        MergedVerdict out;
        out.open = QList<bool>(own.findings.size(), false);
        out.blockers = QList<QStringList>(own.findings.size());
        const RuleSet &set = m_workspace.groups.at(view.group).ruleSet;
        // Only drops that meet an exposed rule can change anything; most interfaces' other groups
        // have none, and then the group's own findings hold as they are.
        const bool anyMeets = std::any_of(view.drops.cbegin(), view.drops.cend(), [&](const std::pair<int, int> &drop) {
            const Rule &d = m_workspace.groups.at(drop.first).ruleSet.rules.at(drop.second - 1);
            return std::any_of(own.findings.cbegin(), own.findings.cend(), [&](const Finding &f) {
                return isExposure(f) && std::any_of(f.rules.cbegin(), f.rules.cend(), [&](int position) {
                           return mayOverlap(d, set.rules.at(position - 1));
                       });
            });
        });
        if (!anyMeets) { // nothing can block: every exposure stays
            for (qsizetype i = 0; i < own.findings.size(); ++i)
                out.open[i] = isExposure(own.findings.at(i));
            return out;
        }
        RuleSet merged = set;
        for (const auto &[g, rule] : view.drops)
            merged.rules.append(m_workspace.groups.at(g).ruleSet.rules.at(rule - 1));
        const int n = int(set.rules.size());
        const AnalysisResult result = m_analyzer.analyzeExposure(merged, n);
        QMultiHash<int, qsizetype> exposures; // merged position -> exposure findings
        for (qsizetype i = 0; i < result.findings.size(); ++i) {
            if (isExposure(result.findings.at(i))) {
                for (int position : result.findings.at(i).rules)
                    exposures.insert(position, i);
            }
        }
        for (qsizetype i = 0; i < own.findings.size(); ++i) {
            const Finding &f = own.findings.at(i);
            if (!isExposure(f))
                continue;
            for (int position : f.rules) {
                for (auto it = exposures.constFind(position); it != exposures.cend() && it.key() == position; ++it) {
                    const Finding &there = result.findings.at(*it);
                    if (!there.mitigated) {
                        out.open[i] = true;
                        continue;
                    }
                    for (int related : there.relatedRules) {
                        const auto [group, rule] = related > n ? view.drops.at(related - n - 1) : std::pair<int, int>{view.group, related};
                        const QString blocker = WorkspaceAnalyzer::tr("rule %1 of %2").arg(rule).arg(m_workspace.groups.at(group).key());
                        if (!out.blockers[i].contains(blocker))
                            out.blockers[i].append(blocker);
                    }
                }
            }
        }
        return out;
    }

    void checkReachability(WorkspaceAnalysis &out, QThreadPool *pool)
    {
        // Per interface: the workspace groups it carries, in its order; per group, its interfaces.
        QList<QList<int>> carried;
        carried.reserve(m_workspace.interfaces.size());
        QList<QList<qsizetype>> interfacesOf(m_workspace.groups.size());
        for (qsizetype e = 0; e < m_workspace.interfaces.size(); ++e) {
            QList<int> groups;
            for (const QString &id : m_workspace.interfaces.at(e).groupIds) {
                if (const int g = m_keys.value(id, -1); g >= 0 && !groups.contains(g)) {
                    groups.append(g);
                    interfacesOf[g].append(e);
                }
            }
            carried.append(groups);
        }
        const auto hasExposure = [&](int g) {
            const QList<Finding> &findings = out.groups.at(g).findings;
            return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return isExposure(f) && !f.mitigated; });
        };

        // Each (group, other groups of an interface) is evaluated once, whatever the number of
        // interfaces sharing it; the views are analysed in parallel.
        QList<MergedView> views;
        QHash<std::pair<int, QList<int>>, qsizetype> viewIndex;
        QList<QList<std::pair<qsizetype, qsizetype>>> viewsOf(m_workspace.groups.size()); // (interface, view)
        for (qsizetype g = 0; g < m_workspace.groups.size(); ++g) {
            if (!hasExposure(int(g)))
                continue;
            for (qsizetype e : interfacesOf.at(g)) {
                QList<int> others = carried.at(e);
                others.removeOne(int(g));
                std::sort(others.begin(), others.end());
                const auto key = std::pair<int, QList<int>>{int(g), others};
                qsizetype index = viewIndex.value(key, -1);
                if (index < 0) {
                    MergedView view;
                    view.group = int(g);
                    view.others = others;
                    for (int other : others) {
                        const QList<Rule> &rules = m_workspace.groups.at(other).ruleSet.rules;
                        for (qsizetype r = 0; r < rules.size(); ++r) {
                            if (rules.at(r).policy == Policy::Drop && rules.at(r).isIngress())
                                view.drops.append({other, int(r + 1)});
                        }
                    }
                    index = views.size();
                    views.append(view);
                    viewIndex.insert(key, index);
                }
                viewsOf[g].append({e, index});
            }
        }
        const QList<MergedVerdict> verdicts = QtConcurrent::blockingMapped<QList<MergedVerdict>>(
            pool, views, [&](const MergedView &view) { return verdict(view, out.groups.at(view.group)); });

        for (qsizetype g = 0; g < m_workspace.groups.size(); ++g) {
            QList<Finding> &findings = out.groups[g].findings;
            const QString key = m_workspace.groups.at(g).key();
            for (qsizetype i = 0; i < findings.size(); ++i) {
                Finding &f = findings[i];
                if (!isExposure(f) || f.mitigated || f.rules.isEmpty())
                    continue;
                QStringList reachable;
                QStringList blockers;
                for (const auto &[e, view] : std::as_const(viewsOf.at(g))) {
                    const MergedVerdict &v = verdicts.at(view);
                    if (v.open.at(i))
                        reachable.append(m_workspace.interfaces.at(e).id);
                    for (const QString &blocker : v.blockers.at(i)) {
                        if (!blockers.contains(blocker))
                            blockers.append(blocker);
                    }
                }
                f.setReachableOn(reachable);
                if (interfacesOf.at(g).isEmpty()) {
                    f.setMessage(f.message(m_workspace.groups.at(g).ruleSet) + u' ' + WorkspaceAnalyzer::tr("No network interface read carries %1, so this reaches no instance today.").arg(key));
                } else if (reachable.isEmpty()) {
                    f.mitigated = true;
                    f.severity = Severity::Info;
                    f.setMessage(f.message(m_workspace.groups.at(g).ruleSet) + u' ' + WorkspaceAnalyzer::tr("It is blocked on every network interface that carries %1, by %2.").arg(key, blockers.isEmpty() ? WorkspaceAnalyzer::tr("the other groups' rules") : blockers.join(QStringLiteral(", "))));
                }
            }
        }
    }

    const Workspace &m_workspace;
    const Analyzer m_analyzer;
    QHash<QString, int> m_keys;
    QSet<QString> m_referenced;
    QHash<QString, QStringList> m_attached;
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

int WorkspaceAnalysis::suppressedCount() const
{
    int n = 0;
    for (const AnalysisResult &r : groups)
        n += r.suppressedCount();
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

WorkspaceAnalysis WorkspaceAnalyzer::analyze(const Workspace &workspace, QThreadPool *pool) const
{
    return Run(workspace, m_catalogue).run(pool ? pool : workerPool());
}

} // namespace sg
