// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sg {
class EcsClient;
class PullOperation;
} // namespace sg

namespace sg::ui {

class CloudAccount;
class CloudAccountPanel;
class CloudErrorLabel;
class OperationProgress;

// File > Open from Alibaba Cloud: choose the account and region, list the region's security groups
// (DescribeSecurityGroups only), tick those to read, and pull them with their rules (and the
// region's network interfaces) into a folder, which then opens as a workspace. Only Describe
// actions are called; nothing is written unless everything was read.
class OpenFromCloudDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens the pulled folder (MainWindow::openFile; tests record the call).
    using Opener = std::function<bool(const QString &folder)>;

    OpenFromCloudDialog(CloudAccount *account, Opener opener, QWidget *parent = nullptr);
    ~OpenFromCloudDialog() override;

    CloudAccountPanel *accountPanel() const { return m_panel; }
    // The folder of the last successful pull; empty before.
    QString pulledFolder() const { return m_pulledFolder; }
    bool isBusy() const;

public Q_SLOTS:
    void listGroups();
    void pull();
    void reject() override;

Q_SIGNALS:
    // The listing or the pull ended (successfully or not): for tests and screenshots.
    void listingFinished(bool ok);
    void pullFinished(bool ok);

private:
    void setBusy(bool busy);
    void accountChanged();
    // Ends a listing or a pull: false once the operation's error is shown, after `cancelled` or `failed`.
    bool operationSucceeded(const QString &cancelled, const QString &failed);
    void listed();
    void pulled();
    void updateButtons();
    void filterGroups(const QString &text);
    QStringList checkedGroupIds() const;
    void chooseFolder();

    Opener m_opener;
    CloudAccountPanel *m_panel;
    QPushButton *m_list;
    QLineEdit *m_filter;
    QTreeWidget *m_groups;
    QPushButton *m_checkAll;
    QPushButton *m_uncheckAll;
    QCheckBox *m_interfaces;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    OperationProgress *m_progress;
    CloudErrorLabel *m_message;
    QPushButton *m_pull;
    QPushButton *m_close;
    QPointer<EcsClient> m_client;
    QPointer<PullOperation> m_operation;
    QString m_listedRegion;
    QString m_pulledFolder;
    bool m_folderEdited = false; // the user chose the folder: no more suggestions
};

} // namespace sg::ui
