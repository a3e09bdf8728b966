// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleenums.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

// Every GUI test runs with its own settings and data directories, never the user's.
inline void isolateGuiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SG Assist Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("sgassist-tests"));
}

// The model rules as "TCP 22/22 203.0.113.10/32" lines, for exact comparisons.
template <typename Model>
QStringList ruleLines(const Model &model)
{
    QStringList out;
    for (const auto &r : model.ruleSet().rules)
        out << QStringLiteral("%1 %2 %3").arg(sg::toApiString(r.protocol), r.ports.toString(), r.peer.text());
    return out;
}
