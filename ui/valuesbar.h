// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace sg::ui {

// The bar above the rules that says the files left values open - the rules that use them match no
// traffic - and offers Supply Values…, without stopping the user with a dialog. It can be closed
// until the next document.
class ValuesBar : public QFrame
{
    Q_OBJECT

public:
    explicit ValuesBar(QWidget *parent = nullptr);

    // Shows the bar for the variables or parameters without a value (none hides it), naming a few,
    // with the number of rules that match no traffic until they have one.
    void setOpenValues(int count, int inert, const QStringList &names);

    QLabel *text() const { return m_text; }
    QPushButton *supplyButton() const { return m_supply; }

Q_SIGNALS:
    void supplyRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_supply;
    QToolButton *m_close;
};

} // namespace sg::ui
