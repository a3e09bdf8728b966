// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicespage.h"

#include "catalogue/servicecatalogue.h"
#include "messagelabel.h"
#include "setupwizard.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace sg::ui {
namespace {

QString portList(const QList<ServicePort> &ports)
{
    QStringList parts;
    for (const ServicePort &port : ports)
        parts << port.toDisplayString();
    return parts.join(QStringLiteral(", "));
}

// The order the services are offered in: the cluster's own first, then the Workbench tools.
const QStringList &offeredServices()
{
    static const QStringList ids{QStringLiteral("ssh"), QStringLiteral("nfs"), QStringLiteral("prometheus"),
                                 QStringLiteral("fluentd"), QStringLiteral("portal"), QStringLiteral("rdp"),
                                 QStringLiteral("jupyter"), QStringLiteral("vscode"), QStringLiteral("git"),
                                 QStringLiteral("docker")};
    return ids;
}

} // namespace

ServicesPage::ServicesPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_dockerWarning(new MessageLabel(this)),
      m_upstream(new QCheckBox(tr("Include the &complete upstream ports"), this)),
      m_problem(new MessageLabel(this))
{
    setObjectName(QStringLiteral("servicesPage"));
    setTitle(tr("Services"));
    setSubTitle(tr("Open only what the cluster needs: every port is a way in."));

    const QLocale locale;
    const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn();
    auto *ehpc = new QGroupBox(tr("E-HPC"), this);
    auto *workbench = new QGroupBox(tr("Workbench tools"), this);
    auto *ehpcLayout = new QVBoxLayout(ehpc);
    auto *workbenchLayout = new QVBoxLayout(workbench);
    QStringList upstreamLines;
    for (const QString &id : offeredServices()) {
        const Service *service = catalogue.find(id);
        auto *box = new QCheckBox(tr("%1 — %2").arg(service->name.text(locale), portList(service->ports)), this);
        box->setObjectName(QStringLiteral("service_") + id);
        box->setToolTip(service->practice.text(locale));
        auto *note = new QLabel(tr("%1. <i>%2.</i>").arg(service->purpose.text(locale).toHtmlEscaped(), service->recommendation.text(locale).toHtmlEscaped()), this);
        note->setWordWrap(true);
        note->setIndent(24);
        QVBoxLayout *target = service->category == u"workbench" ? workbenchLayout : ehpcLayout;
        target->addWidget(box);
        target->addWidget(note);
        m_boxes.insert(id, box);
        connect(box, &QCheckBox::toggled, this, &ServicesPage::store);
        if (!service->upstreamPorts.isEmpty())
            upstreamLines << tr("%1: %2").arg(service->name.text(locale), portList(service->upstreamPorts));
    }
    for (const Service *scheduler : catalogue.schedulers()) {
        if (!scheduler->upstreamPorts.isEmpty())
            upstreamLines << tr("%1: %2").arg(scheduler->name.text(locale), portList(scheduler->upstreamPorts));
    }

    const Service *docker = catalogue.find(u"docker");
    m_dockerWarning->setObjectName(QStringLiteral("dockerWarning"));
    m_dockerWarning->setWordWrap(true);
    m_dockerWarning->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Warning:"), docker->warning.text(locale).toHtmlEscaped()));
    m_dockerWarning->setKind(MessageLabel::Kind::Warning);
    workbenchLayout->addWidget(m_dockerWarning);

    m_upstream->setObjectName(QStringLiteral("upstreamPortsCheck"));
    auto *upstreamNote = new QLabel(tr("The source document lists the minimum. Upstream software also uses: %1. "
                                       "Add them only if your setup uses those features.")
                                        .arg(upstreamLines.join(QStringLiteral("; "))),
                                    this);
    upstreamNote->setWordWrap(true);
    upstreamNote->setIndent(24);
    connect(m_upstream, &QCheckBox::toggled, this, &ServicesPage::store);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(ehpc);
    contentLayout->addWidget(workbench);
    contentLayout->addWidget(m_upstream);
    contentLayout->addWidget(upstreamNote);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_problem->setObjectName(QStringLiteral("servicesProblem"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    layout->addWidget(m_problem);
}

void ServicesPage::initializePage()
{
    const SetupPlan &plan = m_wizard->plan();
    for (auto it = m_boxes.constBegin(); it != m_boxes.constEnd(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(plan.services.contains(it.key()));
    }
    const QSignalBlocker blocker(m_upstream);
    m_upstream->setChecked(plan.upstreamPorts);
    m_dockerWarning->setVisible(m_boxes.value(QStringLiteral("docker"))->isChecked());
    updateProblem();
}

void ServicesPage::store()
{
    SetupPlan &plan = m_wizard->plan();
    plan.services.clear();
    for (const QString &id : offeredServices()) {
        if (m_boxes.value(id)->isChecked())
            plan.services << id;
    }
    plan.upstreamPorts = m_upstream->isChecked();
    m_dockerWarning->setVisible(m_boxes.value(QStringLiteral("docker"))->isChecked());
    updateProblem();
    Q_EMIT completeChanged();
}

void ServicesPage::updateProblem()
{
    m_problem->setText(isComplete() ? QString()
                                    : QStringLiteral("\u2716 ") + tr("To continue, choose at least one service or a scheduler."));
    m_problem->setVisible(!isComplete());
}

bool ServicesPage::isComplete() const
{
    // A scheduler alone is a valid choice; nothing at all is not.
    return !m_wizard->plan().selectedServiceIds().isEmpty();
}

} // namespace sg::ui
