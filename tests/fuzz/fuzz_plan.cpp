// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the setup plan reader and the builder. Property: a plan that reads without
// problems survives toJson(), written as the app writes it (JsonWriter, in a project), and a second
// read unchanged, and building it never crashes.

#include "io/jsonwriter.h"
#include "plan/rulebuilder.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>

using namespace sg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Parsed<SetupPlan> first = SetupPlan::fromJson(bytes, QStringLiteral("fuzz"));
    if (!first.ok())
        return 0;
    QBuffer written;
    written.open(QIODevice::WriteOnly);
    JsonWriter writer(written);
    writer.value(QJsonValue(first.value.toJson()));
    writer.finish();
    const Parsed<SetupPlan> second = SetupPlan::fromJson(written.data(), QStringLiteral("again"));
    if (!second.ok() || !(second.value == first.value)) {
        std::fprintf(stderr, "the plan changed on the way through toJson()\n");
        std::abort();
    }
    (void)RuleBuilder().build(first.value);
    return 0;
}
