// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguedock.h"

#include "catalogue/servicecatalogue.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace sg::ui {
namespace {

QString sensitivityName(Sensitivity sensitivity)
{
    switch (sensitivity) {
    case Sensitivity::Low: return CatalogueDock::tr("Low");
    case Sensitivity::Medium: return CatalogueDock::tr("Medium");
    case Sensitivity::High: return CatalogueDock::tr("High");
    case Sensitivity::Critical: return CatalogueDock::tr("Critical");
    }
    return {};
}

} // namespace

CatalogueDock::CatalogueDock(const ServiceCatalogue &catalogue, QWidget *parent)
    : QDockWidget(tr("Service Catalogue"), parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("catalogueDock"));
    m_tree->setObjectName(QStringLiteral("catalogueTree"));
    m_tree->setHeaderLabels({tr("Service"), tr("Ports"), tr("Sources from"), tr("Sensitivity"), tr("Recommendation")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);

    auto *ehpc = new QTreeWidgetItem(m_tree, {tr("E-HPC")});
    auto *workbench = new QTreeWidgetItem(m_tree, {tr("Workbench")});
    QTreeWidgetItem *custom = nullptr;
    const QLocale locale;
    for (const Service &service : catalogue.services()) {
        QTreeWidgetItem *group = service.category == u"ehpc" ? ehpc : service.category == u"workbench" ? workbench
                                                                                                       : nullptr;
        if (!group) {
            if (!custom)
                custom = new QTreeWidgetItem(m_tree, {tr("Custom")});
            group = custom;
        }
        QString ports = ServicePort::toDisplayString(service.ports);
        if (!service.upstreamPorts.isEmpty())
            ports += u' ' + tr("(upstream: %1)").arg(ServicePort::toDisplayString(service.upstreamPorts));
        auto *item = new QTreeWidgetItem(group, {service.name.text(locale), ports, displayName(service.scope), sensitivityName(service.sensitivity), service.recommendation.text(locale)});
        item->setData(0, Qt::UserRole, service.id);
        QString tip = service.purpose.text(locale);
        if (!service.practice.isEmpty())
            tip += QStringLiteral("\n\n") + service.practice.text(locale);
        if (!service.warning.isEmpty())
            tip += QStringLiteral("\n\n") + service.warning.text(locale);
        for (int column = 0; column < m_tree->columnCount(); ++column)
            item->setToolTip(column, tip);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    setWidget(m_tree);
}

} // namespace sg::ui
