// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/servicecatalogue.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <vector>

class QTcpSocket;
class QTimer;

namespace sg {

// One port to test on a host.
struct ProbeTarget
{
    Protocol protocol = Protocol::Tcp;
    int port = 0;
    QStringList services; // catalogue ids the port belongs to, for display

    // "6817/tcp"
    QString toString() const;
    friend bool operator==(const ProbeTarget &, const ProbeTarget &) = default;
};

enum class ProbeStatus {
    Pending,
    Open,        // the TCP handshake completed
    Refused,     // the host answered with a reset: nothing listens, or a firewall rejects
    TimedOut,    // no answer: a security group drop looks like this
    Error,       // host not found, network unreachable, ...
    NotTestable, // UDP: a connect proves nothing
};
QString toId(ProbeStatus status); // "open", "refused", "timeout", "error", "not-testable"
QString displayName(ProbeStatus status);

struct ProbeResult
{
    ProbeTarget target;
    ProbeStatus status = ProbeStatus::Pending;
    int elapsedMs = 0;
    QString detail;            // the error text, when there is one
    QHostAddress localAddress; // the address the connection came from (the source as the group sees it)
};

// The `nc -zv HOST PORT` of the source document's troubleshooting section, for many ports at once:
// tries a TCP connection to every target concurrently, each with a timeout, and reports open,
// refused, timed out or error per port. Asynchronous; runs in the thread that owns it.
class ConnectivityProbe : public QObject
{
    Q_OBJECT

public:
    explicit ConnectivityProbe(QObject *parent = nullptr);
    ~ConnectivityProbe() override;

    // The ports of the given services (every port of a range up to MaxPortsPerRange, then the
    // first ones), in catalogue order, each port once.
    static QList<ProbeTarget> targetsForServices(const ServiceCatalogue &catalogue, const QStringList &serviceIds,
                                                 bool includeUpstream = false);
    // "22", "22/tcp", "20048/udp", "6817-6819/tcp" -> targets; nullopt and an error for bad text.
    static std::optional<QList<ProbeTarget>> parseTargets(const QString &text, QString *error);
    static constexpr int MaxPortsPerRange = 64;
    // Adds `more` to `targets`, each protocol and port once (a port named twice keeps its services).
    static void addTargets(QList<ProbeTarget> &targets, const QList<ProbeTarget> &more);

    // Starts probing; results arrive through resultReady, then finished. A running probe is
    // cancelled first.
    void start(const QString &host, const QList<ProbeTarget> &targets, int timeoutMs = 3000, int maxParallel = 32);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<ProbeResult> &results() const { return m_results; }
    QString host() const { return m_host; }

Q_SIGNALS:
    void resultReady(int index, const sg::ProbeResult &result);
    void finished();

private:
    struct Attempt;
    void resolved(const QList<QHostAddress> &addresses, const QString &error);
    void launchMore();
    void complete(int index, ProbeStatus status, const QString &detail);
    void finishIfDone();

    QString m_host;
    QHostAddress m_address;
    QList<ProbeResult> m_results;
    std::vector<std::unique_ptr<Attempt>> m_attempts;
    int m_next = 0;
    int m_active = 0;
    int m_timeoutMs = 3000;
    int m_maxParallel = 32;
    int m_lookupId = -1;
    bool m_running = false;
};

} // namespace sg

Q_DECLARE_METATYPE(sg::ProbeResult)
