// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainreport.h"

#include "io/jsonwriter.h"

namespace sg::ExplainReport {

QString writeText(const EniDecision &decision, QIODevice &device)
{
    const QString text = (decision.decision.allowed ? QStringLiteral("ALLOWED\n") : QStringLiteral("DENIED\n"))
        + decision.decision.explanation + u'\n';
    return device.write(text.toUtf8()) < 0 ? device.errorString() : QString();
}

QString writeJson(const EniDecision &decision, QIODevice &device)
{
    const Decision &d = decision.decision;
    JsonWriter w(device);
    w.beginObject();
    w.field(QLatin1StringView("allowed"), d.allowed);
    w.key(QLatin1StringView("decidingRule"));
    if (d.decidingRule > 0)
        w.value(d.decidingRule);
    else
        w.null();
    w.field(QLatin1StringView("reason"), toId(d.reason));
    w.field(QLatin1StringView("explanation"), d.explanation);
    w.field(QLatin1StringView("decidingGroup"), d.reason == Decision::Reason::Rule ? decision.decidingGroupKey : QString());
    w.key(QLatin1StringView("decidingRuleId"));
    if (d.reason == Decision::Reason::Rule)
        w.value(decision.decidingRuleId);
    else
        w.null();
    if (!decision.missingGroups.isEmpty()) {
        w.key(QLatin1StringView("missingGroups"));
        w.beginArray();
        for (const QString &id : decision.missingGroups)
            w.value(id);
        w.endArray();
    }
    w.endObject();
    return w.finishWithError();
}

} // namespace sg::ExplainReport
