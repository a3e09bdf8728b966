// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "openfromclouddialog.h"

#include "cloudaccount.h"
#include "cloudaccountpanel.h"
#include "clouderrorlabel.h"
#include "dialogseams.h"
#include "operationprogress.h"
#include "settings.h"

#include "cloud/pulloperation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sg::ui {
namespace {

enum Column {
    IdColumn,
    NameColumn,
    TypeColumn,
    VpcColumn,
    ColumnCount
};

// A pulled region's folder: "cn-hangzhou-security-groups".
constexpr QLatin1StringView FolderSuffix{"-security-groups"};

} // namespace

OpenFromCloudDialog::OpenFromCloudDialog(CloudAccount *account, Opener opener, QWidget *parent)
    : QDialog(parent), m_opener(std::move(opener)), m_panel(new CloudAccountPanel(account, this)), m_list(new QPushButton(tr("Lis&t Groups"), this)), m_filter(new QLineEdit(this)), m_groups(new QTreeWidget(this)), m_checkAll(new QPushButton(tr("&Check All"), this)), m_uncheckAll(new QPushButton(tr("&Uncheck All"), this)), m_interfaces(new QCheckBox(tr("Also read the region's &network interfaces (which instances each group protects)"), this)), m_folder(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)), m_progress(new OperationProgress(this)), m_message(new CloudErrorLabel(this)), m_pull(new QPushButton(tr("&Pull and Open"), this)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("openFromCloudDialog"));
    setWindowTitle(tr("Open from Alibaba Cloud — SG Assist"));
    m_list->setObjectName(QStringLiteral("cloudListGroups"));
    m_list->setToolTip(tr("Read the names of the region's security groups (DescribeSecurityGroups); no rules yet."));
    m_filter->setObjectName(QStringLiteral("cloudGroupFilter"));
    m_filter->setPlaceholderText(tr("Filter by id, name or VPC"));
    m_filter->setClearButtonEnabled(true);
    m_groups->setObjectName(QStringLiteral("cloudGroups"));
    m_groups->setColumnCount(ColumnCount);
    m_groups->setHeaderLabels({tr("Security group"), tr("Name"), tr("Type"), tr("VPC")});
    m_groups->setRootIsDecorated(false);
    m_groups->setUniformRowHeights(true);
    m_groups->setSortingEnabled(true);
    m_groups->sortByColumn(IdColumn, Qt::AscendingOrder);
    m_groups->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checkAll->setObjectName(QStringLiteral("cloudCheckAll"));
    m_uncheckAll->setObjectName(QStringLiteral("cloudUncheckAll"));
    m_interfaces->setObjectName(QStringLiteral("cloudReadInterfaces"));
    m_interfaces->setChecked(true);
    m_folder->setObjectName(QStringLiteral("cloudFolder"));
    m_folder->setPlaceholderText(tr("the folder to write the groups into"));
    m_browse->setObjectName(QStringLiteral("cloudBrowseFolder"));
    m_pull->setObjectName(QStringLiteral("cloudPull"));
    m_pull->setToolTip(tr("Read the ticked groups with every rule (Describe actions only), write one file per group into "
                          "the folder, and open the folder."));
    m_close->setObjectName(QStringLiteral("cloudClose"));

    auto *accountBox = new QGroupBox(tr("Account and region"), this);
    auto *accountLayout = new QVBoxLayout(accountBox);
    accountLayout->addWidget(m_panel);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list);
    listRow->addStretch();
    accountLayout->addLayout(listRow);

    auto *groupsLabel = new QLabel(tr("&Groups to pull:"), this);
    groupsLabel->setBuddy(m_groups);
    auto *groupsHeader = new QHBoxLayout;
    groupsHeader->addWidget(groupsLabel);
    groupsHeader->addStretch();
    groupsHeader->addWidget(m_filter);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkAll);
    checkRow->addWidget(m_uncheckAll);
    checkRow->addStretch();
    auto *folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_pull, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_pull, &QPushButton::clicked, this, &OpenFromCloudDialog::pull);
    connect(m_close, &QPushButton::clicked, this, &OpenFromCloudDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(accountBox);
    layout->addLayout(groupsHeader);
    layout->addWidget(m_groups, 1);
    layout->addLayout(checkRow);
    layout->addWidget(m_interfaces);
    layout->addLayout(folderRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_list, &QPushButton::clicked, this, &OpenFromCloudDialog::listGroups);
    connect(m_panel, &CloudAccountPanel::accountChanged, this, &OpenFromCloudDialog::accountChanged);
    connect(m_panel, &CloudAccountPanel::submitted, this, &OpenFromCloudDialog::listGroups);
    connect(m_filter, &QLineEdit::textChanged, this, &OpenFromCloudDialog::filterGroups);
    connect(m_groups, &QTreeWidget::itemChanged, this, &OpenFromCloudDialog::updateButtons);
    const auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_groups->topLevelItemCount(); ++i) {
            if (!m_groups->topLevelItem(i)->isHidden())
                m_groups->topLevelItem(i)->setCheckState(IdColumn, state);
        }
    };
    connect(m_checkAll, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(m_uncheckAll, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    connect(m_folder, &QLineEdit::textEdited, this, [this] {
        m_folderEdited = true;
        updateButtons();
    });
    connect(m_browse, &QPushButton::clicked, this, &OpenFromCloudDialog::chooseFolder);

    resize(760, 640);
    updateButtons();
}

OpenFromCloudDialog::~OpenFromCloudDialog()
{
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->cancel();
    }
}

bool OpenFromCloudDialog::isBusy() const
{
    return m_panel->isOpening() || (m_operation && m_operation->isRunning());
}

void OpenFromCloudDialog::setBusy(bool busy)
{
    m_panel->setBusy(busy);
    m_list->setEnabled(!busy);
    m_groups->setEnabled(!busy);
    m_folder->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_interfaces->setEnabled(!busy);
    m_close->setText(busy ? tr("Cancel") : tr("Close"));
    updateButtons();
}

void OpenFromCloudDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool listed = m_groups->topLevelItemCount() > 0;
    m_checkAll->setEnabled(!busy && listed);
    m_uncheckAll->setEnabled(!busy && listed);
    m_pull->setEnabled(!busy && !checkedGroupIds().isEmpty() && !m_folder->text().trimmed().isEmpty());
    // Enter lists the groups until there are some, then pulls.
    m_list->setDefault(!listed);
    m_pull->setDefault(listed);
}

void OpenFromCloudDialog::accountChanged()
{
    if (isBusy())
        return;
    // Groups listed with another account or region are not this one's.
    m_groups->clear();
    m_listedRegion.clear();
    if (m_client)
        m_client->deleteLater();
    m_message->clearMessage();
    updateButtons();
}

void OpenFromCloudDialog::listGroups()
{
    if (isBusy())
        return;
    if (!m_panel->commitShowing(m_message)) {
        Q_EMIT listingFinished(false);
        return;
    }
    if (m_operation)
        m_operation->deleteLater();
    if (m_client)
        m_client->deleteLater();
    m_groups->clear();
    setBusy(true);
    m_panel->openAccount(
        this, {}, m_progress, m_message,
        [this](EcsClient *client) {
            m_client = client;
            PullOperation::Options options;
            options.readRules = false;
            options.readNetworkInterfaces = false;
            m_operation = new PullOperation(m_client, options, this);
            m_progress->follow(m_operation);
            connect(m_operation, &CloudOperation::finished, this, &OpenFromCloudDialog::listed);
            m_operation->start();
            updateButtons();
        },
        [this] {
            setBusy(false);
            Q_EMIT listingFinished(false);
        });
}

bool OpenFromCloudDialog::operationSucceeded(const QString &cancelled, const QString &failed)
{
    setBusy(false);
    if (m_operation->succeeded())
        return true;
    m_message->showError(m_operation->wasCancelled() ? cancelled : failed, *m_operation->error());
    return false;
}

void OpenFromCloudDialog::listed()
{
    if (!operationSucceeded(tr("Listing the groups was cancelled."), tr("The security groups could not be listed."))) {
        Q_EMIT listingFinished(false);
        return;
    }
    const PullOperation *listing = m_operation;
    m_panel->rememberIfAsked();
    const PullResult &result = listing->result();
    m_listedRegion = result.regionId;
    m_groups->setSortingEnabled(false);
    for (const RuleSet &set : result.groups) {
        auto *item = new QTreeWidgetItem(m_groups);
        item->setText(IdColumn, set.group.securityGroupId);
        item->setText(NameColumn, set.group.name);
        item->setText(TypeColumn, set.group.type == GroupType::Enterprise ? tr("Enterprise") : tr("Basic"));
        item->setText(VpcColumn, set.group.vpcId);
        item->setToolTip(NameColumn, set.group.description);
        item->setCheckState(IdColumn, Qt::Unchecked);
    }
    m_groups->setSortingEnabled(true);
    filterGroups(m_filter->text());
    if (!m_folderEdited) {
        // Next to the folder last opened; when that was a pulled folder, beside it rather than in it.
        QDir base(Settings::value(Settings::Key::LastOpenFolder).toString());
        if (base.dirName().endsWith(FolderSuffix))
            base.cdUp();
        m_folder->setText(QDir::toNativeSeparators(base.filePath(m_listedRegion + FolderSuffix)));
    }
    m_message->showMessage(result.groups.isEmpty()
                               ? tr("%1 has no security groups that %2 may see.").arg(m_listedRegion, m_client->credentialsDescription())
                               : tr("%n security group(s) in %1, read with %2. Tick those to pull.", nullptr,
                                    int(result.groups.size()))
                                     .arg(m_listedRegion, m_client->credentialsDescription()),
                           MessageLabel::Kind::Note);
    updateButtons();
    m_groups->setFocus();
    Q_EMIT listingFinished(true);
}

QStringList OpenFromCloudDialog::checkedGroupIds() const
{
    QStringList ids;
    for (int i = 0; i < m_groups->topLevelItemCount(); ++i) {
        if (m_groups->topLevelItem(i)->checkState(IdColumn) == Qt::Checked)
            ids << m_groups->topLevelItem(i)->text(IdColumn);
    }
    return ids;
}

void OpenFromCloudDialog::filterGroups(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_groups->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_groups->topLevelItem(i);
        bool shown = wanted.isEmpty();
        for (int column : {IdColumn, NameColumn, VpcColumn})
            shown = shown || item->text(column).contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
    }
}

void OpenFromCloudDialog::chooseFolder()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Pull Into Folder — SG Assist"),
                                                            m_folder->text().isEmpty()
                                                                ? Settings::value(Settings::Key::LastOpenFolder).toString()
                                                                : m_folder->text());
    if (folder.isEmpty())
        return;
    m_folder->setText(folder);
    m_folderEdited = true;
    updateButtons();
}

void OpenFromCloudDialog::pull()
{
    if (isBusy() || !m_client)
        return;
    const QStringList ids = checkedGroupIds();
    const QString folder = QDir::cleanPath(m_folder->text().trimmed());
    if (ids.isEmpty() || folder.isEmpty())
        return;
    const QDir directory(folder);
    if (directory.exists() && !directory.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const auto answer = MessageBox::question(
            this, tr("Folder Not Empty — SG Assist"),
            tr("%1 already holds files. The pulled groups replace files of the same name; the other files stay and open "
               "with them.\n\nPull into this folder?")
                .arg(QDir::toNativeSeparators(folder)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
            {{QMessageBox::Yes, tr("&Pull Into It")}, {QMessageBox::No, tr("Choose &Another")}});
        if (answer != QMessageBox::Yes)
            return;
    }
    m_message->clearMessage();
    PullOperation::Options options;
    // Every group ticked means the region's every group, as `sgassist-cli pull` without --group.
    if (ids.size() != m_groups->topLevelItemCount())
        options.groupIds = ids;
    options.readNetworkInterfaces = m_interfaces->isChecked();
    if (m_operation)
        m_operation->deleteLater();
    m_operation = new PullOperation(m_client, options, this);
    m_operation->setProperty("folder", folder);
    m_progress->follow(m_operation);
    connect(m_operation, &CloudOperation::finished, this, &OpenFromCloudDialog::pulled);
    m_operation->start();
    setBusy(true);
}

void OpenFromCloudDialog::pulled()
{
    if (!operationSucceeded(tr("The pull was cancelled; nothing was written."),
                            tr("The security groups could not be read; nothing was written."))) {
        Q_EMIT pullFinished(false);
        return;
    }
    const PullOperation *pulling = m_operation;
    const QString folder = pulling->property("folder").toString();
    const PullResult &result = pulling->result();
    const PullResult::SaveResult saved = result.save(folder);
    if (!saved.error.isEmpty()) {
        m_message->showMessage(tr("Nothing was written: %1").arg(saved.error));
        Q_EMIT pullFinished(false);
        return;
    }
    m_pulledFolder = folder;
    Q_EMIT pullFinished(true);
    accept();
    if (m_opener)
        m_opener(folder);
}

void OpenFromCloudDialog::reject()
{
    if (m_panel->isOpening()) {
        m_panel->cancelOpening(m_progress);
        setBusy(false);
        return;
    }
    if (m_operation && m_operation->isRunning()) {
        m_operation->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace sg::ui
