// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace sg {
class ApplyOperation;
class EcsClient;
} // namespace sg

namespace sg::ui {

class CloudAccount;
class CloudAccountPanel;
class CloudErrorLabel;
class CompareView;
class MessageLabel;
class OperationProgress;

// Apply to Alibaba Cloud: makes one live security group equal to the document's rules, as
// `sgassist-cli apply` does, in three steps on one window:
//   account  - which key and region (the document's region first);
//   review   - the live group read and compared with the document (the compare view, and the plan
//              as text); nothing is changed until the group id is typed and Apply is pressed;
//   result   - the stages (undo file saved, calls made, group read again), then "applied and
//              verified" or what still differs, and the undo file with a way to apply it.
class ApplyToCloudDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page {
        AccountPage,
        ReviewPage,
        ResultPage
    };

    // `target` holds the rules the group should have and names the group (securityGroupId) and,
    // ideally, its region. The undo file goes to `undoFolder` (changeable in the dialog).
    ApplyToCloudDialog(CloudAccount *account, const RuleSet &target, const QString &targetName,
                       const QString &undoFolder, QWidget *parent = nullptr);
    ~ApplyToCloudDialog() override;

    Page page() const;
    // The rules the group should have (the document's, or a fix's).
    const RuleSet &target() const { return m_target; }
    CloudAccountPanel *accountPanel() const { return m_panel; }
    const ApplyOperation *operation() const;
    CompareView *compareView() const { return m_compare; }
    QString undoFile() const;
    // The dialog "Apply the Undo File" opened, while it is open.
    ApplyToCloudDialog *undoDialog() const { return m_undoDialog; }
    bool isBusy() const;
    // The group was changed, read back, and equals the target (and no undo file was applied since).
    bool liveEqualsTarget() const;

public Q_SLOTS:
    void readLiveGroup();
    void applyChanges();
    void applyUndoFile();
    void reject() override;

Q_SIGNALS:
    // Reading the live group ended: the plan is shown (true) or an error is (false).
    void planShown(bool ok);
    // Applying ended: verified (true), or an error or a difference (false).
    void applyFinished(bool verified);

private:
    QWidget *createAccountPage();
    QWidget *createReviewPage();
    QWidget *createResultPage();
    void setBusy(bool busy);
    void showPlan();
    void operationFinished();
    void showResult();
    void updateStages();
    void updateApplyButton();
    void chooseUndoFolder();

    CloudAccount *m_account;
    RuleSet m_target;
    QString m_targetName;
    QString m_groupId;
    QStackedWidget *m_pages;
    CloudAccountPanel *m_panel;
    MessageLabel *m_summary;
    QTabWidget *m_tabs;
    CompareView *m_compare = nullptr;
    QPlainTextEdit *m_planText;
    QLineEdit *m_undoFolder;
    QPushButton *m_undoFolderButton;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QList<QLabel *> m_stages;
    MessageLabel *m_result;
    QLabel *m_textCaption;
    QPlainTextEdit *m_remaining; // what was applied, or what still differs
    QLabel *m_undoFileLabel;
    OperationProgress *m_progress;
    CloudErrorLabel *m_message;
    QPushButton *m_read;
    QPushButton *m_apply;
    QPushButton *m_applyUndo;
    QPushButton *m_close;
    QPointer<EcsClient> m_client;
    QPointer<ApplyOperation> m_operation;
    QPointer<ApplyToCloudDialog> m_undoDialog;
    int m_retries = 0;
    bool m_undoApplied = false; // an undo dialog opened from here changed the group again
};

} // namespace sg::ui
