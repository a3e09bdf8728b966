// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkinfo.h"
#include "catalogue/servicecatalogue.h"

#include <QIODevice>

namespace sg {

// The reports of `sgassist-cli catalogue` (every service with its ports, scope, sensitivity and the
// source document's recommendation) and `sgassist-cli checks` (every check).
namespace CatalogueReport {

QString writeText(const ServiceCatalogue &catalogue, QIODevice &device);
// {"services": [Service::toJson(), ...]}
QString writeJson(const ServiceCatalogue &catalogue, QIODevice &device);

// The checks `check` runs, one line each: "id  severity  title", the ids padded to one column so
// the list reads as a table and `cut -d' ' -f1` (or the shell completions) still finds the id first.
QString writeChecksText(const QList<CheckInfo> &checks, QIODevice &device);
// {"checks": [{"id", "severity", "category", "title", "description", "recommendation"}]}
QString writeChecksJson(const QList<CheckInfo> &checks, QIODevice &device);

} // namespace CatalogueReport
} // namespace sg
