// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

#include <functional>

namespace sg::ui {

// A line edit that checks its text as the user types and says what is wrong right in the field:
// a warning icon with the reason as its tooltip, and an accessible description for screen readers.
class ValidatedLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    // Returns an empty string when the text is acceptable, otherwise the reason it is not.
    using Check = std::function<QString(const QString &)>;

    explicit ValidatedLineEdit(Check check, QWidget *parent = nullptr);

    QString problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }

    // Checks for the port and source fields of a rule, shared by the table, the dialogs and the wizard.
    static QString checkPorts(const QString &text);
    static QString checkEndpoint(const QString &text);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void recheck();

    Check m_check;
    QString m_problem;
    QAction *m_warning;
};

} // namespace sg::ui
