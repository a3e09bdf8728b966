// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetpage.h"

#include "groupdialog.h"
#include "messagelabel.h"
#include "setupwizard.h"
#include "validatedlineedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sg::ui {
namespace {

bool isRegionId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]+(-[a-z0-9]+)+$"));
    return pattern.match(text).hasMatch();
}

} // namespace

TargetPage::TargetPage(SetupWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_name(new QLineEdit(this)),
      m_region(new QComboBox(this)),
      m_regionProblem(new MessageLabel(this)),
      m_groupId(new ValidatedLineEdit(&checkGroupId, this)),
      m_groupProblem(new MessageLabel(this)),
      m_basic(new QRadioButton(tr("B&asic security group"), this)),
      m_enterprise(new QRadioButton(tr("&Enterprise security group"), this))
{
    setObjectName(QStringLiteral("targetPage"));
    setTitle(tr("Target"));
    setSubTitle(tr("Which security group will hold the cluster's rules?"));

    m_name->setObjectName(QStringLiteral("planName"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setEditable(true);
    m_region->addItems(knownRegionIds());
    m_regionProblem->setObjectName(QStringLiteral("regionProblem"));
    m_groupId->setObjectName(QStringLiteral("groupIdEdit"));
    m_groupId->setPlaceholderText(tr("sg-… (can be filled in later)"));
    m_groupProblem->setObjectName(QStringLiteral("groupIdProblem"));
    m_basic->setObjectName(QStringLiteral("basicRadio"));
    m_enterprise->setObjectName(QStringLiteral("enterpriseRadio"));

    auto *basicNote = new QLabel(tr("Members of the group reach each other by default, and rules may name other "
                                    "security groups as sources (at most 20 such rules)."),
                                 this);
    auto *enterpriseNote = new QLabel(tr("No traffic between members unless a rule allows it, and rules cannot name "
                                         "other security groups: cluster nodes are then identified by CIDR blocks or "
                                         "prefix lists."),
                                      this);
    for (QLabel *note : {basicNote, enterpriseNote}) {
        note->setWordWrap(true);
        note->setIndent(24);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(QString(), m_regionProblem);
    form->addRow(tr("Security group &ID:"), m_groupId);
    form->addRow(QString(), m_groupProblem);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_basic);
    layout->addWidget(basicNote);
    layout->addWidget(m_enterprise);
    layout->addWidget(enterpriseNote);
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &TargetPage::store);
    connect(m_region, &QComboBox::currentTextChanged, this, &TargetPage::store);
    connect(m_groupId, &QLineEdit::textChanged, this, &TargetPage::store);
    connect(m_basic, &QRadioButton::toggled, this, &TargetPage::store);
}

void TargetPage::initializePage()
{
    const SetupPlan &plan = m_wizard->plan();
    m_name->setText(plan.name);
    m_region->setCurrentText(plan.regionId);
    m_groupId->setText(plan.securityGroupId);
    (plan.groupType == GroupType::Enterprise ? m_enterprise : m_basic)->setChecked(true);
}

void TargetPage::store()
{
    SetupPlan &plan = m_wizard->plan();
    plan.name = m_name->text().trimmed();
    plan.regionId = m_region->currentText().trimmed();
    plan.securityGroupId = m_groupId->text().trimmed();
    plan.groupType = m_enterprise->isChecked() ? GroupType::Enterprise : GroupType::Basic;
    // Why Next is disabled, in words on the page (not only in a tooltip).
    m_regionProblem->setText(isRegionId(plan.regionId) ? QString()
                                                       : tr("Enter a region id such as cn-hangzhou."));
    m_groupProblem->setText(m_groupId->isValid() ? QString() : m_groupId->problem());
    Q_EMIT completeChanged();
}

bool TargetPage::isComplete() const
{
    return isRegionId(m_region->currentText().trimmed()) && m_groupId->isValid();
}

} // namespace sg::ui
