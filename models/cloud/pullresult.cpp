// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pullresult.h"

#include "io/fileio.h"
#include "io/formats.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <filesystem>
#include <system_error>

namespace sg {

bool PullResult::isSafeGroupId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^sg-[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(id).hasMatch();
}

QStringList PullResult::fileNames() const
{
    QStringList out;
    for (const RuleSet &group : groups)
        out.append(group.group.securityGroupId + QStringLiteral(".json"));
    if (hasNetworkInterfaces)
        out.append(QString(NetworkInterfacesFileName));
    return out;
}

QString PullResult::writeNetworkInterfaces(QIODevice &device) const
{
    QJsonObject sets;
    sets.insert(QLatin1StringView("NetworkInterfaceSet"), networkInterfaces);
    QJsonObject root;
    root.insert(QLatin1StringView("RegionId"), regionId);
    root.insert(QLatin1StringView("TotalCount"), networkInterfaces.size());
    root.insert(QLatin1StringView("NetworkInterfaceSets"), sets);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (device.write(bytes) != bytes.size())
        return device.errorString();
    return {};
}

PullResult::SaveResult PullResult::save(const QString &directory) const
{
    SaveResult out;
    for (const RuleSet &group : groups) {
        if (!isSafeGroupId(group.group.securityGroupId)) {
            out.error = tr("\"%1\" is not a security group id that can name a file").arg(group.group.securityGroupId);
            return out;
        }
    }
    const QDir target(directory);
    if (!target.exists() && !QDir().mkpath(directory)) {
        out.error = tr("cannot create the folder %1").arg(directory);
        return out;
    }
    // Staged in the target folder itself, so that moving into place is a rename on one file system.
    QTemporaryDir staging(target.absoluteFilePath(QStringLiteral(".sgassist-pull-XXXXXX")));
    if (!staging.isValid()) {
        out.error = tr("cannot write in %1: %2").arg(directory, staging.errorString());
        return out;
    }
    const QStringList names = fileNames();
    const ApiJsonFormat apiJson;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString path = staging.filePath(names[i]);
        const QString error = writeFileAtomically(path, [&](QIODevice &device, QString *message) {
            if (i < groups.size())
                *message = apiJson.write(Document{groups[i], std::nullopt, {}}, device);
            else
                *message = writeNetworkInterfaces(device);
            return message->isEmpty();
        });
        if (!error.isEmpty()) {
            out.error = error;
            return out;
        }
    }
    for (const QString &name : names) {
        std::error_code code;
        const QString destination = target.absoluteFilePath(name);
        std::filesystem::rename(QFile::encodeName(staging.filePath(name)).toStdString(),
                                QFile::encodeName(destination).toStdString(), code);
        if (code) {
            out.error = tr("cannot move %1 into place: %2").arg(destination, QString::fromLocal8Bit(code.message()));
            return out;
        }
        out.files.append(destination);
    }
    return out;
}

} // namespace sg
