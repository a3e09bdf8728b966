// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupdialog.h"

#include "core/endpoint.h"
#include "dialogseams.h"
#include "validatedlineedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sg::ui {

QStringList knownRegionIds()
{
    return {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"), QStringLiteral("cn-beijing"),
            QStringLiteral("cn-shenzhen"), QStringLiteral("cn-zhangjiakou"), QStringLiteral("cn-huhehaote"),
            QStringLiteral("cn-wulanchabu"), QStringLiteral("cn-qingdao"), QStringLiteral("cn-chengdu"),
            QStringLiteral("cn-guangzhou"), QStringLiteral("cn-heyuan"), QStringLiteral("cn-hongkong"),
            QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-3"), QStringLiteral("ap-southeast-5"),
            QStringLiteral("ap-southeast-6"), QStringLiteral("ap-southeast-7"), QStringLiteral("ap-northeast-1"),
            QStringLiteral("ap-northeast-2"), QStringLiteral("us-west-1"), QStringLiteral("us-east-1"),
            QStringLiteral("eu-central-1"), QStringLiteral("eu-west-1"), QStringLiteral("me-east-1"),
            QStringLiteral("me-central-1")};
}

QString checkGroupId(const QString &id)
{
    if (id.trimmed().isEmpty())
        return {};
    return Endpoint::parseAs(Endpoint::Kind::SecurityGroup, id).error;
}

GroupDialog::GroupDialog(const GroupInfo &group, QWidget *parent)
    : QDialog(parent),
      m_base(group),
      m_region(new QComboBox(this)),
      m_groupId(new ValidatedLineEdit(&checkGroupId, this)),
      m_name(new QLineEdit(group.name, this)),
      m_vpc(new QLineEdit(group.vpcId, this)),
      m_type(new QComboBox(this)),
      m_innerAccess(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("groupDialog"));
    setWindowTitle(tr("Security Group — SG Assist"));
    m_region->setObjectName(QStringLiteral("groupRegion"));
    m_region->setEditable(true);
    m_region->addItems(knownRegionIds());
    m_region->setCurrentText(group.regionId);
    m_groupId->setObjectName(QStringLiteral("groupId"));
    m_groupId->setText(group.securityGroupId);
    m_groupId->setPlaceholderText(QStringLiteral("sg-…"));
    m_name->setObjectName(QStringLiteral("groupName"));
    m_vpc->setObjectName(QStringLiteral("groupVpc"));
    m_type->setObjectName(QStringLiteral("groupType"));
    m_type->addItem(tr("Basic"), int(GroupType::Basic));
    m_type->addItem(tr("Enterprise"), int(GroupType::Enterprise));
    m_type->setCurrentIndex(m_type->findData(int(group.type)));
    m_innerAccess->setObjectName(QStringLiteral("groupInnerAccess"));
    m_innerAccess->addItem(tr("Members reach each other (Accept)"), int(Policy::Accept));
    m_innerAccess->addItem(tr("Members are isolated (Drop)"), int(Policy::Drop));
    m_innerAccess->setCurrentIndex(m_innerAccess->findData(int(group.innerAccessPolicy)));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        // Enterprise groups have no intra-group access at all.
        m_innerAccess->setEnabled(GroupType(m_type->currentData().toInt()) == GroupType::Basic);
    });
    m_innerAccess->setEnabled(group.type == GroupType::Basic);

    auto *form = new QFormLayout;
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Security group &ID:"), m_groupId);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&VPC:"), m_vpc);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Intra-group access:"), m_innerAccess);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addDialogButtons(this, layout, m_buttons);
    connect(m_groupId, &ValidatedLineEdit::validityChanged, m_buttons->button(QDialogButtonBox::Ok), &QPushButton::setEnabled);
}

GroupInfo GroupDialog::group() const
{
    GroupInfo g = m_base;
    g.regionId = m_region->currentText().trimmed();
    g.securityGroupId = m_groupId->text().trimmed();
    g.name = m_name->text().trimmed();
    g.vpcId = m_vpc->text().trimmed();
    g.type = GroupType(m_type->currentData().toInt());
    g.innerAccessPolicy = Policy(m_innerAccess->currentData().toInt());
    return g;
}

} // namespace sg::ui
