// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelabel.h"

#include "riskpalette.h"

#include <QApplication>
#include <QEvent>

namespace sg::ui {

MessageLabel::MessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    applyColour();
}

void MessageLabel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    applyColour();
}

void MessageLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColour();
}

void MessageLabel::applyColour()
{
    // Derived from the application palette, not our own (which we set here).
    const RiskPalette risk(QApplication::palette(this));
    QPalette p = palette();
    switch (m_kind) {
    case Kind::Error: p.setColor(QPalette::WindowText, risk.errorText()); break;
    case Kind::Warning: p.setColor(QPalette::WindowText, risk.warningText()); break;
    case Kind::Note: p.setColor(QPalette::WindowText, QApplication::palette(this).color(QPalette::WindowText)); break;
    }
    const QSignalBlocker blocker(this);
    setPalette(p);
}

} // namespace sg::ui
