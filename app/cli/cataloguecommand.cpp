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
    void addOptions(QCommandLineParser &parser) override { parser.addOption(reportOption()); }

    int run(CliContext &context, const QCommandLineParser &parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return usageError(context, QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        const QString &kind = reportKind();
        const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn();
        return context.writeReport({}, [&](QIODevice &device) {
            return kind == u"json" ? CatalogueReport::writeJson(catalogue, device) : CatalogueReport::writeText(catalogue, device);
        });
    }

private:
};

} // namespace

std::unique_ptr<Command> makeCatalogueCommand(Usage usage)
{
    return std::make_unique<CatalogueCommand>(std::move(usage));
}

} // namespace sg::cli
