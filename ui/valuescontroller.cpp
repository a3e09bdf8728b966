// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuescontroller.h"

#include "backgroundtask.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "documentloader.h"
#include "findingsdock.h"
#include "settings.h"
#include "valuesbar.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QWidget>

#include <algorithm>

namespace sg::ui {
namespace {

const QString ValuesKey = QStringLiteral("values");
const QString FilesKey = QStringLiteral("files");

bool takesValues(const QStringList &formats)
{
    return formats.contains(u"terraform-hcl") || formats.contains(u"ros");
}

// What is kept for the session only, shared by the windows of the process: by paths key, the names
// not to keep in the settings, and their values.
struct SessionValues
{
    QHash<QString, QSet<QString>> sensitive;
    QHash<QString, QHash<QString, QString>> values;
};

SessionValues &session()
{
    static SessionValues values;
    return values;
}

} // namespace

ValuesController::ValuesController(DocumentController *document, FindingsDock *findings, Opener open, QWidget *window)
    : QObject(window),
      m_document(document),
      m_findings(findings),
      m_open(std::move(open)),
      m_window(window),
      m_bar(new ValuesBar(window)),
      m_action(new QAction(tr("Su&pply Values…"), this))
{
    m_action->setObjectName(QStringLiteral("actionValues"));
    m_action->setStatusTip(tr("The values given to the Terraform variables and ROS parameters of the open files"));
    connect(m_action, &QAction::triggered, this, &ValuesController::supplyValues);
    connect(m_bar, &ValuesBar::supplyRequested, this, &ValuesController::supplyValues);
    connect(m_findings, &FindingsDock::supplyValuesRequested, this, &ValuesController::supplyValues);
    // Another document (new, recovered, closed, or the same files read again): until the window says
    // what it opened, there are no paths to give values to.
    connect(m_document, &DocumentController::documentReset, this, [this] {
        m_paths.clear();
        m_values.clear();
        m_files.clear();
        m_takesValues = false;
        refresh();
    });
    // Saved as a project, the document is that project from now on: it takes no values.
    connect(m_document, &DocumentController::pathChanged, this, [this] {
        if (m_takesValues && m_document->sourceFormat() == u"project") {
            m_paths.clear();
            m_values.clear();
            m_files.clear();
            m_takesValues = false;
            refresh();
        }
    });
    refresh();
}

QString ValuesController::keyOf(const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute << QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    absolute.sort();
    absolute.removeDuplicates();
    return absolute.join(u'\n');
}

bool ValuesController::isOpen(const QStringList &paths) const
{
    return !m_paths.isEmpty() && keyOf(paths) == keyOf(m_paths);
}

LoadOptions ValuesController::optionsFor(const QStringList &paths) const
{
    const QString key = keyOf(paths);
    const QVariantMap remembered = Settings::value(Settings::Key::InputValues).toMap().value(key).toMap();
    LoadOptions options;
    const QVariantMap values = remembered.value(ValuesKey).toMap();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        options.variables.insert(it.key(), it.value().toString());
    options.variables.insert(session().values.value(key));
    for (const QString &file : remembered.value(FilesKey).toStringList()) {
        if (QFileInfo::exists(file))
            options.variableFiles << file; // one that is gone is forgotten once the rest is opened
    }
    return options;
}

void ValuesController::opened(const QStringList &paths, const LoadOutcome &outcome)
{
    m_paths = paths;
    m_values = outcome.variables;
    m_files = outcome.variableFiles;
    m_takesValues = takesValues(outcome.loaded.formats);
    for (const WorkspaceInput &input : outcome.loaded.workspace.inputs) {
        if (input.sensitive)
            session().sensitive[keyOf(paths)].insert(input.name);
    }
    remember();
    refresh();
    if (m_reloading) {
        m_reloading = false;
        Q_EMIT message(tr("Read %1 again with the values given; they are used whenever it is opened (File > Supply Values… changes them).")
                           .arg(workspaceName()));
    }
}

void ValuesController::remember()
{
    const QString key = keyOf(m_paths);
    QVariantMap all = Settings::value(Settings::Key::InputValues).toMap();
    QVariantMap values;
    QHash<QString, QString> forSession;
    const QSet<QString> sensitive = session().sensitive.value(key);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (sensitive.contains(it.key()) || looksSecret(it.key(), it.value()))
            forSession.insert(it.key(), it.value());
        else
            values.insert(it.key(), it.value());
    }
    session().values.insert(key, forSession);
    if (values.isEmpty() && m_files.isEmpty()) {
        if (!all.contains(key))
            return;
        all.remove(key); // nothing to remember
    } else {
        all.insert(key, QVariantMap{{ValuesKey, values}, {FilesKey, m_files}});
    }
    Settings::setValue(Settings::Key::InputValues, all);
}

void ValuesController::forget(const QString &key)
{
    QVariantMap all = Settings::value(Settings::Key::InputValues).toMap();
    if (all.remove(key) > 0)
        Settings::setValue(Settings::Key::InputValues, all);
    session().values.remove(key);
}

bool ValuesController::openFailed(const QStringList &paths, const LoadOutcome &outcome)
{
    m_reloading = false;
    // A reload with values just given failed: the document is as it was, with its values. Only a
    // first open with remembered values is offered a way out, or the files could never be opened.
    const LoadOptions remembered = optionsFor(paths);
    if (isOpen(paths) || (outcome.variables.isEmpty() && outcome.variableFiles.isEmpty())
        || outcome.variables != remembered.variables || outcome.variableFiles != remembered.variableFiles) {
        return false;
    }
    QStringList given = outcome.variables.keys();
    given.sort();
    for (const QString &file : outcome.variableFiles)
        given << QFileInfo(file).fileName();
    const QString name = paths.size() == 1 ? QFileInfo(paths.first()).fileName() : tr("%n item(s)", nullptr, int(paths.size()));
    const auto answer = MessageBox::question(
        m_window, tr("Remembered Values — SG Assist"),
        tr("%1 was read with the values remembered for it (%2), and cannot be opened with them.\n\n"
           "Open it without them? They are then forgotten.")
            .arg(name, given.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
        {{QMessageBox::Yes, tr("&Open Without Them")}, {QMessageBox::No, tr("&Keep Them")}});
    if (answer != QMessageBox::Yes)
        return false;
    forget(keyOf(paths));
    return m_open(paths, LoadOptions{});
}

Diagnostics ValuesController::withoutOpenValueWarnings(const LoadedWorkspace &loaded)
{
    // Each open value was reported once, as a warning at its place that starts with its field; the
    // findings list every one, so the dialog need not stop the user with them.
    QSet<QString> places;
    for (const WorkspaceGroup &group : loaded.workspace.groups) {
        for (const UnresolvedValue &open : group.unresolved)
            places.insert(QStringLiteral("%1\n%2\n%3").arg(open.file.isEmpty() ? group.source.file : open.file).arg(open.line).arg(open.field));
    }
    Diagnostics out;
    for (const Diagnostic &d : loaded.diagnostics) {
        const QString field = d.message.section(QStringLiteral(" = "), 0, 0);
        if (!d.isError() && d.message.contains(QStringLiteral(" = "))
            && places.contains(QStringLiteral("%1\n%2\n%3").arg(d.location.file).arg(d.location.line).arg(field))) {
            continue;
        }
        out.append(d);
    }
    return out;
}

bool ValuesController::looksSecret(const QString &name, const QString &value)
{
    // Words that name credentials in variable and parameter names (db_password, ApiToken,
    // access_key_secret, PrivateKey); "key" alone is too common (key_pair_name, kms_key_id).
    static const QRegularExpression secretName(
        QStringLiteral("passw(or)?d|passphrase|secret|token|credential|private_?key|access_?key|api_?key"),
        QRegularExpression::CaseInsensitiveOption);
    // An Alibaba Cloud AccessKey id or STS token, or a key or certificate in PEM.
    static const QRegularExpression secretValue(QStringLiteral(R"(^\s*(LTAI[0-9A-Za-z]{12,}|STS\.[0-9A-Za-z]{16,})|-----BEGIN )"));
    return secretName.match(name).hasMatch() || (!value.isEmpty() && secretValue.match(value).hasMatch());
}

QString ValuesController::workspaceName() const
{
    const QString display = m_document->displayPath();
    if (!display.isEmpty())
        return QFileInfo(display).fileName();
    return m_paths.size() == 1 ? QFileInfo(m_paths.first()).fileName() : tr("the open files");
}

QList<SupplyValuesDialog::Entry> ValuesController::entries()
{
    const Workspace current = m_document->workspace();
    const QString key = keyOf(m_paths);
    // The values given now answer their inputs, which the files as read now no longer list. Read
    // without them (the variables files stay: their values are the files' own), every input shows
    // with the places that use it - on a worker, behind a busy dialog if it takes a moment.
    std::optional<Workspace> unvalued;
    if (!m_values.isEmpty()) {
        const QStringList paths = m_paths;
        const QStringList files = m_files;
        const LoadOutcome read = runInBackground(m_window, tr("Reading %1 for its variables and parameters…").arg(workspaceName()),
                                                 [paths, files] {
                                                     LoadOptions options;
                                                     options.variableFiles = files;
                                                     return DocumentLoader::loadNow(paths, options);
                                                 });
        unvalued = read.loaded.workspace;
    }
    QList<SupplyValuesDialog::Entry> out;
    QSet<QString> seen;
    const auto add = [&](const Workspace &workspace) {
        for (const WorkspaceInput &input : workspace.inputs) {
            if (seen.contains(input.name))
                continue;
            seen.insert(input.name);
            SupplyValuesDialog::Entry entry;
            entry.input = input;
            for (const auto &[group, use] : workspace.usesOfInput(input.name)) {
                UnresolvedValue placed = use;
                if (placed.file.isEmpty())
                    placed.file = workspace.groups.at(group).source.file;
                entry.uses << placed;
            }
            entry.value = m_values.value(input.name);
            if (looksSecret(input.name, entry.value))
                entry.input.sensitive = true; // shown as dots and kept for the session, as declared ones
            entry.open = std::any_of(current.inputs.cbegin(), current.inputs.cend(), [&](const WorkspaceInput &i) { return i.name == input.name; });
            if (entry.input.sensitive)
                session().sensitive[key].insert(input.name);
            out << entry;
        }
    };
    if (unvalued)
        add(*unvalued);
    add(current); // inputs that only values given now bring up (a branch of a condition)
    QStringList rest = m_values.keys();
    rest.sort();
    for (const QString &name : std::as_const(rest)) {
        if (seen.contains(name))
            continue;
        // Given before, used by none of the files now: shown so that it can be cleared.
        SupplyValuesDialog::Entry entry;
        entry.input.name = name;
        entry.input.declared = false;
        entry.value = m_values.value(name);
        entry.open = false;
        out << entry;
    }
    return out;
}

bool ValuesController::supplyValues()
{
    if (m_paths.isEmpty() || !m_document->hasDocument())
        return false;
    const QList<SupplyValuesDialog::Entry> entries = this->entries();
    const bool variables = std::any_of(entries.cbegin(), entries.cend(), [](const SupplyValuesDialog::Entry &e) {
        return e.input.kind == WorkspaceInput::Kind::Variable && !e.input.file.isEmpty();
    });
    SupplyValuesDialog dialog(workspaceName(), entries, m_files, variables || m_document->sourceFormat() == u"terraform-hcl", m_window);
    if (DialogRunner::exec(dialog) != QDialog::Accepted || !dialog.problem().isEmpty())
        return false;
    const QHash<QString, QString> values = dialog.values();
    const QStringList files = dialog.variableFiles();
    if (values == m_values && files == m_files)
        return false;
    return reload(values, files);
}

bool ValuesController::reload(const QHash<QString, QString> &values, const QStringList &variableFiles)
{
    if (m_paths.isEmpty())
        return false;
    if (m_document->isModified()) {
        const auto answer = MessageBox::question(
            m_window, tr("Reload — SG Assist"),
            tr("Reading %1 again with the new values replaces its rules as they are now: your unsaved changes to them are "
               "lost.\n\nReload anyway?")
                .arg(workspaceName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Yes, tr("&Reload and Discard Changes")}, {QMessageBox::Cancel, tr("Cancel")}});
        if (answer != QMessageBox::Yes)
            return false;
    }
    LoadOptions options;
    options.variables = values;
    options.variableFiles = variableFiles;
    m_reloading = true; // said once the files are read (in the background, for large ones)
    const QStringList paths = m_paths;
    const bool reloaded = m_open(paths, options);
    if (!reloaded)
        m_reloading = false;
    return reloaded;
}

void ValuesController::refresh()
{
    const bool document = m_document->hasDocument() && !m_paths.isEmpty();
    const Workspace workspace = document ? m_document->workspace() : Workspace();
    QStringList names;
    for (const WorkspaceInput &input : workspace.inputs) {
        if (!names.contains(input.name))
            names << input.name;
    }
    int inert = 0;
    for (const WorkspaceGroup &group : workspace.groups) {
        QSet<QString> rules;
        for (const UnresolvedValue &open : group.unresolved) {
            if (open.inert && !open.input.isEmpty())
                rules.insert(open.resource);
        }
        inert += int(rules.size());
    }
    m_bar->setOpenValues(int(names.size()), inert, names);
    m_action->setEnabled(document && (m_takesValues || !names.isEmpty() || !m_values.isEmpty() || !m_files.isEmpty()));
    m_action->setToolTip(m_action->isEnabled() ? m_action->statusTip()
                                               : tr("Only Terraform files and ROS templates have variables or parameters"));
    m_findings->setValuesSuppliable(!names.isEmpty());
}

} // namespace sg::ui
