// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the setup plan reader and the builder. Property: a plan that reads without
// problems survives toJson() and a second read unchanged, and building it never crashes.

#include "plan/rulebuilder.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

using namespace sg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Parsed<SetupPlan> first = SetupPlan::fromJson(bytes, QStringLiteral("fuzz"));
    if (!first.ok())
        return 0;
    const Parsed<SetupPlan> second = SetupPlan::fromJson(QJsonDocument(first.value.toJson()).toJson(), QStringLiteral("again"));
    if (!second.ok() || !(second.value == first.value)) {
        std::fprintf(stderr, "the plan changed on the way through toJson()\n");
        std::abort();
    }
    (void)RuleBuilder().build(first.value);
    return 0;
}
