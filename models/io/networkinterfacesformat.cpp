// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

#include "jsonutil.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sg {
namespace {

QJsonValue at(const QJsonValue &value, QLatin1StringView key)
{
    return json::valueIgnoringCase(value.toObject(), key);
}

// The API wraps every list in an object named after its items: {"SecurityGroupId": [...]}. Some
// tools print the bare array; both are read.
QJsonArray listOf(const QJsonValue &value, QLatin1StringView itemKey)
{
    if (value.isArray())
        return value.toArray();
    return at(value, itemKey).toArray();
}

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &item : array) {
        if (item.isString() && !item.toString().isEmpty())
            out.append(item.toString());
    }
    return out;
}

class InterfaceReader : public json::WorkspaceObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(sg::NetworkInterfacesFormat)

public:
    using WorkspaceObjectReader::WorkspaceObjectReader;

    void run(const QJsonObject &root)
    {
        const QJsonValue sets = json::valueIgnoringCase(root, QLatin1StringView("NetworkInterfaceSets"));
        const QJsonValue instances = json::valueIgnoringCase(root, QLatin1StringView("Instances"));
        if (sets.isUndefined() && instances.isUndefined()) {
            m_problems.error(SourceLocation{m_file, 1, 1},
                             tr("no \"NetworkInterfaceSets\" or \"Instances\": this is not a DescribeNetworkInterfaces or DescribeInstances response"));
            return;
        }
        m_out.value.attachmentsKnown = true;
        if (!sets.isUndefined())
            readInterfaces(listOf(sets, QLatin1StringView("NetworkInterfaceSet")));
        if (!instances.isUndefined())
            readInstances(listOf(instances, QLatin1StringView("Instance")));
        m_problems.finish();
    }

private:
    // Reads the items of `list` (at `path`[i]) that name what `key` names into interfaces: fill()
    // reads the rest of one; an item without it is reported as `missing` and skipped.
    template <typename Fill>
    void readEach(const QJsonArray &list, const QString &path, QLatin1StringView key, const QString &missing, Fill fill)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonValue item = list.at(i);
            const QString id = at(item, key).toString();
            if (id.isEmpty()) {
                m_problems.error(SourceLocation{m_file, 0, 0, 0, QStringLiteral("%1[%2]").arg(path).arg(i)}, missing);
                continue;
            }
            NetworkInterface eni;
            fill(item, id, eni);
            eni.groupIds = strings(listOf(at(item, QLatin1StringView("SecurityGroupIds")), QLatin1StringView("SecurityGroupId")));
            eni.file = m_file;
            m_out.value.interfaces.append(eni);
        }
    }

    void readInterfaces(const QJsonArray &list)
    {
        readEach(list, QStringLiteral("NetworkInterfaceSets.NetworkInterfaceSet"), QLatin1StringView("NetworkInterfaceId"),
                 tr("has no NetworkInterfaceId"), [&](const QJsonValue &item, const QString &id, NetworkInterface &eni) {
                     eni.id = id;
                     eni.instanceId = at(item, QLatin1StringView("InstanceId")).toString();
                     eni.type = at(item, QLatin1StringView("Type")).toString();
                     eni.vpcId = at(item, QLatin1StringView("VpcId")).toString();
                     const QString primary = at(item, QLatin1StringView("PrivateIpAddress")).toString();
                     if (!primary.isEmpty())
                         eni.privateIps.append(primary);
                     const QJsonArray more = listOf(at(item, QLatin1StringView("PrivateIpSets")), QLatin1StringView("PrivateIpSet"));
                     for (const QJsonValue &ip : more) {
                         const QString address = at(ip, QLatin1StringView("PrivateIpAddress")).toString();
                         if (!address.isEmpty() && !eni.privateIps.contains(address))
                             eni.privateIps.append(address);
                     }
                 });
    }

    // DescribeInstances lists an instance's groups once, for the instance: they are its primary
    // interface's. Secondary interfaces may carry other groups, which only DescribeNetworkInterfaces
    // tells; they are left out here rather than guessed.
    void readInstances(const QJsonArray &list)
    {
        readEach(list, QStringLiteral("Instances.Instance"), QLatin1StringView("InstanceId"), tr("has no InstanceId"),
                 [&](const QJsonValue &item, const QString &id, NetworkInterface &eni) {
                     eni.instanceId = id;
                     const QJsonValue vpc = at(item, QLatin1StringView("VpcAttributes"));
                     eni.vpcId = at(vpc, QLatin1StringView("VpcId")).toString();
                     eni.privateIps = strings(listOf(at(vpc, QLatin1StringView("PrivateIpAddress")), QLatin1StringView("IpAddress")));
                     eni.type = QStringLiteral("Primary");
                     const QJsonArray nics = listOf(at(item, QLatin1StringView("NetworkInterfaces")), QLatin1StringView("NetworkInterface"));
                     for (const QJsonValue &nic : nics) {
                         const QString type = at(nic, QLatin1StringView("Type")).toString();
                         if (type.isEmpty() || type.compare(u"Primary", Qt::CaseInsensitive) == 0) {
                             eni.id = at(nic, QLatin1StringView("NetworkInterfaceId")).toString();
                             const QString ip = at(nic, QLatin1StringView("PrimaryIpAddress")).toString();
                             if (!ip.isEmpty() && !eni.privateIps.contains(ip))
                                 eni.privateIps.prepend(ip);
                             break;
                         }
                     }
                     if (eni.id.isEmpty()) // an instance listed without its interfaces: name the primary one after it
                         eni.id = eni.instanceId + QStringLiteral("/primary");
                 });
    }
};

} // namespace

NetworkInterfacesFormat::NetworkInterfacesFormat()
    : RuleFormat({.id = "network-interfaces", .displayName = QT_TRANSLATE_NOOP("sg::RuleFormat", "Network interfaces (DescribeNetworkInterfaces, DescribeInstances)"), .suffix = "json", .reads = true})
{
}

int NetworkInterfacesFormat::sniff(QByteArrayView head) const
{
    const QByteArrayView text = head;
    if (!text.trimmed().startsWith('{'))
        return 0;
    if (text.contains("\"networkinterfacesets\""))
        return 95;
    if (text.contains("\"instances\"") && text.contains("\"instanceid\"") && !text.contains("\"permissions\""))
        return 90;
    return 0;
}

Parsed<Document> NetworkInterfacesFormat::read(QIODevice &device, const QString &fileName) const
{
    Parsed<Document> out;
    Parsed<Workspace> read = readWorkspace(device, fileName);
    out.diagnostics = std::move(read.diagnostics);
    if (!hasErrors(out.diagnostics)) {
        out.diagnostics.append(Diagnostic::error(
            SourceLocation{fileName},
            tr("the file lists network interfaces, not rules; open it together with the groups' rule files")));
    }
    return out;
}

Parsed<Workspace> NetworkInterfacesFormat::readGroups(QIODevice &device, const QString &fileName, const ReadOptions &options) const
{
    Q_UNUSED(options);
    return json::WorkspaceObjectReader::read<InterfaceReader>(
        device, fileName, tr("the file is empty"),
        tr("expected the JSON object of a DescribeNetworkInterfaces or DescribeInstances response"));
}

} // namespace sg
