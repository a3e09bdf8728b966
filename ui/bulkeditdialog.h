// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QStackedWidget;

namespace sg::ui {

// Sets one column to the same value for every selected rule (a bulk edit). Each rule is checked
// with the new value as the API would check it; the change is offered only when all rules take it.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(const QList<Rule> &rules, QWidget *parent = nullptr);

    // The edited rules, in the order given; meaningful after the dialog was accepted.
    QList<Rule> editedRules() const { return m_edited; }
    QString problem() const { return m_problem; }

    // For tests and keyboard users: choose the column (a RuleTableModel::Column) and the value.
    void setColumn(int column);
    void setValue(const QVariant &value);

private:
    QVariant currentValue() const;
    void recompute();

    QList<Rule> m_rules;
    QList<Rule> m_edited;
    QString m_problem;
    QComboBox *m_column;
    QStackedWidget *m_editors;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace sg::ui
