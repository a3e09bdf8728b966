// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "readoptions.h"
#include "workspace/workspace.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QStringList>

namespace sg {

// What a format is, as data: the part of a format that is no code.
struct FormatTraits
{
    // Stable id used by the CLI and settings: "api-json", "console-csv", ...
    const char *id = "";
    // The name for people, untranslated: marked QT_TRANSLATE_NOOP("sg::RuleFormat", ...).
    const char *displayName = "";
    // File name suffix without the dot, for dialogs and generated names.
    const char *suffix = "";
    bool reads = false;
    bool writes = false;
    // 0 = no limit; otherwise writers split larger rule sets into numbered files.
    int maxRulesPerFile = 0;
    // The file dialog pattern for files this format reads; "*.<suffix>" when unset.
    const char *nameFilter = nullptr;
};

// One file format (DESIGN section 7). Readers and writers work on a QIODevice so that they are
// tested against QBuffer and used on QSaveFile alike; neither ever touches the file system.
class RuleFormat
{
public:
    virtual ~RuleFormat() = default;

    QString id() const { return m_id; }
    // For people, translated: "DescribeSecurityGroupAttribute JSON".
    QString displayName() const;
    QString suffix() const { return m_suffix; }
    // The file dialog pattern for files this format reads: "*.json", "*.json *.yaml *.yml".
    QString nameFilter() const { return m_nameFilter; }
    bool canRead() const { return m_traits.reads; }
    bool canWrite() const { return m_traits.writes; }
    int maxRulesPerFile() const { return m_traits.maxRulesPerFile; }
    // An empty string, or why `document` does not fit one file of this format (more rules than
    // maxRulesPerFile()): write() refuses such a document; RuleFiles::save() splits it.
    QString checkFitsOneFile(const Document &document) const;

    // How sure the format is that `head` (the first bytes of a file, ASCII letters lower-cased and a
    // UTF-8 byte order mark removed, once by FormatRegistry::detect for all formats) is one of its
    // files: 0 = not at all, 100 = certain.
    // Used to detect the format when none is named.
    virtual int sniff(QByteArrayView head) const
    {
        Q_UNUSED(head);
        return 0;
    }

    // Reads every rule it can and reports every problem with its location. Never throws, never
    // asserts on input; `fileName` is only used in diagnostics.
    virtual Parsed<Document> read(QIODevice &device, const QString &fileName) const;
    // Every security group the file holds, each with where it came from (and, for network interface
    // files, the interfaces). Formats whose files leave values open (Terraform variables, ROS
    // parameters) take them from `options`.
    Parsed<Workspace> readWorkspace(QIODevice &device, const QString &fileName, const ReadOptions &options = {}) const
    {
        return readGroups(device, fileName, options);
    }
    // Writes the document; returns an empty string or the reason it failed.
    virtual QString write(const Document &document, QIODevice &device) const;

    // What this format cannot carry of the document, before writing: errors for rules it cannot
    // express (write() then refuses the document), warnings for what is left out. Lets the CLI
    // and the GUI tell bad input from a failing disk.
    virtual Diagnostics checkWritable(const Document &document) const
    {
        Q_UNUSED(document);
        return {};
    }

protected:
    explicit RuleFormat(const FormatTraits &traits);

    // readWorkspace(). The default reads one group with read(); formats that can hold several groups
    // override it, and their read() takes the one group or refuses several (singleGroup()).
    virtual Parsed<Workspace> readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const;

    // For read() of a format that can hold several groups: the one group of `parsed` as a document,
    // an empty document for none, or an error naming the groups when there are several.
    static Parsed<Document> singleGroup(Parsed<Workspace> parsed, const QString &fileName);

private:
    FormatTraits m_traits;
    QString m_id;
    QString m_suffix;
    QString m_nameFilter;
};

} // namespace sg
