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
    QString name() const override { return QStringLiteral("convert"); }
    QString synopsis() const override { return QStringLiteral("convert PATHS... [--from FORMAT] --to FORMAT [-o FILE|DIR/]"); }

protected:
    QString description() const override
    {
        return QStringLiteral(
            "Read rule files and write them in another format. A format of one group per file (all but\n"
            "project) gets one file per group when the input holds several: -o must then be a folder, and\n"
            "the names written are printed. Formats with at most 200 rules a file write FILE-1.ext,\n"
            "FILE-2.ext, ... and print their names.");
    }

    void addCommandOptions(QCommandLineParser &parser) override
    {
        m_to.setDescription(QStringLiteral("Output format: %1.").arg(FormatRegistry::instance().idList(false)));
        parser.addOptions({m_to, outputOption(QStringLiteral("the result (a folder for several groups)"))});
        parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Rule files, folders, or '-'."), QStringLiteral("PATHS..."));
    }

    int runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths) override
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        if (!parser.isSet(m_to))
            return usageError(context, QStringLiteral("--to is required; use one of: %1").arg(registry.idList(false)));
        m_target = registry.find(parser.value(m_to));
        if (!m_target || !m_target->canWrite()) {
            return usageError(context, QStringLiteral("\"%1\" is not a format that can be written; use one of: %2")
                                           .arg(parser.value(m_to), registry.idList(false)));
        }
        m_input = inputName(paths);
        return WorkspaceCommand::runWithPaths(context, parser, paths);
    }

    int runWithWorkspace(CliContext &context, const QCommandLineParser &parser, const LoadedWorkspace &loaded) override
    {
        return writeWorkspace(context, name(), loaded.workspace, *m_target, parser.value(QStringLiteral("output")), m_input);
    }

private:
    QCommandLineOption m_to{QStringLiteral("to"), QString(), QStringLiteral("format")};
    const RuleFormat *m_target = nullptr;
    QString m_input;
};

} // namespace

std::unique_ptr<Command> makeConvertCommand()
{
    return std::make_unique<ConvertCommand>();
}

} // namespace sg::cli
