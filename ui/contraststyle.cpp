// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contraststyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>

namespace sg::ui {

QColor ContrastStyle::indicatorOutline(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int a, int b) { return (a * 55 + b * 45) / 100; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue()));
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    QColor outline = indicatorOutline(option->palette);
    if (!(option->state & State_Enabled))
        outline.setAlphaF(0.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(outline, 1));
    if (element == PE_IndicatorCheckBox) {
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    } else {
        // Fusion's circle: centred one pixel down and right, radius half the width less one.
        const QRect rect = option->rect;
        const QPointF centre = QPointF(rect.center()) + QPointF(1, 1);
        const qreal radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1;
        painter->drawEllipse(centre, radius, radius);
    }
    painter->restore();
}

} // namespace sg::ui
