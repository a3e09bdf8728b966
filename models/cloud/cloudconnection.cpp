// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudconnection.h"

namespace sg {

CloudConnection::CloudConnection(QProcessEnvironment environment)
    : m_environment(environment), m_loader(std::move(environment))
{
}

CloudConnection::Opened CloudConnection::open(const Settings &settings, QObject *parent) const
{
    return resolve(settings, std::nullopt, parent);
}

CloudConnection::Opened CloudConnection::open(const Settings &settings, const Credentials &credentials, QObject *parent) const
{
    return resolve(settings, credentials, parent);
}

CloudConnection::Opened CloudConnection::resolve(const Settings &settings, const std::optional<Credentials> &given,
                                                 QObject *parent) const
{
    Opened out;
    const QString endpointText = settings.endpoint.isEmpty()
        ? m_environment.value(QStringLiteral("ALIBABA_CLOUD_ECS_ENDPOINT")).trimmed()
        : settings.endpoint;
    QUrl endpoint;
    if (!endpointText.isEmpty()) {
        const EcsClient::EndpointCheck check = EcsClient::checkEndpoint(endpointText);
        if (!check.error.isEmpty()) {
            out.error = check.error;
            return out;
        }
        endpoint = check.url;
    }

    const CredentialLoader::Result loaded = given ? CredentialLoader::Result{given, {}} : m_loader.load(settings.profile);
    if (!loaded.credentials) {
        out.error = loaded.error;
        return out;
    }
    const Credentials &credentials = *loaded.credentials;
    if (!credentials.isComplete()) {
        out.error = tr("the access key id or secret is missing");
        return out;
    }

    QString region = settings.regionId.trimmed();
    out.regionSource = tr("the region option");
    if (region.isEmpty() && !credentials.regionId.isEmpty()) {
        region = credentials.regionId;
        out.regionSource = credentials.origin;
    }
    if (region.isEmpty() && !settings.fallbackRegionId.trimmed().isEmpty()) {
        region = settings.fallbackRegionId.trimmed();
        out.regionSource = tr("the file");
    }
    if (region.isEmpty()) {
        out.error = tr("no region: name one (--region cn-hangzhou), or set region_id in the profile or ALIBABA_CLOUD_REGION_ID");
        return out;
    }
    if (!EcsClient::isValidRegionId(region)) {
        out.error = tr("\"%1\" is not a region id such as cn-hangzhou").arg(region);
        return out;
    }
    out.client = new EcsClient(credentials, region, endpoint, parent);
    return out;
}

} // namespace sg
