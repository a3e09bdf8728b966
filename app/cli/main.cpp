// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sgassist-cli: the headless companion of SG Assist for scripts and CI (DESIGN section 8).

#include "clicontext.h"
#include "commands.h"

#include "core/processmemory.h"

#include <QCoreApplication>

namespace {

QString usage(const std::vector<std::unique_ptr<sg::cli::Command>> &commands)
{
    QString text = QStringLiteral("Usage: sgassist-cli COMMAND [ARGUMENTS]\n\n"
                                  "Build, check and convert Alibaba Cloud security group rules for E-HPC clusters.\n\n"
                                  "Commands:\n");
    for (const auto &c : commands)
        text += QStringLiteral("  sgassist-cli ") + c->synopsis() + u'\n';
    text += QStringLiteral("\nPaths may be files, folders or '-' (standard input). Every command takes --quiet.\n"
                           "Exit codes: 0 success, 1 findings at or above --fail-on (check), denied (explain) or\n"
                           "applied but different (apply), 2 bad input or usage, 3 I/O, API or network error.\n"
                           "'sgassist-cli COMMAND --help' shows a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    sg::returnLargeBuffersPromptly();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sgassist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SG Assist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SGASSIST_VERSION));

    sg::cli::CliContext context;
    const std::vector<std::unique_ptr<sg::cli::Command>> commands = sg::cli::makeCommands();
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        context.err(usage(commands));
        return sg::cli::BadInput;
    }
    const QString name = arguments.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        context.out(usage(commands));
        return sg::cli::Success;
    }
    if (name == u"--version") {
        context.out(QStringLiteral("sgassist-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return sg::cli::Success;
    }
    for (const auto &command : commands) {
        if (name == command->name())
            return command->execute(context, arguments);
    }
    context.err(QStringLiteral("sgassist-cli: unknown command \"%1\"\n\n").arg(name) + usage(commands));
    return sg::cli::BadInput;
}
