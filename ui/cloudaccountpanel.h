// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace sg {
class EcsClient;
} // namespace sg

namespace sg::ui {

class CloudAccount;
class CloudErrorLabel;
class MessageLabel;
class OperationProgress;

// The "which account, which region" fields of the cloud dialogs: the key's source (the environment,
// a profile of the aliyun CLI, the key remembered in the system keychain, or a key typed here with
// "Remember in the system keychain"), the region, and the endpoint under Advanced.
class CloudAccountPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CloudAccountPanel(CloudAccount *account, QWidget *parent = nullptr);

    QString regionId() const;
    void setRegionId(const QString &regionId);

    // Hands the fields to the account, ready for CloudAccount::open(). Returns what is missing
    // (translated), or an empty string.
    QString commit();
    // The step both cloud dialogs start with, in two calls. commitShowing() commits the fields and
    // shows what is missing in `message` (false then). openAccount() opens the account for the
    // region given (else `fallbackRegionId`): `progress` says so while the keychain may be asked,
    // isOpening() is true until the answer, and cancelOpening() drops it. The client, a child of
    // `owner`, goes to `opened`; when none can be opened the reason is shown in `message` and
    // `failed` runs.
    bool commitShowing(CloudErrorLabel *message);
    void openAccount(QObject *owner, const QString &fallbackRegionId, OperationProgress *progress, CloudErrorLabel *message,
                     std::function<void(EcsClient *)> opened, std::function<void()> failed);
    bool isOpening() const { return m_opening; }
    void cancelOpening(OperationProgress *progress);
    // Call after a call with a typed key succeeded: the key goes to the keychain if the box is
    // ticked (a key that did not work is never remembered). The outcome is written in the panel.
    void rememberIfAsked();
    // While an operation runs the account cannot change under it.
    void setBusy(bool busy);

    // What the panel last said about the keychain (for tests).
    QString note() const;

Q_SIGNALS:
    // The account, region or endpoint changed: what was read with the previous one no longer applies.
    void accountChanged();
    // Enter in the region field (an editable combo box keeps Enter from the dialog's default button).
    void submitted();

private:
    void fillSources();
    void sourceChanged();
    void forget();
    void showNote(const QString &text, bool problem);

    CloudAccount *m_account;
    QFormLayout *m_form;
    QComboBox *m_source;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QPushButton *m_forget;
    QComboBox *m_region;
    QToolButton *m_advanced;
    QLineEdit *m_endpoint;
    MessageLabel *m_note;
    bool m_busy = false;
    bool m_opening = false; // waiting for the account (the keychain may be slow)
};

} // namespace sg::ui
