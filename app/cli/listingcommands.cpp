// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "report/cataloguereport.h"

#include <functional>

namespace sg::cli {
namespace {

// A command that lists what SG Assist knows, as text or (--report json) JSON, and takes nothing else.
class ListingCommand final : public Command
{
public:
    // Writes the listing to `device`, as JSON when `json`; returns an empty string or the error.
    using Write = std::function<QString(QIODevice &device, bool json)>;

    ListingCommand(Usage usage, Write write)
        : Command(std::move(usage)), m_write(std::move(write)) {}

protected:
    int run(CliContext &context, const QCommandLineParser &) override
    {
        const bool json = reportKind() == u"json";
        return context.writeReport({}, [&](QIODevice &device) { return m_write(device, json); });
    }

private:
    Write m_write;
};

} // namespace

// catalogue: the services SG Assist knows.
std::unique_ptr<Command> makeCatalogueCommand(Usage usage)
{
    return std::make_unique<ListingCommand>(std::move(usage), [](QIODevice &device, bool json) {
        const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn();
        return json ? CatalogueReport::writeJson(catalogue, device) : CatalogueReport::writeText(catalogue, device);
    });
}

// checks: the checks `check` runs, for people, baselines and the shell completions.
std::unique_ptr<Command> makeChecksCommand(Usage usage)
{
    return std::make_unique<ListingCommand>(std::move(usage), [](QIODevice &device, bool json) {
        const QList<CheckInfo> checks = checkCatalogue();
        return json ? CatalogueReport::writeChecksJson(checks, device) : CatalogueReport::writeChecksText(checks, device);
    });
}

} // namespace sg::cli
