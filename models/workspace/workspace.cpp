// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <QHash>

namespace sg {

qsizetype Workspace::indexOfGroup(QStringView key) const
{
    if (key.isEmpty())
        return -1;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (groups.at(i).key() == key)
            return i;
    }
    return -1;
}

qsizetype Workspace::indexOfInterface(QStringView id) const
{
    if (id.isEmpty())
        return -1;
    for (qsizetype i = 0; i < interfaces.size(); ++i) {
        if (interfaces.at(i).id == id)
            return i;
    }
    return -1;
}

QList<qsizetype> Workspace::interfacesOfInstance(QStringView instanceId) const
{
    QList<qsizetype> out;
    if (instanceId.isEmpty())
        return out;
    for (qsizetype i = 0; i < interfaces.size(); ++i) {
        if (interfaces.at(i).instanceId == instanceId)
            out.append(i);
    }
    return out;
}

qsizetype Workspace::ruleCount() const
{
    qsizetype n = 0;
    for (const WorkspaceGroup &group : groups)
        n += group.ruleSet.rules.size();
    return n;
}

void Workspace::merge(Workspace other, QStringList *duplicates)
{
    // Keys are looked up in a hash: a region's folder holds thousands of groups.
    QHash<QString, qsizetype> keys;
    keys.reserve(groups.size() + other.groups.size());
    for (qsizetype i = 0; i < groups.size(); ++i)
        keys.insert(groups.at(i).key(), i);
    groups.reserve(groups.size() + other.groups.size());
    for (WorkspaceGroup &group : other.groups) {
        const QString key = group.key();
        if (!key.isEmpty() && keys.contains(key)) {
            if (duplicates)
                duplicates->append(key);
            continue;
        }
        keys.insert(key, groups.size());
        groups.append(std::move(group));
    }

    QHash<QString, qsizetype> ids;
    for (qsizetype i = 0; i < interfaces.size(); ++i)
        ids.insert(interfaces.at(i).id, i);
    for (NetworkInterface &eni : other.interfaces) {
        if (const auto it = ids.constFind(eni.id); it != ids.cend()) {
            // The same interface from DescribeNetworkInterfaces and DescribeInstances (or from two
            // pages): what it says of the groups is the same; keep the fuller record.
            NetworkInterface &mine = interfaces[*it];
            if (mine.groupIds.isEmpty())
                mine.groupIds = eni.groupIds;
            if (mine.instanceId.isEmpty())
                mine.instanceId = eni.instanceId;
            if (mine.privateIps.isEmpty())
                mine.privateIps = eni.privateIps;
            if (mine.vpcId.isEmpty())
                mine.vpcId = eni.vpcId;
            if (mine.type.isEmpty())
                mine.type = eni.type;
            continue;
        }
        ids.insert(eni.id, interfaces.size());
        interfaces.append(std::move(eni));
    }
    attachmentsKnown = attachmentsKnown || other.attachmentsKnown;
    if (!plan && other.plan)
        plan = std::move(other.plan);
    if (notes.isEmpty())
        notes = std::move(other.notes);
}

} // namespace sg
