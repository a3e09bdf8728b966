// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/service.h"

#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

namespace sg::ui {

class MessageLabel;
class SetupWizard;

// Wizard page 4: who may connect, one list per scope the chosen services need, and whether
// Alibaba Cloud Workbench connects too (its site and connection types). Entries are checked as they
// are typed with the same builder the CLI uses, so the page can never accept a plan that
// `sgassist-cli build` would refuse; wide or public sources get a visible warning.
class SourcesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcesPage(SetupWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // For tests and the review: the problems shown for a scope (errors first, then warnings).
    QStringList problems(Scope scope) const;
    QString pageProblem() const;

private:
    struct ScopeEditor
    {
        QGroupBox *box = nullptr;
        QPlainTextEdit *edit = nullptr;
        QLabel *hint = nullptr;
        MessageLabel *problems = nullptr;
        QStringList lines; // what problems() returns
    };

    void rebuildEditors();
    void loadWorkbench();
    void store();
    void revalidate();
    void updateWorkbenchRanges();

    SetupWizard *m_wizard;
    QVBoxLayout *m_editorsLayout;
    MessageLabel *m_pageProblem;
    QMap<Scope, ScopeEditor> m_editors;
    QGroupBox *m_workbench; // checkable: "Connect through Workbench"
    QComboBox *m_workbenchSite;
    QCheckBox *m_workbenchPublic;
    QCheckBox *m_workbenchPrivate;
    QLabel *m_workbenchRanges; // the blocks the choice opens SSH (and RDP) to, with their date
    bool m_complete = false;
};

} // namespace sg::ui
