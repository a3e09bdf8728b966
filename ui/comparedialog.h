// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/rulesetdiff.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTableView;

namespace sg {
class RuleTableModel;
}

namespace sg::ui {

class DiffMarkProxy;

// Before and after side by side: rules removed, added and changed marked in both lists (by a sign
// and a tint), the group's changes, and the findings the change introduces and resolves. The same
// engine as `sgassist-cli diff`.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const RuleSet &before, const QString &beforeName, const RuleSet &after, const QString &afterName,
                  QWidget *parent = nullptr);

    const RuleSetDiff &diff() const { return m_diff; }
    QTableView *beforeView() const { return m_beforeView; }
    QTableView *afterView() const { return m_afterView; }
    QListWidget *introduced() const { return m_introduced; }
    QListWidget *resolved() const { return m_resolved; }

private:
    RuleSetDiff m_diff;
    RuleTableModel *m_beforeModel;
    RuleTableModel *m_afterModel;
    QTableView *m_beforeView;
    QTableView *m_afterView;
    QLabel *m_summary;
    QListWidget *m_introduced;
    QListWidget *m_resolved;
};

} // namespace sg::ui
