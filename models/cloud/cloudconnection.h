// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialloader.h"
#include "ecsclient.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace sg {

// Turns what the user chose (profile, region, endpoint: command-line options or a dialog's fields)
// into a ready EcsClient, resolving what was left open:
//  - credentials: CredentialLoader's order;
//  - region: the one given, else the credentials' (profile region_id, ALIBABA_CLOUD_REGION_ID),
//    else `fallbackRegionId` (apply: the file's RegionId);
//  - endpoint: the one given, else ALIBABA_CLOUD_ECS_ENDPOINT, else the region's public one.
class CloudConnection
{
    Q_DECLARE_TR_FUNCTIONS(sg::CloudConnection)

public:
    struct Settings
    {
        QString profile;
        QString regionId;
        QString endpoint;
        QString fallbackRegionId;
    };

    explicit CloudConnection(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    // For tests: where the aliyun CLI's configuration is read from.
    void setConfigPath(const QString &path) { m_loader.setConfigPath(path); }
    const CredentialLoader &credentialLoader() const { return m_loader; }

    struct Opened
    {
        EcsClient *client = nullptr; // owned by the parent given to open(); null on error
        QString error;               // translated; never contains a secret
        QString regionSource;        // "--region", "the profile", "the file": for messages
    };
    Opened open(const Settings &settings, QObject *parent = nullptr) const;
    // The same with credentials the caller already holds (the GUI: a key typed in, or read from
    // the system keychain) instead of CredentialLoader's; settings.profile is ignored.
    Opened open(const Settings &settings, const Credentials &credentials, QObject *parent = nullptr) const;

private:
    Opened resolve(const Settings &settings, const std::optional<Credentials> &given, QObject *parent) const;

    QProcessEnvironment m_environment;
    CredentialLoader m_loader;
};

} // namespace sg
