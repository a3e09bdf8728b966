// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hclvalue.h"

#include <optional>

// Terraform's built-in functions that configurations of security group rules use: strings
// (format, join, split, replace, ...), collections (concat, element, lookup, merge, flatten, ...),
// numbers, type conversions and CIDR arithmetic. Functions that read files, call the network or
// need the provider (file, templatefile, data sources) are not evaluated.
namespace sg::HclFunctions {

// Calls a function with known arguments. Returns nullopt for a function SG Assist does not
// evaluate; on wrong arguments, sets *error (the result is then invalid) as Terraform words it.
std::optional<HclValue> call(QStringView name, const QList<HclValue> &arguments, QString *error);

// True for functions that only need the outer shape of their arguments known: length() of a list
// whose elements are unknown is known, and element() picks without looking.
bool acceptsUnknownElements(QStringView name);

// HCL's automatic conversions: a number or bool to string, a numeric string to number.
std::optional<QString> toText(const HclValue &value);
std::optional<double> toNumber(const HclValue &value);
std::optional<bool> toBool(const HclValue &value);

} // namespace sg::HclFunctions
