// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "dialogseams.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sg::ui {

ExportDialog::ExportDialog(const ExportChoice &initial, QWidget *parent)
    : QDialog(parent), m_panel(new ExportPanel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export — SG Assist"));
    m_panel->setChoice(initial);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    const auto update = [this, exportButton] { exportButton->setEnabled(m_panel->isComplete()); };
    connect(m_panel, &ExportPanel::changed, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    addDialogButtons(this, layout, m_buttons);
    resize(620, 420);
}

} // namespace sg::ui
