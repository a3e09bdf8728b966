// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Network helpers the probe tests share.

#include <QHostAddress>
#include <QTcpServer>

namespace testnetwork {

// A loopback port nothing listens on: bind, note the port, close.
inline quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace testnetwork
