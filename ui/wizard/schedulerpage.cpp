// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerpage.h"

#include "catalogue/servicecatalogue.h"
#include "setupwizard.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sg::ui {

SchedulerPage::SchedulerPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_choices(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("schedulerPage"));
    setTitle(tr("Scheduler"));
    setSubTitle(tr("The job scheduler's daemons talk to each other over these ports."));
    auto *layout = new QVBoxLayout(this);
    const QLocale locale;
    for (const Service *service : ServiceCatalogue::builtIn().schedulers()) {
        QStringList ports;
        for (const ServicePort &port : service->ports)
            ports << port.toDisplayString();
        auto *radio = new QRadioButton(tr("%1 — %2").arg(service->name.text(locale), ports.join(QStringLiteral(", "))), this);
        radio->setObjectName(service->id + QStringLiteral("Radio"));
        auto *note = new QLabel(service->practice.text(locale), this);
        note->setWordWrap(true);
        note->setIndent(24);
        m_choices->addButton(radio, int(m_ids.size()));
        m_ids << service->id;
        layout->addWidget(radio);
        layout->addWidget(note);
        layout->addSpacing(8);
    }
    auto *none = new QRadioButton(tr("No s&cheduler"), this);
    none->setObjectName(QStringLiteral("noSchedulerRadio"));
    m_choices->addButton(none, int(m_ids.size()));
    m_ids << QStringLiteral("none");
    layout->addWidget(none);
    layout->addStretch();
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_wizard->plan().scheduler = m_ids.value(id);
    });
}

void SchedulerPage::initializePage()
{
    const int index = int(m_ids.indexOf(m_wizard->plan().scheduler));
    if (QAbstractButton *button = m_choices->button(index < 0 ? int(m_ids.size()) - 1 : index))
        button->setChecked(true);
}

} // namespace sg::ui
