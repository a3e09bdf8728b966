// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

#include <optional>

namespace sg {

// Reads a YAML document (yaml-cpp) into the JSON value it stands for, typed as ROS and
// `yaml.safe_load` type it (YAML 1.1: plain `yes`, `on` and `true` are booleans, `0755` is octal,
// `1_000` is a number, `22/22` and `2015-09-01` are strings; quoted scalars are always strings), so
// that a YAML template reads exactly as its JSON twin. Merge keys (`<<`) are applied and aliases
// expanded, up to a bound that keeps "billion laughs" documents small.
class YamlJson
{
    Q_DECLARE_TR_FUNCTIONS(sg::YamlJson)

public:
    struct Result
    {
        QJsonValue value;
        // The 1-based line of each mapping key and sequence item near the top, by path:
        // "Resources", "Resources.WebSg", "Resources.WebSg.Properties.SecurityGroupIngress[2]".
        QHash<QString, int> lines;
    };

    // Nesting deeper than this is refused.
    static constexpr int MaxDepth = 256;
    // Values produced (after aliases are expanded) beyond this are refused: a real template has a few
    // thousand, and this keeps an alias bomb's peak memory under a hundred megabytes.
    static constexpr qsizetype MaxValues = 1'000'000;

    // Parses one YAML document; on a syntax error, reports it with its line and column.
    static std::optional<Result> parse(const QByteArray &utf8, const QString &fileName, Diagnostics &diagnostics);

    // How YAML 1.1 types a plain (unquoted) scalar: null, bool, number or string.
    static QJsonValue plainScalar(const QString &text);
};

} // namespace sg
