// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressdetector.h"

#include "core/endpoint.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QTimer>

namespace sg::ui {
namespace {

// The echo service answers a plain-text GET with the caller's address and nothing else.
constexpr auto ServiceUrl = "https://api.ipify.org";
// A slow answer is no answer: the user is waiting in a dialog.
constexpr int TimeoutMs = 10000;

AddressDetector::Lookup &testLookup()
{
    static AddressDetector::Lookup lookup;
    return lookup;
}

// A single address as the service or a test gave it, or empty.
QString checkedAddress(const QString &text)
{
    const auto parsed = Endpoint::parse(text.trimmed());
    if (!parsed.endpoint || !parsed.endpoint->isAddress() || parsed.endpoint->prefixLength() != parsed.endpoint->addressBits())
        return {};
    return parsed.endpoint->text();
}

} // namespace

AddressDetector::AddressDetector(QObject *parent)
    : QObject(parent) {}

AddressDetector::~AddressDetector()
{
    if (m_reply)
        m_reply->abort();
}

QString AddressDetector::localGuess(bool *isPrivate)
{
    QString ipv6;
    for (const QNetworkInterface &nic : QNetworkInterface::allInterfaces()) {
        const auto flags = nic.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : nic.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.isLoopback() || ip.isLinkLocal() || ip.isMulticast())
                continue;
            const QString text = ip.toString().section(u'%', 0, 0);
            if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
                if (isPrivate)
                    *isPrivate = Endpoint::parse(text).endpoint->exposure() == Exposure::Private;
                return text;
            }
            if (ipv6.isEmpty() && ip.protocol() == QAbstractSocket::IPv6Protocol)
                ipv6 = text;
        }
    }
    if (isPrivate)
        *isPrivate = !ipv6.isEmpty() && Endpoint::parse(ipv6).endpoint->exposure() == Exposure::Private;
    return ipv6;
}

QUrl AddressDetector::serviceUrl()
{
    return QUrl(QString::fromLatin1(ServiceUrl));
}

bool AddressDetector::isBusy() const
{
    return m_busy;
}

void AddressDetector::setLookupForTests(Lookup lookup)
{
    testLookup() = std::move(lookup);
}

void AddressDetector::lookUpPublic()
{
    if (m_busy)
        return;
    m_busy = true;
    if (testLookup()) {
        // Answered a moment later, as a real reply would be.
        QTimer::singleShot(0, this, [this] {
            QString error;
            const QString address = checkedAddress(testLookup()(&error));
            m_busy = false;
            if (address.isEmpty())
                Q_EMIT failed(error.isEmpty() ? tr("The answer was not an address.") : error);
            else
                Q_EMIT found(address);
        });
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(serviceUrl());
    request.setTransferTimeout(TimeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &AddressDetector::replyFinished);
}

void AddressDetector::replyFinished()
{
    QNetworkReply *reply = m_reply;
    m_busy = false;
    if (!reply)
        return;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT failed(tr("%1 did not answer: %2").arg(serviceUrl().host(), reply->errorString()));
        return;
    }
    const QString address = checkedAddress(QString::fromUtf8(reply->read(256)));
    if (address.isEmpty())
        Q_EMIT failed(tr("%1 did not answer with an address.").arg(serviceUrl().host()));
    else
        Q_EMIT found(address);
}

} // namespace sg::ui
