// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "supplyvaluesdialog.h"
#include "workspace/workspaceloader.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace sg::ui {

class DocumentController;
class FindingsDock;
struct LoadOutcome;
class ValuesBar;

// The values given to the variables and parameters of the open workspace (Terraform files, ROS
// templates): the bar that says some are missing, Supply Values… in the bar, the findings and the File
// menu, and reading the same paths again with new values. The values are remembered per set of
// paths opened in the settings, not in the project: they belong to files SG Assist reads but never
// writes (a module, a template), whereas a project holds rules already evaluated; writing a .tfvars
// into the user's module would change what Terraform itself reads. Sensitive ones (Terraform
// `sensitive`, ROS NoEcho, and names or values that look like credentials) are kept for the session
// only, for every window of it. The window asks for the options to open
// paths with and says what it opened.
class ValuesController : public QObject
{
    Q_OBJECT

public:
    // Opens paths as the window does (progress, problems, the document replaced); false when refused.
    using Opener = std::function<bool(const QStringList &paths, const LoadOptions &options)>;

    ValuesController(DocumentController *document, FindingsDock *findings, Opener open, QWidget *window);

    ValuesBar *bar() const { return m_bar; }
    // File > Supply Values…
    QAction *valuesAction() const { return m_action; }

    // The values remembered for these paths; a variables file that no longer exists is left out.
    LoadOptions optionsFor(const QStringList &paths) const;
    // The window has opened `paths` (after the document was set): they are remembered with their values.
    void opened(const QStringList &paths, const LoadOutcome &outcome);
    // Opening failed (the document is as it was): when the paths were read with remembered values,
    // offers to open them without (which forgets them). True when they are opened again.
    bool openFailed(const QStringList &paths, const LoadOutcome &outcome);
    // True when the open document was read from these paths: opening them is a reload.
    bool isOpen(const QStringList &paths) const;
    // The problems of a load without the warnings about open values, which the findings and the bar
    // show (every open value has one warning at its place).
    static Diagnostics withoutOpenValueWarnings(const LoadedWorkspace &loaded);
    // Whether a value is kept for this session only, never in the settings: its name says it is a
    // credential (password, secret, token, key of an API or account), or the value looks like one
    // (an AccessKey id, a PEM block). The files' own `sensitive` / NoEcho count too, by declaration.
    static bool looksSecret(const QString &name, const QString &value);

    // Supply Values… (the bar, the findings, the File menu): the dialog, then the reload. True when reloaded.
    bool supplyValues();
    // Reads the open paths again with these values, asking first when there are unsaved changes.
    bool reload(const QHash<QString, QString> &values, const QStringList &variableFiles);

    const QStringList &paths() const { return m_paths; }
    const QHash<QString, QString> &values() const { return m_values; }
    const QStringList &variableFiles() const { return m_files; }

Q_SIGNALS:
    // A line for the status bar.
    void message(const QString &text);

private:
    static QString keyOf(const QStringList &paths);
    QList<SupplyValuesDialog::Entry> entries();
    void remember();
    void forget(const QString &key);
    void refresh();
    QString workspaceName() const;

    DocumentController *m_document;
    FindingsDock *m_findings;
    Opener m_open;
    QWidget *m_window;
    ValuesBar *m_bar;
    QAction *m_action;
    QStringList m_paths; // what the open document was read from; empty for any other document
    QHash<QString, QString> m_values;
    QStringList m_files;
    bool m_takesValues = false; // read from formats that have variables or parameters
    bool m_reloading = false;
};

} // namespace sg::ui
