// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for one reader (SGASSIST_FUZZ_FORMAT). Beyond "no crash, no hang, no sanitizer
// report", it checks a property: whatever reads without problems, written back (in the same format,
// or as api-json for formats that are only read) and read again, gives the same rule set.

#include "io/formatfidelity.h"
#include "io/formatregistry.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>

using namespace sg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    const RuleFormat *reader = registry.find(QStringLiteral(SGASSIST_FUZZ_FORMAT));
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#ifdef SGASSIST_FUZZ_PREFIX
    bytes.prepend(SGASSIST_FUZZ_PREFIX); // steers the input to one side of a format (YAML rather than JSON)
#endif
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    const Parsed<Document> first = reader->read(input, QStringLiteral("fuzz"));
    if (!first.ok())
        return 0;
    for (const Rule &rule : first.value.ruleSet.rules) {
        if (!rule.problems().isEmpty())
            return 0; // kept with a value the file leaves open (an unset variable): no writer takes it
    }

    const RuleFormat *writer = reader->canWrite() ? reader : registry.find(QStringLiteral("api-json"));
    if (!writer->checkWritable(first.value).isEmpty())
        return 0; // a rule the format cannot express (Terraform and refinements): refused, not lost
    QBuffer output;
    output.open(QIODevice::WriteOnly);
    if (const QString error = writer->write(first.value, output); !error.isEmpty()) {
        std::fprintf(stderr, "writing back failed: %s\n", qPrintable(error));
        std::abort();
    }
    output.close();
    output.open(QIODevice::ReadOnly);
    const Parsed<Document> second = writer->read(output, QStringLiteral("fuzz-again"));
    if (!second.ok()) {
        std::fprintf(stderr, "what was written does not read back: %s\n", qPrintable(second.diagnostics.first().toString()));
        std::abort();
    }
    if (!(keptBy(writer->id(), first.value.ruleSet) == keptBy(writer->id(), second.value.ruleSet))) {
        std::fprintf(stderr, "the rule set changed on the way through %s\n", qPrintable(writer->id()));
        std::abort();
    }
    return 0;
}
