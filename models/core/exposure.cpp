// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exposure.h"

#include <QCoreApplication>

namespace sg {

QString toId(Exposure exposure)
{
    switch (exposure) {
    case Exposure::Scoped: return QStringLiteral("scoped");
    case Exposure::Private: return QStringLiteral("private");
    case Exposure::AlibabaService: return QStringLiteral("alibaba-service");
    case Exposure::PublicNarrow: return QStringLiteral("public-narrow");
    case Exposure::PublicWide: return QStringLiteral("public-wide");
    case Exposure::Internet: return QStringLiteral("internet");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<Exposure> exposureFromId(QStringView id)
{
    for (Exposure e : allExposures()) {
        if (id.compare(toId(e), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

QString displayName(Exposure exposure)
{
    switch (exposure) {
    case Exposure::Scoped: return QCoreApplication::translate("sg::Exposure", "Group or prefix list");
    case Exposure::Private: return QCoreApplication::translate("sg::Exposure", "Private network");
    case Exposure::AlibabaService: return QCoreApplication::translate("sg::Exposure", "Alibaba Cloud service");
    case Exposure::PublicNarrow: return QCoreApplication::translate("sg::Exposure", "Public, narrow");
    case Exposure::PublicWide: return QCoreApplication::translate("sg::Exposure", "Public, wide");
    case Exposure::Internet: return QCoreApplication::translate("sg::Exposure", "Internet");
    }
    Q_UNREACHABLE();
    return QString();
}

QList<Exposure> allExposures()
{
    return {Exposure::Scoped, Exposure::Private, Exposure::AlibabaService, Exposure::PublicNarrow,
            Exposure::PublicWide, Exposure::Internet};
}

} // namespace sg
