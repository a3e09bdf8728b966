// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonrulereader.h"

#include "core/workerpool.h"
#include "fileio.h"
#include "permissioncodec.h"
#include "readmonitor.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <simdjson.h>

#include <array>
#include <atomic>
#include <cstring>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace sg::detail {
namespace {

namespace od = simdjson::ondemand;

// The translation context of the messages of the free functions here (Reader has its own).
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(sg::detail)
};

QString toQString(std::string_view text)
{
    return decodeUtf8(QByteArrayView(text.data(), qsizetype(text.size())));
}

SourceLocation withField(SourceLocation where, const QString &field)
{
    where.field = field;
    return where;
}

bool keyIs(std::string_view key, QLatin1StringView name)
{
    return QLatin1StringView(key.data(), qsizetype(key.size())).compare(name, Qt::CaseInsensitive) == 0;
}

QString typeName(od::json_type type)
{
    switch (type) {
    case od::json_type::array: return Messages::tr("an array");
    case od::json_type::object: return Messages::tr("an object");
    case od::json_type::number: return Messages::tr("a number");
    case od::json_type::string: return Messages::tr("a string");
    case od::json_type::boolean: return Messages::tr("a boolean");
    case od::json_type::null: return Messages::tr("null");
    }
    return {};
}

QString describe(simdjson::error_code code)
{
    switch (code) {
    case simdjson::UTF8_ERROR: return Messages::tr("the file is not valid UTF-8 text");
    case simdjson::DEPTH_ERROR: return Messages::tr("the JSON is nested too deeply");
    case simdjson::CAPACITY: return Messages::tr("the file is too large to read");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT: return Messages::tr("the JSON ends before its arrays or objects are closed (truncated file?)");
    case simdjson::UNCLOSED_STRING: return Messages::tr("a string is not closed (truncated file?)");
    case simdjson::EMPTY: return Messages::tr("the file is empty");
    case simdjson::TRAILING_CONTENT: return Messages::tr("unexpected text after the end of the JSON document");
    default: break;
    }
    return Messages::tr("not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(code)));
}

// Where line counting has got to in the file: the offset it counted to, the line there and where
// that line starts.
struct LinePosition
{
    qsizetype offset = 0;
    int line = 1;
    qsizetype lineStart = 0;
};

// Gives the whole pages of [from, to) back to the system: bytes a reader has parsed and will not
// read again (the objects of a large permission list, each parsed once). They read as zeros after.
// The input buffer is the reader's own; a page is only given back when both ends lie inside it.
void releaseParsedBytes(const char *from, const char *to)
{
#if defined(Q_OS_LINUX)
    static const auto pageSize = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr first = (quintptr(from) + pageSize - 1) & ~(pageSize - 1);
    const quintptr last = quintptr(to) & ~(pageSize - 1);
    if (first < last)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_DONTNEED);
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
}

// [begin, end) offsets of a part of the file: 32 bits hold them (a million rules' spans take 8 MB).
using Span = std::pair<qint32, qint32>;
static_assert(MaxInputBytes + simdjson::SIMDJSON_PADDING < std::numeric_limits<qint32>::max());

// Where the permission list of a large file is, and where each of its elements starts and ends.
struct PermissionArray
{
    qsizetype open = 0;         // offset of '['
    qsizetype close = 0;        // offset of the matching ']'
    std::vector<Span> elements; // [begin, end) of each object
};

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The offset of the quote that ends the JSON string whose text starts at `start` (just after its
// opening quote), or `length` when it does not end. Jumps from quote to quote: most of a rule file
// is string text, and a quote is escaped only behind an odd run of backslashes.
qsizetype closingQuote(const char *text, qsizetype start, qsizetype length)
{
    for (qsizetype from = start; from < length;) {
        const auto *quote = static_cast<const char *>(std::memchr(text + from, '"', size_t(length - from)));
        if (!quote)
            return length;
        const qsizetype at = quote - text;
        qsizetype backslashes = 0;
        while (at - backslashes > start && text[at - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return at;
        from = at + 1;
    }
    return length;
}

// A structural pre-scan (strings, escapes, nesting) that finds "Permissions": [...] or
// "Permissions": {"Permission": [...]} of the root object and splits the list into its objects, so
// that each can be parsed alone: simdjson indexes a whole document at once, with about five bytes
// of index a byte of text. Returns nothing when the text is anything but a clean list of objects;
// the caller then parses the whole document, which reports the problem.
std::optional<PermissionArray> findPermissionArray(const char *text, qsizetype length)
{
    qsizetype i = 0;
    int depth = 0;
    bool wantPermission = false; // inside the "Permissions" object: look for "Permission"
    int permissionsDepth = -1;
    qsizetype keyStart = -1;
    qsizetype keyEnd = -1;
    const auto keyIs = [&](const char *name) {
        const qsizetype n = qsizetype(std::strlen(name));
        if (keyEnd - keyStart != n)
            return false;
        for (qsizetype k = 0; k < n; ++k) {
            char c = text[keyStart + k];
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            if (c != name[k])
                return false;
        }
        return true;
    };
    while (i < length) {
        const char c = text[i];
        if (c == '"') {
            const qsizetype start = ++i;
            i = closingQuote(text, start, length);
            if (i >= length)
                return std::nullopt;
            keyStart = start;
            keyEnd = i;
            ++i;
            continue;
        }
        if (c == ':') {
            qsizetype v = i + 1;
            while (v < length && isJsonSpace(text[v]))
                ++v;
            const bool arrayFollows = v < length && text[v] == '[';
            if (depth == 1 && keyIs("permissions")) {
                if (arrayFollows) {
                    i = v;
                    break;
                }
                if (v < length && text[v] == '{') {
                    wantPermission = true;
                    permissionsDepth = 2;
                }
            } else if (wantPermission && depth == permissionsDepth && keyIs("permission") && arrayFollows) {
                i = v;
                break;
            }
            ++i;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']') {
            if (--depth < 0)
                return std::nullopt;
            if (wantPermission && depth < permissionsDepth)
                wantPermission = false;
        }
        ++i;
    }
    if (i >= length || text[i] != '[')
        return std::nullopt;
    PermissionArray out;
    out.open = i++;
    while (true) {
        while (i < length && isJsonSpace(text[i]))
            ++i;
        if (i >= length)
            return std::nullopt;
        if (text[i] == ']' && out.elements.empty()) {
            out.close = i;
            return out;
        }
        if (text[i] != '{')
            return std::nullopt;
        const qsizetype begin = i;
        int level = 0;
        for (; i < length; ++i) {
            const char d = text[i];
            if (d == '"') {
                i = closingQuote(text, i + 1, length);
                if (i >= length)
                    return std::nullopt;
            } else if (d == '{' || d == '[') {
                ++level;
            } else if (d == '}' || d == ']') {
                if (--level == 0) {
                    ++i;
                    break;
                }
            }
        }
        if (level != 0)
            return std::nullopt;
        out.elements.push_back({begin, i});
        while (i < length && isJsonSpace(text[i]))
            ++i;
        if (i < length && text[i] == ',') {
            ++i;
            continue;
        }
        if (i < length && text[i] == ']') {
            out.close = i;
            return out;
        }
        return std::nullopt;
    }
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(sg::detail::Reader)

public:
    Reader(const QString &fileName, JsonLayout layout, Parsed<Workspace> &out)
        : m_file(fileName), m_layout(layout), m_out(out)
    {
        // The group of an API response or console file, and of a version 1 project; a version 2
        // project lists its groups instead, and this one is dropped again if it stays empty.
        m_out.value.groups.append(WorkspaceGroup{});
    }

    void run(QIODevice &device)
    {
        FileBytes input = readAllPadded(device, simdjson::SIMDJSON_PADDING);
        if (!input.error.isEmpty()) {
            report(SourceLocation{m_file}, input.error);
            return;
        }
        m_base = input.bytes.constData() + input.start;
        m_length = input.length;
        // On-demand parsing skips what it is not asked for, so validate the encoding of it all first.
        if (!simdjson::validate_utf8(m_base, size_t(m_length))) {
            SourceLocation where{m_file};
            setLine(m_base + firstInvalidUtf8(), where);
            report(where, describe(simdjson::UTF8_ERROR));
            return;
        }
        m_capacity = input.bytes.capacity() - input.start;
        simdjson::padded_string_view view(m_base, size_t(m_length), size_t(m_capacity));
        // A large file's permission list is parsed one object at a time (see findPermissionArray);
        // the rest of the document, the list left empty, is parsed as a short copy.
        constexpr qsizetype StreamFrom = qsizetype(4) << 20;
        if (m_layout != JsonLayout::Project && m_length >= StreamFrom) {
            if (std::optional<PermissionArray> array = findPermissionArray(m_base, m_length)) {
                m_elements = std::move(array->elements);
                m_spliceAt = array->open;
                m_spliceDelta = array->close - array->open - 1;
                m_short.reserve(m_length - m_spliceDelta + qsizetype(simdjson::SIMDJSON_PADDING));
                m_short.append(m_base, array->open + 1);
                m_short.append(m_base + array->close, m_length - array->close);
                view = simdjson::padded_string_view(m_short.constData(), size_t(m_short.size()), size_t(m_short.capacity()));
                m_streaming = true;
            }
        }

        od::document doc;
        if (const auto error = m_parser.iterate(view).get(doc)) {
            fail(nullptr, error);
            return;
        }
        od::json_type type;
        if (const auto error = doc.type().get(type)) {
            fail(doc, error);
            return;
        }
        if (type == od::json_type::array) {
            if (m_layout == JsonLayout::Project) {
                report(SourceLocation{m_file, 1, 1}, tr("a project file is a JSON object, not an array"));
                return;
            }
            od::array array;
            if (const auto error = doc.get_array().get(array); error || !readPermissions(std::move(array))) {
                if (error)
                    fail(doc, error);
                return;
            }
        } else if (type == od::json_type::object) {
            od::object root;
            if (const auto error = doc.get_object().get(root)) {
                fail(doc, error);
                return;
            }
            if (!readRoot(root))
                return;
        } else {
            // A scalar root: either valid JSON of the wrong kind, or text that only starts like one.
            if (const auto error = scalarError(doc, type)) {
                fail(doc, error);
                return;
            }
            report(SourceLocation{m_file, 1, 1},
                   tr("expected a JSON object or array of rules, found %1").arg(typeName(type)));
            return;
        }
        // Anything left after the root value is an error (on-demand parsing would silently ignore it).
        const char *rest = nullptr;
        if (!doc.current_location().get(rest) && rest && rest < (m_streaming ? m_short.constData() + m_short.size() : m_base + m_length)) {
            SourceLocation where{m_file};
            setLine(rest, where);
            report(where, describe(simdjson::TRAILING_CONTENT));
        }
        finish();
    }

private:
    static simdjson::error_code scalarError(od::document &doc, od::json_type type)
    {
        switch (type) {
        case od::json_type::boolean: {
            bool value = false;
            return doc.get_bool().get(value);
        }
        case od::json_type::null: {
            bool isNull = false;
            const auto error = doc.is_null().get(isNull);
            return error ? error : (isNull ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR);
        }
        case od::json_type::number: {
            double value = 0;
            return doc.get_double().get(value);
        }
        case od::json_type::string: {
            std::string_view value;
            return doc.get_string().get(value);
        }
        default: return simdjson::SUCCESS;
        }
    }

    // The offset of the first byte that breaks UTF-8, for the message (only on the error path).
    qsizetype firstInvalidUtf8() const
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_base);
        qsizetype i = 0;
        while (i < m_length) {
            const unsigned char c = p[i];
            const int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1
                : (c >> 4) == 0xE                            ? 2
                : (c >> 3) == 0x1E                           ? 3
                                                             : -1;
            if (extra < 0 || i + extra >= m_length + (extra == 0 ? 1 : 0))
                return i;
            for (int k = 1; k <= extra; ++k) {
                if ((p[i + k] & 0xC0) != 0x80)
                    return i;
            }
            i += extra + 1;
        }
        return m_length;
    }

    static simdjson::error_code fieldOf(simdjson::simdjson_result<od::field> &member, std::string_view &key, od::value &value)
    {
        if (const auto error = member.unescaped_key().get(key))
            return error;
        return member.value().get(value);
    }

    // Calls visit(key, value) for each member of `object`. False, after a report at `where`, when the
    // JSON breaks off there; false as well when visit() says to stop.
    template <typename Visit>
    bool forEachMember(od::object object, const SourceLocation &where, Visit &&visit)
    {
        for (auto member : object) {
            std::string_view key;
            od::value value;
            if (const auto error = fieldOf(member, key, value)) {
                report(where, describe(error));
                return false;
            }
            if (!visit(key, value))
                return false;
        }
        return true;
    }

    // The same for the object `value`, reporting `notObject` when it is none.
    template <typename Visit>
    bool forEachMember(od::value value, const QString &notObject, Visit &&visit)
    {
        od::object object;
        if (value.get_object().get(object)) {
            report(locationOf(value), notObject);
            return true;
        }
        return forEachMember(object, SourceLocation{m_file}, std::forward<Visit>(visit));
    }

    // Calls visit(object) for each element of the array `value` (false from visit() stops). Reports
    // `notArray` when it is none, and `notObject` for each element that is no object.
    template <typename Visit>
    bool forEachObject(od::value value, const QString &notArray, const QString &notObject, Visit &&visit)
    {
        od::array array;
        if (value.get_array().get(array)) {
            report(locationOf(value), notArray);
            return true;
        }
        for (auto element : array) {
            od::object object;
            if (element.get_object().get(object)) {
                report(SourceLocation{m_file, m_lines.line}, notObject);
                continue;
            }
            if (!visit(object))
                return false;
        }
        return true;
    }

    template <typename T>
    SourceLocation locationOf(T &item)
    {
        SourceLocation where{m_file};
        const char *position = nullptr;
        if (!item.current_location().get(position))
            setLine(position, where);
        return where;
    }

    void setLine(const char *position, SourceLocation &where)
    {
        if (m_streaming && position >= m_short.constData() && position <= m_short.constData() + m_short.size()) {
            // A place in the short copy: after the emptied list, it lies further on in the file.
            qsizetype offset = position - m_short.constData();
            if (offset > m_spliceAt)
                offset += m_spliceDelta;
            position = m_base + offset;
        }
        if (!position || position < m_base || position > m_base + m_length)
            return;
        const qsizetype offset = position - m_base;
        if (offset < m_lines.offset) {
            // Counted past it: count again from the start, or from the end of a large permission
            // list, whose parsed bytes are gone.
            m_lines = offset >= m_afterList.offset ? m_afterList : LinePosition{};
        }
        countLines(m_lines, offset);
        where.line = m_lines.line;
        where.column = int(offset - m_lines.lineStart + 1);
    }

    void countLines(LinePosition &lines, qsizetype offset) const
    {
        const char *p = m_base + lines.offset;
        const char *end = m_base + offset;
        while (p < end) {
            const void *found = std::memchr(p, '\n', size_t(end - p));
            if (!found)
                break;
            p = static_cast<const char *>(found) + 1;
            ++lines.line;
            lines.lineStart = p - m_base;
        }
        lines.offset = offset;
    }

    void fail(od::document *doc, simdjson::error_code error)
    {
        SourceLocation where{m_file};
        if (error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT) {
            reportUnbalanced();
            return;
        }
        if (doc)
            where = locationOf(*doc);
        report(where, describe(error));
    }

    // simdjson says only that brackets do not balance; find where, so the message can point at it.
    void reportUnbalanced()
    {
        int depth = 0;
        bool inString = false;
        bool rootClosed = false;
        for (qsizetype i = 0; i < m_length; ++i) {
            const char c = m_base[i];
            if (rootClosed && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                SourceLocation where{m_file};
                setLine(m_base + i, where);
                report(where, describe(simdjson::TRAILING_CONTENT));
                return;
            }
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                rootClosed = depth == 1;
                if (--depth < 0) {
                    SourceLocation where{m_file};
                    setLine(m_base + i, where);
                    report(where, tr("unexpected \"%1\" after the end of the JSON document").arg(QLatin1Char(c)));
                    return;
                }
            }
        }
        SourceLocation where{m_file};
        setLine(m_base + m_length, where);
        report(where, inString ? describe(simdjson::UNCLOSED_STRING) : describe(simdjson::INCOMPLETE_ARRAY_OR_OBJECT));
    }
    void fail(od::document &doc, simdjson::error_code error) { fail(&doc, error); }

    void report(const SourceLocation &where, const QString &message)
    {
        addDiagnostic(Diagnostic::error(where, message));
    }

    void addDiagnostic(const Diagnostic &diagnostic) { m_problems.add(diagnostic); }

    void finish() { m_problems.finish(); }

    bool readString(od::value value, QString &target, const QString &field)
    {
        od::json_type type;
        if (const auto error = value.type().get(type)) {
            report(locationOf(value), describe(error));
            return false;
        }
        if (type == od::json_type::null)
            return true;
        std::string_view text;
        if (type != od::json_type::string || value.get_string().get(text)) {
            SourceLocation where = locationOf(value);
            where.field = field;
            report(where, tr("must be a string, not %1").arg(typeName(type)));
            return true;
        }
        target = toQString(text);
        return true;
    }

    // Group fields of the API response (top level) or of a project's "group" object.
    bool readGroupField(std::string_view key, od::value value, bool *handled)
    {
        GroupInfo &g = set().group;
        const QString field = toQString(key);
        *handled = true;
        if (keyIs(key, QLatin1StringView("RegionId")))
            return readString(value, g.regionId, field);
        if (keyIs(key, QLatin1StringView("SecurityGroupId")))
            return readString(value, g.securityGroupId, field);
        if (keyIs(key, QLatin1StringView("SecurityGroupName")))
            return readString(value, g.name, field);
        if (keyIs(key, QLatin1StringView("Description")))
            return readString(value, g.description, field);
        if (keyIs(key, QLatin1StringView("VpcId")))
            return readString(value, g.vpcId, field);
        if (keyIs(key, QLatin1StringView("InnerAccessPolicy"))) {
            QString text;
            const bool ok = readString(value, text, field);
            if (const auto policy = policyFromString(text)) {
                g.innerAccessPolicy = *policy;
                g.innerAccessPolicyGiven = true;
            } else if (!text.isEmpty())
                report(SourceLocation{m_file, 0, 0, 0, field}, tr("\"%1\" is not a policy: use Accept or Drop").arg(text));
            return ok;
        }
        if (keyIs(key, QLatin1StringView("SecurityGroupType"))) {
            QString text;
            const bool ok = readString(value, text, field);
            if (const auto type = groupTypeFromString(text); type)
                g.type = *type;
            else if (!text.isEmpty() && text.compare(u"normal", Qt::CaseInsensitive) != 0)
                report(SourceLocation{m_file, 0, 0, 0, field}, tr("\"%1\" is not a group type: use basic or enterprise").arg(text));
            return ok;
        }
        *handled = false;
        return true;
    }

    bool readRoot(od::object root)
    {
        bool sawRules = false;
        const bool read = forEachMember(root, SourceLocation{m_file}, [&](std::string_view key, od::value value) {
            bool handled = false;
            if (keyIs(key, QLatin1StringView("Permissions")) || keyIs(key, QLatin1StringView("rules"))) {
                sawRules = true;
                if (!readPermissionContainer(value))
                    return false;
            } else if (m_layout == JsonLayout::Project && keyIs(key, QLatin1StringView("groups"))) {
                sawRules = true;
                if (!readGroups(value))
                    return false;
                m_group = 0;
            } else if (m_layout == JsonLayout::Project && keyIs(key, QLatin1StringView("networkInterfaces"))) {
                if (!readInterfaces(value))
                    return false;
            } else if (m_layout == JsonLayout::Project && keyIs(key, QLatin1StringView("group"))) {
                if (!readGroup(value))
                    return false;
            } else if (m_layout == JsonLayout::Project && keyIs(key, QLatin1StringView("plan"))) {
                if (!readPlan(value))
                    return false;
            } else if (m_layout == JsonLayout::Project && keyIs(key, QLatin1StringView("notes"))) {
                if (!readString(value, m_out.value.notes, QStringLiteral("notes")))
                    return false;
            } else if (m_layout == JsonLayout::Project && keyIs(key, QLatin1StringView("format"))) {
                QString format;
                if (!readString(value, format, QStringLiteral("format")))
                    return false;
                if (format != u"sgassist-project")
                    report(SourceLocation{m_file, 0, 0, 0, QStringLiteral("format")},
                           tr("\"%1\" is not an SG Assist project (expected \"sgassist-project\")").arg(format));
            } else if (m_layout == JsonLayout::Project && keyIs(key, QLatin1StringView("version"))) {
                int64_t version = 0;
                if (value.get_int64().get(version) || version < 1) {
                    report(SourceLocation{m_file, 0, 0, 0, QStringLiteral("version")}, tr("must be a whole number"));
                } else if (version > 2) {
                    report(SourceLocation{m_file, 0, 0, 0, QStringLiteral("version")},
                           tr("the project was written by a newer SG Assist (format version %1); this version reads versions 1 and 2")
                               .arg(version));
                }
            } else if (m_layout != JsonLayout::Project) {
                if (!readGroupField(key, value, &handled))
                    return false;
            }
            return true;
        });
        if (!read)
            return false;
        if (m_sawGroups && m_out.value.groups.first() == WorkspaceGroup{})
            m_out.value.groups.removeFirst();
        if (!sawRules) {
            report(SourceLocation{m_file, 1, 1},
                   m_layout == JsonLayout::Project ? tr("the project has no \"rules\" list")
                                                   : tr("no \"Permissions\" found: this does not look like a security group rule file"));
        }
        return true;
    }

    RuleSet &set() { return m_out.value.groups[m_group].ruleSet; }

    // A version 2 project: "groups": [{"group": {...}, "source": {...}, "rules": [...]}, ...]. Rule
    // numbers count within each group, as findings do.
    bool readGroups(od::value value)
    {
        m_sawGroups = true;
        return forEachObject(value, tr("\"groups\" must be an array"), tr("a group must be an object"), [&](od::object object) {
            m_out.value.groups.append(WorkspaceGroup{});
            m_group = m_out.value.groups.size() - 1;
            m_ruleNumber = 0;
            bool sawRules = false;
            const bool read = forEachMember(object, SourceLocation{m_file}, [&](std::string_view key, od::value item) {
                if (keyIs(key, QLatin1StringView("rules"))) {
                    sawRules = true;
                    return readPermissionContainer(item);
                }
                if (keyIs(key, QLatin1StringView("group")))
                    return readGroup(item);
                if (keyIs(key, QLatin1StringView("source")))
                    return readSource(item);
                return true;
            });
            if (!read)
                return false;
            if (!sawRules)
                report(SourceLocation{m_file, m_lines.line, 0, 0, QStringLiteral("groups[%1]").arg(m_group - 1)}, tr("the group has no \"rules\" list"));
            return true;
        });
    }

    bool readSource(od::value value)
    {
        GroupSource &source = m_out.value.groups[m_group].source;
        return forEachMember(value, tr("\"source\" must be an object"), [&](std::string_view key, od::value item) {
            if (keyIs(key, QLatin1StringView("file")))
                return readString(item, source.file, QStringLiteral("source.file"));
            if (keyIs(key, QLatin1StringView("name")))
                return readString(item, source.name, QStringLiteral("source.name"));
            if (keyIs(key, QLatin1StringView("line"))) {
                int64_t line = 0;
                if (!item.get_int64().get(line) && line > 0 && line < INT_MAX)
                    source.line = int(line);
            }
            return true;
        });
    }

    // "networkInterfaces": [{"NetworkInterfaceId", "InstanceId", "PrivateIpAddresses", "SecurityGroupIds", "Type", "VpcId"}]
    bool readInterfaces(od::value value)
    {
        m_out.value.attachmentsKnown = true;
        return forEachObject(value, tr("\"networkInterfaces\" must be an array"), tr("a network interface must be an object"), [&](od::object object) {
            static constexpr std::array<std::pair<QLatin1StringView, QString NetworkInterface::*>, 4> texts{{
                {QLatin1StringView("NetworkInterfaceId"), &NetworkInterface::id},
                {QLatin1StringView("InstanceId"), &NetworkInterface::instanceId},
                {QLatin1StringView("Type"), &NetworkInterface::type},
                {QLatin1StringView("VpcId"), &NetworkInterface::vpcId},
            }};
            static constexpr std::array<std::pair<QLatin1StringView, QStringList NetworkInterface::*>, 2> lists{{
                {QLatin1StringView("PrivateIpAddresses"), &NetworkInterface::privateIps},
                {QLatin1StringView("SecurityGroupIds"), &NetworkInterface::groupIds},
            }};
            NetworkInterface eni;
            const bool read = forEachMember(object, SourceLocation{m_file}, [&](std::string_view key, od::value item) {
                for (const auto &[name, field] : texts) {
                    if (keyIs(key, name))
                        return readString(item, eni.*field, name);
                }
                for (const auto &[name, field] : lists) {
                    if (keyIs(key, name))
                        return readStrings(item, eni.*field, name);
                }
                return true;
            });
            if (!read)
                return false;
            if (eni.id.isEmpty())
                report(SourceLocation{m_file, m_lines.line, 0, 0, QStringLiteral("networkInterfaces")}, tr("a network interface has no NetworkInterfaceId"));
            else
                m_out.value.interfaces.append(eni);
            return true;
        });
    }

    bool readStrings(od::value value, QStringList &target, const QString &field)
    {
        od::array array;
        if (value.get_array().get(array)) {
            report(SourceLocation{m_file, m_lines.line, 0, 0, field}, tr("must be an array of strings"));
            return true;
        }
        for (auto element : array) {
            std::string_view text;
            if (element.get_string().get(text)) {
                report(SourceLocation{m_file, m_lines.line, 0, 0, field}, tr("must be an array of strings"));
                return true;
            }
            target.append(toQString(text));
        }
        return true;
    }

    bool readGroup(od::value value)
    {
        return forEachMember(value, tr("\"group\" must be an object"), [&](std::string_view key, od::value item) {
            bool handled = false;
            return readGroupField(key, item, &handled);
        });
    }

    bool readPlan(od::value value)
    {
        od::json_type type;
        if (value.type().get(type))
            return false;
        if (type == od::json_type::null)
            return true;
        od::object object;
        std::string_view raw;
        SourceLocation where = locationOf(value);
        if (value.get_object().get(object) || object.raw_json().get(raw)) {
            where.field = QStringLiteral("plan");
            report(where, tr("\"plan\" must be an object"));
            return true;
        }
        Parsed<SetupPlan> plan = SetupPlan::fromJson(QByteArray(raw.data(), qsizetype(raw.size())), m_file);
        for (Diagnostic d : std::as_const(plan.diagnostics)) {
            d.location.field = QStringLiteral("plan.") + d.location.field;
            if (d.location.line > 0) // relative to the plan object
                d.location.line += where.line - 1;
            addDiagnostic(d);
        }
        if (plan.ok())
            m_out.value.plan = plan.value;
        return true;
    }

    bool readPermissionContainer(od::value value)
    {
        od::json_type type;
        if (const auto error = value.type().get(type)) {
            report(locationOf(value), describe(error));
            return false;
        }
        if (type == od::json_type::array) {
            if (isStreamedList(value))
                return readStreamedPermissions();
            od::array array;
            if (const auto error = value.get_array().get(array)) {
                report(locationOf(value), describe(error));
                return false;
            }
            return readPermissions(array);
        }
        if (type == od::json_type::object) {
            // {"Permission": [...]}, as the API prints it
            od::object object;
            if (const auto error = value.get_object().get(object)) {
                report(locationOf(value), describe(error));
                return false;
            }
            bool notAList = false;
            const bool read = forEachMember(object, SourceLocation{m_file}, [&](std::string_view key, od::value list) {
                if (!keyIs(key, QLatin1StringView("Permission")))
                    return true;
                if (isStreamedList(list))
                    return readStreamedPermissions();
                od::array array;
                if (list.get_array().get(array)) {
                    report(locationOf(list), tr("\"Permission\" must be an array of rules"));
                    notAList = true;
                    return false;
                }
                return readPermissions(array);
            });
            return read || notAList;
        }
        report(locationOf(value), tr("the rules must be an array, not %1").arg(typeName(type)));
        return true;
    }

    // The emptied list of the short copy, which stands for the objects found by the pre-scan.
    bool isStreamedList(od::value &value)
    {
        const char *at = nullptr;
        return m_streaming && !value.current_location().get(at) && at == m_short.constData() + m_spliceAt;
    }

    // The permission objects of a large file, each parsed alone in place (the file's own bytes, with
    // the padding simdjson needs after them), with the same checks and messages as readPermissions.
    // Long lists are read in two halves at once: the second by a Reader of its own on sg::workerPool()
    // (its own parser, line count and problems). Both decode into the group's list, made as long as
    // the list first, each into its own slots: a second list joined to the first afterwards would
    // hold half the rules twice for a moment (90 MB at a million rules). Slots of objects that give
    // no rule are closed up at the end.
    bool readStreamedPermissions()
    {
        m_streaming = false; // one list only
        const std::vector<Span> elements = std::exchange(m_elements, {});
        constexpr size_t ParallelFrom = 20000;
        const size_t split = elements.size() >= ParallelFrom && workerPool()->maxThreadCount() > 1
            ? elements.size() / 2
            : elements.size();
        const std::span<const Span> first = std::span(elements).first(split);
        const std::span<const Span> second = std::span(elements).subspan(split);
        std::atomic_bool stop = false;
        QList<Rule> &rules = set().rules;
        const qsizetype base = rules.size();
        rules.reserve(base + qsizetype(elements.size())); // exactly: resize() alone rounds up to a power of two
        rules.resize(base + qsizetype(elements.size()));
        std::vector<char> decoded(elements.size(), 0);
        m_slots = {rules.data() + base, decoded.data()};
        const Slots tailSlots{m_slots.rules + split, m_slots.decoded + split};
        Parsed<Workspace> tail;
        qsizetype tailDropped = 0;
        LinePosition tailLines;
        std::atomic_bool tailCounted = false;
        QFuture<bool> tailRead;
        if (!second.empty()) {
            const int tailBase = m_ruleNumber + int(split); // read now: the first half counts on meanwhile
            tailRead = QtConcurrent::run(workerPool(), [&, tailBase, tailSlots] {
                Reader reader(m_file, m_layout, tail);
                reader.m_base = m_base;
                reader.m_length = m_length;
                reader.m_capacity = m_capacity;
                reader.m_ruleNumber = tailBase;
                reader.m_slots = tailSlots;
                const bool read = reader.readElements(second, &stop, {}, {nullptr, &tailCounted});
                tailDropped = reader.m_problems.dropped();
                tailLines = reader.m_lines;
                return read;
            });
        }
        // Progress of the whole list, told by the first half: both advance at about the same pace.
        const qsizetype listStart = elements.empty() ? 0 : elements.front().first;
        const qsizetype listEnd = elements.empty() ? 0 : elements.back().second;
        const qsizetype firstEnd = first.empty() ? listEnd : first.back().second;
        const auto progressOf = [=](qsizetype at) {
            return firstEnd > listStart ? listStart + (at - listStart) * (listEnd - listStart) / (firstEnd - listStart) : at;
        };
        const bool read = readElements(first, &stop, progressOf, {second.empty() ? nullptr : &tailCounted, nullptr});
        if (!read)
            stop = true;
        const bool tailOk = tailRead.isValid() ? tailRead.result() : true;
        m_slots = {};
        // What stopped the first half stops the list, as it would one at a time: the second half's
        // rules are then left out.
        const size_t filled = read ? decoded.size() : split;
        Rule *kept = rules.data() + base;
        for (size_t k = 0; k < filled; ++k) {
            if (decoded[k])
                *kept++ = std::move(rules.data()[base + qsizetype(k)]);
        }
        rules.resize(kept - rules.data());
        if (!read)
            return false;
        if (!second.empty()) {
            m_problems.addAll(std::move(tail.diagnostics), tailDropped);
            m_ruleNumber += int(second.size());
            m_lines = tailLines;
        }
        // Lines are counted on from here: the bytes before it may be gone.
        m_afterList = m_lines;
        return tailOk;
    }

    // How a half of a permission list gives the bytes it has parsed back to the system: only once
    // `allowed` is set (null: at once), which the other half sets when it has counted the lines up
    // to its first object (through this half's bytes); `counted`, if not null, is set by this
    // half when it has.
    struct Release
    {
        const std::atomic_bool *allowed = nullptr;
        std::atomic_bool *counted = nullptr;
    };

    // Reads the permission objects at `elements`. Stops, false, at JSON that breaks off, or when
    // `stop` is set (the other half stopped); `progressOf` turns a position into the progress to
    // report, empty for a half that reports none. Every 512 objects, the bytes of those parsed are
    // given back (`release`): a million rules are 320 MB of JSON.
    bool readElements(std::span<const Span> elements, const std::atomic_bool *stop,
                      const std::function<qsizetype(qsizetype)> &progressOf, Release release)
    {
        od::parser parser;
        m_slot = 0;
        qsizetype releasedTo = elements.empty() ? 0 : elements.front().first;
        for (const auto &[begin, end] : elements) {
            ++m_ruleNumber;
            SourceLocation where{m_file};
            setLine(m_base + begin, where);
            if (release.counted && m_slot == 0)
                release.counted->store(true, std::memory_order_release);
            where.column = 0;
            where.rule = m_ruleNumber;
            if ((m_ruleNumber & 511) == 0) {
                if (!release.allowed || release.allowed->load(std::memory_order_acquire)) {
                    releaseParsedBytes(m_base + releasedTo, m_base + begin);
                    releasedTo = begin;
                }
                if (stop->load(std::memory_order_relaxed))
                    return false;
                if (progressOf && !ReadMonitor::progress(progressOf(begin), m_length)) {
                    m_problems.fatal(SourceLocation{m_file}, tr("reading was cancelled"));
                    return false;
                }
            }
            const simdjson::padded_string_view element(m_base + begin, size_t(end - begin), size_t(m_capacity - begin));
            od::document doc;
            od::object object;
            if (const auto error = parser.iterate(element).get(doc)) {
                report(where, describe(error));
                return false;
            }
            if (const auto error = doc.get_object().get(object)) {
                report(where, describe(error));
                return false;
            }
            if (!readPermission(object, where))
                return false;
            ++m_slot;
        }
        return true;
    }

    bool readPermissions(od::array array)
    {
        for (auto element : array) {
            ++m_ruleNumber;
            od::value value;
            if (const auto error = std::move(element).get(value)) {
                SourceLocation where{m_file};
                where.rule = m_ruleNumber;
                report(where, describe(error));
                return false;
            }
            SourceLocation where = locationOf(value);
            where.column = 0;
            where.rule = m_ruleNumber;
            if ((m_ruleNumber & 511) == 0 && !ReadMonitor::progress(m_lines.offset, m_length)) {
                m_problems.fatal(SourceLocation{m_file}, tr("reading was cancelled"));
                return false;
            }
            od::object object;
            if (value.get_object().get(object)) {
                od::json_type type{};
                (void)value.type().get(type);
                report(where, tr("a rule must be an object, not %1").arg(typeName(type)));
                continue;
            }
            if (!readPermission(object, where))
                return false;
        }
        return true;
    }

    bool readPermission(od::object object, const SourceLocation &where)
    {
        PermissionRecord record;
        const bool read = forEachMember(object, where, [&](std::string_view key, od::value value) {
            if (keyIs(key, QLatin1StringView("Services")))
                return readServices(value, record, where);
            if (m_layout == JsonLayout::Project && keyIs(key, QLatin1StringView("Resource"))) {
                std::string_view text;
                if (value.get_string().get(text)) {
                    report(withField(where, QStringLiteral("Resource")), tr("must be a string"));
                    return true;
                }
                record.resource = toQString(text);
                return true;
            }
            const auto id = permissionFieldForKey(QByteArrayView(key.data(), qsizetype(key.size())));
            if (!id)
                return true;
            od::json_type type;
            if (const auto error = value.type().get(type)) {
                report(where, describe(error));
                return false;
            }
            PermissionRecord::Value &slot = record[*id];
            switch (type) {
            case od::json_type::string: {
                std::string_view text;
                if (const auto error = value.get_string().get(text)) {
                    report(where, describe(error));
                    return false;
                }
                slot.type = PermissionRecord::Value::Type::String;
                slot.text = toQString(text);
                break;
            }
            case od::json_type::number: {
                const std::string_view token = value.raw_json_token();
                slot.type = PermissionRecord::Value::Type::Number;
                slot.text = toQString(token).trimmed();
                if (value.get_double().get(slot.number))
                    slot.number = qQNaN();
                break;
            }
            case od::json_type::null:
                slot.type = PermissionRecord::Value::Type::Absent;
                break;
            case od::json_type::boolean:
                slot.type = PermissionRecord::Value::Type::Boolean;
                slot.text = typeName(type);
                break;
            case od::json_type::array:
            case od::json_type::object:
                slot.type = PermissionRecord::Value::Type::Other;
                slot.text = typeName(type);
                break;
            }
            return true;
        });
        if (!read)
            return false;
        Diagnostics problems;
        if (std::optional<Rule> rule = PermissionCodec::decode(record, where, problems)) {
            if (m_slots.rules) {
                m_slots.rules[m_slot] = std::move(*rule);
                m_slots.decoded[m_slot] = 1;
            } else {
                set().rules.append(std::move(*rule));
            }
        }
        for (const Diagnostic &d : std::as_const(problems))
            addDiagnostic(d);
        return true;
    }

    bool readServices(od::value value, PermissionRecord &record, const SourceLocation &where)
    {
        const auto refuse = [&] {
            report(withField(where, QStringLiteral("Services")), tr("must be an array of service ids"));
            return true;
        };
        od::array array;
        if (value.get_array().get(array))
            return refuse();
        QStringList services;
        for (auto element : array) {
            std::string_view id;
            if (element.get_string().get(id))
                return refuse();
            services.append(toQString(id));
        }
        record.services = services;
        return true;
    }

    QString m_file;
    JsonLayout m_layout;
    Parsed<Workspace> &m_out;
    qsizetype m_group = 0; // the group rules and group fields go to
    bool m_sawGroups = false;
    od::parser m_parser;
    const char *m_base = nullptr;
    qsizetype m_length = 0;
    qsizetype m_capacity = 0; // bytes readable from m_base (padding included)
    // Large files: the document without its permission list, and where the list's objects are.
    bool m_streaming = false;
    QByteArray m_short;
    qsizetype m_spliceAt = 0;    // offset of the list's '[' (the same in both)
    qsizetype m_spliceDelta = 0; // bytes of the list left out of the copy
    std::vector<Span> m_elements;
    LinePosition m_lines;
    // Where lines are counted from again after a large permission list, whose parsed bytes are
    // given back to the system (see readStreamedPermissions()): its end, once read.
    LinePosition m_afterList{std::numeric_limits<qsizetype>::max()};
    int m_ruleNumber = 0;
    // While readStreamedPermissions() runs: where this reader's half decodes its rules (slot
    // m_slot for the object being read), and which slots got one.
    struct Slots
    {
        Rule *rules = nullptr;
        char *decoded = nullptr;
    };
    Slots m_slots;
    size_t m_slot = 0;
    ProblemCollector m_problems{m_out.diagnostics, m_file};
};

} // namespace

Parsed<Workspace> readJsonWorkspace(QIODevice &device, const QString &fileName, JsonLayout layout)
{
    Parsed<Workspace> out;
    Reader(fileName, layout, out).run(device);
    return out;
}

Parsed<Document> readJsonRules(QIODevice &device, const QString &fileName, JsonLayout layout)
{
    Parsed<Workspace> read = readJsonWorkspace(device, fileName, layout);
    Parsed<Document> out;
    out.diagnostics = std::move(read.diagnostics);
    out.value.plan = std::move(read.value.plan);
    out.value.notes = std::move(read.value.notes);
    if (read.value.groups.size() == 1) {
        out.value.ruleSet = std::move(read.value.groups.first().ruleSet);
    } else if (read.value.groups.size() > 1) {
        out.diagnostics.append(Diagnostic::error(
            SourceLocation{fileName}, Reader::tr("the project holds %1 security groups; open it as a workspace").arg(read.value.groups.size())));
    }
    return out;
}

} // namespace sg::detail
