// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudaccount.h"

#include "secretstore.h"
#include "settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace sg::ui {
namespace {

QString sourceName(CloudAccount::Source source)
{
    switch (source) {
    case CloudAccount::Source::Environment: return QStringLiteral("environment");
    case CloudAccount::Source::Profile: return QStringLiteral("profile");
    case CloudAccount::Source::Keychain: return QStringLiteral("keychain");
    case CloudAccount::Source::Typed: break;
    }
    return QStringLiteral("typed");
}

} // namespace

CloudAccount::CloudAccount(QObject *parent)
    : CloudAccount(QProcessEnvironment::systemEnvironment(), parent)
{
}

CloudAccount::CloudAccount(QProcessEnvironment environment, QObject *parent)
    : QObject(parent), m_environment(environment), m_connection(std::move(environment))
{
}

void CloudAccount::setConfigPath(const QString &path)
{
    m_connection.setConfigPath(path);
}

bool CloudAccount::environmentHasKey() const
{
    return !m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")).trimmed().isEmpty()
        && !m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")).trimmed().isEmpty();
}

CredentialLoader::Profiles CloudAccount::profiles() const
{
    return m_connection.credentialLoader().profiles();
}

QString CloudAccount::rememberedKeyId()
{
    return Settings::value(Settings::Key::CloudRememberedKeyId).toString();
}

QString CloudAccount::keychainKey()
{
    return QStringLiteral("alibaba-cloud-access-key");
}

CloudAccount::Choice CloudAccount::choice() const
{
    const QString source = Settings::value(Settings::Key::CloudSource).toString();
    const CredentialLoader::Profiles available = profiles();
    if (source == u"environment" && environmentHasKey())
        return {Source::Environment, {}};
    if (source == u"profile") {
        const QString name = Settings::value(Settings::Key::CloudProfile).toString();
        if (available.names.contains(name))
            return {Source::Profile, name};
    }
    if (source == u"keychain" && !rememberedKeyId().isEmpty())
        return {Source::Keychain, {}};
    if (source == u"typed")
        return {Source::Typed, {}};

    if (environmentHasKey())
        return {Source::Environment, {}};
    const QString named = m_environment.value(QStringLiteral("ALIBABA_CLOUD_PROFILE")).trimmed();
    if (available.names.contains(named))
        return {Source::Profile, named};
    if (available.names.contains(available.current))
        return {Source::Profile, available.current};
    if (!available.names.isEmpty())
        return {Source::Profile, available.names.first()};
    if (!rememberedKeyId().isEmpty())
        return {Source::Keychain, {}};
    return {Source::Typed, {}};
}

void CloudAccount::setChoice(const Choice &choice)
{
    Settings::setValue(Settings::Key::CloudSource, sourceName(choice.source));
    Settings::setValue(Settings::Key::CloudProfile, choice.source == Source::Profile ? choice.profile : QString());
}

void CloudAccount::setTypedKey(const QString &keyId, const QString &secret)
{
    m_typed = {};
    m_typed.accessKeyId = keyId.trimmed();
    m_typed.accessKeySecret = secret.trimmed();
    m_typed.origin = tr("the key typed into SG Assist");
}

QString CloudAccount::regionId() const
{
    return Settings::value(Settings::Key::CloudRegion).toString();
}

void CloudAccount::setRegionId(const QString &regionId)
{
    Settings::setValue(Settings::Key::CloudRegion, regionId.trimmed());
}

QString CloudAccount::endpoint() const
{
    return Settings::value(Settings::Key::CloudEndpoint).toString();
}

void CloudAccount::setEndpoint(const QString &endpoint)
{
    Settings::setValue(Settings::Key::CloudEndpoint, endpoint.trimmed());
}

QString CloudAccount::environmentEndpoint() const
{
    return m_environment.value(QStringLiteral("ALIBABA_CLOUD_ECS_ENDPOINT")).trimmed();
}

void CloudAccount::open(const QString &regionId, const QString &fallbackRegionId, QObject *owner,
                        std::function<void(const Opened &)> done)
{
    const Choice chosen = choice();
    const auto fail = [&done](const QString &error) {
        Opened out;
        out.error = error;
        done(out);
    };
    switch (chosen.source) {
    case Source::Environment:
    case Source::Profile: {
        const CredentialLoader::Result loaded = m_connection.credentialLoader().load(chosen.profile);
        if (!loaded.credentials)
            return fail(loaded.error);
        return connectWith(*loaded.credentials, regionId, fallbackRegionId, owner, done);
    }
    case Source::Typed:
        if (!m_typed.isComplete())
            return fail(tr("type the access key id and its secret"));
        return connectWith(m_typed, regionId, fallbackRegionId, owner, done);
    case Source::Keychain:
        break;
    }
    QPointer<CloudAccount> self(this);
    SecretStore::instance().read(keychainKey(), owner, [self, regionId, fallbackRegionId, owner, done](const SecretStore::Result &read) {
        Opened out;
        if (!self) {
            out.error = tr("the window was closed");
            done(out);
            return;
        }
        if (!read.ok()) {
            out.error = tr("the remembered key cannot be read: %1").arg(read.error);
            done(out);
            return;
        }
        // The parser's messages name offsets only, never the text: no secret can leak through them.
        const QJsonObject stored = QJsonDocument::fromJson(read.data).object();
        Credentials credentials;
        credentials.accessKeyId = stored.value(QLatin1StringView("AccessKeyId")).toString();
        credentials.accessKeySecret = stored.value(QLatin1StringView("AccessKeySecret")).toString();
        credentials.origin = tr("the key remembered in the system keychain");
        if (!credentials.isComplete()) {
            out.error = tr("the system keychain's entry for SG Assist holds no usable key; forget it and type the key again");
            done(out);
            return;
        }
        self->connectWith(credentials, regionId, fallbackRegionId, owner, done);
    });
}

void CloudAccount::connectWith(const Credentials &credentials, const QString &regionId, const QString &fallbackRegionId,
                               QObject *owner, const std::function<void(const Opened &)> &done) const
{
    if (regionId.trimmed().isEmpty() && fallbackRegionId.trimmed().isEmpty() && credentials.regionId.isEmpty()) {
        Opened out;
        out.error = tr("choose a region: %1 names none").arg(credentials.origin);
        done(out);
        return;
    }
    CloudConnection::Settings settings;
    settings.regionId = regionId;
    settings.fallbackRegionId = fallbackRegionId;
    settings.endpoint = endpoint();
    const Opened opened = m_connection.open(settings, credentials, owner);
    if (opened.client)
        opened.client->setOptions(m_clientOptions);
    done(opened);
}

void CloudAccount::rememberTypedKey(QObject *context, std::function<void(const QString &)> done)
{
    if (!m_typed.isComplete()) {
        done(tr("there is no typed key to remember"));
        return;
    }
    const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("AccessKeyId"), m_typed.accessKeyId},
                                                      {QStringLiteral("AccessKeySecret"), m_typed.accessKeySecret}})
                                .toJson(QJsonDocument::Compact);
    const QString masked = m_typed.maskedKeyId();
    QPointer<CloudAccount> self(this);
    SecretStore::instance().write(keychainKey(), data, context, [self, masked, done](const SecretStore::Result &written) {
        if (written.ok()) {
            Settings::setValue(Settings::Key::CloudRememberedKeyId, masked);
            if (self)
                Q_EMIT self->rememberedKeyChanged();
        }
        done(written.error);
    });
}

void CloudAccount::forgetRememberedKey(QObject *context, std::function<void(const QString &)> done)
{
    QPointer<CloudAccount> self(this);
    SecretStore::instance().remove(keychainKey(), context, [self, done](const SecretStore::Result &removed) {
        // Nothing there is as good as removed: the marker must not outlive the entry.
        if (removed.ok() || removed.notFound) {
            Settings::setValue(Settings::Key::CloudRememberedKeyId, QString());
            if (self)
                Q_EMIT self->rememberedKeyChanged();
            done({});
            return;
        }
        done(removed.error);
    });
}

} // namespace sg::ui
