// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportpanel.h"

#include <QDialog>

class QDialogButtonBox;

namespace sg::ui {

// File > Export: the formats, folder and file name to write the open document to.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const ExportChoice &initial, QWidget *parent = nullptr);
    ExportPanel *panel() const { return m_panel; }
    ExportChoice choice() const { return m_panel->choice(); }

private:
    ExportPanel *m_panel;
    QDialogButtonBox *m_buttons;
};

} // namespace sg::ui
