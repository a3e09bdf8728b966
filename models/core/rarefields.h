// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSharedData>
#include <QSharedDataPointer>

namespace sg {

// Fields that few values set, kept out of line: while they hold their defaults they take one null
// pointer; once set, copies share them until one is changed (implicit sharing). Compared by value.
// For types held by the hundred thousand (rules, findings) where such fields would take a third
// of each.
template <typename Fields>
class RareFields
{
public:
    const Fields &get() const { return d ? d->fields : defaults(); }
    const Fields *operator->() const { return &get(); }
    bool isSet() const { return d; }
    // The fields to change: allocated on first use, detached from copies.
    Fields &edit()
    {
        if (!d)
            d = new Data;
        return d->fields;
    }

    friend bool operator==(const RareFields &a, const RareFields &b) { return a.d == b.d || a.get() == b.get(); }

private:
    struct Data : QSharedData
    {
        Fields fields;
    };
    static const Fields &defaults()
    {
        static const Fields unset;
        return unset;
    }

    QSharedDataPointer<Data> d;
};

} // namespace sg
