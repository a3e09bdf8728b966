// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QDir>
#include <QSettings>

#include <array>

namespace sg::ui {

const Settings::Entry &Settings::entry(Key key)
{
    static const std::array<Entry, 16> table{{
        {Key::WindowGeometry, "window/geometry", QByteArray()},
        {Key::WindowState, "window/state", QByteArray()},
        {Key::LastOpenFolder, "files/lastOpenFolder", QDir::homePath()},
        {Key::LastExportFolder, "files/lastExportFolder", QDir::homePath()},
        {Key::RecentFiles, "files/recent", QStringList()},
        {Key::Theme, "appearance/theme", QStringLiteral("system")},
        {Key::ExportFormats, "export/formats", QStringList{QStringLiteral("console-json"), QStringLiteral("aliyun-cli")}},
        {Key::AutosaveDelaySeconds, "document/autosaveDelaySeconds", 3},
        {Key::Language, "appearance/language", QStringLiteral("system")}, // "system", "en" or "zh_CN"
        {Key::CloudSource, "cloud/source", QString()},                    // "environment", "profile", "keychain", "typed"
        {Key::CloudProfile, "cloud/profile", QString()},
        {Key::CloudRegion, "cloud/region", QString()},
        {Key::CloudEndpoint, "cloud/endpoint", QString()},
        {Key::CloudRememberedKeyId, "cloud/rememberedKeyId", QString()},
        {Key::BaselineFiles, "baseline/files", QVariantMap()},
        {Key::InputValues, "values/workspaces", QVariantMap()},
    }};
    for (const Entry &e : table) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
    return table.front();
}

QVariant Settings::value(Key key)
{
    const Entry &e = entry(key);
    return QSettings().value(QLatin1StringView(e.name), e.fallback);
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(QLatin1StringView(entry(key).name), value);
}

QStringList Settings::recentFiles()
{
    return value(Key::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    setValue(Key::RecentFiles, files.mid(0, MaxRecentFiles));
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    setValue(Key::RecentFiles, files);
}

Settings::Theme Settings::theme()
{
    const QString id = value(Key::Theme).toString();
    if (id == u"light")
        return Theme::Light;
    if (id == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    setValue(Key::Theme, theme == Theme::Light ? QStringLiteral("light") : theme == Theme::Dark ? QStringLiteral("dark")
                                                                                                : QStringLiteral("system"));
}

} // namespace sg::ui
