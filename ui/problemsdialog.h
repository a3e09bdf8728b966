// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QDialog>

class QTreeWidget;

namespace sg::ui {

// Lists the problems found in a file (errors and warnings, each with its location) so that the
// user can fix the file; shown instead of loading a file with errors.
class ProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    ProblemsDialog(const QString &fileName, const QString &summary, const Diagnostics &diagnostics,
                   QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace sg::ui
