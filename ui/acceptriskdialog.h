// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/exemption.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sg::ui {

class MessageLabel;

// "Accept This Risk…": the reason (required), the last day it is accepted (required, after today,
// picked from a calendar) and the baseline file the exemption is added to, which
// `sgassist-cli check --baseline` reads too. It shows the exemptions it will write; the caller writes them.
class AcceptRiskDialog : public QDialog
{
    Q_OBJECT

public:
    // `findings` of `group`, all to be accepted with the same reason and date; `today` is the day
    // exemptions are judged on; `baselinePath` the file to add to (empty: the user must choose one).
    AcceptRiskDialog(const WorkspaceGroup &group, const QList<Finding> &findings, QDate today, const QString &baselinePath,
                     QWidget *parent = nullptr);

    QString reason() const;
    // The chosen last day, or an invalid date while none is chosen.
    QDate expires() const;
    QString baselinePath() const;
    // The exemptions the dialog's choices give, one per finding (duplicates merged).
    QList<Exemption> exemptions() const;

    QLineEdit *reasonEdit() const { return m_reason; }
    QDateEdit *expiresEdit() const { return m_expires; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *acceptButton() const { return m_accept; }
    // What still keeps the dialog from accepting, or empty.
    QString problem() const;

private:
    void update();
    void choosePath();

    WorkspaceGroup m_group;
    QList<Finding> m_findings;
    QDate m_today;
    QLineEdit *m_reason;
    QDateEdit *m_expires;
    QLineEdit *m_path;
    QLabel *m_preview;
    MessageLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
};

} // namespace sg::ui
