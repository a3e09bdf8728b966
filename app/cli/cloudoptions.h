// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloud/cloudconnection.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <functional>

namespace sg {
class CloudOperation;
struct EcsError;
} // namespace sg

namespace sg::cli {

class CliContext;

// What the live-account commands (pull, apply) share: the --profile, --region and --endpoint
// options, running an operation to its end, and the exit code of its error.
class CloudOptions
{
public:
    CloudOptions();
    // Adds these options, then the command's own.
    void addTo(QCommandLineParser &parser, const QList<QCommandLineOption> &commandOptions) const;
    CloudConnection::Settings settings(const QCommandLineParser &parser) const;

    // Opens the connection and names on stderr what it uses (the masked key id, never the
    // secret). Returns nullptr after printing the problem (exit BadInput).
    EcsClient *open(CliContext &context, const QString &command, const CloudConnection::Settings &settings,
                    QObject *owner) const;

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_region;
    QCommandLineOption m_endpoint;
};

// Runs `start` and a local event loop until `operation` finishes, or earlier when `connectStop`
// connects a signal to the `stop` it is given (the connection ends with the run); retries are reported on stderr as they happen.
using StopConnector = std::function<QMetaObject::Connection(const std::function<void()> &stop)>;
void runOperation(CliContext &context, CloudOperation &operation, const std::function<void()> &start,
                  const StopConnector &connectStop = {});

// Prints "sgassist-cli COMMAND: <the API's code and message, request id>" and returns the exit code:
// BadInput for what the user must fix first (credentials, region, a group that is not there),
// IoError for API and network errors.
int reportCloudError(CliContext &context, const QString &command, const EcsError &error);

} // namespace sg::cli
