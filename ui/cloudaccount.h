// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/cloudconnection.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>

namespace sg::ui {

// The Alibaba Cloud account the window talks to: where the key comes from (the environment, a
// profile of the aliyun CLI, the system keychain, or typed in), the last region and endpoint. Shared
// by the cloud dialogs and the drift check. The choice, region and endpoint persist in the settings;
// a typed secret lives only in this object's memory, and reaches the keychain only through
// rememberTypedKey() (the user's explicit tick). Nothing here writes, logs or reports a secret.
class CloudAccount : public QObject
{
    Q_OBJECT

public:
    enum class Source {
        Environment,
        Profile,
        Keychain,
        Typed
    };
    struct Choice
    {
        Source source = Source::Typed;
        QString profile; // Source::Profile only
        friend bool operator==(const Choice &, const Choice &) = default;
    };

    explicit CloudAccount(QObject *parent = nullptr);
    CloudAccount(QProcessEnvironment environment, QObject *parent);

    // For tests: where the aliyun CLI's configuration is read from; how hard the client retries.
    void setConfigPath(const QString &path);
    void setClientOptions(const EcsClient::Options &options) { m_clientOptions = options; }

    // What there is to choose from.
    bool environmentHasKey() const;
    CredentialLoader::Profiles profiles() const;
    QString configPath() const { return m_connection.credentialLoader().configPath(); }
    // The masked id ("LTAI****ab12") of the key remembered in the system keychain; empty: none.
    static QString rememberedKeyId();

    // The choice: the one last used while it is still there, else the environment's key, the profile
    // ALIBABA_CLOUD_PROFILE names or the CLI's current one, the remembered key, a key to type.
    Choice choice() const;
    void setChoice(const Choice &choice);
    // A key typed into a dialog, kept in memory for this session only.
    void setTypedKey(const QString &keyId, const QString &secret);
    QString typedKeyId() const { return m_typed.accessKeyId; }
    bool hasTypedKey() const { return m_typed.isComplete(); }

    QString regionId() const;
    void setRegionId(const QString &regionId);
    QString endpoint() const;
    void setEndpoint(const QString &endpoint);
    // ALIBABA_CLOUD_ECS_ENDPOINT, used when no endpoint is given.
    QString environmentEndpoint() const;

    // Opens a client with the chosen key for `regionId` (empty: the profile's region, else
    // `fallbackRegionId`). The client is a child of `owner`. `done` runs once, perhaps before open()
    // returns (after the keychain answered when the key is there), and not at all when `owner` is
    // destroyed first. Errors are translated and never contain a secret.
    using Opened = CloudConnection::Opened;
    void open(const QString &regionId, const QString &fallbackRegionId, QObject *owner,
              std::function<void(const Opened &)> done);

    // Stores the typed key in the system keychain (and nowhere else). `done` gets an error or "".
    void rememberTypedKey(QObject *context, std::function<void(const QString &error)> done);
    // Removes the remembered key from the keychain.
    void forgetRememberedKey(QObject *context, std::function<void(const QString &error)> done);

    // The keychain entry's name (the service is KeychainStore::serviceName()).
    static QString keychainKey();

Q_SIGNALS:
    void rememberedKeyChanged();

private:
    void connectWith(const Credentials &credentials, const QString &regionId, const QString &fallbackRegionId,
                     QObject *owner, const std::function<void(const Opened &)> &done) const;

    QProcessEnvironment m_environment;
    CloudConnection m_connection;
    EcsClient::Options m_clientOptions;
    Credentials m_typed;
};

} // namespace sg::ui
