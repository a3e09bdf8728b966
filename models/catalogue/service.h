// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "core/portrange.h"
#include "core/ruleenums.h"
#include "localizedtext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sg {

// Where a service's sources come from in a setup plan (DESIGN section 4).
enum class Scope {
    Admin,
    Users,
    Cluster,
    Internal,
    Monitoring
};
// How much harm reaching the service's ports can do; feeds the severity table.
enum class Sensitivity {
    Low,
    Medium,
    High,
    Critical
};

QString toId(Scope scope); // "admin", "users", ...
std::optional<Scope> scopeFromId(QStringView id);
QString displayName(Scope scope); // translated
QList<Scope> allScopes();
// users falls back to admin, internal to cluster; the others to nothing.
std::optional<Scope> fallbackScope(Scope scope);

QString toId(Sensitivity sensitivity); // "low", "medium", "high", "critical"
std::optional<Sensitivity> sensitivityFromId(QStringView id);

// One port entry of a service: a protocol and a range, "22/tcp" or "32765-32768/udp" in the data file.
struct ServicePort
{
    Q_DECLARE_TR_FUNCTIONS(sg::ServicePort)

public:
    Protocol protocol = Protocol::Tcp;
    PortRange range;
    LocalizedText note; // why an upstream extra port exists

    // "22/tcp", "32765-32768/udp"
    QString toString() const;
    // "22/TCP", "32765–32768/UDP": the source document's spelling, for people
    QString toDisplayString() const;
    // "22/TCP, 6817–6819/TCP": a list of them for people, each port once
    static QString toDisplayString(const QList<ServicePort> &ports);
    static std::optional<ServicePort> parse(QStringView text, QString *error = nullptr);

    friend bool operator==(const ServicePort &, const ServicePort &) = default;
};

// A service of the catalogue: the ports it needs and who should reach them.
struct Service
{
    Q_DECLARE_TR_FUNCTIONS(sg::Service)

public:
    QString id;
    QString category; // "ehpc", "workbench" or "custom"
    bool scheduler = false;
    LocalizedText name;
    LocalizedText purpose;
    LocalizedText recommendation; // the source document's security recommendation
    LocalizedText practice;       // the source document's best practice, where it has one
    LocalizedText warning;        // shown prominently when the service is picked (Docker)
    LocalizedText upstreamNote;   // upstream ports that cannot be listed (Slurm's srun range)
    QList<ServicePort> ports;     // exactly as the source document lists them
    QList<ServicePort> upstreamPorts;
    Scope scope = Scope::Admin;
    Sensitivity sensitivity = Sensitivity::High;

    QList<ServicePort> portsWithUpstream(bool includeUpstream) const;

    // Reads one service object of the catalogue file or a plan's customServices; `where` names it.
    static Parsed<Service> fromJson(const QJsonObject &object, const SourceLocation &where);
    QJsonObject toJson() const;

    friend bool operator==(const Service &, const Service &) = default;
};

} // namespace sg
