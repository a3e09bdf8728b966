// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace sg::ui {

// Installs Qt's own translations for `locale` (Debian: qt6-translations-l10n), so that what Qt
// draws itself speaks the same language as SG Assist: the wizard's Back, Next and Finish, standard
// dialog buttons, the file dialog. False when Qt has none for the locale (English needs none).
bool installQtTranslations(const QLocale &locale);

} // namespace sg::ui
