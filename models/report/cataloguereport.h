// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/servicecatalogue.h"

#include <QIODevice>

namespace sg {

// The reports of `sgassist-cli catalogue`: every service with its ports, scope, sensitivity and the
// source document's recommendation.
namespace CatalogueReport {

QString writeText(const ServiceCatalogue &catalogue, QIODevice &device);
// {"services": [Service::toJson(), ...]}
QString writeJson(const ServiceCatalogue &catalogue, QIODevice &device);

} // namespace CatalogueReport
} // namespace sg
