// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruledialog.h"

#include "dialogseams.h"
#include "messagelabel.h"
#include "validatedlineedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sg::ui {

RuleDialog::RuleDialog(QWidget *parent)
    : QDialog(parent),
      m_direction(new QComboBox(this)),
      m_policy(new QComboBox(this)),
      m_protocol(new QComboBox(this)),
      m_ports(new ValidatedLineEdit(&ValidatedLineEdit::checkPorts, this)),
      m_peerLabel(new QLabel(this)),
      m_peer(new ValidatedLineEdit(&ValidatedLineEdit::checkEndpoint, this)),
      m_priority(new QSpinBox(this)),
      m_nicType(new QComboBox(this)),
      m_description(new QLineEdit(this)),
      m_problemLabel(new MessageLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ruleDialog"));
    setWindowTitle(tr("Rule — SG Assist"));

    m_direction->setObjectName(QStringLiteral("ruleDirection"));
    m_direction->addItem(tr("Inbound"), int(Direction::Ingress));
    m_direction->addItem(tr("Outbound"), int(Direction::Egress));
    m_policy->setObjectName(QStringLiteral("rulePolicy"));
    m_policy->addItem(tr("Allow"), int(Policy::Accept));
    m_policy->addItem(tr("Deny"), int(Policy::Drop));
    m_protocol->setObjectName(QStringLiteral("ruleProtocol"));
    for (Protocol p : {Protocol::Tcp, Protocol::Udp, Protocol::Icmp, Protocol::Icmpv6, Protocol::Gre, Protocol::All})
        m_protocol->addItem(toApiString(p), int(p));
    m_ports->setObjectName(QStringLiteral("rulePorts"));
    m_ports->setPlaceholderText(tr("22, 6817-6819 or 8888/8888"));
    m_peer->setObjectName(QStringLiteral("rulePeer"));
    m_peer->setPlaceholderText(tr("203.0.113.10/32, 2001:db8::/48, sg-… or pl-…"));
    m_priority->setObjectName(QStringLiteral("rulePriority"));
    m_priority->setRange(Rule::MinPriority, Rule::MaxPriority);
    m_priority->setToolTip(tr("1 to 100; smaller numbers are evaluated first, and at equal priority a deny wins"));
    m_nicType->setObjectName(QStringLiteral("ruleNicType"));
    m_nicType->addItem(tr("Intranet (VPC)"), int(NicType::Intranet));
    m_nicType->addItem(tr("Internet (classic network)"), int(NicType::Internet));
    m_description->setObjectName(QStringLiteral("ruleDescription"));
    m_description->setMaxLength(Rule::MaxDescriptionLength);
    m_problemLabel->setObjectName(QStringLiteral("ruleProblem"));
    m_problemLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Policy:"), m_policy);
    form->addRow(tr("P&rotocol:"), m_protocol);
    form->addRow(tr("P&orts:"), m_ports);
    form->addRow(m_peerLabel, m_peer);
    m_peerLabel->setBuddy(m_peer);
    form->addRow(tr("Pr&iority:"), m_priority);
    form->addRow(tr("&NIC type:"), m_nicType);
    form->addRow(tr("D&escription:"), m_description);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    addDialogButtons(this, layout, m_buttons);

    for (QComboBox *combo : {m_direction, m_policy, m_protocol, m_nicType})
        connect(combo, &QComboBox::currentIndexChanged, this, &RuleDialog::revalidate);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_ports), static_cast<QLineEdit *>(m_peer), m_description})
        connect(edit, &QLineEdit::textChanged, this, &RuleDialog::revalidate);
    connect(m_priority, &QSpinBox::valueChanged, this, &RuleDialog::revalidate);

    Rule fresh;
    fresh.ports = PortRange::single(22);
    setRule(fresh);
}

void RuleDialog::setRule(const Rule &rule)
{
    m_base = rule;
    m_direction->setCurrentIndex(m_direction->findData(int(rule.direction)));
    m_policy->setCurrentIndex(m_policy->findData(int(rule.policy)));
    m_protocol->setCurrentIndex(m_protocol->findData(int(rule.protocol)));
    m_ports->setText(rule.ports.toDisplayString());
    m_peer->setText(rule.peer.text());
    m_priority->setValue(rule.priority);
    m_nicType->setCurrentIndex(m_nicType->findData(int(rule.nicType)));
    m_description->setText(rule.description);
    revalidate();
}

Rule RuleDialog::rule() const
{
    Rule rule = m_base;
    rule.direction = Direction(m_direction->currentData().toInt());
    rule.policy = Policy(m_policy->currentData().toInt());
    rule.protocol = Protocol(m_protocol->currentData().toInt());
    rule.ports = hasPorts(rule.protocol) ? PortRange::parseLenient(m_ports->text()).range.value_or(PortRange())
                                         : PortRange::none();
    rule.peer = Endpoint::parse(m_peer->text()).endpoint.value_or(Endpoint());
    rule.priority = m_priority->value();
    rule.nicType = NicType(m_nicType->currentData().toInt());
    rule.description = m_description->text();
    return rule;
}

void RuleDialog::revalidate()
{
    const auto protocol = Protocol(m_protocol->currentData().toInt());
    const bool ingress = Direction(m_direction->currentData().toInt()) == Direction::Ingress;
    m_ports->setEnabled(hasPorts(protocol));
    if (!hasPorts(protocol))
        m_ports->setPlaceholderText(tr("%1 has no ports").arg(toApiString(protocol)));
    m_peerLabel->setText(ingress ? tr("&Source:") : tr("Des&tination:"));

    QString problem;
    if (hasPorts(protocol) && !m_ports->isValid())
        problem = tr("Ports: %1").arg(m_ports->problem());
    else if (!m_peer->isValid())
        problem = (ingress ? tr("Source: %1") : tr("Destination: %1")).arg(m_peer->problem());
    else if (const QList<Rule::Problem> problems = rule().problems(); !problems.isEmpty())
        problem = problems.first().message;
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace sg::ui
