// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudoperation.h"

#include "ecscall.h"

#include "io/formats.h"

#include <QBuffer>
#include <QJsonDocument>

#include <QSet>

#include <memory>

namespace sg {
namespace {

// A paged read that never ends is a broken server, not a large account.
constexpr int MaxPages = 100000;

} // namespace

CloudOperation::CloudOperation(EcsClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

CloudOperation::~CloudOperation()
{
    for (const QPointer<EcsCall> &call : std::as_const(m_calls)) {
        if (call)
            call->deleteLater();
    }
}

void CloudOperation::cancel()
{
    if (m_finished)
        return;
    fail(EcsError::cancelled());
}

void CloudOperation::begin()
{
    m_running = true;
}

void CloudOperation::startCall(const QString &action, const EcsParameters &parameters,
                               std::function<void(const QJsonObject &)> done)
{
    if (m_finished)
        return;
    if (!m_client) {
        fail(EcsError::setup(tr("the connection is closed")));
        return;
    }
    EcsCall *call = m_client->call(action, parameters);
    m_calls.append(call);
    connect(call, &EcsCall::retrying, this,
            [this, action](int, int delayMs, const EcsError &reason) { Q_EMIT retrying(action, delayMs, reason); });
    connect(call, &EcsCall::finished, this, [this, call, done = std::move(done)]() {
        m_calls.removeAll(call);
        call->deleteLater();
        if (m_finished)
            return;
        if (call->error()) {
            fail(*call->error());
            return;
        }
        done(call->result());
    });
}

void CloudOperation::readAllPages(const QString &action, const EcsParameters &parameters, int maxResults,
                                  const QStringList &itemsPath, std::function<void(const Pages &)> done,
                                  std::function<void(int)> pageRead)
{
    readPage(std::make_shared<Pages>(), action, parameters, maxResults, itemsPath, {}, done, pageRead);
}

void CloudOperation::readPage(const std::shared_ptr<Pages> &pages, const QString &action, const EcsParameters &parameters,
                              int maxResults, const QStringList &itemsPath, const QString &token,
                              const std::function<void(const Pages &)> &done, const std::function<void(int)> &pageRead)
{
    EcsParameters request = parameters;
    request.append({QStringLiteral("MaxResults"), QString::number(maxResults)});
    if (!token.isEmpty())
        request.append({QStringLiteral("NextToken"), token});
    startCall(action, request, [=, this](const QJsonObject &page) {
        if (pages->pages == 0)
            pages->first = page;
        ++pages->pages;
        QJsonValue items = page;
        for (const QString &key : itemsPath)
            items = items.toObject().value(key);
        if (!items.isUndefined() && !items.isNull() && !items.isArray()) {
            fail(EcsError::badResponse(action, 200, tr("%1 is not a list in the answer").arg(itemsPath.join(u'.'))));
            return;
        }
        const QJsonArray list = items.toArray();
        for (const QJsonValue &item : list)
            pages->items.append(item);
        if (pageRead)
            pageRead(pages->pages);
        const QString next = page.value(QLatin1StringView("NextToken")).toString();
        if (next.isEmpty()) {
            done(*pages);
            return;
        }
        if (next == token || pages->pages >= MaxPages) {
            fail(EcsError::badResponse(action, 200, tr("the pages do not end (NextToken repeats)")));
            return;
        }
        readPage(pages, action, parameters, maxResults, itemsPath, next, done, pageRead);
    });
}

std::optional<RuleSet> CloudOperation::groupFromPages(const Pages &pages, const QString &groupId, Diagnostics *warnings)
{
    QJsonObject merged = pages.first;
    merged.remove(QLatin1StringView("NextToken"));
    merged.insert(QLatin1StringView("Permissions"), QJsonObject{{QLatin1StringView("Permission"), pages.items}});
    QByteArray bytes = QJsonDocument(merged).toJson(QJsonDocument::Compact);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const Parsed<Document> parsed = ApiJsonFormat().read(buffer, groupId);
    if (!parsed.ok()) {
        QString problems;
        for (const Diagnostic &d : parsed.diagnostics) {
            if (d.isError())
                problems += u'\n' + d.toString();
        }
        fail(EcsError::badResponse(QStringLiteral("DescribeSecurityGroupAttribute"), 200,
                                   tr("SG Assist cannot read the rules of %1:%2").arg(groupId, problems)));
        return std::nullopt;
    }
    if (parsed.value.ruleSet.group.securityGroupId != groupId) {
        fail(EcsError::badResponse(QStringLiteral("DescribeSecurityGroupAttribute"), 200,
                                   tr("asked for %1, the answer is about %2").arg(groupId, parsed.value.ruleSet.group.securityGroupId)));
        return std::nullopt;
    }
    if (warnings)
        warnings->append(parsed.diagnostics);
    RuleSet out = parsed.value.ruleSet;
    if (out.group.regionId.isEmpty() && m_client)
        out.group.regionId = m_client->regionId();
    return out;
}

void CloudOperation::setProgress(int done, int total)
{
    if (done == m_done && total == m_total)
        return;
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged(done, total);
}

void CloudOperation::setStatus(const QString &text)
{
    if (text == m_status)
        return;
    m_status = text;
    Q_EMIT statusChanged(text);
}

void CloudOperation::fail(const EcsError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_error = error;
    const QList<QPointer<EcsCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<EcsCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
            call->deleteLater();
        }
    }
    stopped();
    Q_EMIT finished();
}

void CloudOperation::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    stopped();
    Q_EMIT finished();
}

} // namespace sg
