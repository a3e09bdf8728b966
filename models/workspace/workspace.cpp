// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

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

QList<std::pair<qsizetype, UnresolvedValue>> Workspace::usesOfInput(QStringView name) const
{
    QList<std::pair<qsizetype, UnresolvedValue>> out;
    if (name.isEmpty())
        return out;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (const UnresolvedValue &open : groups.at(g).unresolved) {
            if (open.input == name)
                out.append({g, open});
        }
    }
    return out;
}

void Workspace::merge(Workspace other, QStringList *duplicates)
{
    WorkspaceMerger(*this).add(std::move(other), duplicates);
}

namespace {

// An input is one per kind, name and file.
QString inputKey(const WorkspaceInput &input)
{
    return QString::number(int(input.kind)) + u'\n' + input.name + u'\n' + input.file;
}

} // namespace

WorkspaceMerger::WorkspaceMerger(Workspace &target)
    : m_target(target)
{
    for (const WorkspaceInput &input : target.inputs)
        m_inputs.insert(inputKey(input));
    for (qsizetype i = 0; i < target.groups.size(); ++i)
        m_keys.insert(target.groups.at(i).key(), i);
    for (qsizetype i = 0; i < target.interfaces.size(); ++i)
        m_interfaces.insert(target.interfaces.at(i).id, i);
}

void WorkspaceMerger::add(Workspace other, QStringList *duplicates)
{
    for (WorkspaceGroup &group : other.groups) {
        const QString key = group.key();
        if (!key.isEmpty() && m_keys.contains(key)) {
            if (duplicates)
                duplicates->append(key);
            continue;
        }
        m_keys.insert(key, m_target.groups.size());
        m_target.groups.append(std::move(group));
    }
    for (NetworkInterface &eni : other.interfaces) {
        if (const auto it = m_interfaces.constFind(eni.id); it != m_interfaces.cend()) {
            // The same interface from DescribeNetworkInterfaces and DescribeInstances (or from two
            // pages): what it says of the groups is the same; keep the fuller record.
            NetworkInterface &mine = m_target.interfaces[*it];
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
        m_interfaces.insert(eni.id, m_target.interfaces.size());
        m_target.interfaces.append(std::move(eni));
    }
    for (WorkspaceInput &input : other.inputs) {
        if (!m_inputs.contains(inputKey(input))) {
            m_inputs.insert(inputKey(input));
            m_target.inputs.append(std::move(input));
        }
    }
    m_target.attachmentsKnown = m_target.attachmentsKnown || other.attachmentsKnown;
    if (!m_target.plan && other.plan)
        m_target.plan = std::move(other.plan);
    if (m_target.notes.isEmpty())
        m_target.notes = std::move(other.notes);
}

} // namespace sg
