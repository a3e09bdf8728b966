// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sg::ui {

ProblemsDialog::ProblemsDialog(const QString &fileName, const QString &summary, const Diagnostics &diagnostics,
                               QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("problemsDialog"));
    setWindowTitle(tr("Problems in %1 — SG Assist").arg(QFileInfo(fileName).fileName()));

    auto *label = new QLabel(summary, this);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("problemsSummary"));

    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Kind"), tr("Where"), tr("Problem")});
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Diagnostic &d : diagnostics) {
        SourceLocation where = d.location;
        where.file = QFileInfo(where.file).fileName();
        auto *item = new QTreeWidgetItem(m_list, {d.isError() ? tr("Error") : tr("Warning"), where.toString(), d.message});
        item->setIcon(0, d.isError() ? errorIcon : warningIcon);
        item->setToolTip(2, d.message);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyProblemsButton"));
    connect(copy, &QPushButton::clicked, this, [diagnostics] {
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines.append(d.toString());
        QApplication::clipboard()->setText(lines.join(u'\n'));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(760, 360);
}

} // namespace sg::ui
