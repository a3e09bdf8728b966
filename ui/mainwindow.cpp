// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysis/analyzer.h"
#include "analysiscontroller.h"
#include "applytoclouddialog.h"
#include "askdock.h"
#include "autosavemanager.h"
#include "backgroundtask.h"
#include "baselinecontroller.h"
#include "cataloguedock.h"
#include "cloudaccount.h"
#include "comparedialog.h"
#include "connectivitydock.h"
#include "core/limits.h"
#include "dialogseams.h"
#include "documentcontroller.h"
#include "documentloader.h"
#include "driftindicator.h"
#include "exportdialog.h"
#include "exporter.h"
#include "exposurechartdock.h"
#include "exposureplot.h"
#include "findingactions.h"
#include "findingsdock.h"
#include "groupdialog.h"
#include "io/fileio.h"
#include "io/formatregistry.h"
#include "io/rulefiles.h"
#include "notesdock.h"
#include "openfromclouddialog.h"
#include "plan/rulebuilder.h"
#include "problemsdialog.h"
#include "reportexporter.h"
#include "rulesview.h"
#include "settings.h"
#include "table/ruletablemodel.h"
#include "theme.h"
#include "valuesbar.h"
#include "valuescontroller.h"
#include "wizard/setupwizard.h"
#include "workspacenavigator.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sg::ui {
namespace {

// The width of the report's chart in CSS pixels (AuditReport shows it at this width).
constexpr int ReportChartWidth = 900;
// From this many rules an analysis takes long enough to show a busy bar.
constexpr int LargeSetRules = 5000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_document(new DocumentController(this)),
      m_rules(new RulesView(m_document, this)),
      m_stack(new QStackedWidget(this)),
      m_catalogueDock(new CatalogueDock(ServiceCatalogue::builtIn(), this)),
      m_notesDock(new NotesDock(m_document, this)),
      m_autosave(new AutosaveManager(m_document, this)),
      m_analysis(new AnalysisController(m_document, this)),
      m_findingsDock(new FindingsDock(this)),
      m_findingActions(new FindingActions(m_document, m_analysis, m_findingsDock, this)),
      m_askDock(new AskDock(m_document, this)),
      m_connectivityDock(new ConnectivityDock(m_document, this)),
      m_exposureDock(new ExposureChartDock(this)),
      m_navigator(new WorkspaceNavigator(m_document, m_analysis, this)),
      m_values(new ValuesController(
          m_document, m_findingsDock, [this](const QStringList &paths, const LoadOptions &values) { return openPaths(paths, values); },
          this)),
      m_severityLabel(new QLabel(this)),
      m_loader(new DocumentLoader(this)),
      m_countLabel(new QLabel(this)),
      m_limitsLabel(new QLabel(this)),
      m_analysisProgress(new QProgressBar(this)),
      m_cloudAccount(new CloudAccount(this)),
      m_drift(new DriftIndicator(m_cloudAccount, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    // Shown until a document is open: what to do first, with the actions that do it.
    auto *welcome = new QWidget(this);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *welcomeLayout = new QVBoxLayout(welcome);
    auto *heading = new QLabel(tr("<h2>SG Assist</h2><p>Build and review Alibaba Cloud security group rules for E-HPC "
                                  "clusters and Workbench tools.</p><p>Start a new setup, or open the output of "
                                  "<code>aliyun ecs DescribeSecurityGroupAttribute</code>, an SG Assist project or a "
                                  "setup plan, or a folder of them with the network interfaces that carry the groups. You "
                                  "can also drop files or a folder on this window.</p>"),
                               welcome);
    heading->setWordWrap(true);
    heading->setAlignment(Qt::AlignCenter);
    auto *newButton = new QPushButton(tr("&New Setup…"), welcome);
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    auto *openButton = new QPushButton(tr("&Open a Rule File…"), welcome);
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    auto *openFolderButton = new QPushButton(tr("Open a &Folder…"), welcome);
    openFolderButton->setObjectName(QStringLiteral("welcomeOpenFolderButton"));
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newDocument);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    connect(openFolderButton, &QPushButton::clicked, this, &MainWindow::chooseFolderAndOpen);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(heading);
    welcomeLayout->addWidget(newButton, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(openButton, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(openFolderButton, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch();
    m_stack->addWidget(welcome);
    m_stack->addWidget(m_rules);
    // The bar that says the files left values open sits above the rules, where they are read.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_values->bar());
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // The right docks take the full height (the connectivity test needs room for its results);
    // the findings and chart sit under the table.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_exposureDock);
    tabifyDockWidget(m_findingsDock, m_exposureDock);
    m_findingsDock->raise();
    addDockWidget(Qt::RightDockWidgetArea, m_catalogueDock);
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_askDock);
    tabifyDockWidget(m_catalogueDock, m_notesDock);
    tabifyDockWidget(m_catalogueDock, m_askDock);
    addDockWidget(Qt::RightDockWidgetArea, m_connectivityDock);
    tabifyDockWidget(m_catalogueDock, m_connectivityDock);
    m_catalogueDock->raise();
    // The groups and interfaces beside the table, on the left: the table follows what is selected.
    addDockWidget(Qt::LeftDockWidgetArea, m_navigator);
    m_navigator->hide(); // shown for workspaces of several groups or with interfaces
    resizeDocks({m_catalogueDock}, {430}, Qt::Horizontal);
    resizeDocks({m_findingsDock}, {220}, Qt::Vertical);

    createActions();
    createStatusBar();

    connect(m_document, &DocumentController::documentReset, this, [this] {
        m_stack->setCurrentIndex(m_document->hasDocument() ? 1 : 0);
        const Workspace workspace = m_document->workspace();
        const bool navigator = workspace.groups.size() > 1 || workspace.attachmentsKnown;
        const bool appears = navigator && m_navigator->isHidden();
        m_navigator->setVisible(navigator);
        if (appears && !m_navigator->isFloating())
            resizeDocks({m_navigator}, {navigatorWidth()}, Qt::Horizontal); // a hidden dock keeps no size
        fitDocks();
    });
    connect(m_document, &DocumentController::viewChanged, this, [this] {
        updateServices();
        updateStatus();
        updateActions();
    });
    connect(m_document, &DocumentController::contentChanged, this, &MainWindow::updateStatus);
    connect(m_document, &DocumentController::contentChanged, this, &MainWindow::updateActions);
    // Another document or an edit: the last drift answer was about other rules.
    for (auto signal : {&DocumentController::documentReset, &DocumentController::contentChanged})
        connect(m_document, signal, m_drift, [this] { m_drift->setGroup(m_document->model()->ruleSet(), m_document->hasDocument()); });
    connect(m_document, &DocumentController::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DocumentController::pathChanged, this, &MainWindow::updateTitle);
    connect(m_rules, &RulesView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_loader, &DocumentLoader::finished, this, &MainWindow::applyLoadOutcome);
    connect(m_analysis, &AnalysisController::analysisChanged, this, [this] {
        m_findingsDock->setAnalysis(m_analysis->result());
        m_exposureDock->setSeries(m_analysis->exposure());
        updateChartFilter();
        updateStatus();
    });
    // Results of other rules never stay on screen: they go the moment the rules change.
    connect(m_analysis, &AnalysisController::resultsStale, this, [this](int ruleCount) {
        m_findingsDock->setAnalysing(ruleCount);
        m_exposureDock->setAnalysing();
        updateStatus();
    });
    connect(m_findingActions, &FindingActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_values, &ValuesController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_findingActions, &FindingActions::applyToCloudRequested, this, &MainWindow::applyToCloud);
    connect(m_findingActions->baseline(), &BaselineController::problemsFound, this, [this](const QString &path, const Diagnostics &problems) {
        showProblems(path, tr("The baseline file has problems and is not applied: findings are shown without it."), problems);
    });
    connect(m_exposureDock, &ExposureChartDock::rulesSelected, this, [this](const QList<int> &rows) { m_rules->selectRows(rows); });
    connect(m_rules, &RulesView::filterApplied, this, &MainWindow::updateChartFilter);
    connect(m_rules, &RulesView::filterApplied, this, &MainWindow::updateStatus);
    connect(m_rules, &RulesView::sortingChanged, this, &MainWindow::updateActions);
    connect(m_askDock, &AskDock::decidingRuleChanged, this, [this](int row) { m_rules->selectRows({row}); });
    connect(m_findingsDock, &FindingsDock::rulesSelected, this, [this](const QList<int> &rows) {
        m_selectingFromFindings = true;
        m_rules->selectRows(rows);
        m_selectingFromFindings = false;
    });
    connect(m_rules, &RulesView::selectionChanged, this, [this] {
        if (!m_selectingFromFindings)
            m_findingsDock->showFindingsOfRules(m_rules->selectedRows());
    });
    connect(m_rules, &RulesView::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });

    resize(1280, 780);
    restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
    updateTitle();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

Document MainWindow::document() const
{
    return m_document->document();
}

RuleTableModel *MainWindow::ruleModel() const
{
    return m_document->model();
}

QTableView *MainWindow::ruleTable() const
{
    return m_rules->table();
}

void MainWindow::createActions()
{
    const auto add = [this](QMenu *menu, const QString &text, const char *name, const QKeySequence &shortcut,
                            auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1StringView(name));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = add(file, tr("&New Setup…"), "actionNew", QKeySequence::New, &MainWindow::newDocument);
    QAction *open = add(file, tr("&Open…"), "actionOpen", QKeySequence::Open, &MainWindow::chooseAndOpen);
    add(file, tr("Open &Folder…"), "actionOpenFolder", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        &MainWindow::chooseFolderAndOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    add(file, tr("Open from Alibaba C&loud…"), "actionOpenFromCloud", QKeySequence(), &MainWindow::openFromCloud);
    file->addSeparator();
    QAction *saveAction = add(file, tr("&Save"), "actionSave", QKeySequence::Save, [this] { save(); });
    QAction *saveAsAction = add(file, tr("Save &As…"), "actionSaveAs", QKeySequence::SaveAs, [this] { saveAs(); });
    QAction *exportAction = add(file, tr("&Export…"), "actionExport", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                &MainWindow::exportFiles);
    QAction *report = add(file, tr("Export &Report…"), "actionExportReport", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
        const QString base = m_document->displayPath().isEmpty() ? QStringLiteral("security-group")
                                                                 : QFileInfo(m_document->displayPath()).completeBaseName();
        const QString path = FileDialog::getSaveFileName(this, tr("Export Audit Report — SG Assist"),
                                                         Settings::value(Settings::Key::LastExportFolder).toString() + u'/' + base + QStringLiteral("-audit.html"),
                                                         tr("HTML page (*.html);;PDF document (*.pdf)"));
        if (!path.isEmpty())
            exportReport(path);
    });
    m_documentActions << report;
    file->addSeparator();
    QAction *compareFile = add(file, tr("Co&mpare With File…"), "actionCompareFile", QKeySequence(), [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Compare With — SG Assist"),
                                                         Settings::value(Settings::Key::LastOpenFolder).toString(),
                                                         tr("Rule files (*.json *.sgassist *.csv);;All files (*)"));
        if (!path.isEmpty())
            compareWith(path);
    });
    QAction *compareSaved = add(file, tr("Compare With Sa&ved Version"), "actionCompareSaved", QKeySequence(), [this] {
        if (!m_document->displayPath().isEmpty())
            compareWith(m_document->displayPath());
    });
    m_documentActions << compareFile << compareSaved;
    QAction *baseline = add(file, tr("&Baseline…"), "actionBaseline", QKeySequence(), [this] { m_findingActions->chooseBaseline(); });
    baseline->setToolTip(tr("Choose the file of accepted risks (sgassist-cli check --baseline) that applies to this workspace; "
                            "by default %1 beside it")
                             .arg(QLatin1StringView(BaselineController::FileName)));
    m_documentActions << baseline;
    file->addAction(m_values->valuesAction()); // enabled by its controller: files with variables or parameters
    file->addSeparator();
    m_applyToCloudAction = add(file, tr("Appl&y to Alibaba Cloud…"), "actionApplyToCloud", QKeySequence(), &MainWindow::applyToCloud);
    file->addAction(m_drift->checkAction());
    file->addSeparator();
    QAction *close = add(file, tr("&Close"), "actionClose", QKeySequence::Close, [this] {
        if (maybeSave())
            m_document->closeDocument();
    });
    file->addSeparator();
    add(file, tr("&Quit"), "actionQuit", QKeySequence::Quit, &QWidget::close);
    newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_documentActions << saveAction << saveAsAction << exportAction << close;
    rebuildRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *addRule = add(edit, tr("&Add Rule…"), "actionAddRule", QKeySequence(Qt::Key_Insert), [this] { m_rules->addRule(); });
    QAction *editRule = add(edit, tr("&Edit Rule…"), "actionEditRule", QKeySequence(Qt::ALT | Qt::Key_Return),
                            [this] { m_rules->editRule(); });
    QAction *duplicate = add(edit, tr("Dupli&cate"), "actionDuplicate", QKeySequence(Qt::CTRL | Qt::Key_D),
                             [this] { m_rules->duplicateRules(); });
    QAction *remove = add(edit, tr("&Delete"), "actionDelete", QKeySequence::Delete, [this] { m_rules->deleteRules(); });
    QAction *up = add(edit, tr("Move &Up"), "actionMoveUp", QKeySequence(Qt::ALT | Qt::Key_Up), [this] { m_rules->moveUp(); });
    QAction *down = add(edit, tr("Move Do&wn"), "actionMoveDown", QKeySequence(Qt::ALT | Qt::Key_Down),
                        [this] { m_rules->moveDown(); });
    QAction *bulk = add(edit, tr("&Bulk Edit…"), "actionBulkEdit", QKeySequence(Qt::CTRL | Qt::Key_B),
                        [this] { m_rules->bulkEdit(); });
    edit->addSeparator();
    QAction *group = add(edit, tr("Security &Group…"), "actionGroup", QKeySequence(Qt::CTRL | Qt::Key_G), &MainWindow::editGroup);
    addRule->setIcon(QIcon::fromTheme(QStringLiteral("list-add"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)));
    remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_documentActions << addRule << group;
    m_selectionActions << editRule << duplicate << remove << bulk;
    m_moveActions << up << down; // need a selection and the table in file order
    m_editActions << addRule << group << editRule << duplicate << remove << bulk << up << down;
    // The table's context menu offers the same actions.
    m_rules->table()->addActions({addRule, editRule, duplicate, remove, up, down, bulk});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, tr("&Filter Rules"), "actionFilter", QKeySequence::Find, [this] { m_rules->focusFilter(); });
    m_fileOrderAction = add(view, tr("Show in File &Order"), "actionFileOrder", QKeySequence(), [this] { m_rules->showFileOrder(); });
    m_fileOrderAction->setToolTip(tr("Undo the column sort: show the rules in the order of the file, which Move Up and Move Down change"));
    view->addSeparator();
    // Each dock's show/hide action, on Ctrl+Shift and a letter.
    const std::pair<QDockWidget *, Qt::Key> docks[] = {
        {m_navigator, Qt::Key_W},
        {m_findingsDock, Qt::Key_F},
        {m_exposureDock, Qt::Key_X},
        {m_askDock, Qt::Key_R},
        {m_connectivityDock, Qt::Key_T},
        {m_catalogueDock, Qt::Key_C},
        {m_notesDock, Qt::Key_N},
    };
    for (const auto &[dock, key] : docks) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        view->addAction(toggle);
    }
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    for (const auto &[theme, label, name] : {std::tuple{Settings::Theme::System, tr("&System"), "actionThemeSystem"},
                                             std::tuple{Settings::Theme::Light, tr("&Light"), "actionThemeLight"},
                                             std::tuple{Settings::Theme::Dark, tr("&Dark"), "actionThemeDark"}}) {
        QAction *action = themeMenu->addAction(label);
        action->setObjectName(QLatin1StringView(name));
        action->setCheckable(true);
        action->setChecked(Settings::theme() == theme);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            Settings::setTheme(theme);
            applyTheme(theme);
        });
    }

    QMenu *languageMenu = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString currentLanguage = Settings::value(Settings::Key::Language).toString();
    for (const auto &[id, label, name] : {std::tuple{QStringLiteral("system"), tr("&System"), "actionLanguageSystem"},
                                          std::tuple{QStringLiteral("en"), QStringLiteral("&English"), "actionLanguageEnglish"},
                                          std::tuple{QStringLiteral("zh_CN"), QStringLiteral("简体中文(&C)"), "actionLanguageChinese"}}) {
        QAction *action = languageMenu->addAction(label);
        action->setObjectName(QLatin1StringView(name));
        action->setCheckable(true);
        action->setChecked(currentLanguage == id);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { changeLanguage(id); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&About SG Assist"), "actionAbout", QKeySequence(), &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addActions({newAction, open, saveAction});
    toolBar->addSeparator();
    toolBar->addActions({undo, redo});
    toolBar->addSeparator();
    toolBar->addActions({addRule, remove, up, down});
}

void MainWindow::createStatusBar()
{
    m_countLabel->setObjectName(QStringLiteral("ruleCountLabel"));
    m_limitsLabel->setObjectName(QStringLiteral("limitsLabel"));
    m_severityLabel->setObjectName(QStringLiteral("severityCountsLabel"));
    // A busy bar while a large set is analysed (the analysis reports no steps of its own).
    m_analysisProgress->setObjectName(QStringLiteral("analysisProgress"));
    m_analysisProgress->setRange(0, 0);
    m_analysisProgress->setMaximumWidth(120);
    m_analysisProgress->setTextVisible(false);
    m_analysisProgress->hide();
    statusBar()->addPermanentWidget(m_analysisProgress);
    statusBar()->addPermanentWidget(m_drift);
    statusBar()->addPermanentWidget(m_severityLabel);
    statusBar()->addPermanentWidget(m_limitsLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::newDocument()
{
    if (!maybeSave())
        return;
    SetupWizard wizard(this);
    if (wizard.exec() == QDialog::Accepted)
        applyWizardResult(wizard);
}

void MainWindow::applyWizardResult(const SetupWizard &wizard)
{
    Document document;
    document.plan = wizard.plan();
    document.ruleSet = wizard.builtRules();
    m_document->setDocument(document, QString(), QString(), true);
    if (const auto choice = wizard.exportChoice()) {
        Settings::setValue(Settings::Key::ExportFormats, choice->formatIds);
        Settings::setValue(Settings::Key::LastExportFolder, choice->folder);
        const ExportOutcome outcome = exportDocument(this, document, *choice);
        m_lastExported = outcome.written;
        if (!outcome.errors.isEmpty())
            MessageBox::warning(this, tr("Export Failed — SG Assist"), outcome.errors.join(u'\n'));
        else if (!outcome.written.isEmpty())
            statusBar()->showMessage(tr("Wrote %1 file(s) to %2").arg(outcome.written.size()).arg(choice->folder), 8000);
    }
}

void MainWindow::chooseAndOpen()
{
    if (!maybeSave())
        return;
    QStringList filters;
    filters << tr("Rule files and plans (*.json *.sgassist *.csv *.tf *.yaml *.yml)");
    for (const RuleFormat *format : FormatRegistry::instance().readers())
        filters << QStringLiteral("%1 (%2)").arg(format->displayName(), format->nameFilter());
    filters << tr("All files (*)");
    const QStringList paths = FileDialog::getOpenFileNames(this, tr("Open Rule Files — SG Assist"),
                                                           Settings::value(Settings::Key::LastOpenFolder).toString(),
                                                           filters.join(QStringLiteral(";;")));
    if (!paths.isEmpty())
        openPaths(paths);
}

void MainWindow::chooseFolderAndOpen()
{
    if (!maybeSave())
        return;
    const QString folder = FileDialog::getExistingDirectory(this, tr("Open Folder — SG Assist"),
                                                            Settings::value(Settings::Key::LastOpenFolder).toString());
    if (!folder.isEmpty())
        openFile(folder);
}

bool MainWindow::openFile(const QString &path)
{
    return openPaths({path});
}

bool MainWindow::openPaths(const QStringList &paths)
{
    // Terraform variables and ROS parameters get the values given for these paths before.
    return openPaths(paths, m_values->optionsFor(paths));
}

bool MainWindow::openPaths(const QStringList &paths, const LoadOptions &values)
{
    if (m_loader->isBusy() || paths.isEmpty())
        return false;
    if (DocumentLoader::inputSize(paths) >= DocumentLoader::BackgroundThreshold) {
        m_loader->loadInBackground(paths, values);
        return true;
    }
    return applyLoadOutcome(paths, DocumentLoader::loadNow(paths, values));
}

bool MainWindow::applyLoadOutcome(const QStringList &paths, const LoadOutcome &outcome)
{
    const QString path = paths.size() == 1 ? paths.first() : QString();
    const QString name = paths.size() == 1 ? QFileInfo(path).fileName() : tr("%n item(s)", nullptr, int(paths.size()));
    const LoadedWorkspace &loaded = outcome.loaded;
    if (loaded.cancelled) {
        statusBar()->showMessage(tr("Opening %1 was cancelled; nothing was changed.").arg(name), 8000);
        Q_EMIT fileOpened(path, false);
        return false;
    }
    // Files of a folder that hold no rules are named in the status bar, not in a dialog: a README
    // beside the rule files is no problem.
    // Values the files leave open are findings, offered in the values bar: not a dialog's worth.
    Diagnostics problems;
    for (const Diagnostic &diagnostic : ValuesController::withoutOpenValueWarnings(loaded)) {
        if (!diagnostic.isError() && loaded.skipped.contains(diagnostic.location.file))
            continue;
        problems.append(diagnostic);
    }
    if (!outcome.ok || loaded.workspace.groups.isEmpty()) {
        const QString summary = outcome.sourceFormat == u"plan"
            ? tr("The setup plan cannot be built. Nothing was changed.")
            : loaded.ioError ? tr("The file could not be read. Nothing was changed.")
            : outcome.ok     ? tr("No security group rules were found. Nothing was changed.")
                             : tr("The file has problems and was not opened; the current document is unchanged. "
                                      "Fix these and open it again.");
        showProblems(path.isEmpty() ? paths.join(QStringLiteral(", ")) : path, summary, loaded.diagnostics);
        if (m_values->openFailed(paths, outcome))
            return true; // opened again without the values remembered for it
        Q_EMIT fileOpened(path, false);
        return false;
    }
    // A plan is a new rule set still to be saved; a rule file is as it was read. Several files
    // are named by the folder they are in when they share one.
    QString display = path;
    if (paths.size() > 1) {
        const QString folder = QFileInfo(paths.first()).absolutePath();
        const bool shared = std::all_of(paths.cbegin(), paths.cend(),
                                        [&](const QString &p) { return QFileInfo(p).absolutePath() == folder; });
        display = shared ? folder : QString();
    }
    // Reading the open files again (new values) keeps the group or interface shown.
    QString shownGroup;
    QString shownInterface;
    if (m_values->isOpen(paths)) {
        const Workspace before = m_document->workspace();
        if (const int g = m_document->currentGroup(); g >= 0 && g < before.groups.size())
            shownGroup = before.groups.at(g).key();
        if (const int i = m_document->currentInterface(); i >= 0 && i < before.interfaces.size())
            shownInterface = before.interfaces.at(i).id;
    }
    m_document->setWorkspace(loaded.workspace, display, outcome.sourceFormat, outcome.sourceFormat == u"plan");
    if (const qsizetype g = loaded.workspace.indexOfGroup(shownGroup); g > 0)
        m_document->showGroup(int(g));
    if (const qsizetype i = loaded.workspace.indexOfInterface(shownInterface); i >= 0)
        m_document->showInterface(int(i));
    if (!problems.isEmpty()) {
        showProblems(display, outcome.sourceFormat == u"plan" ? tr("The plan was built with warnings.") : tr("The file was opened with warnings."),
                     problems);
    }
    QString message = tr("Opened %1 (%2)").arg(name, outcome.formatName);
    if (loaded.workspace.groups.size() > 1 || loaded.workspace.attachmentsKnown)
        message += u' ' + tr("— %n group(s)", nullptr, int(loaded.workspace.groups.size()))
            + u' ' + tr("and %n network interface(s)", nullptr, int(loaded.workspace.interfaces.size()));
    if (!loaded.skipped.isEmpty()) {
        QStringList skipped;
        for (const QString &file : loaded.skipped)
            skipped << QFileInfo(file).fileName();
        message += u' ' + tr("(skipped, not rule files: %1)").arg(skipped.join(QStringLiteral(", ")));
    }
    statusBar()->showMessage(message, 8000);
    for (const QString &opened : paths)
        Settings::addRecentFile(opened);
    Settings::setValue(Settings::Key::LastOpenFolder, QFileInfo(paths.first()).absolutePath());
    rebuildRecentMenu();
    m_values->opened(paths, outcome);
    Q_EMIT fileOpened(path, true);
    return true;
}

bool MainWindow::exportReport(const QString &path)
{
    AuditReport::Input input;
    input.document = m_document->document();
    input.sourceName = QFileInfo(m_document->displayPath()).fileName();
    input.generated = QDateTime::currentDateTime();
    const int group = m_document->editGroup();
    if (m_analysis->isCurrent() && group >= 0 && group < m_analysis->workspaceAnalysis().groups.size()) {
        input.analysis = m_analysis->workspaceAnalysis().groups.at(group);
    } else {
        // The rules as they are this instant, analysed on a worker while the window stays live.
        const RuleSet rules = input.document.ruleSet;
        input.analysis = runInBackground(this, tr("Analysing the rules for the report…"),
                                         [rules] { return Analyzer().analyze(rules); });
    }
    // The chart of the same rules and analysis, drawn for the page: a font that reads in print.
    QFont font = this->font();
    font.setPointSizeF(std::max(font.pointSizeF(), 10.0));
    const RuleSet rules = input.document.ruleSet;
    const AnalysisResult analysis = input.analysis;
    const QList<ExposureBar> bars = runInBackground(this, tr("Preparing the report…"), [rules, analysis] {
        return ExposureSeries::build(rules, analysis).bars();
    });
    const QImage chart = ExposurePlot::render(bars, ReportChartWidth, font);
    const QString error = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? writeAuditReportPdf(path, input, chart)
                                                                                     : writeAuditReportHtml(path, input, chart);
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Report Failed — SG Assist"), error);
        return false;
    }
    statusBar()->showMessage(tr("Wrote the audit report to %1").arg(path), 8000);
    return true;
}

void MainWindow::openFromCloud()
{
    // Unsaved changes are asked about when the pulled folder is about to replace them.
    OpenFromCloudDialog dialog(
        m_cloudAccount, [this](const QString &folder) { return maybeSave() && openFile(folder); }, this);
    dialog.exec();
}

void MainWindow::applyToCloud()
{
    // The undo file goes next to the file the rules came from, as with `sgassist-cli apply`.
    const QFileInfo source(m_document->displayPath());
    const QString undoFolder = source.exists() ? source.absolutePath() : Settings::value(Settings::Key::LastExportFolder).toString();
    const QString name = m_document->displayPath().isEmpty() ? tr("the open rule set") : source.fileName();
    ApplyToCloudDialog dialog(m_cloudAccount, m_document->model()->ruleSet(), name, undoFolder, this);
    DialogRunner::exec(dialog);
    // The live group may have changed either way: what the indicator said before no longer holds.
    m_drift->setGroup(m_document->model()->ruleSet(), m_document->hasDocument());
    if (dialog.liveEqualsTarget())
        m_drift->showVerified();
}

bool MainWindow::compareWith(const QString &path)
{
    // The group shown (or last shown) is compared with the file's group of the same key, or with
    // the file's only group. Reading, diffing and both analyses run on a worker.
    const Document shown = m_document->document();
    const int groupIndex = m_document->editGroup();
    const Workspace workspace = m_document->workspace();
    const QString key = groupIndex >= 0 && groupIndex < workspace.groups.size() ? workspace.groups.at(groupIndex).key() : QString();
    struct Outcome
    {
        LoadOutcome loaded;
        std::optional<CompareDialog::Comparison> comparison;
    };
    const Outcome outcome = runInBackground(this, tr("Comparing with %1…").arg(QFileInfo(path).fileName()),
                                            [path, shown, key] {
                                                Outcome out;
                                                out.loaded = DocumentLoader::loadNow({path});
                                                if (!out.loaded.ok)
                                                    return out;
                                                const Workspace &other = out.loaded.loaded.workspace;
                                                qsizetype match = other.groups.size() == 1 ? 0 : other.indexOfGroup(key);
                                                if (match >= 0)
                                                    out.comparison = CompareDialog::compare(other.groups.at(match).ruleSet, shown.ruleSet);
                                                return out;
                                            });
    if (!outcome.loaded.ok) {
        showProblems(path, tr("The file to compare with has problems."), outcome.loaded.loaded.diagnostics);
        return false;
    }
    if (!outcome.comparison) {
        MessageBox::warning(this, tr("Compare — SG Assist"),
                            tr("%1 holds no group %2 to compare with.").arg(QFileInfo(path).fileName(), key));
        return false;
    }
    QString current = m_document->displayPath().isEmpty() ? tr("the open rule set")
                                                          : tr("%1 (open)").arg(QFileInfo(m_document->displayPath()).fileName());
    if (workspace.groups.size() > 1)
        current = tr("%1, group %2").arg(current, key);
    CompareDialog dialog(*outcome.comparison, QFileInfo(path).fileName(), current, this);
    if (!MessageBox::takeAnswer(nullptr, dialog.windowTitle()))
        dialog.exec();
    return true;
}

bool MainWindow::save()
{
    if (m_document->projectPath().isEmpty())
        return saveAs();
    return saveProjectAs(m_document->projectPath());
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->projectPath();
    if (suggestion.isEmpty()) {
        const QFileInfo source(m_document->displayPath());
        const QString folder = source.path().isEmpty() || m_document->displayPath().isEmpty()
            ? Settings::value(Settings::Key::LastOpenFolder).toString()
            : source.absolutePath();
        QString base = source.completeBaseName();
        if (base.isEmpty())
            base = m_document->model()->ruleSet().group.name.isEmpty() ? QStringLiteral("security-group")
                                                                       : m_document->model()->ruleSet().group.name;
        suggestion = folder + u'/' + base + QStringLiteral(".sgassist");
    }
    QString path = FileDialog::getSaveFileName(this, tr("Save Project — SG Assist"), suggestion,
                                               tr("SG Assist project (*.sgassist)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sgassist");
    return saveProjectAs(path);
}

bool MainWindow::saveProjectAs(const QString &path)
{
    const QString error = m_document->saveProject(path);
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Save Failed — SG Assist"), error);
        return false;
    }
    Settings::addRecentFile(path);
    rebuildRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::exportFiles()
{
    ExportChoice initial;
    initial.formatIds = Settings::value(Settings::Key::ExportFormats).toStringList();
    initial.folder = Settings::value(Settings::Key::LastExportFolder).toString();
    const QString display = m_document->displayPath();
    initial.baseName = display.isEmpty() ? (m_document->model()->ruleSet().group.name.isEmpty()
                                                ? QStringLiteral("security-group")
                                                : m_document->model()->ruleSet().group.name)
                                         : QFileInfo(display).completeBaseName();
    ExportDialog dialog(initial, this);
    ExportChoice choice;
    // Declining to replace existing files goes back to the dialog, with the choice as it was.
    do {
        if (dialog.exec() != QDialog::Accepted)
            return;
        choice = dialog.choice();
        choice.replaceConfirmed = confirmReplace(this, m_document->document(), choice);
    } while (!choice.replaceConfirmed);
    Settings::setValue(Settings::Key::ExportFormats, choice.formatIds);
    Settings::setValue(Settings::Key::LastExportFolder, choice.folder);
    const ExportOutcome outcome = exportDocument(this, m_document->document(), choice);
    m_lastExported = outcome.written;
    if (!outcome.errors.isEmpty())
        MessageBox::warning(this, tr("Export Failed — SG Assist"), outcome.errors.join(u'\n'));
    else if (!outcome.cancelled)
        statusBar()->showMessage(tr("Wrote %1 file(s) to %2").arg(outcome.written.size()).arg(choice.folder), 8000);
}

void MainWindow::editGroup()
{
    GroupDialog dialog(m_document->model()->ruleSet().group, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setGroup(dialog.group());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->displayPath().isEmpty() ? tr("the new rule set")
                                                             : QFileInfo(m_document->displayPath()).fileName();
    const auto answer = MessageBox::question(this, tr("Unsaved Changes — SG Assist"),
                                             tr("Save the changes to %1 before closing it?").arg(name),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save,
                                             {{QMessageBox::Save, tr("&Save")},
                                              {QMessageBox::Discard, tr("&Don't Save")},
                                              {QMessageBox::Cancel, tr("Cancel")}});
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                Settings::removeRecentFile(path);
                rebuildRecentMenu();
                MessageBox::warning(this, tr("File Not Found — SG Assist"), tr("%1 no longer exists.").arg(path));
                return;
            }
            if (maybeSave())
                openFile(path);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            Settings::setValue(Settings::Key::RecentFiles, QStringList());
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::offerRecovery()
{
    const QList<AutosaveManager::Recoverable> found = AutosaveManager::findRecoverable();
    for (const AutosaveManager::Recoverable &r : found) {
        const QString name = r.displayPath.isEmpty() ? tr("a new rule set") : QFileInfo(r.displayPath).fileName();
        const auto answer = MessageBox::question(
            this, tr("Recover Unsaved Changes? — SG Assist"),
            tr("SG Assist did not close normally. Unsaved changes to %1 from %2 were kept.\n\nRecover them?")
                .arg(name, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            const Parsed<Workspace> recovered = AutosaveManager::load(r);
            if (recovered.ok()) {
                m_document->setWorkspace(recovered.value, r.displayPath, r.sourceFormat, true);
                AutosaveManager::discard(r);
                m_autosave->saveNow(); // the recovered changes are this session's now
                return;                // one document per window
            }
            showProblems(r.snapshotPath, tr("The kept changes could not be read."), recovered.diagnostics);
        }
        AutosaveManager::discard(r);
    }
}

void MainWindow::showProblems(const QString &path, const QString &summary, const Diagnostics &diagnostics)
{
    // Errors first, as the CLI prints them: what kept the file from opening leads, warnings (about
    // other files of its folder, say) follow.
    m_lastProblems = diagnostics;
    std::stable_partition(m_lastProblems.begin(), m_lastProblems.end(), [](const Diagnostic &d) { return d.isError(); });
    if (MessageBox::takeAnswer(nullptr, summary))
        return; // answered through the test seam
    ProblemsDialog dialog(path, summary, m_lastProblems, this);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->displayPath();
    if (!m_document->hasDocument())
        setWindowTitle(tr("SG Assist"));
    else
        setWindowTitle(tr("%1[*] — SG Assist").arg(path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const int count = m_document->model()->rowCount();
    const int shown = m_rules->proxy()->rowCount();
    if (shown != count)
        m_countLabel->setText(tr("%L1 of %L2 rules shown").arg(shown).arg(count));
    else
        m_countLabel->setText(count == 1 ? tr("1 rule") : tr("%L1 rules").arg(count));
    const int files = (count + Limits::RulesPerConsoleFile - 1) / Limits::RulesPerConsoleFile;
    const int calls = (count + Limits::PermissionsPerCall - 1) / Limits::PermissionsPerCall;
    if (m_document->currentInterface() >= 0) {
        // An interface's rules are not imported or applied as one: only its own limit counts.
        m_limitsLabel->setText(tr("Interface: %1/%2 rules of its groups together").arg(count).arg(Limits::RulesPerInterface));
    } else {
        m_limitsLabel->setText(tr("Console import: %1 file(s) of ≤%2 · API: %3 call(s) of ≤%4 · Interface: %5/%6")
                                   .arg(files)
                                   .arg(Limits::RulesPerConsoleFile)
                                   .arg(calls)
                                   .arg(Limits::PermissionsPerCall)
                                   .arg(count)
                                   .arg(Limits::RulesPerInterface));
    }
    const bool roomForLimits = width() >= 1200;
    m_limitsLabel->setVisible(m_document->hasDocument() && roomForLimits);
    m_countLabel->setToolTip(roomForLimits ? QString() : m_limitsLabel->text());

    const bool current = m_analysis->isCurrent();
    if (current) {
        QStringList counts;
        const AnalysisResult &analysis = m_analysis->result();
        for (Severity severity : allSeveritiesDescending())
            counts << tr("%1 %2").arg(displayName(severity)).arg(analysis.count(severity));
        // Accepted risks are not counted by level; how many there are is still said.
        if (const int accepted = analysis.suppressedCount(); accepted > 0)
            counts << tr("%n accepted", nullptr, accepted);
        m_severityLabel->setText(counts.join(QStringLiteral(" · ")));
        m_severityLabel->setToolTip(tr("Findings by severity; the Findings panel lists them"));
    } else {
        m_severityLabel->setText(tr("Analysing…"));
        m_severityLabel->setToolTip(tr("The rules changed; their findings follow when the analysis ends"));
    }
    m_severityLabel->setVisible(m_document->hasDocument());
    m_analysisProgress->setVisible(m_document->hasDocument() && !current && count >= LargeSetRules);
}

void MainWindow::updateServices()
{
    // Offer the services of what is shown for testing: the plan's, then those its rules name.
    const Workspace workspace = m_document->workspace();
    QStringList services = workspace.plan ? workspace.plan->selectedServiceIds() : QStringList();
    for (const QString &id : ServiceCatalogue::builtIn().serviceIdsOpenedBy(m_document->model()->ruleSet().rules)) {
        if (!services.contains(id))
            services << id;
    }
    m_connectivityDock->setServices(services);
}

void MainWindow::updateChartFilter()
{
    // The chart shows what the rules left by the table's filter open.
    if (m_rules->filter()->text().isEmpty() || m_rules->proxy()->rowCount() == ruleModel()->rowCount()) {
        m_exposureDock->setVisibleRules(std::nullopt);
        return;
    }
    QSet<int> rows;
    const QAbstractItemModel *proxy = m_rules->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        rows.insert(m_rules->proxy()->mapToSource(proxy->index(row, 0)).row());
    m_exposureDock->setVisibleRules(rows);
}

void MainWindow::updateActions()
{
    const bool hasDocument = m_document->hasDocument();
    const bool hasSelection = hasDocument && !m_rules->selectedRows().isEmpty();
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(hasDocument);
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(hasSelection);
    // Moving a rule changes its position in the file: in a sorted table the row would not move.
    const bool sorted = m_rules->isSorted();
    for (QAction *action : std::as_const(m_moveActions)) {
        action->setEnabled(hasSelection && !sorted);
        action->setToolTip(sorted ? tr("The table is sorted by a column: use View > Show in File Order to move rules")
                                  : QString());
    }
    // An interface shows the merged rules of its groups: they are changed in their group.
    if (hasDocument && !m_document->isEditable()) {
        for (QAction *action : std::as_const(m_editActions)) {
            action->setEnabled(false);
            action->setToolTip(tr("The rules of a network interface are read-only here: select one of its groups to edit"));
        }
    }
    m_fileOrderAction->setEnabled(hasDocument && sorted);
    // Apply needs a group to apply to; the drift check a group that came from the cloud.
    const GroupInfo &group = m_document->model()->ruleSet().group;
    m_applyToCloudAction->setEnabled(hasDocument && checkGroupId(group.securityGroupId).isEmpty()
                                     && !group.securityGroupId.isEmpty());
    m_applyToCloudAction->setToolTip(m_applyToCloudAction->isEnabled()
                                         ? tr("Make %1 in Alibaba Cloud equal to this document, after a review").arg(group.securityGroupId)
                                         : tr("The document names no security group: set its id in Edit > Security Group"));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitDocks();
    // The limits need room; in a narrow window they move to the rule count's tooltip.
    updateStatus();
}

void MainWindow::fitDocks()
{
    // Docks keep their size when the window shrinks, taking it all from the table: keep the
    // right docks to a quarter of the width (a fifth beside the navigator, which takes another
    // fifth at most) so that the table's columns stay readable.
    const bool navigator = !m_navigator->isHidden() && !m_navigator->isFloating();
    const int widest = navigator ? width() / 5 : width() / 4;
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_catalogueDock), static_cast<QDockWidget *>(m_connectivityDock)}) {
        if (dockWidgetArea(dock) == Qt::RightDockWidgetArea && !dock->isFloating() && dock->width() > widest) {
            resizeDocks({dock}, {widest}, Qt::Horizontal);
            break; // tabified: one resize sets the area's width
        }
    }
    if (navigator && m_navigator->width() > navigatorWidth())
        resizeDocks({m_navigator}, {navigatorWidth()}, Qt::Horizontal);
}

int MainWindow::navigatorWidth() const
{
    return width() < 1700 ? width() / 5 : 340;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Every local file and folder dropped opens as one workspace.
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        if (maybeSave())
            openPaths(paths);
    }
}

void MainWindow::changeLanguage(const QString &id)
{
    if (Settings::value(Settings::Key::Language).toString() == id)
        return;
    Settings::setValue(Settings::Key::Language, id);
    // Every window's text is set when it is built: a new language needs a new start. Say so
    // plainly, and offer to restart now (reopening the file, which must be saved first).
    const auto answer = MessageBox::question(this, tr("Language — SG Assist"),
                                             tr("SG Assist shows the new language after a restart.\n\nRestart now?"),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                                             {{QMessageBox::Yes, tr("&Restart Now")}, {QMessageBox::No, tr("&Later")}});
    if (answer != QMessageBox::Yes) {
        statusBar()->showMessage(tr("The language changes the next time SG Assist starts."), 8000);
        return;
    }
    if (!maybeSave())
        return;
    QStringList arguments;
    if (m_document->hasDocument() && !m_document->isModified() && QFileInfo::exists(m_document->displayPath()))
        arguments << m_document->displayPath();
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
        MessageBox::warning(this, tr("Restart Failed — SG Assist"), tr("Start SG Assist again to see the new language."));
        return;
    }
    m_document->closeDocument(); // saved or discarded: do not ask again on close
    close();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SG Assist"),
                       tr("<h3>SG Assist %1</h3><p>Build, review and export Alibaba Cloud security group "
                          "rules for E-HPC clusters and Workbench tools.</p><p>Licensed under the GNU General "
                          "Public License, version 3 or later.</p>")
                           .arg(QStringLiteral(SGASSIST_VERSION)));
}

} // namespace sg::ui
