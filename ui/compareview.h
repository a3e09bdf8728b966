// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/rulesetdiff.h"

#include <QCoreApplication>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace sg {
class RuleTableModel;
}

namespace sg::ui {

// Before and after side by side: rules removed, added and changed marked in both lists (by a sign
// and a tint), the group's changes, and the findings the change introduces and resolves. The same
// engine as `sgassist-cli diff`. Shown by CompareDialog and by the plan of Apply to Alibaba Cloud.
class CompareView : public QWidget
{
    // The view was taken out of CompareDialog; its strings keep the context they are translated in.
    Q_DECLARE_TR_FUNCTIONS(sg::ui::CompareDialog)

public:
    // What the view shows, computed where it may take time (off the UI thread): the diff and the
    // analyses of both sides.
    struct Comparison
    {
        RuleSet before;
        RuleSet after;
        RuleSetDiff diff;
        AnalysisResult beforeAnalysis;
        AnalysisResult afterAnalysis;
    };
    static Comparison compare(const RuleSet &before, const RuleSet &after);

    CompareView(const Comparison &comparison, const QString &beforeName, const QString &afterName, QWidget *parent = nullptr);
    // Compares at once (small sets, tests).
    CompareView(const RuleSet &before, const QString &beforeName, const RuleSet &after, const QString &afterName,
                QWidget *parent = nullptr)
        : CompareView(compare(before, after), beforeName, afterName, parent)
    {
    }

    const RuleSetDiff &diff() const { return m_diff; }
    QTableView *beforeView() const { return m_beforeView; }
    QTableView *afterView() const { return m_afterView; }
    QListWidget *introduced() const { return m_introduced; }
    QListWidget *resolved() const { return m_resolved; }
    QString summary() const;

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
