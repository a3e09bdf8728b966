// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "core/ruleset.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QStringList>

namespace sg {

// What a pull read from a region: every group asked for with all its rules (ids kept) and the
// network interfaces that carry groups, in the API's own shape, ready to be written as a folder
// that opens as a workspace.
struct PullResult
{
    Q_DECLARE_TR_FUNCTIONS(sg::PullResult)

public:
    QString regionId;
    QList<RuleSet> groups;
    bool hasNetworkInterfaces = false;
    // DescribeNetworkInterfaces items: NetworkInterfaceId, InstanceId, PrivateIpAddress,
    // SecurityGroupIds.SecurityGroupId[], Type, VpcId.
    QJsonArray networkInterfaces;
    Diagnostics warnings; // what the rules' reader noted (a port list not expanded, ...)

    static constexpr QLatin1StringView NetworkInterfacesFileName{"network-interfaces.json"};

    // "<group-id>.json" for each group, then network-interfaces.json.
    QStringList fileNames() const;
    // A DescribeNetworkInterfaces response holding every interface (NetworkInterfaceSets.NetworkInterfaceSet[]).
    QString writeNetworkInterfaces(QIODevice &device) const;

    struct SaveResult
    {
        QStringList files; // full paths, in fileNames() order
        QString error;     // empty on success; names the file
    };
    // Writes every file into `directory` (created if missing): each group as api-json and
    // network-interfaces.json. All or nothing: the files are written to a staging folder inside
    // `directory` first and moved into place only when all of them were written.
    SaveResult save(const QString &directory) const;

    // A security group id that is safe as a file name ("sg-" and letters, digits, '-', '_').
    static bool isSafeGroupId(const QString &id);
};

} // namespace sg
