// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftindicator.h"

#include "cloudaccount.h"
#include "clouderrorlabel.h"

#include "cloud/changeplan.h"
#include "cloud/pulloperation.h"

#include <QAction>
#include <QDateTime>
#include <QLocale>

namespace sg::ui {

DriftIndicator::DriftIndicator(CloudAccount *account, QWidget *parent)
    : QToolButton(parent), m_account(account), m_action(new QAction(tr("Check for &Drift"), this))
{
    setObjectName(QStringLiteral("driftIndicator"));
    m_action->setObjectName(QStringLiteral("actionCheckDrift"));
    m_action->setToolTip(tr("Read the document's security group from Alibaba Cloud and say whether it still equals the "
                            "document"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(this, &QToolButton::clicked, this, &DriftIndicator::check);
    connect(m_action, &QAction::triggered, this, &DriftIndicator::check);
    setGroup({}, false);
}

DriftIndicator::~DriftIndicator()
{
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->cancel();
    }
}

void DriftIndicator::setGroup(const RuleSet &group, bool hasDocument)
{
    const bool fromCloud = hasDocument && !group.group.securityGroupId.isEmpty() && !group.group.regionId.isEmpty();
    m_group = group;
    ++m_generation;
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->cancel();
    }
    if (!fromCloud) {
        setState(State::Unavailable, {}, {});
        return;
    }
    setState(State::NotChecked, tr("Live: not checked"),
             tr("Click to read %1 from Alibaba Cloud (%2) and compare it with the document.")
                 .arg(group.group.securityGroupId, group.group.regionId));
}

void DriftIndicator::setState(State state, const QString &text, const QString &toolTip)
{
    m_state = state;
    setText(text);
    setToolTip(toolTip);
    setVisible(state != State::Unavailable);
    m_action->setEnabled(state != State::Unavailable && state != State::Checking);
    setEnabled(state != State::Checking);
    Q_EMIT stateChanged(state);
}

void DriftIndicator::showVerified()
{
    if (m_state == State::Unavailable)
        return;
    ++m_generation; // a check still running is about the group before the change
    const QString time = QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat);
    setState(State::InSync, QStringLiteral("\u2714 ") + tr("Live: in sync"),
             tr("At %1, %2 was applied and read back equal to the document. Click to check again.")
                 .arg(time, m_group.group.securityGroupId));
}

void DriftIndicator::check()
{
    if (m_state == State::Unavailable || m_state == State::Checking)
        return;
    const int generation = ++m_generation;
    m_differences = 0;
    setState(State::Checking, tr("Live: checking…"), tr("Reading %1 from Alibaba Cloud").arg(m_group.group.securityGroupId));
    if (m_client)
        m_client->deleteLater();
    m_account->open(m_group.group.regionId, {}, this, [this, generation](const CloudAccount::Opened &opened) {
        if (generation != m_generation) {
            if (opened.client)
                opened.client->deleteLater();
            return;
        }
        if (!opened.client) {
            setState(State::Failed, QStringLiteral("\u2716 ") + tr("Live: not checked"),
                     tr("The live group could not be read: %1. Choose the account in File > Open from Alibaba Cloud.")
                         .arg(opened.error));
            return;
        }
        m_client = opened.client;
        PullOperation::Options options;
        options.groupIds = {m_group.group.securityGroupId};
        options.readNetworkInterfaces = false;
        m_operation = new PullOperation(m_client, options, this);
        connect(m_operation, &CloudOperation::finished, this, &DriftIndicator::pulled);
        m_operation->start();
    });
}

void DriftIndicator::pulled()
{
    const PullOperation *pull = m_operation;
    m_operation->deleteLater();
    const QString id = m_group.group.securityGroupId;
    if (!pull->succeeded() || pull->result().groups.size() != 1) {
        const QString details = pull->error() ? CloudErrorLabel::details(*pull->error()) : QString();
        setState(State::Failed, QStringLiteral("\u2716 ") + tr("Live: check failed"),
                 tr("%1 could not be read from Alibaba Cloud:\n%2").arg(id, details));
        return;
    }
    RuleSet live = pull->result().groups.first();
    const ChangePlan plan = ChangePlan::compute(live, m_group);
    const QString time = QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat);
    if (plan.isEmpty()) {
        setState(State::InSync, QStringLiteral("\u2714 ") + tr("Live: in sync"),
                 tr("At %1, %2 in Alibaba Cloud equalled the document. Click to check again.").arg(time, id));
        return;
    }
    m_differences = plan.changeCount();
    setState(State::Drifted, QStringLiteral("\u26a0 ") + tr("Live: %n difference(s)", nullptr, m_differences),
             tr("At %1, %2 in Alibaba Cloud differed from the document; Apply to Alibaba Cloud would make these "
                "changes:\n%3")
                 .arg(time, id, plan.toText()));
}

} // namespace sg::ui
