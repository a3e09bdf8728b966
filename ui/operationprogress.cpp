// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationprogress.h"

#include "cloud/cloudoperation.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace sg::ui {

OperationProgress::OperationProgress(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_status(new QLabel(this)), m_retry(new QLabel(this))
{
    setObjectName(QStringLiteral("operationProgress"));
    m_bar->setObjectName(QStringLiteral("operationBar"));
    m_status->setObjectName(QStringLiteral("operationStatus"));
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("operationRetry"));
    m_retry->setWordWrap(true);
    m_retry->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_retry);
    clear();
}

void OperationProgress::clear()
{
    if (m_operation)
        m_operation->disconnect(this);
    m_operation = nullptr;
    m_bar->hide();
    m_status->clear();
    m_status->hide();
    m_retry->clear();
    m_retry->hide();
}

void OperationProgress::showBusy(const QString &text)
{
    clear();
    m_bar->setRange(0, 0);
    m_bar->show();
    m_status->setText(text);
    m_status->show();
}

void OperationProgress::follow(CloudOperation *operation)
{
    clear();
    m_operation = operation;
    if (!operation)
        return;
    const auto progress = [this](int done, int total) {
        m_bar->setRange(0, total); // 0, 0: busy until the total is known
        m_bar->setValue(done);
    };
    progress(operation->progressDone(), operation->progressTotal());
    m_bar->show();
    m_status->setText(operation->status());
    m_status->show();
    connect(operation, &CloudOperation::progressChanged, this, progress);
    connect(operation, &CloudOperation::statusChanged, this, [this](const QString &text) {
        m_status->setText(text);
        m_retry->hide(); // the call went through
    });
    connect(operation, &CloudOperation::retrying, this, [this](const QString &, int delayMs, const EcsError &reason) {
        m_retry->setText(QStringLiteral("\u21bb ") + tr("%1; trying again in %2 s").arg(reason.toString(), QLocale().toString(delayMs / 1000.0, 'f', 1)));
        m_retry->show();
    });
    connect(operation, &CloudOperation::finished, this, [this, operation] {
        m_bar->hide();
        m_retry->hide(); // no call is tried again once the operation ended, whatever the outcome
        // A failure is told by the dialog's error; "Listing..." would read as if it went on.
        if (!operation->succeeded())
            m_status->hide();
    });
}

QString OperationProgress::statusText() const
{
    return m_status->text();
}

QString OperationProgress::retryText() const
{
    return m_retry->text();
}

} // namespace sg::ui
