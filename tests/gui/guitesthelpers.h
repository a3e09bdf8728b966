// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysiscontroller.h"
#include "core/ruleenums.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMultiHash>
#include <QStandardPaths>
#include <QTest>

// The widget of `parent` with that objectName; a test that looks for one that is not there stops
// at once, naming it.
template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1StringView(name));
    if (!widget)
        qFatal("no widget named %s", name);
    return widget;
}

template <typename T>
T *child(QWidget &parent, const char *name)
{
    return child<T>(&parent, name);
}

// Every GUI test runs with its own settings and data directories, never the user's, and never
// another test's: ctest runs several test programs at once, and a window's autosaves, recent files
// and settings would otherwise meet those of another program's windows.
inline void isolateGuiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SG Assist Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("sgassist-")
                                         + QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
}

// QTEST_MAIN for the GUI tests: the program is isolated (isolateGuiTest()) as soon as its
// QApplication exists, before the test object and its first function, so no GUI test can forget it.
#define SGASSIST_GUI_TEST_MAIN(TestObject)     \
    Q_COREAPP_STARTUP_FUNCTION(isolateGuiTest) \
    QTEST_MAIN(TestObject)

// Opens `file` in `window` and waits until its analysis is current: false when the file did not
// open or the analysis did not come.
inline bool openAnalysed(sg::ui::MainWindow &window, const QString &file)
{
    return window.openFile(file) && QTest::qWaitFor([&window] { return window.analysisController()->isCurrent(); });
}

// The model rules as "TCP 22/22 203.0.113.10/32" lines, for exact comparisons.
template <typename Model>
QStringList ruleLines(const Model &model)
{
    QStringList out;
    for (const auto &r : model.ruleSet().rules)
        out << QStringLiteral("%1 %2 %3").arg(sg::toApiString(r.protocol), r.ports.toString(), r.peer.text());
    return out;
}

// The mnemonic letter of a text ("&Next >" -> 'n', "下一步(&N) >" -> 'n'), or a null char.
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Every mnemonic that is live in `window` as it is shown now: its enabled buttons and the labels
// with buddies. Two entries under one letter are a clash.
inline QMultiHash<QChar, QString> liveMnemonics(QWidget &window)
{
    QMultiHash<QChar, QString> out;
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&window) && button->isEnabled() && !mnemonicOf(button->text()).isNull())
            out.insert(mnemonicOf(button->text()), button->text());
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&window) && label->buddy() && !mnemonicOf(label->text()).isNull())
            out.insert(mnemonicOf(label->text()), label->text());
    }
    return out;
}
