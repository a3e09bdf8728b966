// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

Parsed<Document> RuleFormat::read(QIODevice &device, const QString &fileName) const
{
    Q_UNUSED(device);
    Parsed<Document> out;
    out.diagnostics.append(Diagnostic::error(
        SourceLocation{fileName},
        QCoreApplication::translate("sg::RuleFormat", "the %1 format cannot be read").arg(id())));
    return out;
}

QString RuleFormat::write(const Document &document, QIODevice &device) const
{
    Q_UNUSED(document);
    Q_UNUSED(device);
    return QCoreApplication::translate("sg::RuleFormat", "the %1 format cannot be written").arg(id());
}

} // namespace sg
