// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

namespace sg::ui {

// Applies the light, dark or system palette to the whole application. Risk colours follow
// automatically because RiskPalette derives them from the palette in use.
void applyTheme(Settings::Theme theme);

} // namespace sg::ui
