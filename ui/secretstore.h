// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sg::ui {

// Where SG Assist may keep a secret the user asked it to remember: the system keychain
// (KeychainStore), or whatever a test puts in its place. Every call is asynchronous: a keychain
// may ask the user to unlock it, or not answer at all, and the window must never wait for it.
// `done` runs once in the event loop, and not at all when `context` is destroyed first.
class SecretStore
{
public:
    struct Result
    {
        QByteArray data;       // read: the secret
        QString error;         // translated, never contains the secret; empty on success
        bool notFound = false; // read or remove: nothing is stored under the key
        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QByteArray &data, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;

    // The system keychain, unless a test set another store (the test keeps ownership; nullptr
    // restores the keychain).
    static SecretStore &instance();
    static void setInstanceForTests(SecretStore *store);
};

} // namespace sg::ui
