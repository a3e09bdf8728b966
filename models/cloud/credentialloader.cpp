// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sg {
namespace {

// The file is small; anything larger is not an aliyun configuration.
constexpr qint64 MaxConfigBytes = 4 << 20;

struct ConfigFile
{
    QJsonObject root;
    QString error;
};

ConfigFile readConfig(const QString &path)
{
    ConfigFile out;
    QFile file(path);
    if (!file.exists()) {
        out.error = CredentialLoader::tr("%1 does not exist").arg(path);
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = CredentialLoader::tr("cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    if (file.size() > MaxConfigBytes) {
        out.error = CredentialLoader::tr("%1 is too large to be an aliyun configuration file").arg(path);
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    // The parser's message names an offset, never the text there: no secret can leak through it.
    if (parseError.error != QJsonParseError::NoError) {
        out.error = CredentialLoader::tr("%1 is not valid JSON (at byte %2: %3)")
                        .arg(path, QString::number(parseError.offset), parseError.errorString());
        return out;
    }
    if (!document.isObject()) {
        out.error = CredentialLoader::tr("%1 is not an aliyun configuration file (no JSON object)").arg(path);
        return out;
    }
    out.root = document.object();
    return out;
}

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString().trimmed();
}

} // namespace

CredentialLoader::CredentialLoader(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
    const QString home = m_environment.value(QStringLiteral("HOME"), QDir::homePath());
    m_configPath = home + QStringLiteral("/.aliyun/config.json");
}

CredentialLoader::Result CredentialLoader::load(const QString &profile) const
{
    if (!profile.isEmpty())
        return loadProfile(profile, true);

    const QString id = m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")).trimmed();
    const QString secret = m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")).trimmed();
    if (!id.isEmpty() || !secret.isEmpty()) {
        if (id.isEmpty())
            return {std::nullopt, tr("ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not")};
        if (secret.isEmpty())
            return {std::nullopt, tr("ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not")};
        Credentials c;
        c.accessKeyId = id;
        c.accessKeySecret = secret;
        c.securityToken = m_environment.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN")).trimmed();
        c.regionId = m_environment.value(QStringLiteral("ALIBABA_CLOUD_REGION_ID")).trimmed();
        c.origin = tr("the environment (ALIBABA_CLOUD_ACCESS_KEY_ID)");
        return {c, {}};
    }

    const QString fromEnvironment = m_environment.value(QStringLiteral("ALIBABA_CLOUD_PROFILE")).trimmed();
    if (!fromEnvironment.isEmpty())
        return loadProfile(fromEnvironment, true);
    if (!QFile::exists(m_configPath)) {
        return {std::nullopt, tr("no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, "
                                 "or configure a profile with 'aliyun configure' (%1 does not exist)")
                                  .arg(m_configPath)};
    }
    return loadProfile({}, false);
}

CredentialLoader::Result CredentialLoader::loadProfile(const QString &name, bool named) const
{
    const ConfigFile config = readConfig(m_configPath);
    if (!config.error.isEmpty())
        return {std::nullopt, named ? tr("cannot use profile \"%1\": %2").arg(name, config.error) : config.error};

    const QString wanted = named ? name : text(config.root, QLatin1StringView("current"));
    if (wanted.isEmpty())
        return {std::nullopt, tr("%1 names no current profile; choose one with --profile").arg(m_configPath)};

    const QJsonArray profileList = config.root.value(QLatin1StringView("profiles")).toArray();
    for (const QJsonValue &value : profileList) {
        const QJsonObject profile = value.toObject();
        if (text(profile, QLatin1StringView("name")) != wanted)
            continue;
        const QString where = tr("profile \"%1\" of %2").arg(wanted, m_configPath);
        // The aliyun CLI treats a profile without a mode as AK.
        const QString mode = text(profile, QLatin1StringView("mode"));
        const bool sts = mode.compare(u"StsToken", Qt::CaseInsensitive) == 0;
        if (!mode.isEmpty() && mode.compare(u"AK", Qt::CaseInsensitive) != 0 && !sts) {
            return {std::nullopt, tr("%1 uses mode %2, which SG Assist does not support: use a profile of mode AK or "
                                     "StsToken, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET")
                                      .arg(where, mode)};
        }
        Credentials c;
        c.accessKeyId = text(profile, QLatin1StringView("access_key_id"));
        c.accessKeySecret = text(profile, QLatin1StringView("access_key_secret"));
        c.securityToken = sts ? text(profile, QLatin1StringView("sts_token")) : QString();
        c.regionId = text(profile, QLatin1StringView("region_id"));
        c.origin = where;
        if (c.accessKeyId.isEmpty() || c.accessKeySecret.isEmpty())
            return {std::nullopt, tr("%1 has no access_key_id or access_key_secret").arg(where)};
        if (sts && c.securityToken.isEmpty())
            return {std::nullopt, tr("%1 is of mode StsToken but has no sts_token").arg(where)};
        return {c, {}};
    }
    QStringList names;
    for (const QJsonValue &value : profileList)
        names.append(text(value.toObject(), QLatin1StringView("name")));
    return {std::nullopt, tr("%1 has no profile \"%2\" (profiles: %3)").arg(m_configPath, wanted, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")))};
}

CredentialLoader::Profiles CredentialLoader::profiles() const
{
    Profiles out;
    const ConfigFile config = readConfig(m_configPath);
    if (!config.error.isEmpty())
        return out;
    out.current = text(config.root, QLatin1StringView("current"));
    const QJsonArray profileList = config.root.value(QLatin1StringView("profiles")).toArray();
    for (const QJsonValue &value : profileList) {
        const QString name = text(value.toObject(), QLatin1StringView("name"));
        if (!name.isEmpty())
            out.names.append(name);
    }
    return out;
}

} // namespace sg
