// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supplyvaluesdialog.h"

#include "dialogseams.h"
#include "messagelabel.h"
#include "validatedlineedit.h"
#include "workspace/inputvaluecheck.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace sg::ui {

namespace {

// Places of use listed for one input before "and N more".
constexpr int UsesShown = 3;

QString place(const QString &file, int line)
{
    const QString name = QFileInfo(file).fileName();
    return line > 0 ? QStringLiteral("%1:%2").arg(name).arg(line) : name;
}

} // namespace

SupplyValuesDialog::SupplyValuesDialog(const QString &workspaceName, const QList<Entry> &entries,
                                       const QStringList &variableFiles, bool offerVariableFiles, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("supplyValuesDialog"));
    setWindowTitle(tr("Supply Values — SG Assist"));

    const bool open = std::any_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.open; });
    const QString state = open ? tr("<p>%1 leaves these variables or parameters without a value. The rules whose protocol, "
                                    "ports, source or destination depend on one are kept but match no traffic until it is "
                                    "given.</p>")
                               : tr("<p>The values given to the variables and parameters of %1.</p>");
    auto *intro = new QLabel(state.arg(workspaceName.toHtmlEscaped())
                                 + tr("<p>Give the values you know (an empty field stays open). SG Assist reads the files "
                                      "again with them and remembers them for %1, as <code>--var</code> and "
                                      "<code>--param</code> give them to <code>sgassist-cli</code>.</p>")
                                       .arg(workspaceName.toHtmlEscaped()),
                             this);
    intro->setObjectName(QStringLiteral("supplyValuesIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("supplyValuesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(rowsWidget(entries));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("variableFilesList"));
    m_loadFile = new QPushButton(tr("&Load a .tfvars File…"), this);
    m_loadFile->setObjectName(QStringLiteral("loadTfvarsButton"));
    m_removeFile = new QPushButton(tr("Re&move File"), this);
    m_removeFile->setObjectName(QStringLiteral("removeTfvarsButton"));
    for (const QString &file : variableFiles) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(file), m_files);
        item->setData(Qt::UserRole, file);
    }
    if (offerVariableFiles || !variableFiles.isEmpty()) {
        auto *filesLabel = new QLabel(tr("Variables &files, read after the folder's own terraform.tfvars and *.auto.tfvars "
                                         "(a value above wins over them):"),
                                      this);
        filesLabel->setWordWrap(true);
        filesLabel->setBuddy(m_files);
        m_files->setMaximumHeight(m_files->fontMetrics().height() * 3 + 8);
        auto *fileButtons = new QVBoxLayout;
        fileButtons->addWidget(m_loadFile);
        fileButtons->addWidget(m_removeFile);
        fileButtons->addStretch();
        auto *filesRow = new QHBoxLayout;
        filesRow->addWidget(m_files, 1);
        filesRow->addLayout(fileButtons);
        layout->addWidget(filesLabel);
        layout->addLayout(filesRow);
    } else {
        m_files->hide();
        m_loadFile->hide();
        m_removeFile->hide();
    }
    connect(m_loadFile, &QPushButton::clicked, this, &SupplyValuesDialog::loadVariableFile);
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        delete m_files->currentItem();
        update();
    });
    connect(m_files, &QListWidget::currentRowChanged, this, &SupplyValuesDialog::update);

    m_problem = new MessageLabel(this);
    m_problem->setObjectName(QStringLiteral("supplyValuesProblem"));
    m_problem->setKind(MessageLabel::Kind::Note);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply and Reload"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("supplyValuesApply"));
    m_apply->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Every input without scrolling when they fit in half the screen; the dialog fits a 1024x700 one.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    const int room = screen() ? screen()->availableGeometry().height() / 2 : fontMetrics().height() * 18;
    scroll->setMinimumHeight(std::min(scroll->widget()->sizeHint().height(), room));
    update();
    // Keyboard first: the first field that waits for a value takes the typing (the labels before
    // it take no focus, and the default button would otherwise).
    const auto first = std::find_if(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.open; });
    if (!m_rows.isEmpty())
        m_rows.at(first == entries.cend() ? 0 : int(first - entries.cbegin())).field->setFocus();
}

QWidget *SupplyValuesDialog::rowsWidget(const QList<Entry> &entries)
{
    auto *rows = new QWidget(this);
    // One input under the other, each field the full width: its hint (the placeholder) and the
    // values people paste (several CIDR blocks) are read whole.
    auto *list = new QVBoxLayout(rows);
    list->setSpacing(12);
    for (const Entry &entry : entries) {
        const WorkspaceInput &input = entry.input;
        const bool variable = input.kind == WorkspaceInput::Kind::Variable;
        QStringList facts;
        if (input.declared) {
            facts << (variable ? tr("variable declared in %1") : tr("parameter declared in %1")).arg(place(input.file, input.line));
        } else {
            facts << (variable ? tr("variable not declared in the files read")
                               : tr("pseudo parameter, known when the stack is created"));
        }
        if (!input.type.isEmpty())
            facts << tr("type %1").arg(input.type);
        QString html = QStringLiteral("<b>%1</b> — %2").arg(input.name.toHtmlEscaped(), facts.join(tr(", ")).toHtmlEscaped());
        if (!input.description.isEmpty())
            html += QStringLiteral("<br>") + input.description.toHtmlEscaped();
        QStringList uses;
        for (const UnresolvedValue &use : entry.uses) {
            if (uses.size() == UsesShown)
                break;
            const QString where = place(use.file, use.line);
            uses << (use.resource.isEmpty() ? tr("%1: %2").arg(where, use.field) : tr("%1: %2 of %3").arg(where, use.field, use.resource));
        }
        QString usedIn;
        if (!uses.isEmpty()) {
            usedIn = tr("Used in %1").arg(uses.join(QStringLiteral("; ")));
            if (entry.uses.size() > UsesShown)
                usedIn = tr("%1 and %n more", nullptr, int(entry.uses.size() - UsesShown)).arg(usedIn);
        } else if (!entry.open) {
            usedIn = tr("Not used by the files as they are read now");
        }
        if (!usedIn.isEmpty())
            html += QStringLiteral("<br>%1").arg(usedIn.toHtmlEscaped());
        if (input.sensitive)
            html += QStringLiteral("<br><small>%1</small>").arg(tr("Sensitive: shown as dots, and forgotten when SG Assist closes.").toHtmlEscaped());
        auto *label = new QLabel(html, rows);
        label->setObjectName(QStringLiteral("valueLabel_") + input.name);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

        const QList<UnresolvedValue> checked = entry.uses;
        auto *field = new ValidatedLineEdit([input, checked](const QString &text) { return InputValueCheck::problem(input, checked, text); },
                                            rows);
        field->setObjectName(QStringLiteral("valueField_") + input.name);
        field->setAccessibleName(input.name);
        const QString hint = InputValueCheck::hint(input, entry.uses);
        field->setPlaceholderText(hint.isEmpty() ? tr("empty: stays open") : hint);
        field->setText(entry.value);
        if (input.sensitive)
            field->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        label->setBuddy(field);
        auto *reason = new MessageLabel(rows);
        reason->setObjectName(QStringLiteral("valueReason_") + input.name);
        reason->setKind(MessageLabel::Kind::Error);
        reason->hide();
        auto *block = new QVBoxLayout;
        block->setSpacing(4);
        block->addWidget(label);
        block->addWidget(field);
        block->addWidget(reason);
        list->addLayout(block);
        connect(field, &QLineEdit::textChanged, this, &SupplyValuesDialog::update);
        m_rows.append(Row{input.name, field, reason});
    }
    if (entries.isEmpty()) {
        auto *none = new QLabel(tr("The files as they are read now leave no variable or parameter without a value."), rows);
        none->setObjectName(QStringLiteral("supplyValuesNone"));
        none->setWordWrap(true);
        list->addWidget(none);
    }
    list->addStretch(1);
    return rows;
}

QHash<QString, QString> SupplyValuesDialog::values() const
{
    QHash<QString, QString> out;
    for (const Row &row : m_rows) {
        const QString value = row.field->text().trimmed();
        if (!value.isEmpty())
            out.insert(row.name, value);
    }
    return out;
}

QStringList SupplyValuesDialog::variableFiles() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->data(Qt::UserRole).toString();
    return out;
}

QString SupplyValuesDialog::problem() const
{
    for (const Row &row : m_rows) {
        if (!row.field->isValid())
            return tr("%1: %2").arg(row.name, row.field->problem());
    }
    return {};
}

ValidatedLineEdit *SupplyValuesDialog::field(const QString &name) const
{
    for (const Row &row : m_rows) {
        if (row.name == name)
            return row.field;
    }
    return nullptr;
}

MessageLabel *SupplyValuesDialog::reasonLabel(const QString &name) const
{
    for (const Row &row : m_rows) {
        if (row.name == name)
            return row.reason;
    }
    return nullptr;
}

void SupplyValuesDialog::update()
{
    for (const Row &row : std::as_const(m_rows)) {
        // The reason beside the field, in words: the field's icon alone would be easy to miss.
        row.reason->setText(row.field->isValid() ? QString() : QStringLiteral("\u26a0 ") + row.field->problem());
        row.reason->setVisible(!row.field->isValid());
    }
    const QString problem = this->problem();
    m_problem->setText(problem.isEmpty() ? QString() : QStringLiteral("\u2139 ") + tr("To apply, correct %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    m_apply->setEnabled(problem.isEmpty());
    m_removeFile->setEnabled(m_files->currentItem() != nullptr);
}

void SupplyValuesDialog::loadVariableFile()
{
    const QString current = m_files->count() > 0 ? QFileInfo(variableFiles().constLast()).absolutePath() : QString();
    const QString path = FileDialog::getOpenFileName(this, tr("Load a .tfvars File — SG Assist"), current,
                                                     tr("Terraform variables (*.tfvars *.tfvars.json);;All files (*)"));
    if (path.isEmpty() || variableFiles().contains(path))
        return;
    auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_files);
    item->setData(Qt::UserRole, path);
    m_files->setCurrentItem(item);
    update();
}

} // namespace sg::ui
