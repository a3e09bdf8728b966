// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDebug;

namespace sg {

// An AccessKey pair (and STS token) for signing ECS calls, with where it came from. SG Assist never
// stores, prints, logs or writes the secret or the token: only the masked key id and the origin
// appear in messages.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // STS credentials only
    QString regionId;      // the region the source names, if any (profile region_id, ALIBABA_CLOUD_REGION_ID)
    QString origin;        // for messages: "the environment", "profile \"dev\" of /home/me/.aliyun/config.json"

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
    // "LTAI****b2c3": enough for a person to tell keys apart, not enough to use one.
    QString maskedKeyId() const;
};

// Prints the masked key id and the origin only, so that a stray qDebug() cannot leak a secret.
QDebug operator<<(QDebug debug, const Credentials &credentials);

} // namespace sg
