// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectivityprobe.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace sg {
namespace {

// The translation context of the free functions' messages: "sg", where lupdate has always filed them.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(sg)
};

} // namespace

// One connection attempt: its socket and its deadline.
struct ConnectivityProbe::Attempt
{
    std::unique_ptr<QTcpSocket> socket;
    std::unique_ptr<QTimer> timer;
    QElapsedTimer clock;
};

QString ProbeTarget::toString() const
{
    return QString::number(port) + u'/' + toApiString(protocol).toLower();
}

QString toId(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Pending: return QStringLiteral("pending");
    case ProbeStatus::Open: return QStringLiteral("open");
    case ProbeStatus::Refused: return QStringLiteral("refused");
    case ProbeStatus::TimedOut: return QStringLiteral("timeout");
    case ProbeStatus::Error: return QStringLiteral("error");
    case ProbeStatus::NotTestable: return QStringLiteral("not-testable");
    }
    return {};
}

QString displayName(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Pending: return Messages::tr("testing…");
    case ProbeStatus::Open: return Messages::tr("open");
    case ProbeStatus::Refused: return Messages::tr("refused");
    case ProbeStatus::TimedOut: return Messages::tr("timed out");
    case ProbeStatus::Error: return Messages::tr("error");
    case ProbeStatus::NotTestable: return Messages::tr("not testable (UDP)");
    }
    return {};
}

ConnectivityProbe::ConnectivityProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sg::ProbeResult>();
}

ConnectivityProbe::~ConnectivityProbe()
{
    cancel();
}

QList<ProbeTarget> ConnectivityProbe::targetsForServices(const ServiceCatalogue &catalogue, const QStringList &serviceIds,
                                                         bool includeUpstream)
{
    QList<ProbeTarget> out;
    for (const Service &service : catalogue.services()) {
        if (!serviceIds.contains(service.id))
            continue;
        for (const ServicePort &port : service.portsWithUpstream(includeUpstream)) {
            const int last = std::min(port.range.last(), port.range.first() + MaxPortsPerRange - 1);
            for (int p = port.range.first(); p <= last; ++p)
                addTargets(out, {{port.protocol, p, {service.id}}});
        }
    }
    return out;
}

void ConnectivityProbe::addTargets(QList<ProbeTarget> &targets, const QList<ProbeTarget> &more)
{
    for (const ProbeTarget &target : more) {
        const auto existing = std::find_if(targets.begin(), targets.end(), [&](const ProbeTarget &t) {
            return t.protocol == target.protocol && t.port == target.port;
        });
        if (existing == targets.end()) {
            targets.append(target);
            continue;
        }
        for (const QString &id : target.services) {
            if (!existing->services.contains(id))
                existing->services.append(id);
        }
    }
}

std::optional<QList<ProbeTarget>> ConnectivityProbe::parseTargets(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})(?:-(\\d{1,5}))?(?:/(tcp|udp))?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!match.hasMatch())
        return fail(tr("\"%1\" is not a port: write 22, 22/tcp, 20048/udp or 6817-6819/tcp").arg(text));
    const int first = match.captured(1).toInt();
    const int last = match.captured(2).isEmpty() ? first : match.captured(2).toInt();
    if (first < 1 || last > 65535 || first > last)
        return fail(tr("\"%1\": ports must be between 1 and 65535, the first not larger than the last").arg(text));
    if (last - first >= MaxPortsPerRange)
        return fail(tr("\"%1\": at most %2 ports a range").arg(text).arg(MaxPortsPerRange));
    const Protocol protocol = match.captured(3).compare(u"udp", Qt::CaseInsensitive) == 0 ? Protocol::Udp : Protocol::Tcp;
    QList<ProbeTarget> out;
    for (int p = first; p <= last; ++p)
        out.append({protocol, p, {}});
    return out;
}

void ConnectivityProbe::start(const QString &host, const QList<ProbeTarget> &targets, int timeoutMs, int maxParallel)
{
    cancel();
    m_host = host.trimmed();
    m_address = QHostAddress();
    m_timeoutMs = std::max(1, timeoutMs);
    m_maxParallel = std::max(1, maxParallel);
    m_results.clear();
    m_attempts.clear();
    for (const ProbeTarget &target : targets)
        m_results.append({target, ProbeStatus::Pending, 0, {}, {}});
    m_attempts.resize(size_t(m_results.size()));
    m_next = 0;
    m_active = 0;
    m_running = true;

    // UDP cannot be tested by a connect: say so at once.
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results[i].target.protocol != Protocol::Tcp)
            complete(int(i), ProbeStatus::NotTestable, tr("a UDP port cannot be tested by connecting"));
    }
    QHostAddress literal;
    if (literal.setAddress(m_host)) {
        // Deliver asynchronously like a lookup would, so callers can connect after start().
        QTimer::singleShot(0, this, [this, literal] { resolved({literal}, {}); });
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        resolved(info.addresses(), info.error() == QHostInfo::NoError ? QString() : info.errorString());
    });
}

void ConnectivityProbe::resolved(const QList<QHostAddress> &addresses, const QString &error)
{
    if (!m_running)
        return;
    if (addresses.isEmpty()) {
        const QString detail = error.isEmpty() ? tr("%1 has no address").arg(m_host) : error;
        for (qsizetype i = 0; i < m_results.size(); ++i) {
            if (m_results[i].status == ProbeStatus::Pending)
                complete(int(i), ProbeStatus::Error, detail);
        }
        finishIfDone();
        return;
    }
    m_address = addresses.first();
    launchMore();
    finishIfDone();
}

void ConnectivityProbe::launchMore()
{
    if (m_address.isNull())
        return; // still resolving the host
    while (m_running && m_active < m_maxParallel && m_next < m_results.size()) {
        const int index = m_next++;
        if (m_results[index].status != ProbeStatus::Pending)
            continue;
        auto attempt = std::make_unique<Attempt>();
        attempt->socket = std::make_unique<QTcpSocket>();
        attempt->timer = std::make_unique<QTimer>();
        attempt->timer->setSingleShot(true);
        // "No answer within 400 ms" must mean 400 ms: a coarse timer may fire up to 5 % early.
        attempt->timer->setTimerType(Qt::PreciseTimer);
        QTcpSocket *socket = attempt->socket.get();
        connect(socket, &QTcpSocket::connected, this, [this, index] { complete(index, ProbeStatus::Open, {}); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, index, socket](QAbstractSocket::SocketError error) {
            switch (error) {
            case QAbstractSocket::ConnectionRefusedError:
                complete(index, ProbeStatus::Refused, socket->errorString());
                break;
            case QAbstractSocket::SocketTimeoutError:
                complete(index, ProbeStatus::TimedOut, socket->errorString());
                break;
            default:
                complete(index, ProbeStatus::Error, socket->errorString());
                break;
            }
        });
        connect(attempt->timer.get(), &QTimer::timeout, this, [this, index] {
            complete(index, ProbeStatus::TimedOut, tr("no answer within %1 ms").arg(m_timeoutMs));
        });
        ++m_active;
        attempt->clock.start();
        attempt->timer->start(m_timeoutMs);
        socket->connectToHost(m_address, quint16(m_results[index].target.port));
        m_attempts[size_t(index)] = std::move(attempt);
    }
}

void ConnectivityProbe::complete(int index, ProbeStatus status, const QString &detail)
{
    ProbeResult &result = m_results[index];
    if (result.status != ProbeStatus::Pending)
        return; // the first verdict stands (a timeout racing a late error)
    result.status = status;
    result.detail = detail;
    if (const auto &attempt = m_attempts[size_t(index)]) {
        result.elapsedMs = int(attempt->clock.elapsed());
        attempt->timer->stop();
        result.localAddress = attempt->socket->localAddress();
        attempt->socket->disconnect(this);
        attempt->socket->abort();
        // Sockets must not be deleted inside their own signal: let the event loop do it.
        attempt->socket.release()->deleteLater();
        attempt->timer.release()->deleteLater();
        --m_active;
    }
    Q_EMIT resultReady(index, result);
    launchMore();
    finishIfDone();
}

void ConnectivityProbe::finishIfDone()
{
    if (!m_running)
        return;
    const bool done = std::none_of(m_results.cbegin(), m_results.cend(),
                                   [](const ProbeResult &r) { return r.status == ProbeStatus::Pending; });
    if (done) {
        m_running = false;
        Q_EMIT finished();
    }
}

void ConnectivityProbe::cancel()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    const bool wasRunning = m_running;
    m_running = false;
    for (auto &attempt : m_attempts) {
        if (attempt && attempt->socket) {
            attempt->socket->disconnect(this);
            attempt->socket->abort();
            attempt->socket.release()->deleteLater();
            attempt->timer->disconnect(this);
            attempt->timer.release()->deleteLater();
        }
    }
    m_attempts.clear();
    m_active = 0;
    if (wasRunning)
        Q_EMIT finished();
}

} // namespace sg
