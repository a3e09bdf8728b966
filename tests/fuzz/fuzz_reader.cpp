// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for one reader (SGASSIST_FUZZ_FORMAT). Beyond "no crash, no hang, no sanitizer
// report", it checks a property: whatever reads without problems - every group of it - written back
// (in the same format, or as api-json for formats that are only read; a whole workspace, interfaces
// included, as a project) and read again, gives the same rule sets.

#include "io/formatfidelity.h"
#include "io/formatregistry.h"
#include "io/projectformat.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>

using namespace sg;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "%s%s%s\n", what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    std::abort();
}

bool writable(const RuleSet &set)
{
    for (const Rule &rule : set.rules) {
        if (!rule.problems().isEmpty())
            return false; // kept with a value the file leaves open (an unset variable): no writer takes it
    }
    return true;
}

// A whole workspace through the project format: groups (as the project keeps them) and interfaces.
void projectRoundTrip(const Workspace &workspace)
{
    QBuffer output;
    output.open(QIODevice::WriteOnly);
    if (const QString error = ProjectFormat::writeWorkspace(workspace, output); !error.isEmpty())
        fail("writing the project failed", error);
    output.close();
    output.open(QIODevice::ReadOnly);
    const Parsed<Workspace> again = ProjectFormat().readWorkspace(output, QStringLiteral("fuzz-again"));
    if (!again.ok())
        fail("the project written does not read back", again.diagnostics.first().toString());
    if (again.value.groups.size() != workspace.groups.size())
        fail("the project lost or gained groups");
    for (qsizetype g = 0; g < workspace.groups.size(); ++g) {
        if (!(keptBy(QStringLiteral("project"), workspace.groups.at(g).ruleSet) == keptBy(QStringLiteral("project"), again.value.groups.at(g).ruleSet)))
            fail("a group changed on the way through the project");
    }
    if (again.value.interfaces.size() != workspace.interfaces.size())
        fail("the project lost or gained network interfaces");
    for (qsizetype e = 0; e < workspace.interfaces.size(); ++e) {
        const NetworkInterface &a = workspace.interfaces.at(e);
        const NetworkInterface &b = again.value.interfaces.at(e);
        if (a.id != b.id || a.instanceId != b.instanceId || a.groupIds != b.groupIds || a.privateIps != b.privateIps) {
            const auto describe = [](const NetworkInterface &eni) {
                return QStringLiteral("%1 %2 [%3] [%4]").arg(eni.id, eni.instanceId, eni.groupIds.join(u','), eni.privateIps.join(u','));
            };
            fail("a network interface changed on the way through the project", describe(a) + QStringLiteral(" became ") + describe(b));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    const RuleFormat *reader = registry.find(QStringLiteral(SGASSIST_FUZZ_FORMAT));
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#ifdef SGASSIST_FUZZ_YAML
    bytes.prepend("#\n"); // a comment line first: no input is taken for JSON, so the YAML side is fuzzed
#endif
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    // Every group the file holds (a template or state may hold several), and any interfaces.
    const Parsed<Workspace> first = reader->readWorkspace(input, QStringLiteral("fuzz"));
    if (!first.ok())
        return 0;
    for (const WorkspaceGroup &group : first.value.groups) {
        if (!writable(group.ruleSet))
            return 0;
    }
    if (reader->id() == u"project" || reader->id() == u"network-interfaces") {
        projectRoundTrip(first.value);
        return 0;
    }

    // Each group written back (in the same format, or as api-json for formats that are only read)
    // and read again gives the same rule set.
    const RuleFormat *writer = reader->canWrite() ? reader : registry.find(QStringLiteral("api-json"));
    for (const WorkspaceGroup &group : first.value.groups) {
        Document document;
        document.ruleSet = group.ruleSet;
        if (!writer->checkWritable(document).isEmpty())
            continue; // a rule the format cannot express (Terraform and refinements): refused, not lost
        QBuffer output;
        output.open(QIODevice::WriteOnly);
        if (const QString error = writer->write(document, output); !error.isEmpty())
            fail("writing back failed", error);
        output.close();
        output.open(QIODevice::ReadOnly);
        const Parsed<Document> second = writer->read(output, QStringLiteral("fuzz-again"));
        if (!second.ok())
            fail("what was written does not read back", second.diagnostics.first().toString());
        if (!(keptBy(writer->id(), document.ruleSet) == keptBy(writer->id(), second.value.ruleSet)))
            fail("the rule set changed on the way through", writer->id());
    }
    return 0;
}
