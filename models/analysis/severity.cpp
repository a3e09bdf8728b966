// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "severity.h"

#include <QCoreApplication>

namespace sg {

QString toId(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Low: return QStringLiteral("low");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::High: return QStringLiteral("high");
    case Severity::Critical: return QStringLiteral("critical");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<Severity> severityFromId(QStringView id)
{
    for (Severity s : allSeveritiesDescending()) {
        if (id.trimmed().compare(toId(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QCoreApplication::translate("sg::Severity", "Info");
    case Severity::Low: return QCoreApplication::translate("sg::Severity", "Low");
    case Severity::Medium: return QCoreApplication::translate("sg::Severity", "Medium");
    case Severity::High: return QCoreApplication::translate("sg::Severity", "High");
    case Severity::Critical: return QCoreApplication::translate("sg::Severity", "Critical");
    }
    Q_UNREACHABLE();
    return QString();
}

QList<Severity> allSeveritiesDescending()
{
    return {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info};
}

} // namespace sg
