// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Files the tests write and read back.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace testfiles {

// The bytes of the file; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes `bytes` to `path`, with `permissions` when given, and returns the path. A test that
// cannot write its own input stops at once, naming the file.
inline QString writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    if (permissions)
        file.setPermissions(permissions);
    return path;
}

} // namespace testfiles
