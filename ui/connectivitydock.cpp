// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectivitydock.h"

#include "analysis/policyevaluator.h"
#include "documentcontroller.h"
#include "messagelabel.h"
#include "table/ruletablemodel.h"
#include "validatedlineedit.h"
#include "workspace/enievaluator.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sg::ui {
namespace {

enum ResultColumn {
    PortColumn,
    ServicesColumn,
    ResultColumnIndex,
    TimeColumn,
    RulesColumn,
    ResultColumnCount
};

QString optionalEndpointProblem(const QString &text)
{
    return text.trimmed().isEmpty() ? QString() : ValidatedLineEdit::checkEndpoint(text);
}

} // namespace

ConnectivityDock::ConnectivityDock(DocumentController *document, QWidget *parent)
    : QDockWidget(tr("Connectivity Test"), parent),
      m_document(document),
      m_probe(new ConnectivityProbe(this)),
      m_host(new QLineEdit(this)),
      m_services(new QListWidget(this)),
      m_ports(new QLineEdit(this)),
      m_source(new ValidatedLineEdit(&optionalEndpointProblem, this)),
      m_timeout(new QSpinBox(this)),
      m_start(new QPushButton(tr("&Test"), this)),
      m_message(new MessageLabel(this)),
      m_results(new QTableWidget(0, ResultColumnCount, this))
{
    setObjectName(QStringLiteral("connectivityDock"));
    m_host->setObjectName(QStringLiteral("probeHost"));
    m_host->setPlaceholderText(tr("cluster node address or name"));
    m_services->setObjectName(QStringLiteral("probeServices"));
    m_services->setMaximumHeight(m_services->fontMetrics().height() * 5 + 8);
    const QLocale locale;
    for (const Service &service : ServiceCatalogue::builtIn().services()) {
        auto *item = new QListWidgetItem(service.name.text(locale), m_services);
        item->setData(Qt::UserRole, service.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ports->setObjectName(QStringLiteral("probePorts"));
    m_ports->setPlaceholderText(tr("more ports: 8080, 9000-9002/tcp"));
    m_source->setObjectName(QStringLiteral("probeSource"));
    m_source->setPlaceholderText(tr("this machine's address as the group sees it (optional)"));
    m_source->setToolTip(tr("Behind NAT the group sees your public address, not the local one: enter it to compare "
                            "each result with what the rules allow."));
    m_timeout->setObjectName(QStringLiteral("probeTimeout"));
    m_timeout->setRange(100, 60000);
    m_timeout->setSingleStep(500);
    m_timeout->setValue(3000);
    m_timeout->setSuffix(tr(" ms"));
    m_start->setObjectName(QStringLiteral("probeStart"));
    m_message->setObjectName(QStringLiteral("probeMessage"));
    m_results->setObjectName(QStringLiteral("probeResults"));
    m_results->setHorizontalHeaderLabels({tr("Port"), tr("Service"), tr("Result"), tr("Time"), tr("The rules say")});
    m_results->verticalHeader()->setVisible(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 6);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setStretchLastSection(true);
    // Room for several results even when the dock is short (1024x700).
    m_results->setMinimumHeight(m_results->verticalHeader()->defaultSectionSize() * 6 + m_results->horizontalHeader()->sizeHint().height() + 4);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Services:"), m_services);
    form->addRow(tr("&Ports:"), m_ports);
    form->addRow(tr("&From:"), m_source);
    form->addRow(tr("T&imeout:"), m_timeout);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_start);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_results, 1);
    setWidget(content);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_probe->isRunning())
            cancel();
        else
            start();
    });
    connect(m_host, &QLineEdit::returnPressed, this, &ConnectivityDock::start);
    connect(m_probe, &ConnectivityProbe::resultReady, this, &ConnectivityDock::showResult);
    connect(m_probe, &ConnectivityProbe::finished, this, [this] {
        m_start->setText(tr("&Test"));
        const QList<ProbeResult> &all = m_probe->results();
        const auto open = std::count_if(all.cbegin(), all.cend(), [](const ProbeResult &r) { return r.status == ProbeStatus::Open; });
        m_message->setKind(MessageLabel::Kind::Note);
        m_message->setText(tr("%1 of %2 ports open on %3.").arg(open).arg(all.size()).arg(m_probe->host()));
        Q_EMIT finished();
    });
}

void ConnectivityDock::setHost(const QString &host)
{
    m_host->setText(host);
}
void ConnectivityDock::setExtraPorts(const QString &text)
{
    m_ports->setText(text);
}
void ConnectivityDock::setSource(const QString &source)
{
    m_source->setText(source);
}
void ConnectivityDock::setTimeout(int milliseconds)
{
    m_timeout->setValue(milliseconds);
}

void ConnectivityDock::setServices(const QStringList &ids)
{
    for (int i = 0; i < m_services->count(); ++i) {
        QListWidgetItem *item = m_services->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

bool ConnectivityDock::start()
{
    const auto fail = [this](const QString &message) {
        m_message->setKind(MessageLabel::Kind::Error);
        m_message->setText(message);
        return false;
    };
    if (m_host->text().trimmed().isEmpty())
        return fail(tr("Enter the host to test."));
    QStringList ids;
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->checkState() == Qt::Checked)
            ids << m_services->item(i)->data(Qt::UserRole).toString();
    }
    QList<ProbeTarget> targets = ConnectivityProbe::targetsForServices(ServiceCatalogue::builtIn(), ids);
    for (const QString &text : m_ports->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        QString error;
        const auto parsed = ConnectivityProbe::parseTargets(text, &error);
        if (!parsed)
            return fail(error);
        ConnectivityProbe::addTargets(targets, *parsed);
    }
    if (targets.isEmpty())
        return fail(tr("Choose services or enter ports to test."));
    if (!m_source->isValid())
        return fail(m_source->problem());

    m_results->setRowCount(int(targets.size()));
    const QLocale locale;
    for (qsizetype row = 0; row < targets.size(); ++row) {
        QStringList names;
        for (const QString &id : targets[row].services)
            names << ServiceCatalogue::builtIn().find(id)->name.text(locale);
        m_results->setItem(int(row), PortColumn, new QTableWidgetItem(targets[row].toString()));
        m_results->setItem(int(row), ServicesColumn, new QTableWidgetItem(names.join(QStringLiteral(", "))));
        m_results->setItem(int(row), ResultColumnIndex, new QTableWidgetItem(displayName(ProbeStatus::Pending)));
        m_results->setItem(int(row), TimeColumn, new QTableWidgetItem());
        m_results->setItem(int(row), RulesColumn, new QTableWidgetItem(expectation(targets[row].port, targets[row].protocol)));
    }
    m_message->setKind(MessageLabel::Kind::Note);
    m_message->setText(tr("Testing %1 ports…").arg(targets.size()));
    m_start->setText(tr("&Cancel"));
    m_probe->start(m_host->text().trimmed(), targets, m_timeout->value());
    return true;
}

void ConnectivityDock::cancel()
{
    m_probe->cancel();
}

QString ConnectivityDock::expectation(int port, Protocol protocol) const
{
    const auto source = Endpoint::parse(m_source->text()).endpoint;
    if (!m_document->hasDocument() || !source)
        return tr("(enter your address to compare)");
    TrafficQuery query;
    query.source = *source;
    query.protocol = protocol;
    query.port = port;
    if (const int interface = m_document->currentInterface(); interface >= 0) {
        // The interface's groups together, as the cloud evaluates them.
        const Workspace workspace = m_document->workspace();
        const EniDecision eni = EniEvaluator::forInterface(workspace, interface).evaluate(query);
        if (eni.decidingGroup >= 0)
            return eni.decision.allowed ? tr("allowed by %1 rule %2").arg(eni.decidingGroupKey).arg(eni.decision.decidingRule)
                                        : tr("denied by %1 rule %2").arg(eni.decidingGroupKey).arg(eni.decision.decidingRule);
        return eni.decision.allowed ? tr("allowed (same group)") : tr("denied (no rule)");
    }
    const Decision decision = PolicyEvaluator(m_document->model()->ruleSet()).evaluate(query);
    if (decision.decidingRule > 0)
        return decision.allowed ? tr("allowed by rule %1").arg(decision.decidingRule) : tr("denied by rule %1").arg(decision.decidingRule);
    return decision.allowed ? tr("allowed (same group)") : tr("denied (no rule)");
}

void ConnectivityDock::showResult(int index, const ProbeResult &result)
{
    if (index >= m_results->rowCount())
        return;
    // The verdict in the cell, the system's own words in the tooltip.
    m_results->item(index, ResultColumnIndex)->setText(displayName(result.status));
    m_results->item(index, ResultColumnIndex)->setToolTip(result.detail);
    if (result.status == ProbeStatus::Open || result.status == ProbeStatus::Refused || result.status == ProbeStatus::TimedOut)
        m_results->item(index, TimeColumn)->setText(tr("%1 ms").arg(result.elapsedMs));
}

} // namespace sg::ui
