// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"

#include "analysis/analyzer.h"
#include "ruleitemdelegate.h"
#include "setupwizard.h"
#include "table/findingsmodel.h"
#include "table/ruletablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace sg::ui {

ReviewPage::ReviewPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_model(new RuleTableModel(ServiceCatalogue::builtIn(), this)),
      m_table(new QTableView(this)), m_findings(new FindingsModel(this)), m_findingsView(new QTreeView(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("These are the rules the cluster gets. Go back to change anything."));
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RuleItemDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_table->horizontalHeader()->moveSection(RuleTableModel::RiskColumn, 0);
    m_table->setColumnHidden(RuleTableModel::GroupColumn, true); // one group: the wizard's
    m_findingsView->setObjectName(QStringLiteral("reviewFindings"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_findingsView->header()->setStretchLastSection(false);
    m_findingsView->setColumnHidden(FindingsModel::ReachableColumn, true); // no network interfaces here
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(new QLabel(tr("Findings:"), this));
    layout->addWidget(m_findingsView, 2);
}

void ReviewPage::initializePage()
{
    const RuleSet rules = m_wizard->builtRules();
    // A wizard's rule set is small: analysed here, at once.
    const AnalysisResult analysis = Analyzer().analyze(rules);
    m_model->setRuleSet(rules);
    m_model->setAnalysis(analysis);
    m_findings->setAnalysis(analysis);
    m_findingsView->expandAll();
    m_table->resizeColumnsToContents();
    const auto wide = std::count_if(rules.rules.cbegin(), rules.rules.cend(),
                                    [](const Rule &r) { return isWide(r.peer.exposure()); });
    // Whole sentences, so that translations need not join fragments.
    const QString summary = wide > 0
        ? tr("%1 inbound rules; %2 of them admit a wide or public source (marked in bold).").arg(rules.rules.size()).arg(wide)
        : (rules.rules.size() == 1 ? tr("1 inbound rule.") : tr("%1 inbound rules.").arg(rules.rules.size()));
    m_summary->setText(summary);
}

} // namespace sg::ui
