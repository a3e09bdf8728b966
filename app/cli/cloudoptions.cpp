// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudoptions.h"

#include "clicontext.h"

#include "cloud/cloudoperation.h"

#include <QEventLoop>

namespace sg::cli {

CloudOptions::CloudOptions()
    : m_profile(QStringLiteral("profile"),
                QStringLiteral("The aliyun CLI profile (~/.aliyun/config.json) to use; without it: ALIBABA_CLOUD_ACCESS_KEY_ID/"
                               "_SECRET, else ALIBABA_CLOUD_PROFILE, else the file's current profile."),
                QStringLiteral("name")),
      m_region(QStringLiteral("region"), QStringLiteral("The region (cn-hangzhou, ...); default: the profile's region_id."),
               QStringLiteral("id")),
      m_endpoint(QStringLiteral("endpoint"),
                 QStringLiteral("The ECS API endpoint (default: ALIBABA_CLOUD_ECS_ENDPOINT, else https://ecs.<region>.aliyuncs.com). "
                                "https only; plain http only to a loopback address."),
                 QStringLiteral("url"))
{
}

void CloudOptions::addTo(QCommandLineParser &parser, const QList<QCommandLineOption> &commandOptions) const
{
    parser.addOptions({m_profile, m_region, m_endpoint});
    parser.addOptions(commandOptions);
}

CloudConnection::Settings CloudOptions::settings(const QCommandLineParser &parser) const
{
    return {parser.value(m_profile), parser.value(m_region), parser.value(m_endpoint), {}};
}

EcsClient *CloudOptions::open(CliContext &context, const QString &command, const CloudConnection::Settings &settings,
                              QObject *owner) const
{
    const CloudConnection::Opened opened = CloudConnection().open(settings, owner);
    if (!opened.client) {
        context.err(QStringLiteral("sgassist-cli %1: %2\n").arg(command, opened.error));
        return nullptr;
    }
    context.err(QStringLiteral("Using %1, region %2 (from %3), endpoint %4\n")
                    .arg(opened.client->credentialsDescription(), opened.client->regionId(), opened.regionSource,
                         opened.client->endpoint().toString()));
    return opened.client;
}

void runOperation(CliContext &context, CloudOperation &operation, const std::function<void()> &start,
                  const StopConnector &connectStop)
{
    QEventLoop loop;
    bool stopped = false; // signals may come during start(), before the loop runs
    const std::function<void()> stop = [&] {
        stopped = true;
        loop.quit();
    };
    QObject::connect(&operation, &CloudOperation::finished, &loop, stop);
    QMetaObject::Connection early;
    if (connectStop)
        early = connectStop(stop);
    QObject::connect(&operation, &CloudOperation::retrying, &loop, [&](const QString &, int delayMs, const EcsError &reason) {
        context.err(QStringLiteral("%1; trying again in %2 s\n").arg(reason.toString(), QString::number(delayMs / 1000.0, 'f', 1)));
    });
    start();
    if (!stopped)
        loop.exec();
    QObject::disconnect(early);
}

int reportCloudError(CliContext &context, const QString &command, const EcsError &error)
{
    context.err(QStringLiteral("sgassist-cli %1: %2\n").arg(command, error.toString()));
    return error.kind == EcsError::Kind::Setup ? BadInput : IoError;
}

} // namespace sg::cli
