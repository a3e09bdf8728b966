// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sg {

// How bad a finding is, ordered from least to most severe so that max() and comparisons work.
enum class Severity : quint8 {
    Info,
    Low,
    Medium,
    High,
    Critical
};

// Stable ids for reports and settings: "info", "low", "medium", "high", "critical".
QString toId(Severity severity);
std::optional<Severity> severityFromId(QStringView id);
// Translated, for people.
QString displayName(Severity severity);
// Every severity, most severe first (the order reports list them in).
QList<Severity> allSeveritiesDescending();

} // namespace sg
