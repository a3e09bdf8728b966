// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acceptriskdialog.h"

#include "baselinecontroller.h"
#include "dialogseams.h"
#include "messagelabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sg::ui {

AcceptRiskDialog::AcceptRiskDialog(const WorkspaceGroup &group, const QList<Finding> &findings, QDate today,
                                   const QString &baselinePath, QWidget *parent)
    : QDialog(parent),
      m_group(group),
      m_findings(findings),
      m_today(today),
      m_reason(new QLineEdit(this)),
      m_expires(new QDateEdit(this)),
      m_path(new QLineEdit(baselinePath, this)),
      m_preview(new QLabel(this)),
      m_problem(new MessageLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_accept(m_buttons->addButton(tr("&Accept Risk"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("acceptRiskDialog"));
    setWindowTitle(tr("Accept This Risk — SG Assist"));

    QStringList items;
    for (const Finding &f : findings)
        items << QStringLiteral("<li>%1: %2</li>").arg(displayName(f.severity).toHtmlEscaped(), f.message(group.ruleSet).toHtmlEscaped());
    auto *intro = new QLabel(tr("<p>Accept %n finding(s) of %1 as a known risk:</p><ul>%2</ul><p>An accepted finding stays "
                                "listed, greyed, with your reason; it does not count in the totals, the rule's risk mark or "
                                "<code>sgassist-cli check --baseline</code>, until the day after the date below, when it "
                                "counts again.</p>",
                                nullptr, int(findings.size()))
                                 .arg(group.key().toHtmlEscaped(), items.join(QString())),
                             this);
    intro->setObjectName(QStringLiteral("acceptIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_reason->setObjectName(QStringLiteral("acceptReason"));
    m_reason->setPlaceholderText(tr("Why the risk is acceptable, and who decided (a ticket)"));
    m_reason->setMinimumWidth(m_reason->fontMetrics().averageCharWidth() * 60);

    // A date edit always holds a date: it starts at today, which is not accepted, so that the date
    // is a choice and not a default nobody looked at. No minimum date: with one, typing a year
    // digit by digit passes through dates before it, which the edit refuses; the line below says
    // why a past date cannot be accepted. ("Choose a date" as special text reads better, but a
    // date cannot be typed over it.)
    m_expires->setObjectName(QStringLiteral("acceptExpires"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires->setDate(today);
    m_expires->setToolTip(tr("The last day the risk is accepted: after it, the finding counts again"));

    m_path->setObjectName(QStringLiteral("acceptBaselinePath"));
    m_path->setPlaceholderText(tr("Choose the baseline file"));
    auto *browse = new QPushButton(tr("C&hange…"), this);
    browse->setObjectName(QStringLiteral("acceptBaselineBrowse"));
    connect(browse, &QPushButton::clicked, this, &AcceptRiskDialog::choosePath);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_preview->setObjectName(QStringLiteral("acceptPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("acceptProblem"));
    m_problem->setWordWrap(true);
    m_accept->setObjectName(QStringLiteral("acceptButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Accepted &until:"), m_expires);
    auto *pathLabel = new QLabel(tr("&Baseline file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addStretch();
    addDialogButtons(this, layout, m_buttons);
    connect(m_reason, &QLineEdit::textChanged, this, &AcceptRiskDialog::update);
    connect(m_expires, &QDateEdit::dateChanged, this, &AcceptRiskDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &AcceptRiskDialog::update);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    update();
}

QString AcceptRiskDialog::reason() const
{
    return m_reason->text().simplified();
}

QDate AcceptRiskDialog::expires() const
{
    return m_expires->date() > m_today ? m_expires->date() : QDate();
}

QString AcceptRiskDialog::baselinePath() const
{
    return m_path->text().trimmed();
}

QList<Exemption> AcceptRiskDialog::exemptions() const
{
    QList<Exemption> out;
    for (const Finding &f : m_findings) {
        const Exemption e = Exemption::forFinding(m_group, f, reason(), expires());
        if (!out.contains(e))
            out.append(e);
    }
    return out;
}

QString AcceptRiskDialog::problem() const
{
    QStringList missing;
    if (reason().isEmpty())
        missing << tr("the reason");
    if (!expires().isValid())
        missing << tr("the last day it is accepted (after today)");
    if (baselinePath().isEmpty())
        missing << tr("the baseline file");
    return missing.isEmpty() ? QString() : tr("To accept, enter %1.").arg(missing.join(tr(", ")));
}

void AcceptRiskDialog::update()
{
    QStringList lines;
    for (const Exemption &e : exemptions())
        lines << e.describe().toHtmlEscaped();
    const QString path = baselinePath();
    m_preview->setText(tr("Adds to %1: %2. The same file works with <code>sgassist-cli check --baseline %3</code>.")
                           .arg(path.isEmpty() ? tr("the baseline file") : QFileInfo(path).fileName().toHtmlEscaped(),
                                lines.join(QStringLiteral("; ")),
                                path.isEmpty() ? QString::fromLatin1(BaselineController::FileName) : path.toHtmlEscaped()));
    const QString problem = this->problem();
    m_problem->setText(problem.isEmpty() ? QString() : QStringLiteral("\u2139 ") + problem);
    m_problem->setKind(MessageLabel::Kind::Note);
    m_problem->setVisible(!problem.isEmpty());
    m_accept->setEnabled(problem.isEmpty());
}

void AcceptRiskDialog::choosePath()
{
    const QString current = baselinePath().isEmpty() ? QString::fromLatin1(BaselineController::FileName) : baselinePath();
    // An existing baseline is added to, never replaced: no "replace the file?" question.
    const QString path = FileDialog::getSaveFileName(this, tr("Baseline File — SG Assist"), current,
                                                     tr("Baseline (*.json);;All files (*)"), false);
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace sg::ui
