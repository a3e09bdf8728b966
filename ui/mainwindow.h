// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/document.h"
#include "workspace/workspaceloader.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;

namespace sg {
class RuleTableModel;
}

namespace sg::ui {

class AnalysisController;
class AskDock;
class ConnectivityDock;
class ExposureChartDock;
class AutosaveManager;
class CloudAccount;
class DriftIndicator;
class FindingActions;
class FindingsDock;
class CatalogueDock;
class DocumentLoader;
struct LoadOutcome;
class DocumentController;
class NotesDock;
class RulesView;
class SetupWizard;
class ValuesController;
class WorkspaceNavigator;

// The application window: the rule editor of the open document with its docks, menus and files.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a rule file (any readable format, detected from content), a setup plan (which is
    // built), a project, or a folder (every rule file in it; network interface files say which
    // groups each interface carries; other files are skipped). Input with errors is not loaded: its
    // problems are listed and the open document stays. Large input is read in the background: the
    // call returns true at once and fileOpened follows.
    bool openFile(const QString &path);
    // Opens several files and folders as one workspace (the Open dialog's selection, a drop).
    bool openPaths(const QStringList &paths);
    // Saves the project document to `path` (atomically); false with a message on failure.
    bool saveProjectAs(const QString &path);
    // Opens the wizard's result as a new, unsaved document and writes the exports it chose.
    void applyWizardResult(const SetupWizard &wizard);
    // Writes the audit report of the open document: HTML or PDF by the file's suffix.
    bool exportReport(const QString &path);
    // Compares the open document (after) with a rule file (before); false when the file is unusable.
    bool compareWith(const QString &path);
    // Offers to restore documents left unsaved by a crash; call once after the window is shown.
    void offerRecovery();
    // File > Open from Alibaba Cloud and Apply to Alibaba Cloud (the current group); the dialogs
    // are modal. The account they and the drift check use.
    void openFromCloud();
    void applyToCloud();
    CloudAccount *cloudAccount() const { return m_cloudAccount; }
    DriftIndicator *driftIndicator() const { return m_drift; }

    DocumentController *documentController() const { return m_document; }
    AnalysisController *analysisController() const { return m_analysis; }
    FindingsDock *findingsDock() const { return m_findingsDock; }
    // Fix…, Accept This Risk… and the workspace's baseline file.
    FindingActions *findingActions() const { return m_findingActions; }
    AskDock *askDock() const { return m_askDock; }
    ConnectivityDock *connectivityDock() const { return m_connectivityDock; }
    CatalogueDock *catalogueDock() const { return m_catalogueDock; }
    ExposureChartDock *exposureDock() const { return m_exposureDock; }
    WorkspaceNavigator *navigator() const { return m_navigator; }
    // Supply Values… in the bar that says values are missing, the findings and the File menu.
    ValuesController *valuesController() const { return m_values; }
    Document document() const;
    RuleTableModel *ruleModel() const;
    RulesView *rulesView() const { return m_rules; }
    QTableView *ruleTable() const;
    // The problems last listed to the user (for tests and the status bar).
    const Diagnostics &lastProblems() const { return m_lastProblems; }
    // The files the last export wrote.
    const QStringList &lastExported() const { return m_lastExported; }

Q_SIGNALS:
    // A file finished opening (ok) or was refused or cancelled (!ok).
    void fileOpened(const QString &path, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void newDocument();
    void chooseAndOpen();
    void chooseFolderAndOpen();
    bool save();
    bool saveAs();
    void exportFiles();
    void editGroup();
    bool maybeSave();
    void rebuildRecentMenu();
    bool openPaths(const QStringList &paths, const LoadOptions &values);
    bool applyLoadOutcome(const QStringList &paths, const LoadOutcome &outcome);
    void updateServices();
    void showProblems(const QString &path, const QString &summary, const Diagnostics &diagnostics);
    void updateTitle();
    void updateStatus();
    void updateActions();
    void updateChartFilter();
    void fitDocks();
    int navigatorWidth() const; // at most a fifth of the window
    void showAbout();
    void changeLanguage(const QString &id);

    DocumentController *m_document;
    RulesView *m_rules;
    QStackedWidget *m_stack;
    CatalogueDock *m_catalogueDock;
    NotesDock *m_notesDock;
    AutosaveManager *m_autosave;
    AnalysisController *m_analysis;
    FindingsDock *m_findingsDock;
    FindingActions *m_findingActions;
    AskDock *m_askDock;
    ConnectivityDock *m_connectivityDock;
    ExposureChartDock *m_exposureDock;
    WorkspaceNavigator *m_navigator;
    ValuesController *m_values;
    QLabel *m_severityLabel;
    bool m_selectingFromFindings = false;
    DocumentLoader *m_loader;
    QLabel *m_countLabel;
    QLabel *m_limitsLabel;
    QProgressBar *m_analysisProgress;
    CloudAccount *m_cloudAccount;
    DriftIndicator *m_drift;
    QAction *m_applyToCloudAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_documentActions;  // need an open document
    QList<QAction *> m_selectionActions; // need selected rules
    QList<QAction *> m_moveActions;      // need selected rules in file order
    QList<QAction *> m_editActions;      // need a group shown (an interface's merged rules are read-only)
    QAction *m_fileOrderAction = nullptr;
    Diagnostics m_lastProblems;
    QStringList m_lastExported;
};

} // namespace sg::ui
