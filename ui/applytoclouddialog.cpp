// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applytoclouddialog.h"

#include "cloudaccount.h"
#include "cloudaccountpanel.h"
#include "clouderrorlabel.h"
#include "compareview.h"
#include "dialogseams.h"
#include "documentloader.h"
#include "operationprogress.h"

#include "cloud/applyoperation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sg::ui {
namespace {

// The position of an operation's stage in the list of steps the result page shows.
int stepOf(ApplyOperation::Stage stage)
{
    switch (stage) {
    case ApplyOperation::Stage::Idle:
    case ApplyOperation::Stage::Reading: return 0;
    case ApplyOperation::Stage::Planned:
    case ApplyOperation::Stage::Saving: return 1;
    case ApplyOperation::Stage::Applying: return 2;
    case ApplyOperation::Stage::Verifying: return 3;
    case ApplyOperation::Stage::Done: break;
    }
    return 4;
}

QPlainTextEdit *makeTextView(const QString &name, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

} // namespace

ApplyToCloudDialog::ApplyToCloudDialog(CloudAccount *account, const RuleSet &target, const QString &targetName,
                                       const QString &undoFolder, QWidget *parent)
    : QDialog(parent), m_account(account), m_target(target), m_targetName(targetName), m_groupId(target.group.securityGroupId), m_pages(new QStackedWidget(this)), m_panel(new CloudAccountPanel(account, this)), m_summary(new MessageLabel(this)), m_tabs(new QTabWidget(this)), m_planText(makeTextView(QStringLiteral("applyPlanText"), this)), m_undoFolder(new QLineEdit(QDir::toNativeSeparators(undoFolder), this)), m_undoFolderButton(new QPushButton(tr("Cho&ose…"), this)), m_confirmLabel(new QLabel(this)), m_confirm(new QLineEdit(this)), m_result(new MessageLabel(this)), m_textCaption(new QLabel(this)), m_remaining(makeTextView(QStringLiteral("applyRemaining"), this)), m_undoFileLabel(new QLabel(this)), m_progress(new OperationProgress(this)), m_message(new CloudErrorLabel(this)), m_read(new QPushButton(tr("Read the &Live Group"), this)), m_apply(new QPushButton(tr("Apply &Changes"), this)), m_applyUndo(new QPushButton(tr("Apply the &Undo File…"), this)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("applyToCloudDialog"));
    setWindowTitle(tr("Apply %1 to Alibaba Cloud — SG Assist").arg(m_groupId));
    m_pages->setObjectName(QStringLiteral("applyPages"));
    m_pages->addWidget(createAccountPage());
    m_pages->addWidget(createReviewPage());
    m_pages->addWidget(createResultPage());
    m_panel->setRegionId(target.group.regionId.isEmpty() ? account->regionId() : target.group.regionId);

    m_read->setObjectName(QStringLiteral("applyRead"));
    m_read->setDefault(true);
    m_read->setToolTip(tr("Read the group from Alibaba Cloud (DescribeSecurityGroupAttribute) and show what would change. "
                          "Nothing is changed."));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    // Changing the live group takes a click or Alt+C, never a stray Enter.
    m_apply->setAutoDefault(false);
    m_applyUndo->setAutoDefault(false);
    m_applyUndo->setObjectName(QStringLiteral("applyUndoButton"));
    m_applyUndo->setToolTip(tr("Review and apply the undo file, which makes the group what it was before this change."));
    m_close->setObjectName(QStringLiteral("applyClose"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_read, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_applyUndo, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_read, &QPushButton::clicked, this, &ApplyToCloudDialog::readLiveGroup);
    connect(m_apply, &QPushButton::clicked, this, &ApplyToCloudDialog::applyChanges);
    connect(m_applyUndo, &QPushButton::clicked, this, &ApplyToCloudDialog::applyUndoFile);
    connect(m_close, &QPushButton::clicked, this, &ApplyToCloudDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_panel, &CloudAccountPanel::accountChanged, m_message, &CloudErrorLabel::clearMessage);
    connect(m_panel, &CloudAccountPanel::submitted, this, &ApplyToCloudDialog::readLiveGroup);
    connect(m_confirm, &QLineEdit::textChanged, this, &ApplyToCloudDialog::updateApplyButton);
    connect(m_undoFolder, &QLineEdit::textChanged, this, &ApplyToCloudDialog::updateApplyButton);
    connect(m_undoFolderButton, &QPushButton::clicked, this, &ApplyToCloudDialog::chooseUndoFolder);

    resize(980, 660);
    setBusy(false);
}

ApplyToCloudDialog::~ApplyToCloudDialog()
{
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->cancel();
    }
}

QWidget *ApplyToCloudDialog::createAccountPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("applyAccountPage"));
    auto *intro = new QLabel(tr("SG Assist reads security group <b>%1</b> from Alibaba Cloud and shows what would change "
                                "to make it equal to <b>%2</b> (%n rule(s)). Nothing changes until you have reviewed "
                                "the changes and typed the group id.",
                                nullptr, int(m_target.rules.size()))
                                 .arg(m_groupId.toHtmlEscaped(), m_targetName.toHtmlEscaped()),
                             page);
    intro->setObjectName(QStringLiteral("applyIntro"));
    intro->setWordWrap(true);
    auto *box = new QGroupBox(tr("Account and region"), page);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_panel);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(box);
    layout->addStretch();
    return page;
}

QWidget *ApplyToCloudDialog::createReviewPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("applyReviewPage"));
    m_summary->setObjectName(QStringLiteral("applySummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("applyTabs"));
    m_tabs->addTab(m_planText, tr("&Plan"));
    m_undoFolder->setObjectName(QStringLiteral("applyUndoFolder"));
    m_undoFolder->setToolTip(tr("Before changing anything, SG Assist saves the live group here as "
                                "<group-id>.before-<time>.json; applying that file undoes the change."));
    m_undoFolderButton->setObjectName(QStringLiteral("applyUndoFolderButton"));
    m_confirmLabel->setObjectName(QStringLiteral("applyConfirmLabel"));
    m_confirmLabel->setText(tr("&Type %1 to confirm:").arg(m_groupId));
    m_confirmLabel->setBuddy(m_confirm);
    m_confirm->setObjectName(QStringLiteral("applyConfirm"));

    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_undoFolder, 1);
    folderRow->addWidget(m_undoFolderButton);
    auto *folderLabel = new QLabel(tr("Undo file &folder:"), page);
    folderLabel->setBuddy(m_undoFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(m_confirmLabel, m_confirm);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(form);
    return page;
}

QWidget *ApplyToCloudDialog::createResultPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("applyResultPage"));
    auto *layout = new QVBoxLayout(page);
    const QList<std::pair<const char *, QString>> steps{
        {"applyStageRead", tr("Read the live group and plan the changes")},
        {"applyStageSave", tr("Save the live group as the undo file")},
        {"applyStageApply", tr("Make the API calls")},
        {"applyStageVerify", tr("Read the group again and compare it with the document")}};
    for (const auto &[name, text] : steps) {
        auto *label = new QLabel(text, page);
        label->setObjectName(QLatin1StringView(name));
        label->setProperty("step", text);
        m_stages << label;
        layout->addWidget(label);
    }
    m_result->setObjectName(QStringLiteral("applyResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undoFileLabel->setObjectName(QStringLiteral("applyUndoFile"));
    m_undoFileLabel->setWordWrap(true);
    m_undoFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addSpacing(8);
    m_textCaption->setObjectName(QStringLiteral("applyTextCaption"));
    layout->addWidget(m_result);
    layout->addWidget(m_textCaption);
    layout->addWidget(m_remaining, 1);
    layout->addWidget(m_undoFileLabel);
    layout->addStretch();
    return page;
}

ApplyToCloudDialog::Page ApplyToCloudDialog::page() const
{
    return Page(m_pages->currentIndex());
}

const ApplyOperation *ApplyToCloudDialog::operation() const
{
    return m_operation;
}

bool ApplyToCloudDialog::liveEqualsTarget() const
{
    return m_operation && m_operation->stage() == ApplyOperation::Stage::Done && m_operation->verified() && !m_undoApplied;
}

QString ApplyToCloudDialog::undoFile() const
{
    return m_operation ? m_operation->undoFile() : QString();
}

bool ApplyToCloudDialog::isBusy() const
{
    return m_panel->isOpening() || (m_operation && m_operation->isRunning() && m_operation->stage() != ApplyOperation::Stage::Planned);
}

void ApplyToCloudDialog::setBusy(bool busy)
{
    m_panel->setBusy(busy);
    m_read->setVisible(page() == AccountPage);
    m_read->setEnabled(!busy);
    m_apply->setVisible(page() == ReviewPage);
    m_applyUndo->setVisible(page() == ResultPage && !undoFile().isEmpty());
    m_applyUndo->setEnabled(!busy);
    m_close->setText(busy ? tr("Cancel") : tr("Close"));
    updateApplyButton();
}

void ApplyToCloudDialog::updateApplyButton()
{
    const bool planned = m_operation && m_operation->stage() == ApplyOperation::Stage::Planned && !m_operation->isFinished();
    const bool applicable = planned && m_operation->plan().canApply() && !m_operation->plan().isEmpty();
    const bool typed = m_confirm->text().trimmed() == m_groupId;
    m_apply->setEnabled(applicable && typed && !m_undoFolder->text().trimmed().isEmpty());
    m_apply->setToolTip(!applicable  ? tr("There is nothing that can be applied.")
                            : !typed ? tr("Type %1 above to enable this button.").arg(m_groupId)
                                     : tr("Save the undo file, make the calls, then read the group again to verify."));
    m_confirmLabel->setEnabled(applicable);
    m_confirm->setEnabled(applicable);
}

void ApplyToCloudDialog::readLiveGroup()
{
    if (isBusy())
        return;
    if (!m_panel->commitShowing(m_message)) {
        Q_EMIT planShown(false);
        return;
    }
    if (m_operation)
        m_operation->deleteLater();
    if (m_client)
        m_client->deleteLater();
    setBusy(true);
    m_panel->openAccount(
        this, m_target.group.regionId, m_progress, m_message,
        [this](EcsClient *client) {
            m_client = client;
            m_retries = 0;
            m_operation = new ApplyOperation(m_client, m_target, m_groupId, this);
            m_progress->follow(m_operation);
            connect(m_operation, &ApplyOperation::planReady, this, &ApplyToCloudDialog::showPlan);
            connect(m_operation, &ApplyOperation::stageChanged, this, &ApplyToCloudDialog::updateStages);
            connect(m_operation, &CloudOperation::retrying, this, [this] { ++m_retries; });
            connect(m_operation, &CloudOperation::finished, this, &ApplyToCloudDialog::operationFinished);
            m_operation->start();
        },
        [this] {
            setBusy(false);
            Q_EMIT planShown(false);
        });
}

void ApplyToCloudDialog::showPlan()
{
    const ChangePlan &plan = m_operation->plan();
    m_panel->rememberIfAsked();
    m_progress->clear();

    QStringList lines;
    if (!m_target.group.regionId.isEmpty() && m_target.group.regionId != m_client->regionId()) {
        lines << QStringLiteral("\u26a0 ") + tr("The document names region %1, but %2 was read.").arg(m_target.group.regionId, m_client->regionId());
    }
    MessageLabel::Kind kind = MessageLabel::Kind::Note;
    if (!plan.canApply()) {
        kind = MessageLabel::Kind::Error;
        lines.prepend(QStringLiteral("\u2716 ") + tr("The document cannot be applied as it is; fix these problems first:"));
        for (const Diagnostic &d : plan.problems) {
            if (d.isError())
                lines << d.toString();
        }
    } else if (plan.isEmpty()) {
        lines.prepend(QStringLiteral("\u2714 ") + tr("%1 in %2 already equals %3: there is nothing to apply.").arg(m_groupId, m_client->regionId(), m_targetName));
    } else {
        lines.prepend(tr("%n change(s) make %1 in %2 equal to %3: %4 to modify, %5 to authorize, %6 to revoke.", nullptr,
                         plan.changeCount())
                          .arg(m_groupId, m_client->regionId(), m_targetName)
                          .arg(plan.modifications.size())
                          .arg(plan.authorizations.size())
                          .arg(plan.replacedFirst.size() + plan.revocations.size()));
    }
    for (const Diagnostic &d : plan.problems) {
        if (!d.isError())
            lines << QStringLiteral("\u26a0 ") + d.message;
    }
    m_summary->setKind(kind);
    m_summary->setText(lines.join(u'\n'));

    // The live group before, the document after: the same compare view as File > Compare.
    if (m_compare) {
        m_tabs->removeTab(m_tabs->indexOf(m_compare));
        m_compare->deleteLater();
    }
    m_compare = new CompareView(m_operation->liveBefore(), tr("%1 (live)").arg(m_groupId), m_target, m_targetName, m_tabs);
    m_tabs->insertTab(0, m_compare, tr("&Differences"));
    m_tabs->setCurrentIndex(0);
    m_planText->setPlainText(plan.toText());
    m_confirm->clear();
    m_pages->setCurrentIndex(ReviewPage);
    setBusy(false);
    if (m_confirm->isEnabled())
        m_confirm->setFocus();
    Q_EMIT planShown(true);
}

void ApplyToCloudDialog::chooseUndoFolder()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Folder for the Undo File — SG Assist"), m_undoFolder->text());
    if (!folder.isEmpty())
        m_undoFolder->setText(QDir::toNativeSeparators(folder));
}

void ApplyToCloudDialog::applyChanges()
{
    updateApplyButton();
    if (!m_apply->isEnabled() || isBusy())
        return;
    const QString folder = QDir::fromNativeSeparators(m_undoFolder->text().trimmed());
    if (!QDir().mkpath(folder)) {
        m_message->showMessage(tr("The folder %1 cannot be created; choose another for the undo file.").arg(folder));
        return;
    }
    m_message->clearMessage();
    m_operation->setUndoDirectory(folder);
    m_pages->setCurrentIndex(ResultPage);
    m_result->clear();
    m_result->hide();
    m_textCaption->hide();
    m_remaining->hide();
    m_undoFileLabel->hide();
    m_progress->follow(m_operation);
    m_operation->confirm();
    setBusy(m_operation && m_operation->isRunning());
    updateStages();
}

void ApplyToCloudDialog::updateStages()
{
    if (!m_operation)
        return;
    const int current = stepOf(m_operation->stage());
    const bool failed = m_operation->isFinished() && !m_operation->succeeded();
    for (int i = 0; i < m_stages.size(); ++i) {
        QString mark = QStringLiteral("\u25cb "); // not yet
        if (i < current)
            mark = QStringLiteral("\u2714 ");
        else if (i == current)
            mark = failed ? QStringLiteral("\u2716 ") : QStringLiteral("\u25b6 ");
        QString text = m_stages[i]->property("step").toString();
        if (i == 2 && m_operation->totalCalls() > 0)
            text += u' ' + tr("(%1 of %n call(s))", nullptr, m_operation->totalCalls()).arg(m_operation->completedCalls());
        m_stages[i]->setText(mark + text);
    }
}

void ApplyToCloudDialog::operationFinished()
{
    updateStages();
    if (page() != ResultPage) {
        // Reading failed or was cancelled: nothing was changed.
        m_progress->clear();
        if (m_operation->error())
            m_message->showError(m_operation->wasCancelled() ? tr("Reading the group was cancelled; nothing was changed.")
                                                             : tr("The group could not be read; nothing was changed."),
                                 *m_operation->error());
        m_pages->setCurrentIndex(AccountPage);
        setBusy(false);
        Q_EMIT planShown(false);
        return;
    }
    showResult();
}

void ApplyToCloudDialog::showResult()
{
    const ApplyOperation &op = *m_operation;
    const QString undo = op.undoFile();
    if (!undo.isEmpty()) {
        m_undoFileLabel->setText(tr("Undo file: %1\nApplying it makes %2 what it was before this change.")
                                     .arg(QDir::toNativeSeparators(undo), m_groupId));
        m_undoFileLabel->show();
    }
    const QString retried = m_retries == 0 ? QString()
                                           : u' ' + tr("%n call(s) had to be tried again (throttling or a lost connection).", nullptr, m_retries);
    bool verified = false;
    if (op.error()) {
        m_result->setKind(MessageLabel::Kind::Error);
        QString text = QStringLiteral("\u2716 ")
            + (op.wasCancelled() ? tr("Applying was cancelled.") : tr("Applying stopped at an error.")) + u'\n'
            + CloudErrorLabel::details(*op.error());
        if (op.completedCalls() > 0) {
            text += u'\n' + tr("%1 of %2 calls were made before it stopped: %3 is partly changed. Apply the undo file to "
                               "restore it.")
                                .arg(op.completedCalls())
                                .arg(op.totalCalls())
                                .arg(m_groupId);
        } else {
            text += u'\n' + tr("No call changed the group.");
        }
        m_result->setText(text);
        m_textCaption->setText(tr("The plan that was being applied:"));
        m_remaining->setPlainText(op.plan().toText());
    } else if (op.verified()) {
        verified = true;
        m_result->setKind(MessageLabel::Kind::Note);
        m_result->setText(QStringLiteral("\u2714 ") + tr("Applied and verified: %1 equals %2.").arg(m_groupId, m_targetName)
                          + retried);
        m_textCaption->setText(tr("What was applied:"));
        m_remaining->setPlainText(op.plan().toText());
    } else {
        m_result->setKind(MessageLabel::Kind::Warning);
        m_result->setText(QStringLiteral("\u26a0 ")
                          + tr("Applied, but %1 does not equal %2 when read again.").arg(m_groupId, m_targetName) + retried);
        m_textCaption->setText(tr("What still differs:"));
        m_remaining->setPlainText(op.remaining().toText());
    }
    m_textCaption->show();
    m_remaining->show();
    m_result->show();
    m_progress->clear();
    setBusy(false);
    Q_EMIT applyFinished(verified);
}

void ApplyToCloudDialog::applyUndoFile()
{
    const QString undo = undoFile();
    if (undo.isEmpty() || isBusy())
        return;
    const LoadOutcome loaded = DocumentLoader::loadNow({undo});
    if (!loaded.ok || loaded.loaded.workspace.groups.size() != 1) {
        QStringList problems;
        for (const Diagnostic &d : loaded.loaded.diagnostics)
            problems << d.toString();
        m_message->showMessage(tr("The undo file cannot be read: %1").arg(problems.join(u'\n')));
        return;
    }
    auto *dialog = new ApplyToCloudDialog(m_account, loaded.loaded.workspace.groups.first().ruleSet, QFileInfo(undo).fileName(),
                                          QFileInfo(undo).absolutePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApplyToCloudDialog::applyFinished, this, [this] { m_undoApplied = true; });
    m_undoDialog = dialog;
    dialog->open();
    dialog->readLiveGroup(); // the account is the one just used
}

void ApplyToCloudDialog::reject()
{
    if (m_panel->isOpening()) {
        m_panel->cancelOpening(m_progress);
        setBusy(false);
        return;
    }
    if (m_operation && m_operation->isRunning()) {
        const ApplyOperation::Stage stage = m_operation->stage();
        if (stage == ApplyOperation::Stage::Planned) {
            // Reviewed and declined: nothing was changed.
            m_operation->disconnect(this);
            m_operation->cancel();
            QDialog::reject();
            return;
        }
        if (stage == ApplyOperation::Stage::Applying || stage == ApplyOperation::Stage::Saving) {
            const auto answer = MessageBox::question(
                this, tr("Stop Applying? — SG Assist"),
                tr("Calls already made stay made: %1 may be left partly changed. The undo file restores it.\n\nStop now?")
                    .arg(m_groupId),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No, {{QMessageBox::Yes, tr("&Stop")}, {QMessageBox::No, tr("&Go On")}});
            if (answer != QMessageBox::Yes)
                return;
        }
        m_operation->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace sg::ui
