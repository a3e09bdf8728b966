// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "internedtext.h"

#include <QDebug>
#include <QHash>
#include <QMutex>

#include <unordered_set>

namespace sg {
namespace {

struct TextHash
{
    size_t operator()(const QString &text) const noexcept { return qHash(text); }
};

} // namespace

const QString *InternedText::intern(const QString &text)
{
    if (text.isEmpty())
        return nullptr;
    // Node-based: an element keeps its address as the set grows. Never destroyed, so texts stay
    // valid in values destroyed after main() returns.
    static auto *texts = new std::unordered_set<QString, TextHash>;
    static QBasicMutex mutex;
    const QMutexLocker lock(&mutex);
    return &*texts->insert(text).first;
}

const QString &InternedText::empty()
{
    static const QString none;
    return none;
}

QDebug operator<<(QDebug debug, const InternedText &text)
{
    return debug << text.toString();
}

} // namespace sg
