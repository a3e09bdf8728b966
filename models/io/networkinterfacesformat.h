// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

#include <QCoreApplication>

namespace sg {

// `network-interfaces`: which security groups each network interface carries, from the responses of
// DescribeNetworkInterfaces (NetworkInterfaceSets.NetworkInterfaceSet[]) and DescribeInstances
// (Instances.Instance[]: the instance's groups are those of its primary interface). Several pages
// are several files; the workspace loader merges them. Holds no rules: read alone it gives a
// workspace with interfaces and no groups.
class NetworkInterfacesFormat final : public RuleFormat
{
    Q_DECLARE_TR_FUNCTIONS(sg::NetworkInterfacesFormat)

public:
    NetworkInterfacesFormat();
    int sniff(QByteArrayView head) const override;
    // A file of interfaces is no rule set: read() explains how to open it.
    Parsed<Document> read(QIODevice &device, const QString &fileName) const override;

protected:
    Parsed<Workspace> readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const override;
};

} // namespace sg
