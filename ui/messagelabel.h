// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace sg::ui {

// A label for inline messages (errors, warnings, notes) whose colour comes from the current
// palette, so that it stays readable in light and dark themes. The text itself always starts with
// a symbol or word saying what it is, so colour is never the only signal.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind {
        Error,
        Warning,
        Note
    };

    explicit MessageLabel(QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    Kind m_kind = Kind::Error;
};

} // namespace sg::ui
