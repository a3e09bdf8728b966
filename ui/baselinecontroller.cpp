// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baselinecontroller.h"

#include "analysis/baseline.h"
#include "analysiscontroller.h"
#include "documentcontroller.h"
#include "settings.h"

#include <QDir>
#include <QFileInfo>

namespace sg::ui {
namespace {

QString absolute(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

BaselineController::BaselineController(DocumentController *document, AnalysisController *analysis, QObject *parent)
    : QObject(parent), m_document(document), m_analysis(analysis)
{
    connect(m_document, &DocumentController::documentReset, this, &BaselineController::documentReset);
    connect(m_document, &DocumentController::pathChanged, this, &BaselineController::pathChanged);
}

QString BaselineController::defaultPath(const QString &displayPath)
{
    if (displayPath.isEmpty())
        return {};
    const QFileInfo info(displayPath);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    return QDir::cleanPath(folder + u'/' + QLatin1StringView(FileName));
}

void BaselineController::documentReset()
{
    m_workspacePath = absolute(m_document->displayPath());
    m_path.clear();
    if (m_document->hasDocument()) {
        const QVariantMap chosen = Settings::value(Settings::Key::BaselineFiles).toMap();
        m_path = chosen.value(m_workspacePath, defaultPath(m_workspacePath)).toString();
    }
    load();
}

void BaselineController::pathChanged()
{
    // A new document saved for the first time: the file it used goes with it.
    const QString now = absolute(m_document->displayPath());
    if (now == m_workspacePath || !m_document->hasDocument())
        return;
    m_workspacePath = now;
    if (m_path.isEmpty()) {
        m_path = defaultPath(now);
        load();
    } else {
        remember();
    }
}

Diagnostics BaselineController::load()
{
    m_loaded = false;
    std::optional<Baseline> baseline;
    Diagnostics problems;
    if (!m_path.isEmpty() && QFileInfo::exists(m_path)) {
        const Parsed<Baseline> loaded = Baseline::load(m_path);
        problems = loaded.diagnostics;
        if (loaded.ok()) {
            baseline = loaded.value;
            m_loaded = true;
        }
    }
    m_analysis->setBaseline(baseline);
    Q_EMIT changed();
    if (!m_loaded && !problems.isEmpty())
        Q_EMIT problemsFound(m_path, problems); // warnings alone (an unknown field) do not stop it
    return problems;
}

void BaselineController::remember()
{
    if (m_workspacePath.isEmpty())
        return;
    QVariantMap chosen = Settings::value(Settings::Key::BaselineFiles).toMap();
    if (m_path == defaultPath(m_workspacePath))
        chosen.remove(m_workspacePath); // the default needs no memory
    else
        chosen.insert(m_workspacePath, m_path);
    Settings::setValue(Settings::Key::BaselineFiles, chosen);
}

Diagnostics BaselineController::use(const QString &path)
{
    m_path = absolute(path);
    remember();
    return load();
}

QString BaselineController::accept(int group, const QList<Finding> &findings, const QString &reason, QDate expires,
                                   const QString &path)
{
    const Workspace workspace = m_document->workspace();
    if (group < 0 || group >= workspace.groups.size() || findings.isEmpty())
        return tr("There is no finding to accept.");
    // One file write per finding keeps Baseline::appendTo the only writer (atomic, keeps the file's
    // other keys, refuses a file that is not a baseline); a selection is a handful of findings.
    QList<Exemption> written;
    for (const Finding &finding : findings) {
        const Exemption exemption = Exemption::forFinding(workspace.groups.at(group), finding, reason, expires);
        if (written.contains(exemption))
            continue; // two findings of one check on one rule: one exemption covers both
        const QString error = Baseline::appendTo(path, exemption);
        if (!error.isEmpty())
            return error;
        written.append(exemption);
    }
    const Diagnostics problems = use(path);
    for (const Diagnostic &d : problems) {
        if (d.isError())
            return d.toString();
    }
    return {};
}

} // namespace sg::ui
