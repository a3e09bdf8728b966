// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baseline.h"

#include "checkids.h"
#include "checkinfo.h"
#include "io/fileio.h"
#include "io/jsonutil.h"
#include "io/jsonwriter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <tuple>

namespace sg {
namespace {

// "22", "22/tcp", "3389/UDP" (or a JSON number): the port and, when given, its protocol.
bool parsePort(const QJsonValue &value, int *port, std::optional<Protocol> *protocol)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        *port = int(number);
        return number == double(*port) && *port >= 1 && *port <= 65535;
    }
    if (!value.isString())
        return false;
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})\\s*(?:/\\s*(tcp|udp)\\s*)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!match.hasMatch())
        return false;
    *port = match.captured(1).toInt();
    if (match.hasCaptured(2))
        *protocol = protocolFromString(match.captured(2));
    return *port >= 1 && *port <= 65535;
}

// The sort key of AnalysisResult::findings: most severe first, then by first rule (group findings
// last), then by check id.
auto findingKey(const Finding &f)
{
    return std::tuple(int(Severity::Critical) - int(f.severity), f.rules.isEmpty() ? INT_MAX : f.rules.constFirst(), f.check);
}

} // namespace

Parsed<Baseline> Baseline::load(const QString &path, bool *ioError)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (ioError)
            *ioError = true;
        Parsed<Baseline> out;
        out.diagnostics.append(Diagnostic::error(SourceLocation{path}, tr("cannot read the baseline: %1").arg(file.errorString())));
        return out;
    }
    return fromJson(file.readAll(), path);
}

Parsed<Baseline> Baseline::fromJson(const QByteArray &json, const QString &fileName)
{
    Parsed<Baseline> out;
    const QJsonDocument document = json::parse(json, fileName, out.diagnostics);
    if (!out.ok())
        return out;
    const auto at = [&](const QString &field) {
        SourceLocation where{fileName};
        where.field = field;
        return where;
    };
    const auto fail = [&](const QString &field, const QString &message) { out.diagnostics.append(Diagnostic::error(at(field), message)); };
    const QJsonValue list = document.isObject() ? json::valueIgnoringCase(document.object(), QLatin1StringView("exemptions")) : QJsonValue();
    if (!list.isArray()) {
        out.diagnostics.append(Diagnostic::error(
            SourceLocation{fileName}, tr("not a baseline: expected {\"exemptions\": [{\"check\", \"group\", \"ruleId\" | \"resource\" | \"port\", \"reason\", \"expires\"}, ...]}")));
        return out;
    }
    const QJsonObject root = document.object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key().compare(u"exemptions", Qt::CaseInsensitive) != 0)
            out.value.m_otherKeys.insert(it.key(), it.value());
    }
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString base = QStringLiteral("exemptions[%1]").arg(i);
        if (!array.at(i).isObject()) {
            fail(base, tr("an exemption must be an object, not %1").arg(json::typeName(array.at(i))));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        Exemption e;
        int selectors = 0;
        bool valid = true;
        bool hasExpires = false;
        const auto text = [&](const QJsonValue &value, const QString &field) -> QString {
            if (value.isString())
                return value.toString().trimmed();
            fail(field, tr("must be a string, not %1").arg(json::typeName(value)));
            valid = false;
            return {};
        };
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key().toLower();
            const QString field = base + u'.' + it.key();
            if (key == u"check") {
                e.check = text(it.value(), field);
            } else if (key == u"group") {
                e.group = text(it.value(), field);
            } else if (key == u"ruleid") {
                e.ruleId = text(it.value(), field);
                ++selectors;
            } else if (key == u"resource") {
                e.resource = text(it.value(), field);
                ++selectors;
            } else if (key == u"port") {
                ++selectors;
                if (!parsePort(it.value(), &e.port, &e.portProtocol)) {
                    fail(field, tr("must be a port from 1 to 65535, optionally with its protocol (22, \"22/tcp\")"));
                    valid = false;
                }
            } else if (key == u"reason") {
                e.reason = text(it.value(), field);
            } else if (key == u"expires") {
                hasExpires = true;
                const QString date = text(it.value(), field);
                e.expires = QDate::fromString(date, Qt::ISODate);
                if (it.value().isString() && (!datePattern.match(date).hasMatch() || !e.expires.isValid())) {
                    fail(field, tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(date));
                    valid = false;
                }
            } else {
                out.diagnostics.append(Diagnostic::warning(at(field), tr("unknown field \"%1\" is ignored").arg(it.key())));
            }
        }
        if (!valid)
            continue;
        if (e.check.isEmpty())
            fail(base + QStringLiteral(".check"), tr("the check the exemption accepts is missing"));
        else if (checkInfo(e.check).id.isEmpty())
            fail(base + QStringLiteral(".check"), tr("\"%1\" is not a check id (sgassist-cli check --report sarif lists them)").arg(e.check));
        if (selectors > 1)
            fail(base, tr("give at most one of ruleId, resource and port"));
        if (e.reason.isEmpty())
            fail(base + QStringLiteral(".reason"), tr("an exemption needs a reason"));
        if (!hasExpires)
            fail(base + QStringLiteral(".expires"), tr("an exemption needs a date it expires (YYYY-MM-DD)"));
        out.value.m_exemptions.append(e);
    }
    if (!out.ok())
        out.value = {};
    return out;
}

QByteArray Baseline::toJson() const
{
    QJsonObject root = m_otherKeys;
    QJsonArray list;
    for (const Exemption &e : m_exemptions)
        list.append(e.toJson());
    root.insert(QStringLiteral("exemptions"), list);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter writer(buffer);
    writer.value(QJsonValue(root));
    writer.finish();
    return buffer.data();
}

QString Baseline::save(const QString &path) const
{
    const QByteArray bytes = toJson();
    return writeFileAtomically(path, [&](QIODevice &device, QString *error) {
        if (device.write(bytes) == bytes.size())
            return true;
        *error = device.errorString();
        return false;
    });
}

QString Baseline::appendTo(const QString &path, const Exemption &exemption)
{
    Baseline baseline;
    if (QFileInfo::exists(path)) {
        Parsed<Baseline> loaded = load(path);
        if (!loaded.ok()) {
            for (const Diagnostic &d : std::as_const(loaded.diagnostics)) {
                if (d.isError())
                    return d.toString();
            }
        }
        baseline = loaded.value;
    }
    baseline.append(exemption);
    return baseline.save(path);
}

const Exemption *Baseline::match(const WorkspaceGroup &group, const Finding &finding, QDate today) const
{
    for (const Exemption &e : m_exemptions) {
        if (e.appliesOn(today) && e.matches(group, finding))
            return &e;
    }
    return nullptr;
}

void Baseline::apply(const Workspace &workspace, WorkspaceAnalysis &analysis, QDate today) const
{
    const qsizetype groupCount = std::min(workspace.groups.size(), analysis.groups.size());
    if (groupCount == 0)
        return;
    struct Expired
    {
        int group = -1;
        QList<int> rules;
    };
    QList<Expired> expired(m_exemptions.size());
    for (qsizetype g = 0; g < groupCount; ++g) {
        const WorkspaceGroup &group = workspace.groups.at(g);
        for (Finding &f : analysis.groups[g].findings) {
            if (f.check == QLatin1StringView(CheckIds::ExpiredExemption))
                continue;
            f.setSuppression(std::nullopt);
            for (qsizetype e = 0; e < m_exemptions.size(); ++e) {
                const Exemption &exemption = m_exemptions.at(e);
                if (!exemption.matches(group, f))
                    continue;
                if (exemption.appliesOn(today)) {
                    f.setSuppression(Suppression{exemption.reason, exemption.expires});
                    break;
                }
                // Past its date: the finding counts again, and the exemption is named below.
                Expired &x = expired[e];
                if (x.group < 0 || x.group == int(g)) {
                    x.group = int(g);
                    x.rules += f.rules.toList();
                }
            }
        }
    }
    for (qsizetype e = 0; e < m_exemptions.size(); ++e) {
        const Exemption &exemption = m_exemptions.at(e);
        if (exemption.appliesOn(today))
            continue;
        Expired &x = expired[e];
        if (x.group < 0) {
            x.group = 0; // it matches nothing now: placed on the group it names, else the first
            for (qsizetype g = 0; g < groupCount; ++g) {
                if (!exemption.group.isEmpty() && exemption.group.compare(workspace.groups.at(g).key(), Qt::CaseInsensitive) == 0)
                    x.group = int(g);
            }
        }
        std::sort(x.rules.begin(), x.rules.end());
        x.rules.erase(std::unique(x.rules.begin(), x.rules.end()), x.rules.end());
        Finding f;
        f.check = QLatin1StringView(CheckIds::ExpiredExemption);
        f.severity = Severity::Low;
        f.rules = x.rules;
        f.setMessage(x.rules.isEmpty()
                         ? tr("The exemption \"%1\" (%2) expired on %3; it matches no finding now and can be removed from the baseline.")
                               .arg(exemption.reason, exemption.describe(), exemption.expires.toString(Qt::ISODate))
                         : tr("The exemption \"%1\" (%2) expired on %3: the findings it accepted count again.")
                               .arg(exemption.reason, exemption.describe(), exemption.expires.toString(Qt::ISODate)));
        f.recommendation = checkInfo(CheckIds::ExpiredExemption).recommendation;
        QList<Finding> &findings = analysis.groups[x.group].findings;
        const auto key = findingKey(f);
        const auto at = std::find_if(findings.begin(), findings.end(), [&](const Finding &other) { return findingKey(other) > key; });
        findings.insert(at, f);
    }
    for (qsizetype g = 0; g < groupCount; ++g)
        analysis.groups[g].index(workspace.groups.at(g).ruleSet.rules.size());
}

} // namespace sg
