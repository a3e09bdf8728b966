// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatedlineedit.h"

#include "core/endpoint.h"
#include "core/portrange.h"

#include <QAction>
#include <QStyle>

namespace sg::ui {

ValidatedLineEdit::ValidatedLineEdit(Check check, QWidget *parent)
    : QLineEdit(parent), m_check(std::move(check)), m_warning(new QAction(this))
{
    m_warning->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    connect(this, &QLineEdit::textChanged, this, &ValidatedLineEdit::recheck);
    recheck();
}

void ValidatedLineEdit::recheck()
{
    const QString problem = m_check ? m_check(text()) : QString();
    const bool changed = problem.isEmpty() != m_problem.isEmpty();
    m_problem = problem;
    // Added only while there is a problem: Qt 6.4 shows a hidden trailing action's button anyway.
    if (problem.isEmpty())
        removeAction(m_warning);
    else if (!actions().contains(m_warning))
        addAction(m_warning, QLineEdit::TrailingPosition);
    m_warning->setToolTip(problem);
    setToolTip(problem);
    setAccessibleDescription(problem);
    if (changed)
        Q_EMIT validityChanged(problem.isEmpty());
}

QString ValidatedLineEdit::checkPorts(const QString &text)
{
    return PortRange::parseLenient(text).error;
}

QString ValidatedLineEdit::checkEndpoint(const QString &text)
{
    return Endpoint::parse(text).error;
}

} // namespace sg::ui
