// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "io/document.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sg {

// The audit report handed to someone else: the group, the findings by severity with their
// recommendations, the exposure chart and every rule with its risk, as one self-contained HTML page.
// Every text that comes from a file (descriptions, ids, names, notes) is escaped.
class AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(sg::AuditReport)

public:
    struct Input
    {
        Document document;
        AnalysisResult analysis;
        QString sourceName;    // the file the rules came from, for the heading
        QDateTime generated;   // when; passed in so that reports are reproducible
        QString chartImageUrl; // an <img> source for the exposure chart ("data:image/png;base64,..."), or empty
    };

    static QString html(const Input &input);
};

} // namespace sg
