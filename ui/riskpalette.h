// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/severity.h"
#include "core/exposure.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace sg::ui {

// Chooses the colours and icons that mark risk, from the widget palette so that light and dark
// themes both stay readable. The domain decides how risky something is; this only decides how it looks.
class RiskPalette
{
public:
    explicit RiskPalette(const QPalette &palette);

    bool isDark() const { return m_dark; }

    // A background tint for a cell whose peer has this exposure; invalid (no tint) for narrow peers.
    QColor exposureTint(Exposure exposure) const;
    // An icon that tells the same thing without colour; null for narrow peers.
    QIcon exposureIcon(Exposure exposure) const;

    // A row tint for a rule whose worst finding has this severity; invalid (no tint) below medium.
    QColor severityTint(Severity severity) const;
    // The colour that stands for a severity (chart bars, badges); always valid.
    QColor severityColour(Severity severity) const;
    // An icon per severity, so that the level reads without colour.
    QIcon severityIcon(Severity severity) const;

    // Text colours for messages that read well on the window background.
    QColor errorText() const;
    QColor warningText() const;

private:
    QColor blend(const QColor &accent, qreal amount) const;

    QPalette m_palette;
    bool m_dark = false;
};

} // namespace sg::ui
