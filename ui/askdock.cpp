// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "askdock.h"

#include "analysis/policyevaluator.h"
#include "documentcontroller.h"
#include "messagelabel.h"
#include "table/ruletablemodel.h"
#include "validatedlineedit.h"
#include "workspace/enievaluator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sg::ui {

AskDock::AskDock(DocumentController *document, QWidget *parent)
    : QDockWidget(tr("Can It Reach?"), parent),
      m_document(document),
      m_source(new ValidatedLineEdit([](const QString &text) {
          return text.trimmed().isEmpty() ? QString() : ValidatedLineEdit::checkEndpoint(text); // empty: not asked yet
      },
                                     this)),
      m_protocol(new QComboBox(this)), m_port(new QSpinBox(this)), m_direction(new QComboBox(this)), m_verdict(new QLabel(this)), m_scope(new QLabel(this)), m_decidingLabel(new QLabel(this)), m_explanation(new MessageLabel(this))
{
    setObjectName(QStringLiteral("askDock"));
    m_source->setObjectName(QStringLiteral("askSource"));
    m_source->setPlaceholderText(tr("198.51.100.7, 2001:db8::1 or sg-…"));
    m_protocol->setObjectName(QStringLiteral("askProtocol"));
    for (Protocol p : {Protocol::Tcp, Protocol::Udp, Protocol::Icmp, Protocol::Icmpv6, Protocol::Gre, Protocol::All})
        m_protocol->addItem(toApiString(p), int(p));
    m_port->setObjectName(QStringLiteral("askPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_direction->setObjectName(QStringLiteral("askDirection"));
    m_direction->addItem(tr("Inbound (source → cluster)"), int(Direction::Ingress));
    m_direction->addItem(tr("Outbound (cluster → destination)"), int(Direction::Egress));
    m_verdict->setObjectName(QStringLiteral("askVerdict"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    m_scope->setObjectName(QStringLiteral("askScope"));
    m_scope->setWordWrap(true);
    m_decidingLabel->setObjectName(QStringLiteral("askDecidingGroup"));
    m_decidingLabel->setWordWrap(true);
    m_decidingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setObjectName(QStringLiteral("askExplanation"));
    m_explanation->setKind(MessageLabel::Kind::Note);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Who:"), m_source);
    form->addRow(tr("&Protocol:"), m_protocol);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Direction:"), m_direction);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_scope);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_decidingLabel);
    layout->addWidget(m_explanation);
    layout->addStretch();
    setWidget(content);

    connect(m_source, &QLineEdit::textChanged, this, &AskDock::evaluate);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &AskDock::evaluate);
    connect(m_port, &QSpinBox::valueChanged, this, &AskDock::evaluate);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &AskDock::evaluate);
    // The answer is about the rules as they are now.
    connect(m_document, &DocumentController::contentChanged, this, &AskDock::evaluate);
    connect(m_document, &DocumentController::documentReset, this, &AskDock::evaluate);
    connect(m_document, &DocumentController::viewChanged, this, &AskDock::evaluate);
    evaluate();
}

void AskDock::ask(const QString &source, Protocol protocol, int port, Direction direction)
{
    const QSignalBlocker blockProtocol(m_protocol);
    const QSignalBlocker blockPort(m_port);
    const QSignalBlocker blockDirection(m_direction);
    m_protocol->setCurrentIndex(m_protocol->findData(int(protocol)));
    if (port > 0)
        m_port->setValue(port);
    m_direction->setCurrentIndex(m_direction->findData(int(direction)));
    m_source->setText(source); // evaluates
    evaluate();
}

void AskDock::evaluate()
{
    const auto protocol = Protocol(m_protocol->currentData().toInt());
    m_port->setEnabled(hasPorts(protocol));
    const auto source = Endpoint::parse(m_source->text()).endpoint;
    const int interface = m_document->currentInterface();
    const Workspace workspace = m_document->workspace();
    if (interface >= 0) {
        const NetworkInterface &eni = workspace.interfaces.at(interface);
        const QString groups = eni.groupIds.join(QStringLiteral(", "));
        m_scope->setText(eni.instanceId.isEmpty() ? tr("Asking %1 (groups %2, evaluated together)").arg(eni.id, groups)
                                                  : tr("Asking %1 of %2 (groups %3, evaluated together)").arg(eni.id, eni.instanceId, groups));
    } else if (workspace.groups.size() > 1 && m_document->currentGroup() >= 0) {
        m_scope->setText(tr("Asking group %1 alone").arg(workspace.groups.at(m_document->currentGroup()).key()));
    }
    m_scope->setVisible(interface >= 0 || workspace.groups.size() > 1);
    m_decidingGroup.clear();
    m_decidingLabel->clear();
    m_decidingLabel->hide();
    if (!m_document->hasDocument() || !source) {
        m_answer.reset();
        m_verdict->clear();
        m_explanation->setText(m_document->hasDocument()
                                   ? tr("Enter an address, a CIDR block or a security group to ask whether it can reach a port.")
                                   : tr("Open a rule set to ask about it."));
        return;
    }
    TrafficQuery query;
    query.source = *source;
    query.protocol = protocol;
    query.port = hasPorts(protocol) ? m_port->value() : -1;
    query.direction = Direction(m_direction->currentData().toInt());
    int decidingRow = -1;
    if (interface >= 0) {
        const EniDecision decision = EniEvaluator::forInterface(workspace, interface).evaluate(query);
        m_answer = decision.decision;
        m_decidingGroup = decision.decidingGroupKey;
        if (decision.decidingGroup >= 0) {
            decidingRow = m_document->interfaceRules().rowOf(decision.decidingGroup, decision.decision.decidingRule);
            m_decidingLabel->setText(tr("Decided by group %1, its rule %2").arg(decision.decidingGroupKey).arg(decision.decision.decidingRule));
        } else {
            m_decidingLabel->setText(tr("No rule of any group matches: the default decides."));
        }
        m_decidingLabel->show();
    } else {
        m_answer = PolicyEvaluator(m_document->model()->ruleSet()).evaluate(query);
        if (m_answer->decidingRule > 0) {
            decidingRow = m_answer->decidingRule - 1;
            if (m_document->currentGroup() >= 0)
                m_decidingGroup = workspace.groups.at(m_document->currentGroup()).key();
        }
    }
    // Words first, colour second: the verdict reads the same in any theme.
    m_verdict->setText(m_answer->allowed ? tr("\u2714 Allowed") : tr("\u2716 Denied"));
    m_explanation->setText(m_answer->explanation);
    if (decidingRow >= 0)
        Q_EMIT decidingRuleChanged(decidingRow);
}

} // namespace sg::ui
