// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisreport.h"

#include "checkinfo.h"
#include "core/workerpool.h"
#include "io/jsonwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>
#include <utility>

namespace sg::AnalysisReport {
namespace {

// The translation context of this file's messages.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(sg::AnalysisReport)
};

const QString ToolName = QStringLiteral("SG Assist");
const QString ToolUri = QStringLiteral("https://github.com/sgassist/sgassist");

// GitHub code scanning reads "security-severity" (0.0-10.0) to rank security results.
QString securitySeverity(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QStringLiteral("9.5");
    case Severity::High: return QStringLiteral("8.0");
    case Severity::Medium: return QStringLiteral("5.5");
    case Severity::Low: return QStringLiteral("3.0");
    case Severity::Info: return QStringLiteral("1.0");
    }
    return {};
}

// A relative path stays relative (as given on the command line, with / separators); an absolute
// one becomes a file: URI. Both percent-encoded.
QString artifactUri(const QString &input)
{
    if (QFileInfo(input).isAbsolute())
        return QUrl::fromLocalFile(input).toString(QUrl::FullyEncoded);
    QUrl url;
    url.setPath(QDir::fromNativeSeparators(input));
    return url.toString(QUrl::FullyEncoded);
}

// SARIF messages are plain sentences that end with a period (the Multitool's SARIF2001).
QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(u'.') || trimmed.endsWith(u'?') || trimmed.endsWith(u'!'))
        return trimmed;
    return trimmed + u'.';
}

// "ExposedSsh" from "exposed-ssh": SARIF rule names are PascalCase identifiers.
QString pascalName(const QString &id)
{
    QString out;
    bool upper = true;
    for (QChar c : id) {
        if (c == u'-') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

// Streams JSON text to a device in large chunks. Findings are written one per line, which keeps a
// 100,000-finding report fast to write and easy to grep; strings are escaped per RFC 8259.
class ReportWriter
{
public:
    explicit ReportWriter(QIODevice &device)
        : m_device(&device) { m_buffer.reserve(Chunk + 4096); }
    // Writes into memory only, after what `buffer` holds (and into its room): take() hands the text over.
    explicit ReportWriter(QByteArray buffer = {})
        : m_buffer(std::move(buffer)) {}

    ReportWriter &raw(const char *text)
    {
        m_buffer.append(text);
        return *this;
    }

    ReportWriter &number(qint64 value)
    {
        m_buffer.append(QByteArray::number(value));
        return *this;
    }

    ReportWriter &string(QStringView text)
    {
        JsonWriter::appendQuoted(m_buffer, text);
        return *this;
    }

    ReportWriter &utf8(QByteArrayView text)
    {
        JsonWriter::appendQuotedUtf8(m_buffer, text);
        return *this;
    }

    // The same for a text many findings share (a check id, a recommendation, a group): escaped once
    // per writer. Keyed by the shared data, which lives as long as the findings being written.
    ReportWriter &shared(const QString &text)
    {
        const std::pair key{static_cast<const void *>(text.constData()), text.size()};
        auto it = m_escaped.find(key);
        if (it == m_escaped.end()) {
            QByteArray escaped;
            JsonWriter::appendQuoted(escaped, text);
            it = m_escaped.emplace(key, std::move(escaped)).first;
        }
        m_buffer.append(it->second);
        return *this;
    }

    bool flushIfFull() { return m_buffer.size() < Chunk || flush(); }
    bool finish() { return flush(); }
    QByteArray take() { return std::exchange(m_buffer, {}); }

private:
    static constexpr qsizetype Chunk = 1 << 20;

    bool flush()
    {
        if (!m_device)
            return true;
        const bool ok = m_device->write(m_buffer) == m_buffer.size();
        m_buffer.resize(0); // keeps the room for the next chunk
        return ok;
    }

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    std::map<std::pair<const void *, qsizetype>, QByteArray> m_escaped;
};

} // namespace

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High: return QStringLiteral("error");
    case Severity::Medium: return QStringLiteral("warning");
    case Severity::Low:
    case Severity::Info: return QStringLiteral("note");
    }
    return {};
}

namespace {

// What a report says of one finding beyond the finding itself: its group and the rule's name in
// the group's source.
struct Placed
{
    const WorkspaceGroup &group;
    const Finding &finding;

    QString resource() const
    {
        const Rule *first = group.ruleSet.ruleAt(finding.rules.value(0, 0));
        return first ? first->resource : QString();
    }
};

// One finding as a line of the JSON report's "findings" array (without the separator before it).
void writeJsonFinding(ReportWriter &out, const Placed &p)
{
    const Finding &f = p.finding;
    out.raw("    {\"check\": ").shared(f.check);
    out.raw(", \"severity\": ").string(toId(f.severity));
    out.raw(", \"group\": ").shared(p.group.key()).raw(", \"resource\": ").string(p.resource());
    out.raw(", \"rules\": [");
    for (qsizetype k = 0; k < f.rules.size(); ++k)
        out.raw(k ? ", " : "").number(f.rules.at(k));
    out.raw("], \"ruleIds\": [");
    for (qsizetype k = 0; k < f.rules.size(); ++k)
        out.raw(k ? ", " : "").string(p.group.ruleSet.ruleIdAt(f.rules.at(k)));
    out.raw("], \"message\": ");
    if (f.messageForm == MessageForm::Held)
        out.utf8(f.messageUtf8);
    else
        out.string(f.message(p.group.ruleSet));
    out.raw(", \"recommendation\": ").shared(f.recommendation);
    if (f.mitigated)
        out.raw(", \"mitigated\": true");
    if (f.reachableOn()) {
        out.raw(", \"reachableOn\": [");
        for (qsizetype k = 0; k < f.reachableOn()->size(); ++k)
            out.raw(k ? ", " : "").string(f.reachableOn()->at(k));
        out.raw("]");
    }
    if (f.suppression()) {
        out.raw(", \"suppressed\": true, \"suppression\": {\"reason\": ").string(f.suppression()->reason);
        out.raw(", \"expires\": ").string(f.suppression()->expires.toString(Qt::ISODate)).raw("}");
    }
    out.raw("}");
}

using Order = QList<std::pair<int, int>>;

// Findings [first, last) of `order` as report lines, each but the very first preceded by ",\n",
// written into `buffer` (emptied first, its room kept: a chunk is a few MB, and room mapped afresh
// for every chunk costs a page fault every 4 KB).
QByteArray jsonChunk(const Workspace &workspace, const WorkspaceAnalysis &analysis, const Order &order, qsizetype first,
                     qsizetype last, QByteArray buffer)
{
    buffer.resize(0);
    ReportWriter out(std::move(buffer));
    for (qsizetype i = first; i < last; ++i) {
        const auto [g, f] = order.at(i);
        out.raw(i ? ",\n" : "\n");
        writeJsonFinding(out, Placed{workspace.groups.at(g), analysis.groups.at(g).findings.at(f)});
    }
    return out.take();
}

} // namespace

QString writeJson(const Workspace &workspace, const WorkspaceAnalysis &analysis, const QString &input, QIODevice &device)
{
    ReportWriter out(device);
    out.raw("{\n  \"input\": ").string(input).raw(",\n  \"ruleCount\": ").number(workspace.ruleCount());
    out.raw(",\n  \"groups\": [");
    for (qsizetype g = 0; g < workspace.groups.size(); ++g) {
        const WorkspaceGroup &group = workspace.groups.at(g);
        out.raw(g ? ",\n    {\"id\": " : "\n    {\"id\": ").string(group.key());
        out.raw(", \"name\": ").string(group.ruleSet.group.name).raw(", \"source\": ").string(group.source.file);
        out.raw(", \"ruleCount\": ").number(group.ruleSet.rules.size()).raw("}");
    }
    out.raw(workspace.groups.isEmpty() ? "],\n  \"findings\": [" : "\n  ],\n  \"findings\": [");
    const Order order = analysis.ordered();
    // Large reports are formatted in chunks, every other one on the thread pool, and written in
    // order: formatting is most of the cost, and two chunks in flight keep the memory small.
    constexpr qsizetype Chunk = 8192;
    if (order.size() < 2 * Chunk || workerPool()->maxThreadCount() < 2) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            const auto [g, f] = order.at(i);
            out.raw(i ? ",\n" : "\n");
            writeJsonFinding(out, Placed{workspace.groups.at(g), analysis.groups.at(g).findings.at(f)});
            if (!out.flushIfFull())
                return device.errorString();
        }
    } else {
        if (!out.finish())
            return device.errorString();
        QByteArray mine; // each chunk is formatted into the room of the one before
        QByteArray theirs;
        for (qsizetype first = 0; first < order.size(); first += 2 * Chunk) {
            const qsizetype middle = std::min(first + Chunk, order.size());
            const qsizetype last = std::min(first + 2 * Chunk, order.size());
            QFuture<QByteArray> second;
            if (middle < last) {
                // The worker's chunk keeps its room too: moved into the call (QtConcurrent would pass a
                // stored argument as a copy, which shares the buffer and makes the chunk allocate anew).
                second = QtConcurrent::run(workerPool(), [&, middle, last, buffer = std::move(theirs)]() mutable {
                    return jsonChunk(workspace, analysis, order, middle, last, std::move(buffer));
                });
            }
            mine = jsonChunk(workspace, analysis, order, first, middle, std::move(mine));
            const bool ok = device.write(mine) == mine.size();
            theirs = second.isValid() ? second.takeResult() : QByteArray();
            if (!ok || device.write(theirs) != theirs.size())
                return device.errorString();
        }
    }
    out.raw(order.isEmpty() ? "],\n  \"counts\": {" : "\n  ],\n  \"counts\": {");
    bool firstCount = true;
    for (Severity s : allSeveritiesDescending()) {
        out.raw(firstCount ? "" : ", ").string(toId(s)).raw(": ").number(analysis.count(s));
        firstCount = false;
    }
    out.raw("}");
    if (const int suppressed = analysis.suppressedCount(); suppressed > 0)
        out.raw(",\n  \"suppressed\": ").number(suppressed);
    out.raw("\n}\n");
    return out.finish() ? QString() : device.errorString();
}

QString writeText(const Workspace &workspace, const WorkspaceAnalysis &analysis, const QString &input, QIODevice &device, bool colour)
{
    // SGR colours per severity: bold red, red, yellow, cyan, default; reset after the heading.
    const auto paint = [colour](Severity severity, const QString &text) -> QString {
        if (!colour)
            return text;
        const char *code = "";
        switch (severity) {
        case Severity::Critical: code = "\x1b[1;31m"; break;
        case Severity::High: code = "\x1b[31m"; break;
        case Severity::Medium: code = "\x1b[33m"; break;
        case Severity::Low: code = "\x1b[36m"; break;
        case Severity::Info: code = "\x1b[2m"; break;
        }
        return QLatin1StringView(code) + text + QLatin1StringView("\x1b[0m");
    };
    QByteArray buffer;
    auto flush = [&](bool force) {
        if (buffer.size() < (1 << 16) && !force)
            return true;
        const bool ok = device.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    QStringList counts;
    for (Severity s : allSeveritiesDescending())
        counts.append(Messages::tr("%1 %2").arg(analysis.count(s)).arg(toId(s)));
    const int suppressed = analysis.suppressedCount();
    const qsizetype findingCount = analysis.findingCount() - suppressed;
    const qsizetype ruleCount = workspace.ruleCount();
    const QString rules = workspace.groups.size() == 1
        ? (ruleCount == 1 ? Messages::tr("1 rule") : Messages::tr("%1 rules").arg(ruleCount))
        : (ruleCount == 1 ? Messages::tr("1 rule in %1 groups") : Messages::tr("%1 rules in %2 groups").arg(ruleCount)).arg(workspace.groups.size());
    buffer += (findingCount == 0 ? Messages::tr("%1: %2, no findings.\n").arg(input, rules)
                                 : Messages::tr("%1: %2, %3 findings (%4).\n")
                                       .arg(input, rules, QString::number(findingCount), counts.join(QStringLiteral(", "))))
                  .toUtf8();
    if (suppressed > 0)
        buffer += Messages::tr("%1 more accepted by the baseline (suppressed, listed last).\n").arg(suppressed).toUtf8();
    const bool several = workspace.groups.size() > 1;
    std::optional<Severity> current;
    const QList<std::pair<int, int>> order = analysis.ordered();
    // The findings that count first, by severity; then the suppressed ones under a heading of their own.
    for (const bool listingSuppressed : {false, true}) {
        if (listingSuppressed && suppressed > 0)
            buffer += (u'\n' + Messages::tr("SUPPRESSED (%1)").arg(suppressed) + u'\n').toUtf8();
        for (const auto &[g, index] : order) {
            const Finding &f = analysis.groups.at(g).findings.at(index);
            if (f.suppressed() != listingSuppressed)
                continue;
            const Placed placed{workspace.groups.at(g), f};
            if (!listingSuppressed && (!current || *current != f.severity)) {
                current = f.severity;
                buffer += (u'\n' + paint(f.severity, displayName(f.severity).toUpper() + QStringLiteral(" (%1)").arg(analysis.count(f.severity))) + u'\n').toUtf8();
            }
            QString where;
            if (!f.rules.isEmpty()) {
                QStringList numbers;
                for (int r : f.rules.toList().mid(0, 20))
                    numbers.append(QString::number(r));
                where = (f.rules.size() == 1 ? Messages::tr("rule %1") : Messages::tr("rules %1")).arg(numbers.join(QStringLiteral(", ")))
                    + (f.rules.size() > 20 ? QStringLiteral(", ...") : QString());
            } else {
                where = Messages::tr("group");
            }
            if (several)
                where = placed.group.key() + QStringLiteral(", ") + where;
            if (const QString resource = placed.resource(); !resource.isEmpty())
                where += QStringLiteral(" (%1)").arg(resource);
            if (listingSuppressed)
                where = toId(f.severity) + QStringLiteral(", ") + where;
            buffer += QStringLiteral("  [%1] %2%3\n    %4\n")
                          .arg(f.check, where, f.mitigated ? Messages::tr(" (mitigated)") : QString(), f.message(placed.group.ruleSet))
                          .toUtf8();
            if (f.reachableOn()) {
                buffer += (f.reachableOn()->isEmpty() ? Messages::tr("    Reachable on no network interface.\n")
                                                      : Messages::tr("    Reachable on: %1\n").arg(f.reachableOn()->join(QStringLiteral(", "))))
                              .toUtf8();
            }
            if (f.suppression()) {
                buffer += Messages::tr("    Suppressed: %1 (accepted until %2)\n")
                              .arg(f.suppression()->reason, f.suppression()->expires.toString(Qt::ISODate))
                              .toUtf8();
            } else if (!f.recommendation.isEmpty()) {
                buffer += Messages::tr("    Recommendation: %1\n").arg(f.recommendation).toUtf8();
            }
            if (!flush(false))
                return device.errorString();
        }
    }
    if (!flush(true))
        return device.errorString();
    return {};
}

QString writeSarif(const Workspace &workspace, const WorkspaceAnalysis &analysis, const QString &input, QIODevice &device)
{
    const QList<CheckInfo> checks = checkCatalogue();
    QHash<QString, int> ruleIndex;
    for (qsizetype i = 0; i < checks.size(); ++i)
        ruleIndex.insert(checks.at(i).id, int(i));
    const QString version = QStringLiteral(SGASSIST_VERSION);

    ReportWriter out(device);
    out.raw("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n");
    out.raw("  \"runs\": [{\n    \"tool\": {\"driver\": {\"name\": ").string(ToolName);
    out.raw(", \"version\": ").string(version).raw(", \"semanticVersion\": ").string(version);
    out.raw(", \"informationUri\": ").string(ToolUri).raw(", \"rules\": [");
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const CheckInfo &check = checks.at(i);
        out.raw(i ? ",\n      {\"id\": " : "\n      {\"id\": ").string(check.id);
        out.raw(", \"name\": ").string(pascalName(check.id));
        out.raw(", \"shortDescription\": {\"text\": ").string(sentence(check.title));
        out.raw("}, \"fullDescription\": {\"text\": ").string(sentence(check.description));
        out.raw("}, \"help\": {\"text\": ").string(sentence(check.recommendation));
        out.raw("}, \"helpUri\": ").string(QString(ToolUri + QStringLiteral("/blob/main/docs/risk-model.md")));
        out.raw(", \"defaultConfiguration\": {\"level\": ").string(sarifLevel(check.severity));
        out.raw("}, \"properties\": {\"security-severity\": ").string(securitySeverity(check.severity));
        out.raw(", \"category\": ").string(check.category);
        out.raw(", \"tags\": [\"security\", ").string(check.category).raw("]}}");
    }
    out.raw("\n    ]}},\n    \"results\": [");
    bool first = true;
    for (const auto &[g, index] : analysis.ordered()) {
        const WorkspaceGroup &group = workspace.groups.at(g);
        const Finding &f = analysis.groups.at(g).findings.at(index);
        const QString key = group.key();
        out.raw(first ? "\n      {\"ruleId\": " : ",\n      {\"ruleId\": ").string(f.check.toString());
        first = false;
        if (const auto it = ruleIndex.constFind(f.check); it != ruleIndex.cend())
            out.raw(", \"ruleIndex\": ").number(*it);
        out.raw(", \"level\": ").string(sarifLevel(f.severity));
        out.raw(", \"message\": {\"text\": ").string(sentence(f.message(group.ruleSet)));
        const QString uri = artifactUri(group.source.file.isEmpty() ? input : group.source.file);
        out.raw("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ").string(uri).raw("}}");
        // The group, then each rule inside it (by its rule id, else its name in the source).
        out.raw(", \"logicalLocations\": [{\"name\": ").string(key).raw(", \"fullyQualifiedName\": ").string(key);
        out.raw(", \"kind\": \"namespace\"}");
        for (qsizetype k = 0; k < f.rules.size(); ++k) {
            const int position = f.rules.at(k);
            const Rule *rule = group.ruleSet.ruleAt(position);
            const QString resource = rule ? rule->resource : QString();
            const QString id = rule ? rule->id : QString();
            out.raw(", {\"name\": ").string(QStringLiteral("rules[%1]").arg(position));
            const QString qualified = key + u'/' + (!id.isEmpty() ? id : !resource.isEmpty() ? resource
                                                                                             : QStringLiteral("rules[%1]").arg(position));
            out.raw(", \"fullyQualifiedName\": ").string(qualified);
            out.raw(", \"kind\": \"object\"}");
        }
        out.raw("]}], \"properties\": {\"severity\": ").string(toId(f.severity));
        out.raw(", \"security-severity\": ").string(securitySeverity(f.severity));
        out.raw(", \"group\": ").string(key).raw(", \"resource\": ").string(Placed{group, f}.resource()).raw(", \"rules\": [");
        for (qsizetype k = 0; k < f.rules.size(); ++k)
            out.raw(k ? ", " : "").number(f.rules.at(k));
        out.raw("], \"mitigated\": ").raw(f.mitigated ? "true" : "false");
        if (f.reachableOn()) {
            out.raw(", \"reachableOn\": [");
            for (qsizetype k = 0; k < f.reachableOn()->size(); ++k)
                out.raw(k ? ", " : "").string(f.reachableOn()->at(k));
            out.raw("]");
        }
        if (!f.recommendation.isEmpty())
            out.raw(", \"recommendation\": ").string(f.recommendation.toString());
        out.raw("}");
        // SARIF's own way to say a result is accepted: an external suppression with its justification.
        if (f.suppression()) {
            out.raw(", \"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\", \"justification\": ")
                .string(f.suppression()->reason);
            out.raw(", \"properties\": {\"expires\": ").string(f.suppression()->expires.toString(Qt::ISODate)).raw("}}]");
        }
        out.raw("}");
        if (!out.flushIfFull())
            return device.errorString();
    }
    out.raw(first ? "],\n" : "\n    ],\n").raw("    \"columnKind\": \"utf16CodeUnits\"\n  }]\n}\n");
    return out.finish() ? QString() : device.errorString();
}

} // namespace sg::AnalysisReport
