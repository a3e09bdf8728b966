// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportpanel.h"
#include "io/document.h"

class QWidget;

namespace sg::ui {

// Writes a document in the chosen formats. Existing files are never overwritten without asking;
// every file is written atomically.
struct ExportOutcome
{
    QStringList written;
    QStringList errors;
    bool cancelled = false; // the user declined to overwrite
};
ExportOutcome exportDocument(QWidget *parent, const Document &document, const ExportChoice &choice);
// The files of an export that exist already (names only).
QStringList existingExportFiles(const Document &document, const ExportChoice &choice);
// Asks whether to replace the files of an export that exist already; true when there are none or
// the user agrees.
bool confirmReplace(QWidget *parent, const Document &document, const ExportChoice &choice);

} // namespace sg::ui
