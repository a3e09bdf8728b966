// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace sg::ui {

class ValidatedLineEdit;

// Edits the security group's own properties: region, id, name, VPC, type, intra-group policy.
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GroupDialog(const GroupInfo &group, QWidget *parent = nullptr);
    GroupInfo group() const;

private:
    GroupInfo m_base;
    QComboBox *m_region;
    ValidatedLineEdit *m_groupId;
    QLineEdit *m_name;
    QLineEdit *m_vpc;
    QComboBox *m_type;
    QComboBox *m_innerAccess;
    QDialogButtonBox *m_buttons;
};

// The region ids of Alibaba Cloud offered in region lists (the field stays editable for new ones).
QStringList knownRegionIds();
// An empty string when `id` is a usable security group id (or empty), else the reason.
QString checkGroupId(const QString &id);

} // namespace sg::ui
