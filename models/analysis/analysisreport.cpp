// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisreport.h"

#include "checkinfo.h"
#include "io/jsonwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

namespace sg::AnalysisReport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sg::AnalysisReport", text);
}

constexpr QLatin1StringView ToolName("SG Assist");
constexpr QLatin1StringView ToolUri("https://github.com/sgassist/sgassist");

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

void writeCounts(JsonWriter &w, const AnalysisResult &result)
{
    w.beginObject();
    for (Severity s : allSeveritiesDescending()) {
        w.key(toId(s));
        w.value(result.count(s));
    }
    w.endObject();
}

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

QString writeJson(const AnalysisResult &result, const QString &input, qsizetype ruleCount, QIODevice &device)
{
    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("input"), input);
    w.field(QLatin1StringView("ruleCount"), qint64(ruleCount));
    w.key(QLatin1StringView("findings"));
    w.beginArray();
    for (const Finding &f : result.findings) {
        w.beginObject();
        w.field(QLatin1StringView("check"), f.check);
        w.field(QLatin1StringView("severity"), toId(f.severity));
        w.key(QLatin1StringView("rules"));
        w.beginArray();
        for (int r : f.rules)
            w.value(r);
        w.endArray();
        w.key(QLatin1StringView("ruleIds"));
        w.beginArray();
        for (const QString &id : f.ruleIds)
            w.value(id);
        w.endArray();
        w.field(QLatin1StringView("message"), f.message);
        w.field(QLatin1StringView("recommendation"), f.recommendation);
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("counts"));
    writeCounts(w, result);
    w.endObject();
    if (!w.finish())
        return device.errorString();
    return {};
}

QString writeText(const AnalysisResult &result, const QString &input, qsizetype ruleCount, QIODevice &device)
{
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
        counts.append(tr("%1 %2").arg(result.count(s)).arg(toId(s)));
    buffer += (result.findings.isEmpty()
                   ? tr("%1: %2 rules, no findings.\n").arg(input).arg(ruleCount)
                   : tr("%1: %2 rules, %3 findings (%4).\n")
                         .arg(input, QString::number(ruleCount), QString::number(result.findings.size()),
                              counts.join(QStringLiteral(", "))))
                  .toUtf8();
    std::optional<Severity> current;
    for (const Finding &f : result.findings) {
        if (!current || *current != f.severity) {
            current = f.severity;
            buffer += (u'\n' + displayName(f.severity).toUpper() + QStringLiteral(" (%1)\n").arg(result.count(f.severity))).toUtf8();
        }
        QString where;
        if (!f.rules.isEmpty()) {
            QStringList numbers;
            for (int r : f.rules.mid(0, 20))
                numbers.append(QString::number(r));
            where = (f.rules.size() == 1 ? tr("rule %1") : tr("rules %1")).arg(numbers.join(QStringLiteral(", ")))
                + (f.rules.size() > 20 ? QStringLiteral(", ...") : QString());
        } else {
            where = tr("group");
        }
        buffer += QStringLiteral("  [%1] %2%3\n    %4\n")
                      .arg(f.check, where, f.mitigated ? tr(" (mitigated)") : QString(), f.message)
                      .toUtf8();
        if (!f.recommendation.isEmpty())
            buffer += tr("    Recommendation: %1\n").arg(f.recommendation).toUtf8();
        if (!flush(false))
            return device.errorString();
    }
    if (!flush(true))
        return device.errorString();
    return {};
}

QString writeSarif(const AnalysisResult &result, const QString &input, QIODevice &device)
{
    const QList<CheckInfo> checks = checkCatalogue();
    QHash<QString, int> ruleIndex;
    for (qsizetype i = 0; i < checks.size(); ++i)
        ruleIndex.insert(checks.at(i).id, int(i));
    const QString uri = artifactUri(input);

    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("$schema"), QLatin1StringView("https://json.schemastore.org/sarif-2.1.0.json"));
    w.field(QLatin1StringView("version"), QLatin1StringView("2.1.0"));
    w.key(QLatin1StringView("runs"));
    w.beginArray();
    w.beginObject();
    w.key(QLatin1StringView("tool"));
    w.beginObject();
    w.key(QLatin1StringView("driver"));
    w.beginObject();
    w.field(QLatin1StringView("name"), ToolName);
    w.field(QLatin1StringView("version"), QStringLiteral(SGASSIST_VERSION));
    w.field(QLatin1StringView("semanticVersion"), QStringLiteral(SGASSIST_VERSION));
    w.field(QLatin1StringView("informationUri"), ToolUri);
    w.key(QLatin1StringView("rules"));
    w.beginArray();
    for (const CheckInfo &check : checks) {
        w.beginObject();
        w.field(QLatin1StringView("id"), check.id);
        w.field(QLatin1StringView("name"), pascalName(check.id));
        w.key(QLatin1StringView("shortDescription"));
        w.beginObject();
        w.field(QLatin1StringView("text"), sentence(check.title));
        w.endObject();
        w.key(QLatin1StringView("fullDescription"));
        w.beginObject();
        w.field(QLatin1StringView("text"), sentence(check.description));
        w.endObject();
        w.key(QLatin1StringView("help"));
        w.beginObject();
        w.field(QLatin1StringView("text"), sentence(check.recommendation));
        w.endObject();
        w.field(QLatin1StringView("helpUri"), QString(ToolUri + QStringLiteral("/blob/main/docs/risk-model.md")));
        w.key(QLatin1StringView("defaultConfiguration"));
        w.beginObject();
        w.field(QLatin1StringView("level"), sarifLevel(check.severity));
        w.endObject();
        w.key(QLatin1StringView("properties"));
        w.beginObject();
        w.field(QLatin1StringView("security-severity"), securitySeverity(check.severity));
        w.field(QLatin1StringView("category"), check.category);
        w.key(QLatin1StringView("tags"));
        w.beginArray();
        w.value(QLatin1StringView("security"));
        w.value(check.category);
        w.endArray();
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.endObject(); // driver
    w.endObject(); // tool
    w.key(QLatin1StringView("results"));
    w.beginArray();
    for (const Finding &f : result.findings) {
        w.beginObject();
        w.field(QLatin1StringView("ruleId"), f.check);
        if (const auto it = ruleIndex.constFind(f.check); it != ruleIndex.cend())
            w.field(QLatin1StringView("ruleIndex"), *it);
        w.field(QLatin1StringView("level"), sarifLevel(f.severity));
        w.key(QLatin1StringView("message"));
        w.beginObject();
        w.field(QLatin1StringView("text"), sentence(f.message));
        w.endObject();
        w.key(QLatin1StringView("locations"));
        w.beginArray();
        w.beginObject();
        w.key(QLatin1StringView("physicalLocation"));
        w.beginObject();
        w.key(QLatin1StringView("artifactLocation"));
        w.beginObject();
        w.field(QLatin1StringView("uri"), uri);
        w.endObject();
        w.endObject();
        if (!f.rules.isEmpty()) {
            w.key(QLatin1StringView("logicalLocations"));
            w.beginArray();
            for (qsizetype k = 0; k < f.rules.size(); ++k) {
                w.beginObject();
                w.field(QLatin1StringView("name"), QStringLiteral("rules[%1]").arg(f.rules.at(k)));
                if (!f.ruleIds.value(k).isEmpty())
                    w.field(QLatin1StringView("fullyQualifiedName"), f.ruleIds.at(k));
                w.field(QLatin1StringView("kind"), QLatin1StringView("object"));
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
        w.endArray();
        w.key(QLatin1StringView("properties"));
        w.beginObject();
        w.field(QLatin1StringView("severity"), toId(f.severity));
        w.field(QLatin1StringView("security-severity"), securitySeverity(f.severity));
        w.key(QLatin1StringView("rules"));
        w.beginArray();
        for (int r : f.rules)
            w.value(r);
        w.endArray();
        w.field(QLatin1StringView("mitigated"), f.mitigated);
        if (!f.recommendation.isEmpty())
            w.field(QLatin1StringView("recommendation"), f.recommendation);
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.field(QLatin1StringView("columnKind"), QLatin1StringView("utf16CodeUnits"));
    w.endObject(); // run
    w.endArray();
    w.endObject();
    if (!w.finish())
        return device.errorString();
    return {};
}

} // namespace sg::AnalysisReport
