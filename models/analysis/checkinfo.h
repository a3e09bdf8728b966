// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "severity.h"

#include <QAnyStringView>
#include <QList>
#include <QString>

namespace sg {

// What one check of the catalogue looks for: for documentation, SARIF rule metadata and the GUI.
struct CheckInfo
{
    QString id;                         // stable: reports, SARIF ruleId and suppressions use it
    Severity severity = Severity::Info; // the default; exposure checks scale it with the source's width
    QString category;                   // "exposure", "egress", "practice", "rule-set", "limits", "workspace", "baseline"
    QString title;                      // short, translated
    QString description;                // one or two sentences, translated
    QString recommendation;             // what to do, translated; exposure checks of a catalogue service use the
                                        // source document's own recommendation instead
};

// Every check the Analyzer runs, in a stable order (exposure first, then egress, practices,
// rule-set analysis and limits). docs/risk-model.md lists the same table.
QList<CheckInfo> checkCatalogue();
// The ids alone, in catalogue order (no translation: cheap).
QStringList checkIds();
// The check with that id, or a default CheckInfo with an empty id.
CheckInfo checkInfo(QAnyStringView id);

} // namespace sg
