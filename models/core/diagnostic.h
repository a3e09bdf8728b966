// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sg {

// Where a problem is: the file, and as much as is known of the line, column, rule and field.
struct SourceLocation
{
    SourceLocation() = default;
    explicit SourceLocation(QString fileName, int lineNumber = 0, int columnNumber = 0, int ruleNumber = 0,
                            QString fieldName = {})
        : file(std::move(fileName)), line(lineNumber), column(columnNumber), rule(ruleNumber),
          field(std::move(fieldName))
    {
    }

    QString file;
    int line = 0;   // 1-based, 0 = unknown
    int column = 0; // 1-based, 0 = unknown
    int rule = 0;   // 1-based position of the rule in the file, 0 = not about one rule
    QString field;  // "PortRange", "sources.admin[2]", ...

    // "plan.json:12:5", "rules.json: rule 3, PortRange", "plan.json: services[2]"
    QString toString() const;
};

// One problem found while reading, validating or building: the domain's only error currency.
struct Diagnostic
{
    enum class Level {
        Error,
        Warning
    };

    Level level = Level::Error;
    SourceLocation location;
    QString message;

    static Diagnostic error(SourceLocation where, QString message)
    {
        return {Level::Error, std::move(where), std::move(message)};
    }
    static Diagnostic warning(SourceLocation where, QString message)
    {
        return {Level::Warning, std::move(where), std::move(message)};
    }

    bool isError() const { return level == Level::Error; }
    // "rules.json: rule 3, PortRange: \"0/22\": ports must be between 1 and 65535"
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
// Gives every diagnostic that has no file name the given one.
void setFileName(Diagnostics &diagnostics, const QString &fileName);

// Collects a reader's problems: at most Cap are kept (a broken million-rule file must not make a
// million messages), the rest are counted, and finish() says how many were left out. Every reader
// reports through one of these.
class ProblemCollector
{
public:
    static constexpr int Cap = 1000;

    ProblemCollector(Diagnostics &target, QString fileName)
        : m_target(target), m_file(std::move(fileName)) {}

    void add(Diagnostic diagnostic)
    {
        if (m_target.size() < Cap)
            m_target.append(std::move(diagnostic));
        else
            ++m_dropped;
    }
    void error(SourceLocation where, QString message) { add(Diagnostic::error(std::move(where), std::move(message))); }
    void warning(SourceLocation where, QString message) { add(Diagnostic::warning(std::move(where), std::move(message))); }
    // An error that ends reading (the user cancelled): kept even past the cap, since it says why the
    // rest of the file is missing.
    void fatal(SourceLocation where, QString message) { m_target.append(Diagnostic::error(std::move(where), std::move(message))); }
    // Adds the problems a part of the reader collected on its own (a parser, an evaluator).
    void addAll(Diagnostics diagnostics)
    {
        for (Diagnostic &d : diagnostics)
            add(std::move(d));
    }
    // Adds what another collector gathered for a later part of the same file: its problems, and
    // the count of those it left out.
    void addAll(Diagnostics diagnostics, qsizetype dropped)
    {
        addAll(std::move(diagnostics));
        m_dropped += dropped;
    }
    qsizetype dropped() const { return m_dropped; }
    // Appends "N more problems are not listed" when some were left out; call once, at the end.
    void finish();

private:
    Diagnostics &m_target;
    QString m_file;
    qsizetype m_dropped = 0;
};

// A value together with the problems met while producing it. When hasErrors(), the value is what
// could be read; callers decide whether to use it (nothing is ever half-loaded silently).
template <typename T>
struct Parsed
{
    T value{};
    Diagnostics diagnostics;

    bool ok() const { return !hasErrors(diagnostics); }
};

// Converts a byte offset in UTF-8 text into a 1-based line and column, for parser errors.
void lineAndColumnAt(const QByteArray &text, qsizetype offset, int *line, int *column);

} // namespace sg
