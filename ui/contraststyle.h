// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace sg::ui {

// Fusion with check boxes and radio buttons that stay visible on a dark palette: Fusion outlines
// them in a shade darker than the window, which all but disappears on a dark base. This draws the
// outline again in a colour between the text and the base (about 4.5:1 against the base).
class ContrastStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // The outline colour of an unchecked indicator on this palette.
    static QColor indicatorOutline(const QPalette &palette);
};

} // namespace sg::ui
