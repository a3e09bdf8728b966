// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sg::ui {

// Finds the user's own address, which a fix must keep reaching SSH and RDP. Nothing goes over the
// network unless the caller asked the user first: localGuess() only reads this computer's network
// interfaces; lookUpPublic() sends one HTTPS request to an echo service that answers with the
// address it sees (behind NAT, the only way to learn the address the cloud sees).
class AddressDetector : public QObject
{
    Q_OBJECT

public:
    explicit AddressDetector(QObject *parent = nullptr);
    ~AddressDetector() override;

    // The first global (not loopback, not link-local) IPv4 address of an interface that is up, else
    // the first such IPv6 address; empty when there is none. *isPrivate says whether it is an
    // RFC 1918 (or similar) address, which the cloud never sees as the source.
    static QString localGuess(bool *isPrivate = nullptr);
    // The service lookUpPublic() asks, named to the user before anything is sent.
    static QUrl serviceUrl();

    // Asks the service; found() or failed() follows. Only after the user agreed.
    void lookUpPublic();
    bool isBusy() const;

    // Tests: lookUpPublic() calls this instead of making a request (an empty string and *error set
    // for a failure). An empty function restores the network.
    using Lookup = std::function<QString(QString *error)>;
    static void setLookupForTests(Lookup lookup);

Q_SIGNALS:
    void found(const QString &address);
    void failed(const QString &reason);

private:
    void replyFinished();

    QNetworkAccessManager *m_network = nullptr; // created on the first request
    QPointer<QNetworkReply> m_reply;
    bool m_busy = false;
};

} // namespace sg::ui
