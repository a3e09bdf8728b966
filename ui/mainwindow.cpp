// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "cataloguedock.h"
#include "dialogseams.h"
#include "io/fileio.h"
#include "io/formatregistry.h"
#include "io/rulefiles.h"
#include "plan/rulebuilder.h"
#include "problemsdialog.h"
#include "ruleitemdelegate.h"
#include "table/ruletablemodel.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace sg::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_model(new RuleTableModel(ServiceCatalogue::builtIn(), this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_filter(new QLineEdit(this)),
      m_groupLabel(new QLabel(this)),
      m_countLabel(new QLabel(this)),
      m_catalogueDock(new CatalogueDock(ServiceCatalogue::builtIn(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RuleTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    createCentralArea();
    createActions();
    addDockWidget(Qt::RightDockWidgetArea, m_catalogueDock);
    resizeDocks({m_catalogueDock}, {460}, Qt::Horizontal);
    statusBar()->addPermanentWidget(m_countLabel);
    m_countLabel->setObjectName(QStringLiteral("ruleCountLabel"));
    updateTitleAndStatus();
    resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralArea()
{
    // Shown until a document is open: what to do first, with the actions that do it.
    auto *welcome = new QWidget(this);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *welcomeLayout = new QVBoxLayout(welcome);
    auto *heading = new QLabel(tr("<h2>SG Assist</h2><p>Review Alibaba Cloud security group rules for E-HPC "
                                  "clusters and Workbench tools.</p><p>Open the output of <code>aliyun ecs "
                                  "DescribeSecurityGroupAttribute</code>, an SG Assist project or a setup plan, "
                                  "or drop a file on this window.</p>"),
                               welcome);
    heading->setWordWrap(true);
    heading->setAlignment(Qt::AlignCenter);
    auto *openButton = new QPushButton(tr("&Open a Rule File…"), welcome);
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(heading);
    welcomeLayout->addWidget(openButton, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch();

    auto *rulesPage = new QWidget(this);
    rulesPage->setObjectName(QStringLiteral("rulesPage"));
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    auto *bar = new QHBoxLayout;
    m_groupLabel->setObjectName(QStringLiteral("groupLabel"));
    m_groupLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setObjectName(QStringLiteral("ruleFilter"));
    m_filter->setPlaceholderText(tr("Filter rules (port, address, service, description)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(360);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    bar->addWidget(m_groupLabel, 1);
    bar->addWidget(m_filter);
    rulesLayout->addLayout(bar);

    m_table->setObjectName(QStringLiteral("ruleTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new RuleItemDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    rulesLayout->addWidget(m_table);

    m_stack->addWidget(welcome);
    m_stack->addWidget(rulesPage);
    setCentralWidget(m_stack);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *toggleCatalogue = m_catalogueDock->toggleViewAction();
    toggleCatalogue->setObjectName(QStringLiteral("actionToggleCatalogue"));
    toggleCatalogue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    viewMenu->addAction(toggleCatalogue);
    QAction *find = viewMenu->addAction(tr("&Filter Rules"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setObjectName(QStringLiteral("actionFilter"));
    find->setShortcut(QKeySequence::Find);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About SG Assist"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(open);
}

void MainWindow::chooseAndOpen()
{
    QStringList filters;
    filters << tr("Rule files and plans (*.json *.sgassist)");
    for (const RuleFormat *format : FormatRegistry::instance().readers())
        filters << QStringLiteral("%1 (*.%2)").arg(format->displayName(), format->suffix());
    filters << tr("All files (*)");
    const QString path = FileDialog::getOpenFileName(this, tr("Open Rule File — SG Assist"),
                                                     QFileInfo(m_path).absolutePath(), filters.join(QStringLiteral(";;")));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    // A setup plan is built into rules; anything else is read as a rule file.
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly) && SetupPlan::looksLikePlan(probe.peek(RuleFiles::SniffBytes))) {
        const FileBytes bytes = readAllPadded(probe);
        Parsed<SetupPlan> plan = SetupPlan::fromJson(bytes.bytes, path);
        if (!bytes.error.isEmpty())
            plan.diagnostics.prepend(Diagnostic::error(SourceLocation{path}, bytes.error));
        Parsed<RuleSet> built;
        if (plan.ok())
            built = RuleBuilder().build(plan.value, path);
        const Diagnostics all = plan.diagnostics + built.diagnostics;
        if (!plan.ok() || !built.ok()) {
            showProblems(path, tr("The setup plan cannot be built. Nothing was changed."), all);
            return false;
        }
        Document document;
        document.ruleSet = built.value;
        document.plan = plan.value;
        setDocument(document, path, tr("setup plan"));
        if (!all.isEmpty())
            showProblems(path, tr("The plan was built with warnings."), all);
        return true;
    }
    probe.close();

    const RuleFiles::LoadResult loaded = RuleFiles::load(path);
    if (!loaded.ok()) {
        showProblems(path,
                     loaded.ioError ? tr("The file could not be read. Nothing was changed.")
                                    : tr("The file has problems and was not opened; the current document is unchanged. "
                                         "Fix these and open it again."),
                     loaded.diagnostics);
        return false;
    }
    setDocument(loaded.document, path, loaded.format->displayName());
    if (!loaded.diagnostics.isEmpty())
        showProblems(path, tr("The file was opened with warnings."), loaded.diagnostics);
    return true;
}

void MainWindow::setDocument(const Document &document, const QString &path, const QString &formatName)
{
    m_document = document;
    m_path = path;
    m_formatName = formatName;
    m_model->setRuleSet(document.ruleSet);
    m_table->resizeColumnsToContents();
    m_stack->setCurrentIndex(1);
    updateTitleAndStatus();
    statusBar()->showMessage(tr("Opened %1 (%2)").arg(QFileInfo(path).fileName(), formatName), 5000);
}

void MainWindow::showProblems(const QString &path, const QString &summary, const Diagnostics &diagnostics)
{
    m_lastProblems = diagnostics;
    if (MessageBox::takeAnswer(nullptr, summary))
        return; // answered through the test seam
    ProblemsDialog dialog(path, summary, diagnostics, this);
    dialog.exec();
}

void MainWindow::updateTitleAndStatus()
{
    const GroupInfo &group = m_document.ruleSet.group;
    if (m_path.isEmpty()) {
        setWindowTitle(tr("SG Assist"));
    } else {
        setWindowTitle(tr("%1 — SG Assist").arg(QFileInfo(m_path).fileName()));
    }
    QStringList parts;
    if (!group.securityGroupId.isEmpty())
        parts << group.securityGroupId;
    if (!group.name.isEmpty())
        parts << group.name;
    if (!group.regionId.isEmpty())
        parts << group.regionId;
    parts << (group.type == GroupType::Enterprise ? tr("enterprise group") : tr("basic group"));
    m_groupLabel->setText(parts.join(QStringLiteral(" · ")));
    const qsizetype count = m_document.ruleSet.rules.size();
    m_countLabel->setText(count == 1 ? tr("1 rule") : tr("%1 rules").arg(count));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
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
