// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouderrorlabel.h"

namespace sg::ui {

CloudErrorLabel::CloudErrorLabel(QWidget *parent)
    : MessageLabel(parent)
{
    setObjectName(QStringLiteral("cloudError"));
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    hide();
}

QString CloudErrorLabel::details(const EcsError &error)
{
    QStringList lines;
    if (!error.action.isEmpty())
        lines << tr("Action: %1").arg(error.action);
    if (!error.code.isEmpty())
        lines << tr("Code: %1").arg(error.code);
    if (error.httpStatus != 0 && error.code.isEmpty())
        lines << tr("HTTP status: %1").arg(error.httpStatus);
    lines << tr("Message: %1").arg(error.message);
    if (!error.requestId.isEmpty())
        lines << tr("Request id: %1").arg(error.requestId);
    return lines.join(u'\n');
}

void CloudErrorLabel::showError(const QString &summary, const EcsError &error)
{
    m_error = error;
    if (error.kind == EcsError::Kind::Cancelled) {
        setKind(Kind::Note);
        setText(summary);
    } else {
        setKind(Kind::Error);
        setText(QStringLiteral("\u2716 ") + summary + u'\n' + details(error));
    }
    show();
}

void CloudErrorLabel::showMessage(const QString &text, Kind kind)
{
    m_error.reset();
    setKind(kind);
    setText(kind == Kind::Error ? QStringLiteral("\u2716 ") + text : text);
    setVisible(!text.isEmpty());
}

void CloudErrorLabel::clearMessage()
{
    m_error.reset();
    clear();
    hide();
}

} // namespace sg::ui
