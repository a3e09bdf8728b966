// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/finding.h"
#include "core/diagnostic.h"

#include <QDate>
#include <QObject>

namespace sg::ui {

class AnalysisController;
class DocumentController;

// Which baseline file (accepted risks, the file `sgassist-cli check --baseline` reads) the open
// workspace uses, and keeping the analysis in step with it. By default it is
// `sgassist-baseline.json` beside the project or file the workspace came from, or inside the folder
// it was opened from, so that it lives with the rules in version control and CI finds it there;
// a file chosen with File > Baseline is remembered per workspace in the settings (not in the
// project: a folder or a rule file cannot carry it, and the notes are prose that people edit).
class BaselineController : public QObject
{
    Q_OBJECT

public:
    static constexpr auto FileName = "sgassist-baseline.json";

    BaselineController(DocumentController *document, AnalysisController *analysis, QObject *parent = nullptr);

    // The file in use (or that Accept This Risk writes to first); empty for a new document that
    // was never saved and for which no file was chosen.
    QString path() const { return m_path; }
    // True when the file exists and was read: its exemptions apply to the analysis.
    bool isLoaded() const { return m_loaded; }
    // sgassist-baseline.json beside `displayPath` (a file) or inside it (a folder); empty for none.
    static QString defaultPath(const QString &displayPath);

    // Uses `path` for this workspace from now on (remembered) and applies it. Returns its problems;
    // a file that is not a baseline is not applied. A missing file is an empty baseline to come.
    Diagnostics use(const QString &path);
    // Appends an exemption for each finding (of `group`, with the reason and the last day it applies)
    // to `path`, atomically, then uses that file. Returns an empty string or the reason it failed.
    QString accept(int group, const QList<Finding> &findings, const QString &reason, QDate expires, const QString &path);

Q_SIGNALS:
    // The workspace's baseline (when it was opened, or chosen) could not be read; it is not applied.
    void problemsFound(const QString &path, const Diagnostics &diagnostics);
    void changed();

private:
    void documentReset();
    void pathChanged();
    Diagnostics load();
    void remember();

    DocumentController *m_document;
    AnalysisController *m_analysis;
    QString m_path;
    QString m_workspacePath; // the document's display path the choice is remembered for
    bool m_loaded = false;
};

} // namespace sg::ui
