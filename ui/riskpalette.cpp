// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskpalette.h"

#include <QApplication>
#include <QStyle>

namespace sg::ui {

RiskPalette::RiskPalette(const QPalette &palette)
    : m_palette(palette), m_dark(palette.color(QPalette::Base).lightness() < 128)
{
}

QColor RiskPalette::blend(const QColor &accent, qreal amount) const
{
    // Mix the accent into the base colour: strong enough to see, weak enough to keep text readable.
    const QColor base = m_palette.color(QPalette::Base);
    const qreal a = m_dark ? amount * 1.4 : amount;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + accent.redF() * a),
                            float(base.greenF() * (1 - a) + accent.greenF() * a),
                            float(base.blueF() * (1 - a) + accent.blueF() * a));
}

QColor RiskPalette::exposureTint(Exposure exposure) const
{
    switch (exposure) {
    case Exposure::Internet: return blend(QColor(0xd3, 0x2f, 0x2f), 0.22);
    case Exposure::PublicWide: return blend(QColor(0xef, 0x8a, 0x00), 0.22);
    case Exposure::PublicNarrow:
    case Exposure::AlibabaService:
    case Exposure::Private:
    case Exposure::Scoped: break;
    }
    return {};
}

QColor RiskPalette::severityColour(Severity severity) const
{
    switch (severity) {
    case Severity::Critical: return m_dark ? QColor(0xff, 0x5c, 0x5c) : QColor(0xc6, 0x28, 0x28);
    case Severity::High: return m_dark ? QColor(0xff, 0x9e, 0x40) : QColor(0xe6, 0x6a, 0x00);
    case Severity::Medium: return m_dark ? QColor(0xf5, 0xd0, 0x4c) : QColor(0xc9, 0xa2, 0x00);
    case Severity::Low: return m_dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x6f, 0xd6);
    case Severity::Info: return m_dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x7a, 0x7a, 0x7a);
    }
    return {};
}

QColor RiskPalette::severityTint(Severity severity) const
{
    switch (severity) {
    case Severity::Critical: return blend(severityColour(severity), 0.20);
    case Severity::High: return blend(severityColour(severity), 0.16);
    case Severity::Medium: return blend(severityColour(severity), 0.14);
    case Severity::Low:
    case Severity::Info: break;
    }
    return {};
}

QIcon RiskPalette::severityIcon(Severity severity) const
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Critical: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::High:
    case Severity::Medium: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Low:
    case Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QColor RiskPalette::errorText() const
{
    return m_dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor RiskPalette::warningText() const
{
    return m_dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00);
}

QIcon RiskPalette::exposureIcon(Exposure exposure) const
{
    if (!isWide(exposure))
        return {};
    return QApplication::style()->standardIcon(exposure == Exposure::Internet ? QStyle::SP_MessageBoxCritical
                                                                              : QStyle::SP_MessageBoxWarning);
}

} // namespace sg::ui
