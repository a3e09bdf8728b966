// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace sg {

// Finds the credentials the user already has, in this order (reference 6.3):
//  1. a profile named explicitly (--profile NAME, the GUI's profile box) of the aliyun CLI's file;
//  2. ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET (+ ALIBABA_CLOUD_SECURITY_TOKEN,
//     region from ALIBABA_CLOUD_REGION_ID);
//  3. the aliyun CLI's ~/.aliyun/config.json: the profile ALIBABA_CLOUD_PROFILE names, else its
//     "current" one. Modes AK and StsToken; other modes are refused with a message naming the mode.
// An explicitly named profile wins over the environment so that `--profile prod` can never talk to
// the account of keys left exported in the shell. The file is only read, never written.
class CredentialLoader
{
    Q_DECLARE_TR_FUNCTIONS(sg::CredentialLoader)

public:
    explicit CredentialLoader(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // The aliyun CLI's configuration file: $HOME/.aliyun/config.json. Tests point it elsewhere.
    void setConfigPath(const QString &path) { m_configPath = path; }
    QString configPath() const { return m_configPath; }

    struct Result
    {
        std::optional<Credentials> credentials;
        QString error; // set when credentials is empty; never contains a secret
    };
    Result load(const QString &profile = {}) const;

    // The profile names of the configuration file and its current one, for a profile picker.
    // Empty when there is no readable file.
    struct Profiles
    {
        QStringList names;
        QString current;
    };
    Profiles profiles() const;

private:
    Result loadProfile(const QString &name, bool named) const;

    QProcessEnvironment m_environment;
    QString m_configPath;
};

} // namespace sg
