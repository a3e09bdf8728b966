// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QFile>

namespace sg {

// What a data file built into the library holds: the Qt resource at `path` (registered by the
// caller's Q_INIT_RESOURCE), read with T::fromJson. The file is part of the build, so a missing or
// invalid one is a programming error, asserted.
template <typename T>
T readBuiltInResource(const QString &path)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "readBuiltInResource", qPrintable(path + QStringLiteral(": the resource is missing")));
    Parsed<T> parsed = T::fromJson(file.readAll(), file.fileName());
    Q_ASSERT_X(parsed.ok(), "readBuiltInResource", qPrintable(path + QStringLiteral(": the built-in data is invalid")));
    return parsed.value;
}

// The built-in data of type T, read once, on first use: `registerResource` (a function outside any
// namespace that calls Q_INIT_RESOURCE) registers the resource, then readBuiltInResource() reads it.
// One resource per type.
template <typename T>
const T &builtInResource(void (*registerResource)(), const QString &path)
{
    static const T value = [&] {
        registerResource();
        return readBuiltInResource<T>(path);
    }();
    return value;
}

} // namespace sg
