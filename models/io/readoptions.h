// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace sg {

// The text of a file the caller has read for a reader (readers never touch the file system).
struct SourceText
{
    QString fileName;
    QByteArray bytes;
};

// What a reader may use besides the file itself: values for what files leave open, and the
// files that give them. Formats that leave nothing open ignore all of it.
struct ReadOptions
{
    QHash<QString, QString> variables; // NAME=VALUE: Terraform variables (--var), ROS parameters (--param)
    QList<SourceText> variableFiles;   // .tfvars / .tfvars.json text, lowest precedence first
    QList<SourceText> moduleFiles;     // the other .tf files of the folder: their variable and locals blocks count
};

} // namespace sg
