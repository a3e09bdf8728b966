// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pulloperation.h"

#include <QJsonDocument>

namespace sg {
namespace {

// The fields of a network interface that say which groups protect what (reference 6.2).
QJsonObject interfaceFields(const QJsonObject &item)
{
    QJsonObject out;
    for (const QLatin1StringView key : {QLatin1StringView("NetworkInterfaceId"), QLatin1StringView("InstanceId"),
                                        QLatin1StringView("PrivateIpAddress"), QLatin1StringView("SecurityGroupIds"),
                                        QLatin1StringView("Type"), QLatin1StringView("VpcId")}) {
        if (item.contains(key))
            out.insert(key, item.value(key));
    }
    return out;
}

} // namespace

PullOperation::PullOperation(EcsClient *client, Options options, QObject *parent)
    : CloudOperation(client, parent), m_options(std::move(options))
{
    m_options.groupIds.removeDuplicates();
}

void PullOperation::start()
{
    if (isRunning() || isFinished())
        return;
    begin();
    m_result = {};
    m_result.regionId = client()->regionId();
    setStatus(tr("Listing the security groups of %1").arg(m_result.regionId));
    listGroups(0);
}

void PullOperation::listGroups(qsizetype from)
{
    EcsParameters parameters{{QStringLiteral("RegionId"), m_result.regionId}};
    qsizetype next = -1;
    if (!m_options.groupIds.isEmpty()) {
        // SecurityGroupIds takes a JSON array of at most 100 ids.
        const QStringList chunk = m_options.groupIds.mid(from, GroupsPerPage);
        parameters.append({QStringLiteral("SecurityGroupIds"),
                           QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(chunk)).toJson(QJsonDocument::Compact))});
        if (from + GroupsPerPage < m_options.groupIds.size())
            next = from + GroupsPerPage;
    }
    readAllPages(QStringLiteral("DescribeSecurityGroups"), parameters, GroupsPerPage,
                 {QStringLiteral("SecurityGroups"), QStringLiteral("SecurityGroup")}, [this, next](const Pages &pages) {
                     for (const QJsonValue &item : pages.items)
                         m_listed.append(item.toObject());
                     if (next >= 0)
                         listGroups(next);
                     else
                         groupsListed();
                 });
}

void PullOperation::groupsListed()
{
    if (!m_options.groupIds.isEmpty()) {
        QSet<QString> found;
        for (const QJsonObject &item : std::as_const(m_listed))
            found.insert(item.value(QLatin1StringView("SecurityGroupId")).toString());
        for (const QString &id : std::as_const(m_options.groupIds)) {
            if (!found.contains(id)) {
                fail(EcsError::setup(tr("the region %1 has no security group %2 (or these credentials may not see it)")
                                         .arg(m_result.regionId, id)));
                return;
            }
        }
    }
    for (const QJsonObject &item : std::as_const(m_listed)) {
        const QString id = item.value(QLatin1StringView("SecurityGroupId")).toString();
        if (!PullResult::isSafeGroupId(id)) {
            fail(EcsError::badResponse(QStringLiteral("DescribeSecurityGroups"), 200,
                                       tr("\"%1\" is not a security group id").arg(id)));
            return;
        }
        RuleSet set;
        set.group.regionId = m_result.regionId;
        set.group.securityGroupId = id;
        set.group.name = item.value(QLatin1StringView("SecurityGroupName")).toString();
        set.group.description = item.value(QLatin1StringView("Description")).toString();
        set.group.vpcId = item.value(QLatin1StringView("VpcId")).toString();
        // The list says "normal" or "enterprise"; DescribeSecurityGroupAttribute does not say.
        if (item.value(QLatin1StringView("SecurityGroupType")).toString().compare(u"enterprise", Qt::CaseInsensitive) == 0)
            set.group.type = GroupType::Enterprise;
        m_result.groups.append(set);
    }
    setProgress(0, int(m_result.groups.size()));
    if (m_options.readNetworkInterfaces)
        readNetworkInterfaces();
    else
        m_interfacesDone = true;
    if (m_options.readRules)
        readMoreGroups();
    finishIfDone();
}

void PullOperation::readMoreGroups()
{
    while (!isFinished() && m_activeGroups < std::max(1, m_options.parallelGroups)
           && m_nextGroup < m_result.groups.size()) {
        const int index = m_nextGroup++;
        ++m_activeGroups;
        const QString id = m_result.groups[index].group.securityGroupId;
        setStatus(tr("Reading the rules of %1").arg(id));
        readAllPages(
            QStringLiteral("DescribeSecurityGroupAttribute"),
            {{QStringLiteral("RegionId"), m_result.regionId},
             {QStringLiteral("SecurityGroupId"), id},
             {QStringLiteral("Direction"), QStringLiteral("all")}},
            RulesPerPage, {QStringLiteral("Permissions"), QStringLiteral("Permission")},
            [this, index](const Pages &pages) { groupRead(index, pages); },
            [this, id](int page) {
                if (page > 1)
                    setStatus(tr("Reading the rules of %1 (page %2)").arg(id).arg(page));
            });
    }
}

void PullOperation::groupRead(int index, const Pages &pages)
{
    RuleSet &set = m_result.groups[index];
    std::optional<RuleSet> read = groupFromPages(pages, set.group.securityGroupId, &m_result.warnings);
    if (!read)
        return;
    const GroupInfo listed = set.group;
    set = *read;
    // The list knows the type; the attribute answer knows the rest.
    set.group.type = listed.type;
    if (set.group.name.isEmpty())
        set.group.name = listed.name;
    if (set.group.vpcId.isEmpty())
        set.group.vpcId = listed.vpcId;

    --m_activeGroups;
    ++m_groupsRead;
    setProgress(m_groupsRead, int(m_result.groups.size()));
    readMoreGroups();
    finishIfDone();
}

void PullOperation::readNetworkInterfaces()
{
    readAllPages(QStringLiteral("DescribeNetworkInterfaces"), {{QStringLiteral("RegionId"), m_result.regionId}},
                 InterfacesPerPage, {QStringLiteral("NetworkInterfaceSets"), QStringLiteral("NetworkInterfaceSet")},
                 [this](const Pages &pages) {
                     for (const QJsonValue &item : pages.items)
                         m_result.networkInterfaces.append(interfaceFields(item.toObject()));
                     m_result.hasNetworkInterfaces = true;
                     m_interfacesDone = true;
                     finishIfDone();
                 });
}

void PullOperation::finishIfDone()
{
    if (isFinished() || !m_interfacesDone)
        return;
    if (m_options.readRules && m_groupsRead < m_result.groups.size())
        return;
    setStatus(tr("Read %n security group(s)", nullptr, int(m_result.groups.size())));
    complete();
}

} // namespace sg
