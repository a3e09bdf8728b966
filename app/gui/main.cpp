// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sgassist: the desktop application.

#include "mainwindow.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sgassist"));
    QApplication::setApplicationDisplayName(QStringLiteral("SG Assist"));
    QApplication::setOrganizationName(QStringLiteral("SG Assist"));
    QApplication::setApplicationVersion(QStringLiteral(SGASSIST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SGASSIST_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/sgassist/icons/sgassist.svg")));

    // The application's own strings, then Qt's (dialog buttons and the like).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sgassist"), QStringLiteral("_"), QStringLiteral(":/sgassist/translations")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build, review and export Alibaba Cloud security group rules."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A rule file, project or setup plan to open."));
    parser.process(app);

    sg::ui::applyTheme(sg::ui::Settings::theme());
    sg::ui::MainWindow window;
    window.show();
    window.offerRecovery();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    return QApplication::exec();
}
