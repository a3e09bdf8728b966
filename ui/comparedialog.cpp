// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace sg::ui {

CompareDialog::CompareDialog(const Comparison &comparison, const QString &beforeName, const QString &afterName, QWidget *parent)
    : QDialog(parent),
      m_view(new CompareView(comparison, beforeName, afterName, this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare — SG Assist"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(1200, 720);
}

} // namespace sg::ui
