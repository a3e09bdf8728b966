// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuesbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace sg::ui {

namespace {

// Names shown in the bar before "and N more".
constexpr int NamesShown = 3;

} // namespace

ValuesBar::ValuesBar(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_supply(new QPushButton(tr("Supp&ly Values…"), this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("valuesBar"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's alternate base: set apart from the table in light and dark themes alike.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(icon, icon));
    m_text->setObjectName(QStringLiteral("valuesBarText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_supply->setObjectName(QStringLiteral("supplyValuesButton"));
    m_supply->setToolTip(tr("Give the variables or parameters a value and read the files again with them"));
    m_close->setObjectName(QStringLiteral("valuesBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_close->setToolTip(tr("Hide this bar; File > Supply Values… gives the values later"));
    m_close->setAccessibleName(tr("Hide"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_supply);
    layout->addWidget(m_close);
    connect(m_supply, &QPushButton::clicked, this, &ValuesBar::supplyRequested);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ValuesBar::setOpenValues(int count, int inert, const QStringList &names)
{
    if (count <= 0) {
        hide();
        return;
    }
    QString named = names.mid(0, NamesShown).join(QStringLiteral(", "));
    if (names.size() > NamesShown)
        named = tr("%1 and %n more", nullptr, int(names.size() - NamesShown)).arg(named);
    QString text = tr("The files give no value to %n variable(s) or parameter(s): %1.", nullptr, count).arg(named);
    if (inert > 0)
        text += u' ' + tr("%n rule(s) match no traffic until they have one.", nullptr, inert);
    m_text->setText(text);
    show();
}

} // namespace sg::ui
