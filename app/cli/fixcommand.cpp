// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "documentoutput.h"

#include "io/formatregistry.h"
#include "report/diffreport.h"
#include "workspace/fixer.h"

#include <QBuffer>

namespace sg::cli {
namespace {

// fix: the smallest safe change for the findings at or above a level, written as a rule file, with
// the change as `diff` shows it and the proof that the kept addresses still reach SSH and RDP.
class FixCommand final : public WorkspaceCommand
{
public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    void addCommandOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({m_failOn, m_replaceWith, m_keep, m_to,
                           outputOption(QStringLiteral("the fixed rules (a folder for several groups)"))});
    }

    int runWithPaths(CliContext &context, const QCommandLineParser &parser, const QStringList &paths) override
    {
        const QString level = parser.value(m_failOn);
        const std::optional<Severity> threshold = severityFromId(level);
        if (!threshold)
            return usageError(context, QStringLiteral("\"%1\" is not a level: use critical, high, medium, low or info").arg(level));
        m_options.threshold = *threshold;
        for (const auto &[option, list] : {std::pair{&m_replaceWith, &m_options.replaceWith}, std::pair{&m_keep, &m_options.keep}}) {
            for (const QString &text : parser.values(*option)) {
                const Endpoint::ParseResult parsed = Endpoint::parse(text);
                if (!parsed.endpoint || !parsed.endpoint->isAddress()) {
                    return usageError(context, QStringLiteral("--%1 \"%2\" is not an IPv4 or IPv6 address or CIDR block%3").arg(option->names().first(), text, parsed.error.isEmpty() ? QString() : QStringLiteral(": ") + parsed.error));
                }
                list->append(*parsed.endpoint);
            }
        }
        if (parser.isSet(m_to) && !(m_target = writableFormat(context, parser.value(m_to))))
            return BadInput;
        return WorkspaceCommand::runWithPaths(context, parser, paths);
    }

    int runWithWorkspace(CliContext &context, const QCommandLineParser &parser, const LoadedWorkspace &loaded) override
    {
        const Workspace &workspace = loaded.workspace;
        const RuleFormat *target = m_target;
        if (!target) {
            const RuleFormat *inputFormat = FormatRegistry::instance().find(loaded.commonFormat());
            if (!inputFormat || !inputFormat->canWrite()) {
                return usageError(context, QStringLiteral("%1 cannot be written back in its own format (%2); name one with --to: %3").arg(input(), loaded.commonFormat().isEmpty() ? QStringLiteral("several formats") : loaded.commonFormat(), FormatRegistry::instance().idList(false)));
            }
            target = inputFormat;
        }
        const WorkspaceAnalyzer analyzer;
        const FixResult result = Fixer(m_options).fix(workspace, analyzer.analyze(workspace));
        const QString output = parser.value(QStringLiteral("output"));
        const int written = writeWorkspace(context, name(), result.workspace, *target, output, input());
        if (written != Success)
            return written;
        if (!context.isQuiet())
            context.err(summary(result, workspace, output));
        const int remaining = analyzer.analyze(result.workspace).countAtLeast(m_options.threshold);
        return remaining > 0 || !result.refused.isEmpty() ? Findings : Success;
    }

private:
    // What stderr tells: the changes, the refused ones, the lockout proof, then the diff.
    QString summary(const FixResult &result, const Workspace &before, const QString &output) const
    {
        QString text;
        const QString level = toId(m_options.threshold);
        if (result.made.isEmpty() && result.refused.isEmpty())
            text += QStringLiteral("Nothing to fix: no rule has a finding at or above %1.\n").arg(level);
        if (!result.made.isEmpty()) {
            text += QStringLiteral("Fixed %1 rules with findings at or above %2:\n").arg(result.made.size()).arg(level);
            for (const FixChange &change : result.made)
                text += QStringLiteral("  ") + Fixer::describe(change, before) + u'\n';
        }
        if (!result.refused.isEmpty()) {
            text += QStringLiteral("Not changed, to keep access (lockout safety):\n");
            for (const RefusedChange &refused : result.refused)
                text += QStringLiteral("  ") + Fixer::describe(refused.change, before) + QStringLiteral("\n    Refused: ") + refused.reason + u'\n';
        }
        if (m_options.keep.isEmpty() && !result.made.isEmpty()) {
            text += QStringLiteral("No --keep address: nothing proves that you can still reach SSH or RDP; give your own address "
                                   "with --keep to have it checked.\n");
        } else if (!result.proof.isEmpty()) {
            text += result.lockoutSafe() ? QStringLiteral("Lockout check (evaluated before and after the fix): passed.\n")
                                         : QStringLiteral("Lockout check (evaluated before and after the fix): FAILED.\n");
            for (const LockoutCheck &check : result.proof)
                text += QStringLiteral("  ") + Fixer::describe(check) + u'\n';
        }
        if (result.diff.hasChanges()) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            const QString newName = output.isEmpty() || output == u"-" ? QStringLiteral("(fixed)") : output;
            DiffReport(result.diff, before, input(), result.workspace, newName).writeText(buffer);
            text += u'\n' + QString::fromUtf8(buffer.data());
        }
        return text;
    }

    const QCommandLineOption m_failOn = failOnOption(QStringLiteral("Fix the rules with a finding at or above: critical, high (default), medium, low or info."));
    QCommandLineOption m_replaceWith{QStringLiteral("replace-with"),
                                     QStringLiteral("A source (address or CIDR block) the faulty rules keep; repeatable."),
                                     QStringLiteral("cidr")};
    QCommandLineOption m_keep{QStringLiteral("keep"),
                              QStringLiteral("An address that must still reach SSH and RDP after the fix (your own); the faulty rules keep it too; repeatable."),
                              QStringLiteral("addr")};
    const QCommandLineOption m_to = toOption(QStringLiteral(" (default: the input's)"));
    FixOptions m_options;
    const RuleFormat *m_target = nullptr;
};

} // namespace

std::unique_ptr<Command> makeFixCommand(Usage usage)
{
    return std::make_unique<FixCommand>(std::move(usage));
}

} // namespace sg::cli
