// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpanel.h"

#include "dialogseams.h"
#include "io/formatregistry.h"
#include "messagelabel.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace sg::ui {

ExportPanel::ExportPanel(QWidget *parent)
    : QWidget(parent), m_formats(new QListWidget(this)), m_folder(new QLineEdit(this)), m_baseName(new QLineEdit(this)),
      m_problem(new MessageLabel(this)), m_createFolder(new QPushButton(tr("&Create Folder"), this))
{
    m_formats->setObjectName(QStringLiteral("exportFormats"));
    for (const RuleFormat *format : FormatRegistry::instance().writers()) {
        QString label = QStringLiteral("%1 (%2)").arg(format->displayName(), format->id());
        if (format->maxRulesPerFile() > 0)
            label += u' ' + tr("— at most %1 rules a file; larger sets are split").arg(format->maxRulesPerFile());
        auto *item = new QListWidgetItem(label, m_formats);
        item->setData(Qt::UserRole, format->id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_formats, &QListWidget::itemChanged, this, &ExportPanel::changed);

    m_folder->setObjectName(QStringLiteral("exportFolder"));
    auto *browse = new QPushButton(tr("Brow&se…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    connect(browse, &QPushButton::clicked, this, &ExportPanel::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportPanel::changed);
    m_createFolder->setObjectName(QStringLiteral("exportCreateFolder"));
    m_createFolder->setToolTip(tr("Create the folder, with any missing folders above it"));
    connect(m_createFolder, &QPushButton::clicked, this, &ExportPanel::createFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(m_createFolder);
    folderRow->addWidget(browse);

    m_baseName->setObjectName(QStringLiteral("exportBaseName"));
    m_baseName->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[^/\\\\:*?\"<>|]+")), m_baseName));
    connect(m_baseName, &QLineEdit::textChanged, this, &ExportPanel::changed);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // Mnemonics: none of B, N and F, which a wizard's Back, Next and Finish take.
    form->addRow(tr("Fo&rmats:"), m_formats);
    // A row holding a layout gets no buddy from addRow: give the label one, or "&" shows literally.
    auto *folderLabel = new QLabel(tr("Fol&der:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("File n&ame:"), m_baseName);
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    form->addRow(QString(), m_problem);
    connect(this, &ExportPanel::changed, this, &ExportPanel::update);
    update();
}

QString ExportPanel::problem() const
{
    const ExportChoice c = choice();
    if (c.formatIds.isEmpty())
        return tr("Choose at least one format.");
    if (c.folder.isEmpty())
        return tr("Choose the folder to write to.");
    if (!QFileInfo(c.folder).isDir()) {
        return QFileInfo::exists(c.folder) ? tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(c.folder))
                                           : tr("The folder %1 does not exist: create it, or choose another.")
                                                 .arg(QDir::toNativeSeparators(c.folder));
    }
    if (c.baseName.isEmpty())
        return tr("Enter a file name.");
    return {};
}

void ExportPanel::update()
{
    const QString reason = problem();
    m_problem->setText(reason.isEmpty() ? QString() : QStringLiteral("\u2716 ") + reason);
    m_problem->setVisible(!reason.isEmpty());
    const QString folder = m_folder->text().trimmed();
    m_createFolder->setVisible(!folder.isEmpty() && !QFileInfo::exists(folder));
}

void ExportPanel::createFolder()
{
    const QString folder = m_folder->text().trimmed();
    if (!QDir().mkpath(folder))
        MessageBox::warning(this, tr("Cannot Create Folder — SG Assist"), tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    Q_EMIT changed();
}

ExportChoice ExportPanel::choice() const
{
    ExportChoice out;
    for (int i = 0; i < m_formats->count(); ++i) {
        if (m_formats->item(i)->checkState() == Qt::Checked)
            out.formatIds.append(m_formats->item(i)->data(Qt::UserRole).toString());
    }
    out.folder = m_folder->text().trimmed();
    out.baseName = m_baseName->text().trimmed();
    return out;
}

void ExportPanel::setChoice(const ExportChoice &choice)
{
    for (int i = 0; i < m_formats->count(); ++i) {
        QListWidgetItem *item = m_formats->item(i);
        item->setCheckState(choice.formatIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_folder->setText(choice.folder);
    m_baseName->setText(choice.baseName);
}

bool ExportPanel::isComplete() const
{
    return problem().isEmpty();
}

QString ExportPanel::fileNameFor(const QString &baseName, const QString &formatId)
{
    const RuleFormat *format = FormatRegistry::instance().find(formatId);
    const QString suffix = format ? format->suffix() : QStringLiteral("txt");
    if (formatId == u"project")
        return baseName + u'.' + suffix;
    return baseName + u'-' + formatId + u'.' + suffix;
}

void ExportPanel::browse()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Export To — SG Assist"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

} // namespace sg::ui
