// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

#include "core/limits.h"
#include "readmonitor.h"

#include "csvreader.h"
#include "fileio.h"
#include "jsonrulereader.h"
#include "permissioncodec.h"
#include "writerutil.h"

#include <QHash>
#include <QStringDecoder>

#include <array>

namespace sg {
namespace {

// ---------------------------------------------------------------------------------------------
// The one place that knows the console's CSV columns. UNCONFIRMED (reference 4.2): no console
// export was available, so these are the API field names (also what SG Assist writes) plus the
// labels the English and Chinese consoles show in their rule tables - a guess, kept here so that
// a real export can correct it in one edit. Headers match ignoring case, spaces and punctuation.
// ---------------------------------------------------------------------------------------------

// A column that is neither a PermissionField nor ignored: the console's "authorization object",
// the source of an ingress rule or the destination of an egress rule, whatever its kind.
constexpr int PeerColumn = -1;
// Known columns that carry nothing SG Assist reads (names, times, the kind of the peer).
constexpr int IgnoredColumn = -2;

struct HeaderAlias
{
    const char16_t *header;
    int target; // a PermissionField, PeerColumn or IgnoredColumn
};

constexpr std::array headerAliases{
    HeaderAlias{u"Rule Direction", int(PermissionField::Direction)},
    HeaderAlias{u"方向", int(PermissionField::Direction)},
    HeaderAlias{u"规则方向", int(PermissionField::Direction)},
    HeaderAlias{u"出入方向", int(PermissionField::Direction)},
    HeaderAlias{u"Protocol", int(PermissionField::IpProtocol)},
    HeaderAlias{u"Protocol Type", int(PermissionField::IpProtocol)},
    HeaderAlias{u"协议类型", int(PermissionField::IpProtocol)},
    HeaderAlias{u"协议", int(PermissionField::IpProtocol)},
    HeaderAlias{u"Port Range", int(PermissionField::PortRange)},
    HeaderAlias{u"Port", int(PermissionField::PortRange)},
    HeaderAlias{u"Destination Port Range", int(PermissionField::PortRange)},
    HeaderAlias{u"端口范围", int(PermissionField::PortRange)},
    HeaderAlias{u"目的端口范围", int(PermissionField::PortRange)},
    HeaderAlias{u"端口", int(PermissionField::PortRange)},
    HeaderAlias{u"源端口范围", int(PermissionField::SourcePortRange)},
    HeaderAlias{u"Action", int(PermissionField::Policy)},
    HeaderAlias{u"Authorization Policy", int(PermissionField::Policy)},
    HeaderAlias{u"授权策略", int(PermissionField::Policy)},
    HeaderAlias{u"策略", int(PermissionField::Policy)},
    HeaderAlias{u"优先级", int(PermissionField::Priority)},
    HeaderAlias{u"NIC Type", int(PermissionField::NicType)},
    HeaderAlias{u"网卡类型", int(PermissionField::NicType)},
    HeaderAlias{u"描述", int(PermissionField::Description)},
    HeaderAlias{u"规则描述", int(PermissionField::Description)},
    HeaderAlias{u"Rule ID", int(PermissionField::SecurityGroupRuleId)},
    HeaderAlias{u"规则ID", int(PermissionField::SecurityGroupRuleId)},
    HeaderAlias{u"安全组规则ID", int(PermissionField::SecurityGroupRuleId)},
    HeaderAlias{u"Authorization Object", PeerColumn},
    HeaderAlias{u"Source/Destination", PeerColumn},
    HeaderAlias{u"授权对象", PeerColumn},
    HeaderAlias{u"源/目的", PeerColumn},
    HeaderAlias{u"Authorization Type", IgnoredColumn},
    HeaderAlias{u"授权类型", IgnoredColumn},
    HeaderAlias{u"Creation Time", IgnoredColumn},
    HeaderAlias{u"创建时间", IgnoredColumn},
    // Every API field name (and display-only field) is matched through permissionFieldForKey().
};

// Values the Chinese console shows instead of the API's: 入方向 -> ingress, 允许 -> accept, ...
struct ValueAlias
{
    PermissionField field;
    const char16_t *shown;
    const char16_t *api;
};

constexpr std::array valueAliases{
    ValueAlias{PermissionField::Direction, u"入方向", u"ingress"},
    ValueAlias{PermissionField::Direction, u"入", u"ingress"},
    ValueAlias{PermissionField::Direction, u"出方向", u"egress"},
    ValueAlias{PermissionField::Direction, u"出", u"egress"},
    ValueAlias{PermissionField::Policy, u"允许", u"accept"},
    ValueAlias{PermissionField::Policy, u"拒绝", u"drop"},
    ValueAlias{PermissionField::NicType, u"内网", u"intranet"},
    ValueAlias{PermissionField::NicType, u"公网", u"internet"},
    ValueAlias{PermissionField::IpProtocol, u"全部", u"ALL"},
};

// Lower case without spaces or punctuation: "Port Range", "port_range" and "PORTRANGE" meet.
QString normalizedHeader(QStringView header)
{
    QString out;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    }
    return out;
}

int columnTarget(const QString &header, bool *known)
{
    static const QHash<QString, int> aliases = [] {
        QHash<QString, int> table;
        for (const HeaderAlias &alias : headerAliases)
            table.insert(normalizedHeader(QStringView(alias.header)), alias.target);
        return table;
    }();
    const QString key = normalizedHeader(header);
    *known = true;
    if (const auto it = aliases.constFind(key); it != aliases.constEnd())
        return it.value();
    bool ignored = false;
    if (const auto field = permissionFieldForKey(key.toUtf8(), &ignored))
        return int(*field);
    *known = ignored;
    return IgnoredColumn;
}

QString apiValue(PermissionField field, const QString &value)
{
    const QString trimmed = value.trimmed();
    for (const ValueAlias &alias : valueAliases) {
        if (alias.field == field && trimmed == QStringView(alias.shown))
            return QString::fromUtf16(alias.api);
    }
    return value;
}

// Sets the peer fields of an "authorization object" cell by the kind of what it holds.
void setPeer(PermissionRecord &record, const QString &text, bool ingress)
{
    using F = PermissionField;
    const Endpoint::ParseResult parsed = Endpoint::parse(text);
    F field = ingress ? F::SourceCidrIp : F::DestCidrIp; // a malformed value is reported as a CIDR
    if (parsed.endpoint) {
        switch (parsed.endpoint->kind()) {
        case Endpoint::Kind::Ipv6: field = ingress ? F::Ipv6SourceCidrIp : F::Ipv6DestCidrIp; break;
        case Endpoint::Kind::SecurityGroup: field = ingress ? F::SourceGroupId : F::DestGroupId; break;
        case Endpoint::Kind::PrefixList: field = ingress ? F::SourcePrefixListId : F::DestPrefixListId; break;
        case Endpoint::Kind::Ipv4:
        case Endpoint::Kind::None: break;
        }
    }
    if (!record.isSet(field))
        record.setString(field, text);
}

bool isPeerField(PermissionField f)
{
    using F = PermissionField;
    return f == F::SourceCidrIp || f == F::Ipv6SourceCidrIp || f == F::SourceGroupId || f == F::SourcePrefixListId
        || f == F::DestCidrIp || f == F::Ipv6DestCidrIp || f == F::DestGroupId || f == F::DestPrefixListId;
}

QByteArray csvCell(const QString &text)
{
    const QString cell = ConsoleCsvFormat::protectCell(text);
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
        || cell.contains(u';') || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!quote)
        return cell.toUtf8();
    QString quoted = cell;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

class CsvRuleReader
{
    // Its messages are the format's.
    Q_DECLARE_TR_FUNCTIONS(sg::ConsoleCsvFormat)

public:
    CsvRuleReader(const QString &fileName, Parsed<Document> &out)
        : m_file(fileName), m_out(out) {}

    void run(QIODevice &device)
    {
        const FileBytes input = readAllPadded(device);
        if (!input.error.isEmpty()) {
            report(SourceLocation{m_file}, input.error);
            return;
        }
        const QByteArrayView bytes(input.bytes.constData() + input.start, input.length);
        if (bytes.trimmed().isEmpty()) {
            report(SourceLocation{m_file, 1, 1}, tr("the file is empty"));
            return;
        }
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
            SourceLocation at{m_file};
            lineAndColumnAt(input.bytes.mid(input.start, nul), nul, &at.line, &at.column);
            report(at, tr("the file holds NUL bytes: it is not CSV text"));
            return;
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(bytes);
        if (decoder.hasError()) {
            report(SourceLocation{m_file},
                   tr("the file is not valid UTF-8 text (spreadsheets often save CSV in a local encoding such as GBK: "
                      "save it as \"CSV UTF-8\")"));
            return;
        }
        readRecords(text);
        m_problems.finish();
        detail::fillGroupFromConsoleFileName(m_file, m_out.value.ruleSet.group);
    }

private:
    struct Column
    {
        QString header; // as written, for messages
        int target = IgnoredColumn;
    };

    void report(const SourceLocation &where, const QString &message) { add(Diagnostic::error(where, message)); }
    void add(const Diagnostic &diagnostic) { m_problems.add(diagnostic); }

    void readRecords(const QString &text)
    {
        CsvReader reader(text, CsvReader::guessDelimiter(text));
        const qint64 lineCount = text.count(u'\n') + 1;
        CsvReader::Record record;
        bool haveHeader = false;
        int ruleNumber = 0;
        while (reader.next(record)) {
            // Blank lines, and the "# ..." comment lines people put above the header or use to
            // switch a rule off.
            if (record.isBlank() || (!record.cells.isEmpty() && record.cells.first().trimmed().startsWith(u'#')))
                continue;
            if (!haveHeader) {
                if (!readHeader(record))
                    return;
                haveHeader = true;
                continue;
            }
            readRule(record, ++ruleNumber);
            if ((ruleNumber & 511) == 0 && !ReadMonitor::progress(record.line, lineCount)) {
                m_problems.fatal(SourceLocation{m_file}, tr("reading was cancelled"));
                return;
            }
        }
        if (!reader.error().isEmpty())
            report(SourceLocation{m_file, reader.errorLine()}, reader.error());
        else if (!haveHeader)
            report(SourceLocation{m_file, 1, 1}, tr("the file is empty"));
    }

    bool readHeader(const CsvReader::Record &record)
    {
        bool protocol = false;
        QHash<int, QString> seen;
        Diagnostics unknown; // reported only for a header that is otherwise a rule header
        for (const QString &cell : record.cells) {
            Column column;
            column.header = cell.trimmed();
            bool known = false;
            column.target = columnTarget(column.header, &known);
            SourceLocation at{m_file, record.line, 0, 0, column.header};
            if (!known && !column.header.isEmpty())
                unknown.append(Diagnostic::warning(at, tr("unknown column; it is ignored")));
            if (column.target != IgnoredColumn) {
                if (const auto it = seen.constFind(column.target); it != seen.constEnd()) {
                    report(at, tr("this column means the same as the column \"%1\"; keep one of them").arg(it.value()));
                    column.target = IgnoredColumn;
                } else {
                    seen.insert(column.target, column.header);
                }
            }
            protocol = protocol || column.target == int(PermissionField::IpProtocol);
            m_columns.append(column);
        }
        if (!protocol) {
            report(SourceLocation{m_file, record.line, 1},
                   tr("no protocol column: this does not look like a security group rule CSV (expected headers such as "
                      "IpProtocol, PortRange, SourceCidrIp, Policy, Priority or 协议类型, 端口范围, 授权对象)"));
            return false;
        }
        m_problems.addAll(std::move(unknown));
        return true;
    }

    void readRule(const CsvReader::Record &record, int ruleNumber)
    {
        const SourceLocation where{m_file, record.line, 0, ruleNumber};
        bool extra = false;
        for (qsizetype i = m_columns.size(); i < record.cells.size(); ++i)
            extra = extra || !record.cells[i].trimmed().isEmpty();
        if (extra) {
            report(where, tr("the row has %1 cells but the header has %2 columns (a comma in an unquoted cell?)").arg(record.cells.size()).arg(m_columns.size()));
            return;
        }
        PermissionRecord permission;
        QString peer;
        QHash<QString, QString> headerOf; // API field -> the header that supplied it, for messages
        for (qsizetype i = 0; i < m_columns.size() && i < record.cells.size(); ++i) {
            const Column &column = m_columns[i];
            if (column.target == IgnoredColumn)
                continue;
            const QString value = ConsoleCsvFormat::unprotectCell(record.cells[i]);
            if (column.target == PeerColumn) {
                peer = value;
                continue;
            }
            const auto field = PermissionField(column.target);
            permission.setString(field, apiValue(field, value));
            headerOf.insert(QString(apiName(field)), column.header);
        }
        if (!peer.trimmed().isEmpty()) {
            const auto direction = directionFromString(permission.string(PermissionField::Direction));
            setPeer(permission, peer.trimmed(), direction.value_or(Direction::Ingress) == Direction::Ingress);
            for (int f = 0; f < PermissionFieldCount; ++f) {
                const auto field = PermissionField(f);
                if (isPeerField(field) && !headerOf.contains(QString(apiName(field))))
                    headerOf.insert(QString(apiName(field)), peerHeader());
            }
        }
        Diagnostics problems;
        if (std::optional<Rule> rule = PermissionCodec::decode(permission, where, problems))
            m_out.value.ruleSet.rules.append(std::move(*rule));
        for (Diagnostic &d : problems) {
            // Name the column as the file does ("端口范围"), not the API field behind it.
            if (const auto it = headerOf.constFind(d.location.field); it != headerOf.constEnd() && !it.value().isEmpty())
                d.location.field = it.value();
            add(d);
        }
    }

    QString peerHeader() const
    {
        for (const Column &column : m_columns) {
            if (column.target == PeerColumn)
                return column.header;
        }
        return {};
    }

    QString m_file;
    Parsed<Document> &m_out;
    QList<Column> m_columns;
    ProblemCollector m_problems{m_out.diagnostics, m_file};
};

} // namespace

ConsoleCsvFormat::ConsoleCsvFormat()
    : RuleFormat({.id = "console-csv", .displayName = QT_TRANSLATE_NOOP("sg::RuleFormat", "Console export CSV"), .suffix = "csv", .reads = true, .writes = true, .maxRulesPerFile = Limits::RulesPerConsoleFile})
{
}

QString ConsoleCsvFormat::protectCell(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r' || first == u'\'';
    return risky ? u'\'' + text : text;
}

QString ConsoleCsvFormat::unprotectCell(const QString &cell)
{
    return cell.startsWith(u'\'') ? cell.mid(1) : cell;
}

int ConsoleCsvFormat::sniff(QByteArrayView head) const
{
    QByteArrayView text = head.trimmed();
    // Comment lines above the header.
    while (text.startsWith('#')) {
        const qsizetype newline = text.indexOf('\n');
        text = newline < 0 ? QByteArrayView() : text.sliced(newline + 1).trimmed();
    }
    if (text.isEmpty() || text.front() == '{' || text.front() == '[')
        return 0;
    qsizetype end = 0;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r')
        ++end;
    // A header cut in the middle of a UTF-8 sequence decodes with a replacement character: harmless.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString firstLine = decoder(text.first(end));
    if (decoder.hasError()) {
        // Most likely a spreadsheet's CSV in a local encoding (GBK): claim it weakly, so that
        // reading explains the encoding instead of "unknown format".
        return text.first(end).contains(',') && !text.first(end).contains('\0') ? 10 : 0;
    }
    const QChar delimiter = CsvReader::guessDelimiter(firstLine);
    int known = 0;
    bool protocol = false;
    for (const QString &cell : firstLine.split(delimiter)) {
        bool isKnown = false;
        QString header = cell.trimmed();
        if (header.size() >= 2 && header.startsWith(u'"') && header.endsWith(u'"'))
            header = header.mid(1, header.size() - 2);
        const int target = columnTarget(header, &isKnown);
        if (isKnown && target != IgnoredColumn)
            ++known;
        protocol = protocol || target == int(PermissionField::IpProtocol);
    }
    if (protocol && known >= 3)
        return 90;
    if (protocol || known >= 3)
        return 50;
    return 0;
}

Parsed<Document> ConsoleCsvFormat::read(QIODevice &device, const QString &fileName) const
{
    Parsed<Document> out;
    CsvRuleReader(fileName, out).run(device);
    return out;
}

QString ConsoleCsvFormat::write(const Document &document, QIODevice &device) const
{
    if (const QString tooMany = checkFitsOneFile(document); !tooMany.isEmpty())
        return tooMany;
    // The header is every API field in PermissionCodec's order; the rows follow it exactly.
    QByteArray out = "\xEF\xBB\xBF";
    const auto header = PermissionCodec::fields(Rule{}, true);
    for (qsizetype i = 0; i < header.size(); ++i)
        out += (i ? "," : "") + QByteArray(apiName(header[i].first).data(), apiName(header[i].first).size());
    out += "\r\n";
    for (const Rule &rule : document.ruleSet.rules) {
        const auto fields = PermissionCodec::fields(rule, true);
        for (qsizetype i = 0; i < fields.size(); ++i)
            out += (i ? "," : "") + csvCell(fields[i].second);
        out += "\r\n";
    }
    if (device.write(out) != out.size())
        return device.errorString();
    return {};
}

} // namespace sg
