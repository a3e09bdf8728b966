// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTreeWidget;

namespace sg {
class ServiceCatalogue;
}

namespace sg::ui {

// The service catalogue for reference: every service with its ports as the source document lists
// them, who should reach it, how sensitive it is and the document's recommendation.
class CatalogueDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CatalogueDock(const ServiceCatalogue &catalogue, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace sg::ui
