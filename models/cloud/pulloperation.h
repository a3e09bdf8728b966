// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudoperation.h"
#include "pullresult.h"

#include <QSet>
#include <QStringList>

namespace sg {

// Reads a region's security groups (all of them, or those named) with every rule, and the
// region's network interfaces: DescribeSecurityGroups, DescribeSecurityGroupAttribute and
// DescribeNetworkInterfaces, every page of each. A few groups are read at a time.
// With readRules off it only lists the groups (for a picker): result().groups hold no rules.
class PullOperation : public CloudOperation
{
    Q_OBJECT

public:
    struct Options
    {
        QStringList groupIds; // empty: every group of the region
        bool readRules = true;
        bool readNetworkInterfaces = true;
        int parallelGroups = 4;
    };

    PullOperation(EcsClient *client, Options options, QObject *parent = nullptr);

    // Starts reading; progress counts groups read (total known after the list), then finished().
    void start();
    const PullResult &result() const { return m_result; }

    // Page sizes (the API's maximum for each action, reference 6.2).
    static constexpr int GroupsPerPage = 100;
    static constexpr int RulesPerPage = 1000;
    static constexpr int InterfacesPerPage = 100;

private:
    void listGroups(qsizetype from);
    void groupsListed();
    void readMoreGroups();
    void groupRead(int index, const Pages &pages);
    void readNetworkInterfaces();
    void finishIfDone();

    Options m_options;
    PullResult m_result;
    QList<QJsonObject> m_listed; // DescribeSecurityGroups items, in order
    int m_nextGroup = 0;
    int m_activeGroups = 0;
    int m_groupsRead = 0;
    bool m_interfacesDone = false;
};

} // namespace sg
