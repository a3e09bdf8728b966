// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sg {

// How to read the paths of a workspace.
struct LoadOptions
{
    QString formatId;                  // every named file is read in this format; empty: detected
    QHash<QString, QString> variables; // values for what a file leaves open (Terraform variables, ROS parameters)
    QStringList variableFiles;         // files of such values (terraform .tfvars)
    // Called from worker threads as files finish: (files done, files in all).
    std::function<void(qsizetype done, qsizetype total)> progress;
    const std::atomic_bool *cancelled = nullptr;
    QIODevice *standardInput = nullptr; // what "-" reads; the process's standard input when null
    // A file with errors whose format was detected gets a warning naming that format and the
    // CLI's --from option; the GUI, which has no such option, turns it off.
    bool adviseFormatOption = true;
};

// What reading the paths gave: one workspace, and every problem of every file.
struct LoadedWorkspace
{
    Workspace workspace;
    Diagnostics diagnostics;
    QStringList files;   // the files read, in order
    QStringList formats; // the format id of each file read ("plan" for a setup plan)
    QStringList skipped; // files of a folder that hold no rules, named in a warning each
    bool ioError = false;
    bool cancelled = false;

    bool ok() const { return !ioError && !cancelled && !hasErrors(diagnostics); }
    // The format every file was read in, or an empty string when they differ or none was read.
    QString commonFormat() const;
};

// The one way files become a workspace, for the GUI and the CLI alike: rule files of any readable
// format (each may hold several groups), network interface files, setup plans (built into their
// group), folders (every file in them, not recursive; files that are no rule files are skipped with
// a warning) and "-" for standard input. Files are read in parallel on sg::workerPool().
class WorkspaceLoader
{
    Q_DECLARE_TR_FUNCTIONS(sg::WorkspaceLoader)

public:
    static LoadedWorkspace load(const QStringList &paths, const LoadOptions &options = {});
    static LoadedWorkspace load(const QString &path, const LoadOptions &options = {})
    {
        return load(QStringList{path}, options);
    }

    // Reads a setup plan and builds its group; every problem of the plan or the build is reported.
    static LoadedWorkspace loadPlan(const QString &path);
    // True when the file's first bytes are a setup plan.
    static bool isPlanFile(const QString &path);
};

} // namespace sg
