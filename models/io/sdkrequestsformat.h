// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/limits.h"
#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

// `sdk-requests`: the request bodies a program hands to an Alibaba Cloud SDK, as a JSON array of
// {"action", "regionId", "securityGroupId", "permissions": [...]}: ingress and egress in separate
// requests (AuthorizeSecurityGroup / AuthorizeSecurityGroupEgress), at most 100 permissions each,
// permission fields with the API's names and Priority as a string, as the SDK's model types it.
// Write only.
class SdkRequestsFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::SdkRequestsFormat)

public:
    static constexpr int MaxPermissionsPerRequest = Limits::PermissionsPerCall;

    SdkRequestsFormat();
    QString write(const Document &document, QIODevice &device) const override;
    Diagnostics checkWritable(const Document &document) const override;
};

} // namespace sg
