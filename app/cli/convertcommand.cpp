// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "documentoutput.h"

#include "io/formatregistry.h"

namespace sg::cli {
namespace {

// convert: rule files into another format; several groups become one file each.
class ConvertCommand final : public WorkspaceCommand
{
public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    void addCommandOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({m_to, outputOption(QStringLiteral("the result (a folder for several groups)"))});
    }

    int runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths) override
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        if (!parser.isSet(m_to))
            return usageError(context, QStringLiteral("--to is required; use one of: %1").arg(registry.idList(false)));
        m_target = writableFormat(context, parser.value(m_to));
        if (!m_target)
            return BadInput;
        return WorkspaceCommand::runWithPaths(context, parser, paths);
    }

    int runWithWorkspace(CliContext &context, const QCommandLineParser &parser, const LoadedWorkspace &loaded) override
    {
        return writeWorkspace(context, name(), loaded.workspace, *m_target, parser.value(QStringLiteral("output")), input());
    }

private:
    const QCommandLineOption m_to = toOption({});
    const RuleFormat *m_target = nullptr;
};

} // namespace

std::unique_ptr<Command> makeConvertCommand(Usage usage)
{
    return std::make_unique<ConvertCommand>(std::move(usage));
}

} // namespace sg::cli
