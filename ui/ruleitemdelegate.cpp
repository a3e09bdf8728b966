// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleitemdelegate.h"

#include "riskpalette.h"
#include "table/ruletablemodel.h"

namespace sg::ui {

void RuleItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != RuleTableModel::PeerColumn)
        return;
    const auto exposure = Exposure(index.data(RuleTableModel::ExposureRole).toInt());
    if (!isWide(exposure))
        return;
    const RiskPalette palette(option->palette);
    option->font.setBold(true);
    option->icon = palette.exposureIcon(exposure);
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (const QColor tint = palette.exposureTint(exposure); tint.isValid())
        option->backgroundBrush = tint;
}

} // namespace sg::ui
