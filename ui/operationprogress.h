// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace sg {
class CloudOperation;
}

namespace sg::ui {

// The progress of one live-account operation as the cloud dialogs show it: a bar (busy while the
// total is not known), the operation's status line, and a notice when a call is retried.
class OperationProgress : public QWidget
{
    Q_OBJECT

public:
    explicit OperationProgress(QWidget *parent = nullptr);

    // Follows `operation` until it finishes (nullptr: shows nothing).
    void follow(CloudOperation *operation);
    // A line of one's own while no operation runs ("Reading the keychain…").
    void showBusy(const QString &text);
    void clear();

    QString statusText() const;
    QString retryText() const;

private:
    QProgressBar *m_bar;
    QLabel *m_status;
    QLabel *m_retry;
    QPointer<CloudOperation> m_operation;
};

} // namespace sg::ui
