// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace sg::ui {

// Paints and edits rule table cells from the model's typed roles. A wide source or destination is
// set in bold with an icon and a palette-derived tint, so it stands out without relying on colour
// alone. Editors: choices for direction, policy and protocol, a spin box for the priority, and
// fields that check ports and addresses as they are typed. A value the rule cannot take keeps the
// editor open with the text as typed and the reason in words right below the cell.
class RuleItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace sg::ui
