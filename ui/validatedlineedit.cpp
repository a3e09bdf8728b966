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
    m_warning->setVisible(false);
    addAction(m_warning, QLineEdit::TrailingPosition);
    connect(this, &QLineEdit::textChanged, this, &ValidatedLineEdit::recheck);
    recheck();
}

void ValidatedLineEdit::recheck()
{
    const QString problem = m_check ? m_check(text()) : QString();
    const bool changed = problem.isEmpty() != m_problem.isEmpty();
    m_problem = problem;
    m_warning->setVisible(!problem.isEmpty());
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
