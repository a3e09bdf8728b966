// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeplan.h"
#include "cloudoperation.h"
#include "pullresult.h"

#include <QDateTime>

namespace sg {

// Applies a reviewed rule set to a live security group in two steps:
//   start()   reads the group (every page) and computes the ChangePlan -> planReady();
//   confirm() saves the live group as "<group-id>.before-<timestamp>.json" in the undo folder
//             (applying that file undoes the change), runs the plan's calls, reads the group again
//             and verifies it equals the target -> finished().
// Between the two a dialog shows the plan and asks; the CLI confirms with --yes or stops. An empty
// plan finishes at confirm() without writing anything. A failed call stops the run: completedCalls()
// says how far it got, and the undo file restores the group.
class ApplyOperation : public CloudOperation
{
    Q_OBJECT

public:
    enum class Stage {
        Idle,
        Reading,
        Planned,
        Saving,
        Applying,
        Verifying,
        Done
    };
    Q_ENUM(Stage)

    // `target` holds the rules the group should have; `groupId` the group to change (may differ
    // from the file's own, to copy rules to another group).
    ApplyOperation(EcsClient *client, RuleSet target, QString groupId, QObject *parent = nullptr);

    // Where the undo file goes; required before confirm() unless the plan is empty.
    void setUndoDirectory(const QString &directory) { m_undoDirectory = directory; }
    // The clock for the undo file's name and the ClientToken prefix (tests pin it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start();
    void confirm();

    Stage stage() const { return m_stage; }
    const RuleSet &target() const { return m_target; }
    const RuleSet &liveBefore() const { return m_before; }
    const ChangePlan &plan() const { return m_plan; }
    QString undoFile() const { return m_undoFile; }
    int completedCalls() const { return m_completedCalls; }
    int totalCalls() const { return int(m_calls.size()); }
    // After verification: the group as read back, and what still differs (empty when verified).
    const RuleSet &liveAfter() const { return m_after; }
    const ChangePlan &remaining() const { return m_remaining; }
    bool verified() const { return m_verified; }

    static constexpr int RulesPerPage = 1000; // DescribeSecurityGroupAttribute's maximum

    // "<group-id>.before-20261101T120000Z.json"
    static QString undoFileName(const QString &groupId, const QDateTime &time);

Q_SIGNALS:
    void stageChanged(sg::ApplyOperation::Stage stage);
    // The plan is computed (plan(), liveBefore()); the operation waits for confirm() or cancel().
    void planReady();

private:
    void setStage(Stage stage);
    // What it takes to turn `live` into the file's rules (the target, under this group's id).
    ChangePlan changesFrom(const RuleSet &live) const;
    void readGroup(std::function<void(const RuleSet &)> done);
    bool saveUndoFile();
    void runNextCall();
    void verify();

    RuleSet m_target;
    QString m_groupId;
    QString m_undoDirectory;
    std::function<QDateTime()> m_clock;
    Stage m_stage = Stage::Idle;
    RuleSet m_before;
    RuleSet m_after;
    ChangePlan m_plan;
    ChangePlan m_remaining;
    QList<ChangePlan::Call> m_calls;
    QString m_undoFile;
    int m_completedCalls = 0;
    int m_changesDone = 0;
    bool m_verified = false;
};

} // namespace sg
