// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sg::ui {

class MessageLabel;
class ValidatedLineEdit;

// Adds or edits one whole rule: every field at once, checked together as the API would, so that
// changes which only make sense together (protocol and ports) can be made. OK stays disabled,
// with the reason shown, until the rule is valid.
class RuleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RuleDialog(QWidget *parent = nullptr);

    void setRule(const Rule &rule);
    // The rule as entered; only meaningful when isValid().
    Rule rule() const;
    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

private:
    void revalidate();

    Rule m_base; // keeps what the dialog does not show (id, services, refinements)
    QString m_problem;
    QComboBox *m_direction;
    QComboBox *m_policy;
    QComboBox *m_protocol;
    ValidatedLineEdit *m_ports;
    QLabel *m_peerLabel;
    ValidatedLineEdit *m_peer;
    QSpinBox *m_priority;
    QComboBox *m_nicType;
    QLineEdit *m_description;
    MessageLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace sg::ui
