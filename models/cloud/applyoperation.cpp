// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applyoperation.h"

#include "io/fileio.h"
#include "io/formats.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace sg {
ApplyOperation::ApplyOperation(EcsClient *client, RuleSet target, QString groupId, QObject *parent)
    : CloudOperation(client, parent), m_target(std::move(target)), m_groupId(std::move(groupId)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString ApplyOperation::undoFileName(const QString &groupId, const QDateTime &time)
{
    return groupId + QStringLiteral(".before-") + time.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss"))
        + QStringLiteral("Z.json");
}

void ApplyOperation::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void ApplyOperation::start()
{
    if (m_stage != Stage::Idle)
        return;
    begin();
    if (!PullResult::isSafeGroupId(m_groupId)) {
        fail(EcsError::setup(tr("\"%1\" is not a security group id").arg(m_groupId)));
        return;
    }
    setStage(Stage::Reading);
    setStatus(tr("Reading %1").arg(m_groupId));
    readGroup([this](const RuleSet &live) {
        m_before = live;
        m_plan = changesFrom(m_before);
        setStage(Stage::Planned);
        setStatus(m_plan.isEmpty() ? tr("%1 already equals the file").arg(m_groupId)
                                   : tr("%n change(s) to review", nullptr, m_plan.changeCount()));
        Q_EMIT planReady();
    });
}

ChangePlan ApplyOperation::changesFrom(const RuleSet &live) const
{
    RuleSet target = m_target;
    target.group.securityGroupId = m_groupId;
    return ChangePlan::compute(live, target);
}

void ApplyOperation::readGroup(std::function<void(const RuleSet &)> done)
{
    readAllPages(QStringLiteral("DescribeSecurityGroupAttribute"),
                 {{QStringLiteral("RegionId"), client()->regionId()},
                  {QStringLiteral("SecurityGroupId"), m_groupId},
                  {QStringLiteral("Direction"), QStringLiteral("all")}},
                 RulesPerPage, {QStringLiteral("Permissions"), QStringLiteral("Permission")},
                 [this, done = std::move(done)](const Pages &pages) {
                     std::optional<RuleSet> live = groupFromPages(pages, m_groupId);
                     if (!live)
                         return;
                     // The type is not in this answer; keep what the file says.
                     live->group.type = m_target.group.type;
                     done(*live);
                 });
}

void ApplyOperation::confirm()
{
    if (m_stage != Stage::Planned || isFinished())
        return;
    if (!m_plan.canApply()) {
        fail(EcsError::setup(tr("the plan has problems; fix the file first")));
        return;
    }
    if (m_plan.isEmpty()) {
        m_after = m_before;
        m_remaining = m_plan;
        m_verified = true;
        setStage(Stage::Done);
        complete();
        return;
    }
    setStage(Stage::Saving);
    if (!saveUndoFile())
        return;
    const QDateTime now = m_clock();
    // One prefix per application: a retried call repeats its token, a new application does not.
    const QString prefix = QStringLiteral("sgassist-%1-%2")
                               .arg(now.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")),
                                    QUuid::createUuid().toString(QUuid::Id128).left(16));
    m_calls = m_plan.calls(prefix);
    m_completedCalls = 0;
    m_changesDone = 0;
    setStage(Stage::Applying);
    setProgress(0, m_plan.changeCount());
    runNextCall();
}

bool ApplyOperation::saveUndoFile()
{
    if (m_undoDirectory.isEmpty()) {
        fail(EcsError::local(tr("no folder for the undo file was given")));
        return false;
    }
    const QDir directory(m_undoDirectory);
    const QDateTime now = m_clock();
    QString path = directory.absoluteFilePath(undoFileName(m_groupId, now));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = directory.absoluteFilePath(undoFileName(m_groupId, now).chopped(5) + QStringLiteral("-%1.json").arg(n));
    const ApiJsonFormat format;
    const QString error = writeFileAtomically(path, [&](QIODevice &device, QString *message) {
        *message = format.write(Document{m_before, std::nullopt, {}}, device);
        return message->isEmpty();
    });
    if (!error.isEmpty()) {
        fail(EcsError::local(tr("nothing was changed: the undo file could not be saved: %1").arg(error)));
        return false;
    }
    m_undoFile = path;
    return true;
}

void ApplyOperation::runNextCall()
{
    if (isFinished())
        return;
    if (m_completedCalls >= m_calls.size()) {
        verify();
        return;
    }
    const ChangePlan::Call &call = m_calls[m_completedCalls];
    setStatus(tr("%1 (%2 of %3)").arg(call.action).arg(m_completedCalls + 1).arg(m_calls.size()));
    const int changes = call.changes;
    startCall(call.action, call.parameters, [this, changes](const QJsonObject &) {
        ++m_completedCalls;
        m_changesDone += changes;
        setProgress(m_changesDone, m_plan.changeCount());
        runNextCall();
    });
}

void ApplyOperation::verify()
{
    setStage(Stage::Verifying);
    setStatus(tr("Reading %1 again to verify").arg(m_groupId));
    readGroup([this](const RuleSet &live) {
        m_after = live;
        m_remaining = changesFrom(m_after);
        m_verified = m_remaining.isEmpty();
        setStage(Stage::Done);
        setStatus(m_verified ? tr("Applied and verified") : tr("Applied, but the group differs from the file"));
        complete();
    });
}

} // namespace sg
