// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "report/cataloguereport.h"

namespace sg::cli {
namespace {

// checks: the checks `check` runs, for people, baselines and the shell completions.
class ChecksCommand final : public Command
{
public:
    using Command::Command;

protected:
    int run(CliContext &context, const QCommandLineParser &) override
    {
        const QString &kind = reportKind();
        const QList<CheckInfo> checks = checkCatalogue();
        return context.writeReport({}, [&](QIODevice &device) {
            return kind == u"json" ? CatalogueReport::writeChecksJson(checks, device) : CatalogueReport::writeChecksText(checks, device);
        });
    }
};

} // namespace

std::unique_ptr<Command> makeChecksCommand(Usage usage)
{
    return std::make_unique<ChecksCommand>(std::move(usage));
}

} // namespace sg::cli
