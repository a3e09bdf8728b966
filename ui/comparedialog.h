// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compareview.h"

#include <QDialog>

namespace sg::ui {

// File > Compare: a CompareView of two rule sets in a window of its own.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    using Comparison = CompareView::Comparison;
    static Comparison compare(const RuleSet &before, const RuleSet &after) { return CompareView::compare(before, after); }

    CompareDialog(const Comparison &comparison, const QString &beforeName, const QString &afterName, QWidget *parent = nullptr);
    // Compares at once (small sets, tests).
    CompareDialog(const RuleSet &before, const QString &beforeName, const RuleSet &after, const QString &afterName,
                  QWidget *parent = nullptr)
        : CompareDialog(compare(before, after), beforeName, afterName, parent)
    {
    }

    CompareView *view() const { return m_view; }
    const RuleSetDiff &diff() const { return m_view->diff(); }
    QTableView *beforeView() const { return m_view->beforeView(); }
    QTableView *afterView() const { return m_view->afterView(); }
    QListWidget *introduced() const { return m_view->introduced(); }
    QListWidget *resolved() const { return m_view->resolved(); }

private:
    CompareView *m_view;
};

} // namespace sg::ui
