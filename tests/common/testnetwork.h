// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Network helpers the probe tests share.

#include <QHostAddress>
#include <QTcpSocket>

namespace testnetwork {

// A loopback TCP port that refuses connections for as long as this object lives: a socket bound
// to it that never listens, held exclusively, so that no other socket (a server this test opens
// next, or another test running beside it) can take the port meanwhile.
class ClosedPort
{
public:
    ClosedPort() { m_socket.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress); }
    quint16 port() const { return m_socket.localPort(); }

private:
    QTcpSocket m_socket;
};

} // namespace testnetwork
