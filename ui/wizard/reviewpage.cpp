// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"

#include "ruleitemdelegate.h"
#include "setupwizard.h"
#include "table/ruletablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sg::ui {

ReviewPage::ReviewPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_model(new RuleTableModel(ServiceCatalogue::builtIn(), this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this))
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
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
}

void ReviewPage::initializePage()
{
    const RuleSet rules = m_wizard->builtRules();
    m_model->setRuleSet(rules);
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
