// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compareview.h"
#include "workspace/fixer.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace sg::ui {

class AddressDetector;
class MessageLabel;

// "Fix…" on findings of one group: narrow their rules to sources the user lists, or remove them,
// keeping the addresses that must still reach SSH and RDP (the user's own, which it offers to
// detect, and the Workbench ranges the group uses). The fix (Fixer) and its comparison are computed
// on a worker as the choices change; the dialog shows the lockout proof (each kept address, before
// and after), the changes refused because they would cut one, the changes made, and before and
// after in the compare view. The caller applies fixedRules() as one undo step.
class FixDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Narrow,
        Remove
    };

    // `findings` are of `workspace.groups[group]`, with rule positions of its rules as they are.
    FixDialog(const Workspace &workspace, int group, const QList<Finding> &findings, QWidget *parent = nullptr);
    ~FixDialog() override;

    Mode mode() const;
    // True while the fix of the choices as they are now is being computed.
    bool isBusy() const;
    // The fix of the choices as they are (once !isBusy()); the last one while they have problems.
    const FixResult &fix() const { return m_result; }
    // The group's rules after the fix: what Apply puts in the document.
    QList<Rule> fixedRules() const;
    // The user asked to apply the fixed group to Alibaba Cloud afterwards.
    bool applyToCloud() const;
    // Why the choices cannot be used as they are (a line that is not an address), or empty.
    QString problem() const { return m_problem; }

    QRadioButton *narrowButton() const { return m_narrow; }
    QRadioButton *removeButton() const { return m_remove; }
    QPlainTextEdit *sourcesEdit() const { return m_sources; }
    QPlainTextEdit *keepEdit() const { return m_keep; }
    QPushButton *detectButton() const { return m_detect; }
    QListWidget *proofList() const { return m_proof; }
    QListWidget *changesList() const { return m_changes; }
    CompareView *compareView() const { return m_compare; }
    QCheckBox *applyToCloudBox() const { return m_applyToCloud; }
    QPushButton *applyButton() const { return m_apply; }
    AddressDetector *detector() const { return m_detector; }

Q_SIGNALS:
    // A fix of the choices as they are is shown.
    void resultReady();

private:
    struct Outcome
    {
        quint64 generation = 0;
        FixResult fix;
        CompareView::Comparison comparison;
    };

    void choicesChanged();
    void start();
    void finished();
    void display(const Outcome &outcome);
    void detectAddress();
    void addKeptAddress(const QString &address);
    // The addresses of an edit, one a line (commas and spaces also separate); problems named.
    QList<Endpoint> addressesOf(const QPlainTextEdit *edit, const QString &what, QStringList *problems) const;

    Workspace m_workspace;
    int m_group;
    QList<Finding> m_findings;
    FixOptions m_options; // of the choices as they are, when they have no problem
    QString m_problem;
    FixResult m_result;
    quint64 m_generation = 0; // counts changes of the choices
    quint64 m_shown = 0;      // the generation of the result shown

    QRadioButton *m_narrow;
    QRadioButton *m_remove;
    QPlainTextEdit *m_sources;
    QPlainTextEdit *m_keep;
    QPushButton *m_detect;
    QLabel *m_detectState;
    MessageLabel *m_summary;
    QListWidget *m_proof;
    QListWidget *m_changes;
    QVBoxLayout *m_compareLayout;
    CompareView *m_compare = nullptr;
    QCheckBox *m_applyToCloud;
    QPushButton *m_apply;
    AddressDetector *m_detector;

    // The fix runs on a pool of its own (see AnalysisController): Qt's painting waits on the global one.
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_debounce;
};

} // namespace sg::ui
