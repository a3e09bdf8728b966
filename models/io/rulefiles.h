// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "readoptions.h"
#include "workspace/workspace.h"

#include <QStringList>

namespace sg {

class RuleFormat;

// Reading and writing rule files on disk: the one place where formats meet the file system.
namespace RuleFiles {

constexpr qsizetype SniffBytes = 64 * 1024;

struct LoadResult
{
    Document document;
    Diagnostics diagnostics;
    const RuleFormat *format = nullptr; // the format read, named or detected
    bool detected = false;              // true when the format was detected from content
    bool ioError = false;               // the file could not be opened or read (vs bad content)

    bool ok() const { return !ioError && !hasErrors(diagnostics); }
};

// Reads a file in the named format, or detects it from content when formatId is empty. Install a
// ReadMonitor::Scope around the call for progress and cancellation.
LoadResult load(const QString &path, const QString &formatId = {});

// What reading one file as part of a workspace gave: every group it holds (each with its file and
// name in the source), or the interfaces of a network-interfaces file.
struct WorkspaceResult
{
    Workspace workspace;
    Diagnostics diagnostics;
    const RuleFormat *format = nullptr;
    bool detected = false;
    bool ioError = false;

    bool ok() const { return !ioError && !hasErrors(diagnostics); }
};

// Reads every group of a file (formats that hold one group give one), with values for what the file
// leaves open from `options`.
WorkspaceResult loadWorkspace(const QString &path, const QString &formatId = {}, const ReadOptions &options = {});
// The same from an open device (standard input, a buffer) that supports peek(); `name` is used in
// messages and as the groups' file.
WorkspaceResult loadWorkspace(QIODevice &device, const QString &name, const QString &formatId = {},
                              const ReadOptions &options = {});

struct SaveResult
{
    QStringList files; // the files written, in order
    QString error;     // empty on success; names the file that failed
};

// Writes the document atomically. Formats with a per-file rule limit (console exports: 200) get a
// larger rule set split into numbered files: "base-1.json", "base-2.json", ... next to `path`.
SaveResult save(const QString &path, const Document &document, const RuleFormat &format);

// The file names save() will use for a document of ruleCount rules, for "overwrite?" questions.
QStringList plannedFileNames(const QString &path, qsizetype ruleCount, const RuleFormat &format);

} // namespace RuleFiles
} // namespace sg
