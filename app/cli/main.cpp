// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sgassist-cli: the headless companion of SG Assist for scripts and CI (DESIGN section 8).

#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>

#include <array>
#include <functional>

namespace {

struct Command
{
    QLatin1StringView name;
    QLatin1StringView synopsis;
    int (*run)(sg::cli::CliContext &, const QStringList &);
};

constexpr std::array commands{
    Command{QLatin1StringView("catalogue"), QLatin1StringView("catalogue [--report text|json]"), &sg::cli::runCatalogue},
    Command{QLatin1StringView("build"), QLatin1StringView("build PLAN.json [--to FORMAT] [-o FILE]"), &sg::cli::runBuild},
    Command{QLatin1StringView("check"),
            QLatin1StringView("check FILE [--from FORMAT] [--report text|json|sarif] [--fail-on critical|high|medium|low|info|never] [-o FILE]"),
            &sg::cli::runCheck},
    Command{QLatin1StringView("explain"),
            QLatin1StringView("explain FILE --source ADDR|sg-ID --protocol tcp|udp|icmp|gre|all [--port N] [--direction ingress|egress] [--report text|json]"),
            &sg::cli::runExplain},
    Command{QLatin1StringView("convert"), QLatin1StringView("convert FILE [--from FORMAT] --to FORMAT [-o FILE]"), &sg::cli::runConvert},
    Command{QLatin1StringView("diff"), QLatin1StringView("diff OLD NEW [--from FORMAT] [--report text|json]"), &sg::cli::runDiff},
    Command{QLatin1StringView("probe"), QLatin1StringView("probe HOST [--services ID,...] [--port N/tcp ...] [--timeout MS] [--report text|json]"), &sg::cli::runProbe},
    Command{QLatin1StringView("checks"), QLatin1StringView("checks [--report text|json]"), &sg::cli::runChecks},
};

QString usage()
{
    QString text = QStringLiteral("Usage: sgassist-cli COMMAND [ARGUMENTS]\n\n"
                                  "Build, check and convert Alibaba Cloud security group rules for E-HPC clusters.\n\n"
                                  "Commands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  sgassist-cli ") + c.synopsis + u'\n';
    text += QStringLiteral("\nExit codes: 0 success, 1 findings at or above --fail-on (check) or denied (explain),\n"
                           "2 bad input or usage, 3 I/O error. 'sgassist-cli COMMAND --help' shows a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sgassist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SG Assist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SGASSIST_VERSION));

    sg::cli::CliContext context;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        context.err(usage());
        return sg::cli::BadInput;
    }
    const QString name = arguments.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        context.out(usage());
        return sg::cli::Success;
    }
    if (name == u"--version") {
        context.out(QStringLiteral("sgassist-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return sg::cli::Success;
    }
    for (const Command &command : commands) {
        if (name == command.name)
            return command.run(context, arguments);
    }
    context.err(QStringLiteral("sgassist-cli: unknown command \"%1\"\n\n").arg(name) + usage());
    return sg::cli::BadInput;
}
