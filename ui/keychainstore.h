// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <QCoreApplication>

namespace QKeychain {
class Job;
}

namespace sg::ui {

// The system keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager). Never falls back to a file: QtKeychain's "insecure fallback" (a plain
// QSettings entry) is switched off, so that with no keychain nothing is stored and the user is told.
class KeychainStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(sg::ui::KeychainStore)

public:
    // The keychain's service name: the application id, so that the entry says whose it is.
    static QString serviceName();
    // A keychain waiting for the user to unlock it may never answer; after this long the caller
    // hears that it did not (the window never waited anyway).
    static constexpr int AnswerTimeoutMs = 60000;

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QByteArray &data, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    static void run(QKeychain::Job *job, QObject *context, Done done);
};

} // namespace sg::ui
