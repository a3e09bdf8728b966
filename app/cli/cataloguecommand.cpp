// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "report/cataloguereport.h"

namespace sg::cli {
namespace {

// catalogue: the services SG Assist knows.
class CatalogueCommand final : public Command
{
public:
    using Command::Command;

protected:
    int run(CliContext &context, const QCommandLineParser &) override
    {
        const QString &kind = reportKind();
        const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn();
        return context.writeReport({}, [&](QIODevice &device) {
            return kind == u"json" ? CatalogueReport::writeJson(catalogue, device) : CatalogueReport::writeText(catalogue, device);
        });
    }
};

} // namespace

std::unique_ptr<Command> makeCatalogueCommand(Usage usage)
{
    return std::make_unique<CatalogueCommand>(std::move(usage));
}

} // namespace sg::cli
