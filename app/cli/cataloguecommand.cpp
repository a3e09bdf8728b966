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
    QString name() const override { return QStringLiteral("catalogue"); }
    QString synopsis() const override { return QStringLiteral("catalogue [--report text|json]"); }

protected:
    QString description() const override
    {
        return QStringLiteral("List the services SG Assist knows, with their ports, scopes and recommendations.");
    }
    void addOptions(QCommandLineParser &parser) override { parser.addOption(reportOption(m_kinds)); }

    int run(CliContext &context, const QCommandLineParser &parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return usageError(context, QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        int exitCode = Success;
        const QString kind = reportKind(context, parser, m_kinds, &exitCode);
        if (kind.isEmpty())
            return exitCode;
        const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn();
        return context.writeReport({}, [&](QIODevice &device) {
            return kind == u"json" ? CatalogueReport::writeJson(catalogue, device) : CatalogueReport::writeText(catalogue, device);
        });
    }

private:
    const QStringList m_kinds{QStringLiteral("text"), QStringLiteral("json")};
};

} // namespace

std::unique_ptr<Command> makeCatalogueCommand()
{
    return std::make_unique<CatalogueCommand>();
}

} // namespace sg::cli
