// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"

#include <QPointer>
#include <QToolButton>

class QAction;

namespace sg {
class EcsClient;
class PullOperation;
} // namespace sg

namespace sg::ui {

class CloudAccount;

// The status-bar item that says whether the live group still equals the document: for a document
// whose group came from the cloud (it has an id and a region), "Check for Drift" reads that one
// group and compares it with the document's rules as Apply would (an empty change plan is "in
// sync"). Only ever checked on demand: the account is never called behind the user's back.
class DriftIndicator : public QToolButton
{
    Q_OBJECT

public:
    enum class State {
        Unavailable,
        NotChecked,
        Checking,
        InSync,
        Drifted,
        Failed
    };
    Q_ENUM(State)

    explicit DriftIndicator(CloudAccount *account, QWidget *parent = nullptr);
    ~DriftIndicator() override;

    // The document's group (none: `hasDocument` false). Forgets the last answer, which was about other rules.
    void setGroup(const RuleSet &group, bool hasDocument);
    State state() const { return m_state; }
    // "Check for Drift", for a menu; enabled while a check is possible.
    QAction *checkAction() const { return m_action; }
    // The differences found by the last check (empty unless Drifted).
    int differences() const { return m_differences; }
    // Apply to Alibaba Cloud just read the group back and found it equal to the document.
    void showVerified();

public Q_SLOTS:
    void check();

Q_SIGNALS:
    void stateChanged(sg::ui::DriftIndicator::State state);

private:
    void setState(State state, const QString &text, const QString &toolTip);
    void pulled();

    CloudAccount *m_account;
    QAction *m_action;
    RuleSet m_group;
    State m_state = State::Unavailable;
    int m_differences = 0;
    QPointer<EcsClient> m_client;
    QPointer<PullOperation> m_operation;
    int m_generation = 0; // answers for an older document are dropped
};

} // namespace sg::ui
