// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudaccountpanel.h"

#include "cloudaccount.h"
#include "clouderrorlabel.h"
#include "groupdialog.h"
#include "messagelabel.h"
#include "operationprogress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace sg::ui {
namespace {

constexpr int SourceRole = Qt::UserRole;
constexpr int ProfileRole = Qt::UserRole + 1;

} // namespace

CloudAccountPanel::CloudAccountPanel(CloudAccount *account, QWidget *parent)
    : QWidget(parent), m_account(account), m_form(new QFormLayout(this)), m_source(new QComboBox(this)), m_keyId(new QLineEdit(this)), m_secret(new QLineEdit(this)), m_remember(new QCheckBox(tr("Re&member in the system keychain"), this)), m_forget(new QPushButton(tr("&Forget the Remembered Key"), this)), m_region(new QComboBox(this)), m_advanced(new QToolButton(this)), m_endpoint(new QLineEdit(account->endpoint(), this)), m_note(new MessageLabel(this))
{
    setObjectName(QStringLiteral("cloudAccountPanel"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_source->setObjectName(QStringLiteral("cloudSource"));
    m_source->setToolTip(tr("Where the AccessKey comes from. Profiles are read from %1, which SG Assist never writes.")
                             .arg(account->configPath()));
    m_keyId->setObjectName(QStringLiteral("cloudKeyId"));
    m_keyId->setPlaceholderText(QStringLiteral("LTAI…"));
    m_secret->setObjectName(QStringLiteral("cloudSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("Kept in memory until SG Assist quits; never written to a file, the settings or a log."));
    m_remember->setObjectName(QStringLiteral("cloudRemember"));
    m_remember->setToolTip(tr("Once the key has worked, store it in the system keychain (GNOME Keyring, KWallet, ...) "
                              "and nowhere else, so that you need not type it again."));
    m_forget->setObjectName(QStringLiteral("cloudForget"));
    m_forget->setToolTip(tr("Remove the key SG Assist stored in the system keychain."));
    m_region->setObjectName(QStringLiteral("cloudRegion"));
    m_region->setEditable(true);
    m_region->addItems(knownRegionIds());
    m_region->setCurrentText(account->regionId());
    m_region->lineEdit()->setPlaceholderText(tr("default: the region of the profile or ALIBABA_CLOUD_REGION_ID"));
    m_advanced->setObjectName(QStringLiteral("cloudAdvanced"));
    m_advanced->setText(tr("Ad&vanced"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAutoRaise(true);
    m_endpoint->setObjectName(QStringLiteral("cloudEndpoint"));
    const QString fromEnvironment = account->environmentEndpoint();
    m_endpoint->setPlaceholderText(fromEnvironment.isEmpty()
                                       ? tr("default: https://ecs.<region>.aliyuncs.com")
                                       : tr("default: %1 (ALIBABA_CLOUD_ECS_ENDPOINT)").arg(fromEnvironment));
    m_endpoint->setToolTip(tr("A private (VPC) endpoint or a proxy. https only; plain http only to this computer."));
    m_note->setObjectName(QStringLiteral("cloudAccountNote"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();

    m_form->addRow(tr("&Account:"), m_source);
    m_form->addRow(tr("Access key &ID:"), m_keyId);
    m_form->addRow(tr("Access key &secret:"), m_secret);
    m_form->addRow(QString(), m_remember);
    m_form->addRow(QString(), m_forget);
    m_form->addRow(tr("&Region:"), m_region);
    m_form->addRow(QString(), m_advanced);
    m_form->addRow(tr("&Endpoint:"), m_endpoint);
    m_form->addRow(m_note);

    fillSources();
    // A custom endpoint is never hidden: the user must see where the calls go.
    m_advanced->setChecked(!m_endpoint->text().isEmpty() || !fromEnvironment.isEmpty());
    const auto showAdvanced = [this](bool shown) {
        m_advanced->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_form->setRowVisible(m_endpoint, shown);
    };
    showAdvanced(m_advanced->isChecked());
    connect(m_advanced, &QToolButton::toggled, this, showAdvanced);
    connect(m_source, &QComboBox::currentIndexChanged, this, &CloudAccountPanel::sourceChanged);
    connect(m_forget, &QPushButton::clicked, this, &CloudAccountPanel::forget);
    for (QLineEdit *edit : {m_keyId, m_secret, m_endpoint})
        connect(edit, &QLineEdit::textEdited, this, &CloudAccountPanel::accountChanged);
    connect(m_region, &QComboBox::currentTextChanged, this, &CloudAccountPanel::accountChanged);
    connect(m_region->lineEdit(), &QLineEdit::returnPressed, this, &CloudAccountPanel::submitted);
    connect(m_account, &CloudAccount::rememberedKeyChanged, this, &CloudAccountPanel::fillSources);
}

void CloudAccountPanel::fillSources()
{
    const QSignalBlocker blocker(m_source);
    const CloudAccount::Choice chosen = m_source->count() == 0
        ? m_account->choice()
        : CloudAccount::Choice{CloudAccount::Source(m_source->currentData(SourceRole).toInt()),
                               m_source->currentData(ProfileRole).toString()};
    m_source->clear();
    const auto add = [this](const QString &text, CloudAccount::Source source, const QString &profile = {}) {
        m_source->addItem(text);
        m_source->setItemData(m_source->count() - 1, int(source), SourceRole);
        m_source->setItemData(m_source->count() - 1, profile, ProfileRole);
    };
    if (m_account->environmentHasKey())
        add(tr("Keys in the environment (ALIBABA_CLOUD_ACCESS_KEY_ID)"), CloudAccount::Source::Environment);
    const CredentialLoader::Profiles profiles = m_account->profiles();
    for (const QString &name : profiles.names) {
        add(name == profiles.current ? tr("Profile \"%1\" of the aliyun CLI (current)").arg(name)
                                     : tr("Profile \"%1\" of the aliyun CLI").arg(name),
            CloudAccount::Source::Profile, name);
    }
    const QString remembered = CloudAccount::rememberedKeyId();
    if (!remembered.isEmpty())
        add(tr("Key remembered in the system keychain (%1)").arg(remembered), CloudAccount::Source::Keychain);
    add(tr("An access key typed here"), CloudAccount::Source::Typed);

    int index = m_source->count() - 1;
    for (int i = 0; i < m_source->count(); ++i) {
        if (CloudAccount::Source(m_source->itemData(i, SourceRole).toInt()) == chosen.source
            && m_source->itemData(i, ProfileRole).toString() == chosen.profile) {
            index = i;
            break;
        }
    }
    m_source->setCurrentIndex(index);
    m_form->setRowVisible(m_forget, !remembered.isEmpty());
    sourceChanged();
}

void CloudAccountPanel::sourceChanged()
{
    const bool typed = CloudAccount::Source(m_source->currentData(SourceRole).toInt()) == CloudAccount::Source::Typed;
    m_form->setRowVisible(m_keyId, typed);
    m_form->setRowVisible(m_secret, typed);
    m_form->setRowVisible(m_remember, typed);
    if (typed && m_keyId->text().isEmpty())
        m_keyId->setText(m_account->typedKeyId());
    // The secret itself is never shown again, not even as dots.
    m_secret->setPlaceholderText(m_account->hasTypedKey() ? tr("the secret typed earlier in this session") : QString());
    Q_EMIT accountChanged();
}

QString CloudAccountPanel::regionId() const
{
    return m_region->currentText().trimmed();
}

void CloudAccountPanel::setRegionId(const QString &regionId)
{
    m_region->setCurrentText(regionId);
}

QString CloudAccountPanel::commit()
{
    const CloudAccount::Choice chosen{CloudAccount::Source(m_source->currentData(SourceRole).toInt()),
                                      m_source->currentData(ProfileRole).toString()};
    const QString region = regionId();
    if (!region.isEmpty() && !EcsClient::isValidRegionId(region))
        return tr("\"%1\" is not a region id such as cn-hangzhou.").arg(region);
    const QString endpoint = m_endpoint->text().trimmed();
    if (!endpoint.isEmpty()) {
        const EcsClient::EndpointCheck check = EcsClient::checkEndpoint(endpoint);
        if (!check.error.isEmpty())
            return tr("The endpoint cannot be used: %1").arg(check.error);
    }
    if (chosen.source == CloudAccount::Source::Typed) {
        // An empty secret field keeps the secret typed earlier in this session for the same key.
        const bool earlier = m_secret->text().isEmpty() && m_account->hasTypedKey()
            && m_keyId->text().trimmed() == m_account->typedKeyId();
        if (!earlier) {
            if (m_keyId->text().trimmed().isEmpty() || m_secret->text().trimmed().isEmpty())
                return tr("Type the access key id and its secret.");
            m_account->setTypedKey(m_keyId->text(), m_secret->text());
        }
    }
    m_account->setChoice(chosen);
    m_account->setRegionId(region);
    m_account->setEndpoint(endpoint);
    return {};
}

bool CloudAccountPanel::commitShowing(CloudErrorLabel *message)
{
    message->clearMessage();
    const QString problem = commit();
    if (!problem.isEmpty())
        message->showMessage(problem);
    return problem.isEmpty();
}

void CloudAccountPanel::openAccount(QObject *owner, const QString &fallbackRegionId, OperationProgress *progress,
                                    CloudErrorLabel *message, std::function<void(EcsClient *)> opened, std::function<void()> failed)
{
    m_opening = true;
    progress->showBusy(tr("Opening the account…"));
    m_account->open(regionId(), fallbackRegionId, owner,
                    [this, progress, message, opened = std::move(opened), failed = std::move(failed)](const CloudAccount::Opened &result) {
                        if (!m_opening) { // cancelled while the keychain was asked
                            if (result.client)
                                result.client->deleteLater();
                            return;
                        }
                        m_opening = false;
                        if (!result.client) {
                            progress->clear();
                            message->showMessage(tr("Cannot connect: %1").arg(result.error));
                            failed();
                            return;
                        }
                        opened(result.client);
                    });
}

void CloudAccountPanel::cancelOpening(OperationProgress *progress)
{
    m_opening = false; // the account's answer is dropped when it comes
    progress->clear();
}

void CloudAccountPanel::rememberIfAsked()
{
    if (!m_remember->isChecked() || m_remember->isHidden())
        return;
    m_remember->setChecked(false); // once: a failure is said, not retried on every call
    showNote(tr("Storing the key in the system keychain…"), false);
    m_account->rememberTypedKey(this, [this](const QString &error) {
        if (error.isEmpty()) {
            showNote(QStringLiteral("\u2714 ") + tr("The key is remembered in the system keychain. Next time, choose "
                                                    "\"Key remembered in the system keychain\"."),
                     false);
        } else {
            showNote(QStringLiteral("\u26a0 ") + tr("The key was not remembered: %1. SG Assist keeps it only until it "
                                                    "quits, and never in a file.")
                                                     .arg(error),
                     true);
        }
    });
}

void CloudAccountPanel::forget()
{
    m_forget->setEnabled(false);
    showNote(tr("Removing the key from the system keychain…"), false);
    m_account->forgetRememberedKey(this, [this](const QString &error) {
        m_forget->setEnabled(!m_busy);
        if (error.isEmpty())
            showNote(QStringLiteral("\u2714 ") + tr("The remembered key was removed from the system keychain."), false);
        else
            showNote(QStringLiteral("\u26a0 ") + tr("The remembered key could not be removed: %1.").arg(error), true);
    });
}

void CloudAccountPanel::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_source, m_keyId, m_secret, m_remember, m_forget, m_region, m_endpoint})
        w->setEnabled(!busy);
}

QString CloudAccountPanel::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void CloudAccountPanel::showNote(const QString &text, bool problem)
{
    m_note->setKind(problem ? MessageLabel::Kind::Warning : MessageLabel::Kind::Note);
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

} // namespace sg::ui
