// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/connectivityprobe.h"

#include <QDockWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sg::ui {

class DocumentController;
class MessageLabel;
class ValidatedLineEdit;

// The source document's troubleshooting step, `nc -zv HOST PORT`, for every port of the chosen
// services at once: open, refused, timed out or error per port, beside whether the rule set says
// the port should be reachable from this machine's address.
class ConnectivityDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ConnectivityDock(DocumentController *document, QWidget *parent = nullptr);

    void setHost(const QString &host);
    void setServices(const QStringList &ids);
    void setExtraPorts(const QString &text);
    void setSource(const QString &source);
    void setTimeout(int milliseconds);
    // Starts the test; false (with the reason shown) when the input is not usable.
    bool start();
    void cancel();

    ConnectivityProbe *probe() const { return m_probe; }
    QTableWidget *results() const { return m_results; }

Q_SIGNALS:
    void finished();

private:
    void showResult(int index, const ProbeResult &result);
    QString expectation(int port, Protocol protocol) const;

    DocumentController *m_document;
    ConnectivityProbe *m_probe;
    QLineEdit *m_host;
    QListWidget *m_services;
    QLineEdit *m_ports;
    ValidatedLineEdit *m_source;
    QSpinBox *m_timeout;
    QPushButton *m_start;
    MessageLabel *m_message;
    QTableWidget *m_results;
};

} // namespace sg::ui
