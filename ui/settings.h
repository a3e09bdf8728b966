// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariant>

namespace sg::ui {

// Every persistent setting in one typed table of keys and defaults. Tests point QSettings at a
// temporary location (XDG_CONFIG_HOME) instead of the user's.
class Settings
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        LastOpenFolder,
        LastExportFolder,
        RecentFiles,
        Theme,
        ExportFormats,
        AutosaveDelaySeconds,
        Language,
        // The live account (never a secret): where the key comes from, the last region and endpoint,
        // and the masked id of a key remembered in the system keychain (empty: none).
        CloudSource,
        CloudProfile,
        CloudRegion,
        CloudEndpoint,
        CloudRememberedKeyId,
        // The baseline file each workspace uses when it is not the sgassist-baseline.json beside it:
        // a map from the workspace's file or folder to the baseline's path.
        BaselineFiles,
        // The values given to the variables and parameters of each workspace read from Terraform or
        // ROS files (Supply Values…): a map from the paths opened (absolute, sorted, one a line) to
        // {"values": {NAME: VALUE}, "files": [tfvars paths]}. Sensitive values are never kept.
        InputValues,
    };

    enum class Theme {
        System,
        Light,
        Dark
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static constexpr int MaxRecentFiles = 8;

    static Theme theme();
    static void setTheme(Theme theme);

private:
    struct Entry
    {
        Key key;
        const char *name;
        QVariant fallback;
    };
    static const Entry &entry(Key key);
};

} // namespace sg::ui
