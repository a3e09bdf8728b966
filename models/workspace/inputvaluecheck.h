// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <QCoreApplication>

namespace sg {

// Whether a value a person gives for a WorkspaceInput can be used, before the files are read again
// with it: valid for the input's declared type (Terraform number and bool, ROS Number, Boolean,
// AllowedValues and AllowedPattern) and, where the input is the whole value of a rule field
// (cidr_ip = var.x, SourceCidrIp: {Ref: X}), valid for that field exactly as the readers check it
// (PermissionCodec). Where the input is only part of a value ("${var.port}/${var.port}") the field
// cannot be told from it, and only the type is checked.
class InputValueCheck
{
    Q_DECLARE_TR_FUNCTIONS(sg::InputValueCheck)

public:
    // Empty when `value` can be used (an empty value can: the input stays open), otherwise why not.
    // `uses` are the open values the input would supply (Workspace::usesOfInput).
    static QString problem(const WorkspaceInput &input, const QList<UnresolvedValue> &uses, const QString &value);
    // What kind of value the input takes, for a placeholder ("a CIDR block, such as 192.0.2.0/24");
    // empty when nothing tells.
    static QString hint(const WorkspaceInput &input, const QList<UnresolvedValue> &uses);
};

} // namespace sg
