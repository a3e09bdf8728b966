// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingactions.h"

#include "acceptriskdialog.h"
#include "analysiscontroller.h"
#include "baselinecontroller.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "findingsdock.h"
#include "fixdialog.h"
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace sg::ui {

FindingActions::FindingActions(DocumentController *document, AnalysisController *analysis, FindingsDock *dock, QWidget *window)
    : QObject(window),
      m_document(document),
      m_analysis(analysis),
      m_dock(dock),
      m_window(window),
      m_baseline(new BaselineController(document, analysis, this))
{
    connect(m_dock, &FindingsDock::fixRequested, this, &FindingActions::fix);
    connect(m_dock, &FindingsDock::acceptRequested, this, &FindingActions::accept);
    connect(m_document, &DocumentController::viewChanged, this, &FindingActions::updateActionable);
    connect(m_document, &DocumentController::documentReset, this, &FindingActions::updateActionable);
    updateActionable();
}

void FindingActions::updateActionable()
{
    // An interface shows the merged rules of several groups: they are fixed and accepted in their group.
    const bool group = m_document->hasDocument() && m_document->currentGroup() >= 0;
    m_dock->setActionable(group, m_document->hasDocument() ? tr("An interface's findings are fixed and accepted in their group: select the group") : QString());
}

bool FindingActions::fix(const QList<Finding> &findings)
{
    const int group = m_document->currentGroup();
    if (findings.isEmpty() || group < 0 || !m_analysis->isCurrent())
        return false;
    const Workspace workspace = m_document->workspace();
    FixDialog dialog(workspace, group, findings, m_window);
    if (DialogRunner::exec(dialog) != QDialog::Accepted || dialog.isBusy() || !dialog.fix().changed())
        return false;
    const QString key = workspace.groups.at(group).key();
    const int changed = int(dialog.fix().made.size());
    m_document->setGroupRules(group, dialog.fixedRules(), tr("Fix %n rule(s) of %1", nullptr, changed).arg(key));
    Q_EMIT message(tr("Fixed %n rule(s) of %1; Edit > Undo brings them back.", nullptr, changed).arg(key));
    if (dialog.applyToCloud())
        Q_EMIT applyToCloudRequested();
    return true;
}

bool FindingActions::accept(const QList<Finding> &findings)
{
    const int group = m_document->currentGroup();
    if (findings.isEmpty() || group < 0 || !m_analysis->isCurrent())
        return false;
    const Workspace workspace = m_document->workspace();
    QString path = m_baseline->path();
    if (path.isEmpty()) // a new document: beside the last folder used, until it is saved somewhere
        path = QDir(Settings::value(Settings::Key::LastOpenFolder).toString()).filePath(QLatin1StringView(BaselineController::FileName));
    AcceptRiskDialog dialog(workspace.groups.at(group), findings, m_analysis->today(), path, m_window);
    if (DialogRunner::exec(dialog) != QDialog::Accepted || !dialog.problem().isEmpty())
        return false;
    const QString error = m_baseline->accept(group, findings, dialog.reason(), dialog.expires(), dialog.baselinePath());
    if (!error.isEmpty()) {
        MessageBox::warning(m_window, tr("Accept This Risk — SG Assist"), error);
        return false;
    }
    Q_EMIT message(tr("Accepted %n finding(s) until %1 in %2.", nullptr, int(findings.size()))
                       .arg(dialog.expires().toString(Qt::ISODate), QDir::toNativeSeparators(dialog.baselinePath())));
    return true;
}

void FindingActions::chooseBaseline()
{
    const QString current = m_baseline->path().isEmpty() ? Settings::value(Settings::Key::LastOpenFolder).toString() : m_baseline->path();
    const QString path = FileDialog::getOpenFileName(m_window, tr("Baseline — SG Assist"), current,
                                                     tr("Baseline (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_baseline->use(path); // problems are reported by the controller
    if (m_baseline->isLoaded())
        Q_EMIT message(tr("Accepted risks from %1 apply to this workspace.").arg(QDir::toNativeSeparators(path)));
}

} // namespace sg::ui
