// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleformat.h"

#include <memory>
#include <utility>
#include <vector>

namespace sg {

// Every file format SG Assist knows, looked up by id or detected from content.
class FormatRegistry
{
public:
    static const FormatRegistry &instance();

    QList<const RuleFormat *> formats() const;
    QList<const RuleFormat *> readers() const;
    QList<const RuleFormat *> writers() const;
    const RuleFormat *find(QStringView id) const;
    // The readable format most confident that `head` is one of its files, or nullptr.
    const RuleFormat *detect(QByteArrayView head) const;
    // "api-json, console-json, ..." for usage messages.
    QString idList(bool readable) const;

private:
    FormatRegistry();
    // The format most confident of `head` (without a byte order mark), and its score.
    std::pair<const RuleFormat *, int> mostConfident(QByteArrayView head) const;
    // The formats `can` is true of, in registry order (all of them for nullptr).
    QList<const RuleFormat *> select(bool (RuleFormat::*can)() const) const;

    std::vector<std::unique_ptr<RuleFormat>> m_formats;
};

} // namespace sg
