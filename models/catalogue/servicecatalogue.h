// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rule.h"
#include "service.h"

#include <QByteArray>
#include <QList>

namespace sg {

// The services SG Assist knows, read from a data file (the built-in one is resources/catalogue/services.json).
class ServiceCatalogue
{
public:
    ServiceCatalogue() = default;

    // The catalogue compiled into the application. Loaded once; a broken built-in file is a
    // programming error caught by the tests.
    static const ServiceCatalogue &builtIn();
    static Parsed<ServiceCatalogue> fromJson(const QByteArray &json, const QString &fileName);

    const QList<Service> &services() const { return m_services; }
    const Service *find(QStringView id) const;
    QList<const Service *> schedulers() const;

    // Adds a service (a user-defined one); false if its id is taken.
    bool add(const Service &service);

    // The services any of whose ports (upstream ones included) overlap the protocol and range.
    // Protocol ALL or a range of -1/-1 overlaps every port.
    QStringList serviceIdsOn(Protocol protocol, PortRange range) const;

    // The services a set of rules serves: those the rules record, and for rules that record none,
    // those an inbound accept opens (a rule open to every port names no service: "everything" is
    // not a useful answer). In order of first appearance.
    QStringList serviceIdsOpenedBy(const QList<Rule> &rules) const;

    // One number for a protocol and a port range, for caching what is computed per range (large
    // sets repeat a few ranges).
    static quint64 rangeKey(Protocol protocol, PortRange range)
    {
        return (quint64(protocol) << 40) | (quint64(range.first() + 1) << 20) | quint64(range.last() + 1);
    }

private:
    QList<Service> m_services;
};

} // namespace sg
