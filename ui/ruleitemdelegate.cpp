// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleitemdelegate.h"

#include "messagelabel.h"
#include "riskpalette.h"
#include "table/ruletablemodel.h"
#include "validatedlineedit.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QSpinBox>

namespace sg::ui {

QWidget *RuleItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case RuleTableModel::DirectionColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("Inbound"), int(Direction::Ingress));
        combo->addItem(tr("Outbound"), int(Direction::Egress));
        return combo;
    }
    case RuleTableModel::PolicyColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("Allow"), int(Policy::Accept));
        combo->addItem(tr("Deny"), int(Policy::Drop));
        return combo;
    }
    case RuleTableModel::ProtocolColumn: {
        auto *combo = new QComboBox(parent);
        for (Protocol p : {Protocol::Tcp, Protocol::Udp, Protocol::Icmp, Protocol::Icmpv6, Protocol::Gre, Protocol::All})
            combo->addItem(toApiString(p), toApiString(p));
        return combo;
    }
    case RuleTableModel::PriorityColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(Rule::MinPriority, Rule::MaxPriority);
        spin->setToolTip(tr("1 to 100; smaller numbers are evaluated first"));
        return spin;
    }
    case RuleTableModel::PortsColumn:
    case RuleTableModel::PeerColumn: {
        // Checked as the model will check it, against the rest of this rule (ports of ICMP, an
        // IPv6 peer of an ICMP rule, ...), so that what the field accepts the model takes.
        const Rule rule = index.data(RuleTableModel::RuleRole).value<Rule>();
        const auto column = RuleTableModel::Column(index.column());
        auto *edit = new ValidatedLineEdit([rule, column](const QString &text) {
            return RuleTableModel::withEdit(rule, column, text).error;
        },
                                           parent);
        // The reason in words below the cell while the text is not acceptable.
        auto *reason = new MessageLabel(parent);
        reason->setObjectName(QStringLiteral("cellProblem"));
        reason->setAutoFillBackground(true);
        reason->setFrameShape(QFrame::Box);
        reason->setMargin(3);
        reason->setWordWrap(false);
        reason->setBackgroundRole(QPalette::ToolTipBase);
        reason->hide();
        connect(edit, &QObject::destroyed, reason, &QObject::deleteLater);
        const auto update = [edit, reason] {
            reason->setText(edit->problem());
            reason->setVisible(!edit->isValid() && edit->isVisible());
            reason->adjustSize();
            reason->raise();
        };
        connect(edit, &QLineEdit::textChanged, reason, update);
        edit->setProperty("sgProblemLabel", QVariant::fromValue<QObject *>(reason));
        return edit;
    }
    case RuleTableModel::DescriptionColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setMaxLength(Rule::MaxDescriptionLength);
        return edit;
    }
    default: break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RuleItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // The view refreshes open editors whenever the row's data changes (a new analysis does):
        // never over what the user is typing.
        if (!edit->isModified())
            edit->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RuleItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // The model validates and reports a refusal (editRejected); the window shows the reason.
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value(), Qt::EditRole);
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void RuleItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (auto *reason = qobject_cast<QLabel *>(editor->property("sgProblemLabel").value<QObject *>())) {
        auto *edit = static_cast<ValidatedLineEdit *>(editor);
        reason->setText(edit->problem());
        reason->adjustSize();
        // Below the cell, kept inside the table.
        const QWidget *area = reason->parentWidget();
        const int x = std::max(0, std::min(editor->x(), area->width() - reason->width()));
        const int below = editor->geometry().bottom() + 2;
        const int y = below + reason->height() <= area->height() ? below : editor->y() - reason->height() - 2;
        reason->move(x, y);
        reason->setVisible(!edit->isValid());
        reason->raise();
    }
}

bool RuleItemDelegate::eventFilter(QObject *object, QEvent *event)
{
    // An unacceptable value is not committed (and thrown away): the editor stays open with the
    // text as typed and its reason shown, until it is corrected or Escape cancels the edit.
    auto *edit = qobject_cast<ValidatedLineEdit *>(object);
    if (edit && !edit->isValid()) {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
                if (auto *reason = qobject_cast<QWidget *>(edit->property("sgProblemLabel").value<QObject *>()))
                    reason->show();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            return true; // committing on focus loss would throw the text away
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void RuleItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const RiskPalette palette(option->palette);
    // The whole row carries the tint of its worst finding; the Risk cell also says it in words
    // and with an icon.
    const int severityValue = index.data(RuleTableModel::SeverityRole).toInt();
    if (severityValue >= 0) {
        const auto severity = Severity(severityValue);
        if (const QColor tint = palette.severityTint(severity); tint.isValid())
            option->backgroundBrush = tint;
        if (index.column() == RuleTableModel::RiskColumn) {
            option->icon = palette.severityIcon(severity);
            option->features |= QStyleOptionViewItem::HasDecoration;
            if (severity >= Severity::High)
                option->font.setBold(true);
        }
    }
    if (index.column() == RuleTableModel::ServicesColumn && index.data(RuleTableModel::ServicesInferredRole).toBool()) {
        option->font.setItalic(true); // inferred from the ports, not recorded in the file
        return;
    }
    // A wide source matters on what it lets in: deny rules from the internet are not emphasised.
    if (index.column() != RuleTableModel::PeerColumn || !index.data(RuleTableModel::WidePeerRole).toBool())
        return;
    const auto exposure = Exposure(index.data(RuleTableModel::ExposureRole).toInt());
    option->font.setBold(true);
    option->icon = palette.exposureIcon(exposure);
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (const QColor tint = palette.exposureTint(exposure); tint.isValid())
        option->backgroundBrush = tint;
}

} // namespace sg::ui
