// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceloader.h"

#include "core/workerpool.h"
#include "io/fileio.h"
#include "io/formats.h"
#include "io/readmonitor.h"
#include "io/rulefiles.h"
#include "io/ruleformat.h"
#include "plan/rulebuilder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace sg {
namespace {

const QString StandardInputName = QStringLiteral("-");

// One file to read, and whether the user named it (a named file that is no rule file is an error;
// one found in a folder is skipped). A Terraform module is one job: its .tf files are read together
// (`module`), with the other .tf files of the folder for their variables and locals (`context`).
struct Job
{
    QString path;
    bool named = true;
    QStringList module;
    QStringList context;
};

struct FileOutcome
{
    Workspace workspace;
    Diagnostics diagnostics;
    QString format;
    QStringList files; // for a module: its files; otherwise the job's path
    bool ioError = false;
    bool skipped = false;
};

constexpr QLatin1StringView TerraformSuffix(".tf");

bool isTerraformFile(const QString &path)
{
    return path.endsWith(TerraformSuffix, Qt::CaseInsensitive);
}

// Variable files Terraform loads by itself from a module's folder, in its order of precedence
// (lowest first): terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) by name.
bool isAutomaticVariableFile(const QString &name)
{
    return name == u"terraform.tfvars" || name == u"terraform.tfvars.json" || name.endsWith(QLatin1StringView(".auto.tfvars"))
        || name.endsWith(QLatin1StringView(".auto.tfvars.json"));
}

bool isVariableFile(const QString &name)
{
    return name.endsWith(QLatin1StringView(".tfvars")) || name.endsWith(QLatin1StringView(".tfvars.json"));
}

QStringList automaticVariableFiles(const QString &folder)
{
    QStringList out;
    const QDir dir(folder);
    for (const char *name : {"terraform.tfvars", "terraform.tfvars.json"}) {
        if (dir.exists(QLatin1StringView(name)))
            out.append(dir.filePath(QLatin1StringView(name)));
    }
    const QStringList automatic = dir.entryList({QStringLiteral("*.auto.tfvars"), QStringLiteral("*.auto.tfvars.json")}, QDir::Files, QDir::Name);
    for (const QString &name : automatic)
        out.append(dir.filePath(name));
    return out;
}

// The text of every file, or false after an I/O error in `out`.
bool readTexts(const QStringList &paths, QList<SourceText> &texts, FileOutcome &out)
{
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.ioError = true;
            out.diagnostics.append(Diagnostic::error(SourceLocation{path}, WorkspaceLoader::tr("cannot open the file: %1").arg(file.errorString())));
            return false;
        }
        const FileBytes bytes = readAllPadded(file);
        if (!bytes.error.isEmpty()) {
            out.diagnostics.append(Diagnostic::error(SourceLocation{path}, bytes.error));
            return false;
        }
        texts.append(SourceText{path, bytes.bytes.mid(bytes.start, bytes.length)});
    }
    return true;
}

// A Terraform module: its files, the context files, the tfvars of its folder and --var-file.
FileOutcome readModule(const Job &job, const ReadOptions &given)
{
    FileOutcome out;
    out.format = QStringLiteral("terraform-hcl");
    out.files = job.module;
    QList<SourceText> files;
    ReadOptions read = given;
    QList<SourceText> automatic;
    if (!readTexts(job.module, files, out) || !readTexts(job.context, read.moduleFiles, out)
        || !readTexts(automaticVariableFiles(QFileInfo(job.module.first()).path()), automatic, out)) {
        return out;
    }
    read.variableFiles = automatic + read.variableFiles; // --var-file wins over the folder's files
    Parsed<Workspace> parsed = TerraformHclFormat::readModule(files, read);
    out.workspace = std::move(parsed.value);
    out.diagnostics += std::move(parsed.diagnostics);
    return out;
}

FileOutcome readPlan(const QString &path)
{
    FileOutcome out;
    out.format = QStringLiteral("plan");
    QList<SourceText> texts;
    if (!readTexts({path}, texts, out))
        return out;
    Parsed<SetupPlan> plan = SetupPlan::fromJson(texts.first().bytes, path);
    out.diagnostics = plan.diagnostics;
    if (!plan.ok())
        return out;
    Parsed<RuleSet> built = RuleBuilder().build(plan.value, path);
    out.diagnostics += built.diagnostics;
    if (!built.ok())
        return out;
    WorkspaceGroup group;
    group.ruleSet = std::move(built.value);
    group.source.file = path;
    group.source.name = plan.value.name.isEmpty() ? QFileInfo(path).fileName() : plan.value.name;
    out.workspace.groups.append(std::move(group));
    out.workspace.plan = std::move(plan.value);
    return out;
}

// True when an open file starts as a setup plan. A plan names its services and sources in its first
// lines: a short look is enough, and cheap for a folder of thousands of rule files.
bool isPlanHead(QIODevice &file)
{
    constexpr qint64 PlanSniffBytes = 4096;
    return SetupPlan::looksLikePlan(file.peek(PlanSniffBytes));
}

FileOutcome readFile(const Job &job, const LoadOptions &options, const ReadOptions &readOptions)
{
    if (!job.module.isEmpty())
        return readModule(job, readOptions);
    FileOutcome out;
    RuleFiles::WorkspaceResult read;
    if (job.path == StandardInputName) {
        // Standard input cannot be peeked at reliably: read it whole (files are bounded anyway).
        QFile input;
        QIODevice *device = options.standardInput;
        if (!device) {
            if (!input.open(stdin, QIODevice::ReadOnly)) {
                out.ioError = true;
                out.diagnostics.append(Diagnostic::error(SourceLocation{job.path}, WorkspaceLoader::tr("cannot read standard input: %1").arg(input.errorString())));
                return out;
            }
            device = &input;
        }
        const FileBytes bytes = readAllPadded(*device);
        if (!bytes.error.isEmpty()) {
            out.diagnostics.append(Diagnostic::error(SourceLocation{job.path}, bytes.error));
            return out;
        }
        if (options.formatId.isEmpty() && SetupPlan::looksLikePlan(QByteArrayView(bytes.bytes).first(std::min<qsizetype>(bytes.bytes.size(), RuleFiles::SniffBytes)))) {
            out.diagnostics.append(Diagnostic::error(SourceLocation{job.path}, WorkspaceLoader::tr("a setup plan cannot be read from standard input; name its file")));
            return out;
        }
        QBuffer buffer;
        buffer.setData(bytes.bytes);
        buffer.open(QIODevice::ReadOnly);
        read = RuleFiles::loadWorkspace(buffer, job.path, options.formatId, readOptions);
    } else {
        // Opened once: the look for a plan and the format detection peek at the same device (a
        // region's folder has thousands of files).
        QFile file(job.path);
        if (file.open(QIODevice::ReadOnly)) {
            if (options.formatId.isEmpty() && isPlanHead(file))
                return readPlan(job.path);
            read = RuleFiles::loadWorkspace(file, job.path, options.formatId, readOptions);
        } else {
            read = RuleFiles::loadWorkspace(job.path, options.formatId, readOptions); // says why it cannot be opened
        }
    }
    if (!job.named && !read.format && !read.ioError) {
        // A file in a folder that no reader recognises (a README, a script): skip it, say so.
        out.skipped = true;
        out.diagnostics.append(Diagnostic::warning(SourceLocation{job.path}, WorkspaceLoader::tr("not a rule file; skipped")));
        return out;
    }
    out.workspace = std::move(read.workspace);
    // Readers append rules one by one, so a group's list ends with up to half of it unused: give
    // that back (a region holds thousands of such lists; 20 MB of the 3,000-group benchmark).
    for (WorkspaceGroup &group : out.workspace.groups)
        group.ruleSet.rules.squeeze();
    out.diagnostics = std::move(read.diagnostics);
    if (options.adviseFormatOption && read.detected && read.format && hasErrors(out.diagnostics)) {
        // Problems can be puzzling when the format was guessed: say which one was assumed.
        out.diagnostics.append(Diagnostic::warning(
            SourceLocation{job.path}, WorkspaceLoader::tr("read as %1 (detected from the content); name the format with --from if that is wrong").arg(read.format->id())));
    }
    out.ioError = read.ioError;
    if (read.format)
        out.format = read.format->id();
    return out;
}

// The files of a folder in name order, SG Assist's own undo files (*.before-*) last so that the
// current copy of a group wins over a saved earlier one.
QStringList folderFiles(const QString &folder)
{
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    QStringList current;
    QStringList earlier;
    for (const QFileInfo &entry : entries)
        (entry.fileName().contains(QLatin1StringView(".before-")) ? earlier : current).append(entry.filePath());
    return current + earlier;
}

} // namespace

QString LoadedWorkspace::commonFormat() const
{
    if (formats.isEmpty())
        return {};
    const QString first = formats.first();
    return std::all_of(formats.cbegin(), formats.cend(), [&](const QString &f) { return f == first; }) ? first : QString();
}

LoadedWorkspace WorkspaceLoader::loadPlan(const QString &path)
{
    FileOutcome outcome = readPlan(path);
    LoadedWorkspace out;
    out.diagnostics = std::move(outcome.diagnostics);
    out.ioError = outcome.ioError;
    if (!out.ioError) {
        out.files.append(path);
        out.formats.append(outcome.format);
        out.workspace = std::move(outcome.workspace);
    }
    return out;
}

bool WorkspaceLoader::isPlanFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && isPlanHead(file);
}

LoadedWorkspace WorkspaceLoader::load(const QStringList &paths, const LoadOptions &options)
{
    LoadedWorkspace out;
    // --var-file is read once for every file that may use it.
    ReadOptions readOptions;
    readOptions.variables = options.variables;
    {
        FileOutcome varFiles;
        if (!readTexts(options.variableFiles, readOptions.variableFiles, varFiles)) {
            out.diagnostics = varFiles.diagnostics;
            out.ioError = varFiles.ioError;
            if (!out.ioError)
                out.diagnostics.append(Diagnostic::error(SourceLocation{options.variableFiles.join(QStringLiteral(", "))},
                                                         tr("a --var-file cannot be read")));
            return out;
        }
    }
    const bool terraformAllowed = options.formatId.isEmpty() || options.formatId == u"terraform-hcl";
    QList<Job> jobs;
    for (const QString &path : paths) {
        if (path != StandardInputName && QFileInfo(path).isDir()) {
            const QStringList files = folderFiles(path);
            if (files.isEmpty())
                out.diagnostics.append(Diagnostic::warning(SourceLocation{path}, tr("the folder holds no files")));
            Job module{path, false, {}, {}};
            for (const QString &file : files) {
                const QString name = QFileInfo(file).fileName();
                if (terraformAllowed && isTerraformFile(file)) {
                    module.module.append(file);
                } else if (isVariableFile(name)) {
                    if (!isAutomaticVariableFile(name))
                        out.diagnostics.append(Diagnostic::warning(
                            SourceLocation{file}, tr("Terraform does not read this variables file by itself; pass it with --var-file")));
                } else {
                    jobs.append(Job{file, false, {}, {}});
                }
            }
            if (!module.module.isEmpty())
                jobs.append(module);
        } else if (path != StandardInputName && terraformAllowed && isTerraformFile(path) && QFileInfo(path).isFile()) {
            // A .tf file named alone: read with its folder's variables, locals and tfvars.
            Job module{path, true, {path}, {}};
            const QFileInfo named(path);
            for (const QString &sibling : folderFiles(named.path())) {
                if (isTerraformFile(sibling) && QFileInfo(sibling) != named)
                    module.context.append(sibling);
            }
            jobs.append(module);
        } else {
            jobs.append(Job{path, true, {}, {}});
        }
    }

    std::atomic<qsizetype> done = 0;
    const qsizetype total = jobs.size();
    const auto readOne = [&](const Job &job, bool onWorker) {
        FileOutcome outcome;
        if (options.cancelled && options.cancelled->load()) {
            outcome.skipped = true;
        } else if (onWorker) {
            // Progress is counted in files here; cancellation reaches the reader through a monitor
            // installed on the worker thread.
            ReadMonitor monitor([](qint64, qint64) {}, options.cancelled);
            ReadMonitor::Scope scope(&monitor);
            outcome = readFile(job, options, readOptions);
        } else {
            outcome = readFile(job, options, readOptions); // under the caller's own monitor, if any
        }
        if (options.progress)
            options.progress(++done, total);
        return outcome;
    };
    // One file is read on this thread (standard input must be, and most runs name one file).
    QList<FileOutcome> outcomes;
    if (jobs.size() == 1)
        outcomes.append(readOne(jobs.first(), false));
    else
        outcomes = QtConcurrent::blockingMapped<QList<FileOutcome>>(workerPool(), jobs, [&](const Job &job) { return readOne(job, true); });

    out.cancelled = options.cancelled && options.cancelled->load();
    WorkspaceMerger merger(out.workspace);
    QSet<QString> seenFiles;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        FileOutcome &outcome = outcomes[i];
        const QString &path = jobs.at(i).path;
        out.diagnostics += outcome.diagnostics;
        out.ioError = out.ioError || outcome.ioError;
        if (outcome.skipped) {
            if (!outcome.diagnostics.isEmpty())
                out.skipped.append(path);
            continue;
        }
        if (seenFiles.contains(path))
            continue; // the same file named twice
        seenFiles.insert(path);
        const QStringList files = outcome.files.isEmpty() ? QStringList{path} : outcome.files;
        for (const QString &file : files) {
            out.files.append(file);
            out.formats.append(outcome.format);
        }
        // A group named only in its source may share that name with a group of another file (two
        // templates each with a "WebSg"): the later one is named with its file.
        for (WorkspaceGroup &group : outcome.workspace.groups) {
            if (group.ruleSet.group.securityGroupId.isEmpty() && merger.indexOfGroup(group.key()) >= 0)
                group.source.name = QFileInfo(path).fileName() + u':' + group.source.name;
        }
        QStringList duplicates;
        merger.add(std::move(outcome.workspace), &duplicates);
        for (const QString &key : std::as_const(duplicates)) {
            out.diagnostics.append(Diagnostic::warning(
                SourceLocation{path}, tr("the security group %1 was already read from %2; this copy is skipped").arg(key, out.workspace.groups.at(merger.indexOfGroup(key)).source.file)));
        }
    }
    return out;
}

} // namespace sg
