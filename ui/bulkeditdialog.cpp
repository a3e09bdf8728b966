// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkeditdialog.h"

#include "dialogseams.h"
#include "table/ruletablemodel.h"
#include "validatedlineedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sg::ui {
namespace {

// The columns a bulk edit can set, in the order offered.
constexpr std::array bulkColumns{RuleTableModel::PolicyColumn, RuleTableModel::PortsColumn, RuleTableModel::PeerColumn,
                                 RuleTableModel::PriorityColumn, RuleTableModel::DescriptionColumn,
                                 RuleTableModel::DirectionColumn};

} // namespace

BulkEditDialog::BulkEditDialog(const QList<Rule> &rules, QWidget *parent)
    : QDialog(parent),
      m_rules(rules),
      m_column(new QComboBox(this)),
      m_editors(new QStackedWidget(this)),
      m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Edit %1 Rules — SG Assist").arg(rules.size()));
    m_column->setObjectName(QStringLiteral("bulkColumn"));
    m_editors->setObjectName(QStringLiteral("bulkEditors"));
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);

    // Policy and direction: a choice of two values.
    const auto choice = [this](const QString &first, int firstValue, const QString &second, int secondValue) {
        auto *combo = new QComboBox;
        combo->addItem(first, firstValue);
        combo->addItem(second, secondValue);
        connect(combo, &QComboBox::currentIndexChanged, this, &BulkEditDialog::recompute);
        return combo;
    };
    RuleTableModel headers;
    for (RuleTableModel::Column column : bulkColumns) {
        m_column->addItem(headers.headerData(column, Qt::Horizontal).toString(), int(column));
        QWidget *editor = nullptr;
        switch (column) {
        case RuleTableModel::PolicyColumn:
            editor = choice(tr("Allow"), int(Policy::Accept), tr("Deny"), int(Policy::Drop));
            break;
        case RuleTableModel::DirectionColumn:
            editor = choice(tr("Inbound"), int(Direction::Ingress), tr("Outbound"), int(Direction::Egress));
            break;
        case RuleTableModel::PortsColumn:
        case RuleTableModel::PeerColumn: {
            auto *edit = new ValidatedLineEdit(column == RuleTableModel::PortsColumn ? &ValidatedLineEdit::checkPorts
                                                                                     : &ValidatedLineEdit::checkEndpoint);
            connect(edit, &QLineEdit::textChanged, this, &BulkEditDialog::recompute);
            editor = edit;
            break;
        }
        case RuleTableModel::PriorityColumn: {
            auto *spin = new QSpinBox;
            spin->setRange(Rule::MinPriority, Rule::MaxPriority);
            connect(spin, &QSpinBox::valueChanged, this, &BulkEditDialog::recompute);
            editor = spin;
            break;
        }
        default: {
            auto *edit = new QLineEdit;
            edit->setMaxLength(Rule::MaxDescriptionLength);
            connect(edit, &QLineEdit::textChanged, this, &BulkEditDialog::recompute);
            editor = edit;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("bulkValue%1").arg(int(column)));
        m_editors->addWidget(editor);
    }
    connect(m_column, &QComboBox::currentIndexChanged, m_editors, &QStackedWidget::setCurrentIndex);
    connect(m_column, &QComboBox::currentIndexChanged, this, &BulkEditDialog::recompute);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Set:"), m_column);
    form->addRow(tr("&To:"), m_editors);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    addDialogButtons(this, layout, m_buttons);
    recompute();
    // Wide enough for the title, an address or a description, and the summary on a line or two.
    const int width = std::max({fontMetrics().horizontalAdvance(windowTitle()) + 120, fontMetrics().averageCharWidth() * 60,
                                sizeHint().width()});
    resize(width, sizeHint().height());
    setMinimumWidth(std::min(width, fontMetrics().averageCharWidth() * 50));
}

void BulkEditDialog::setColumn(int column)
{
    m_column->setCurrentIndex(m_column->findData(column));
}

void BulkEditDialog::setValue(const QVariant &value)
{
    QWidget *editor = m_editors->currentWidget();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(value));
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(value.toString());
}

QVariant BulkEditDialog::currentValue() const
{
    QWidget *editor = m_editors->currentWidget();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return spin->value();
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text();
    return {};
}

void BulkEditDialog::recompute()
{
    const auto column = RuleTableModel::Column(m_column->currentData().toInt());
    const QVariant value = currentValue();
    m_edited.clear();
    QStringList refusals;
    int changes = 0;
    for (const Rule &rule : std::as_const(m_rules)) {
        const RuleTableModel::EditResult result = RuleTableModel::withEdit(rule, column, value);
        if (!result.rule) {
            if (refusals.size() < 5)
                refusals << result.error;
            m_edited.append(rule);
            continue;
        }
        changes += *result.rule == rule ? 0 : 1;
        m_edited.append(*result.rule);
    }
    if (!refusals.isEmpty()) {
        m_problem = refusals.first();
        m_summary->setText(tr("Not every selected rule can take this value: %1").arg(refusals.first()));
    } else {
        m_problem.clear();
        m_summary->setText(changes == 1 ? tr("1 rule will change.") : tr("%1 rules will change.").arg(changes));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(refusals.isEmpty() && changes > 0);
}

} // namespace sg::ui
