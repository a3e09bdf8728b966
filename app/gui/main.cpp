// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sgassist: the desktop application.

#include "mainwindow.h"
#include "qttranslations.h"
#include "settings.h"
#include "theme.h"

#include "core/processmemory.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <chrono>
#include <cstdio>

namespace {

// --help and --version only print text, so they must work without a display (help2man runs them at
// build time to write the man page, and users try them over ssh): the offscreen platform then serves.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    sg::returnLargeBuffersPromptly();
    if (onlyPrintsText(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sgassist"));
    QApplication::setApplicationDisplayName(QStringLiteral("SG Assist"));
    QApplication::setOrganizationName(QStringLiteral("SG Assist"));
    QApplication::setApplicationVersion(QStringLiteral(SGASSIST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SGASSIST_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/sgassist/icons/sgassist.svg")));

    // The language the user chose, or the system's; set before any window reads QLocale().
    const QString language = sg::ui::Settings::value(sg::ui::Settings::Key::Language).toString();
    if (language != u"system")
        QLocale::setDefault(QLocale(language));

    // The application's own strings, then Qt's (dialog buttons and the like).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sgassist"), QStringLiteral("_"), QStringLiteral(":/sgassist/translations")))
        QApplication::installTranslator(&translator);
    sg::ui::installQtTranslations(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build, review and export Alibaba Cloud security group rules."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption startupBenchmark(QStringLiteral("startup-benchmark"),
                                              QApplication::translate("main", "Print the monotonic clock (ns) once the first window is shown, then quit (tests/bench)."));
    parser.addOption(startupBenchmark);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Rule files, projects, setup plans or folders to open (several open as one workspace)."));
    parser.process(app);

    sg::ui::applyTheme(sg::ui::Settings::theme());
    sg::ui::MainWindow window;
    window.show();
    if (parser.isSet(startupBenchmark)) {
        // After the first paint has been processed: what the user sees as "the window is there".
        QTimer::singleShot(0, &app, [] {
            std::printf("%lld\n", static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count()));
            std::fflush(stdout);
            QApplication::quit();
        });
        return QApplication::exec();
    }
    window.offerRecovery();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openPaths(files); // several files and folders open as one workspace
    return QApplication::exec();
}
