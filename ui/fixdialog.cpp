// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixdialog.h"

#include "addressdetector.h"
#include "dialogseams.h"
#include "groupdialog.h"
#include "messagelabel.h"
#include "riskpalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sg::ui {
namespace {

// Text marks, so that kept, lost and refused read without colour.
const QString KeptMark = QStringLiteral("\u2714 ");
const QString LostMark = QStringLiteral("\u2716 ");
const QString NoteMark = QStringLiteral("\u26A0 ");

QPlainTextEdit *addressEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

FixDialog::FixDialog(const Workspace &workspace, int group, const QList<Finding> &findings, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_group(group),
      m_findings(findings),
      m_narrow(new QRadioButton(tr("&Narrow the rules to these sources:"), this)),
      m_remove(new QRadioButton(tr("&Remove the rules"), this)),
      m_sources(addressEdit(QStringLiteral("fixSources"), tr("10.0.0.0/8 (your VPN or office), one per line"), this)),
      m_keep(addressEdit(QStringLiteral("fixKeep"), tr("203.0.113.10 (your own address), one per line"), this)),
      m_detect(new QPushButton(tr("&Detect My Address…"), this)),
      m_detectState(new QLabel(this)),
      m_summary(new MessageLabel(this)),
      m_proof(new QListWidget(this)),
      m_changes(new QListWidget(this)),
      m_compareLayout(new QVBoxLayout),
      m_applyToCloud(new QCheckBox(this)),
      m_apply(new QPushButton(tr("&Apply Fix"), this)),
      m_detector(new AddressDetector(this))
{
    setObjectName(QStringLiteral("fixDialog"));
    const WorkspaceGroup &g = m_workspace.groups.at(group);
    setWindowTitle(tr("Fix Findings of %1 — SG Assist").arg(g.key()));
    m_pool.setMaxThreadCount(1);

    QList<int> rules;
    for (const Finding &f : findings) {
        for (int rule : f.rules) {
            if (!rules.contains(rule))
                rules << rule;
        }
    }
    std::sort(rules.begin(), rules.end());
    QStringList ruleNames;
    for (int rule : std::as_const(rules))
        ruleNames << QString::number(rule);
    auto *intro = new QLabel(tr("Fix %n finding(s) of %1, on rule(s) %2. Only these rules change; every other rule stays "
                                "exactly as it is. A change after which a kept address no longer reaches SSH or RDP is not made.",
                                nullptr, int(findings.size()))
                                 .arg(g.key(), ruleNames.join(QStringLiteral(", "))),
                             this);
    intro->setObjectName(QStringLiteral("fixIntro"));
    intro->setWordWrap(true);

    // What will change.
    m_narrow->setObjectName(QStringLiteral("fixNarrow"));
    m_remove->setObjectName(QStringLiteral("fixRemove"));
    m_narrow->setChecked(true);
    auto *change = new QGroupBox(tr("What will change"), this);
    auto *changeLayout = new QVBoxLayout(change);
    changeLayout->addWidget(m_narrow);
    changeLayout->addWidget(m_sources);
    changeLayout->addWidget(m_remove);
    auto *changeNote = new QLabel(tr("Inbound rules are narrowed to the kept addresses too, so that they keep their access."), change);
    changeNote->setWordWrap(true);
    changeLayout->addWidget(changeNote);
    changeLayout->addStretch();

    // Who must keep SSH and RDP.
    const QList<Endpoint> workbench = Fixer::workbenchSources(g.ruleSet);
    QStringList prefill;
    for (const Endpoint &e : workbench)
        prefill << e.text();
    m_keep->setPlainText(prefill.join(u'\n'));
    auto *keep = new QGroupBox(tr("Keep reaching SSH and RDP from"), this);
    auto *keepLayout = new QVBoxLayout(keep);
    auto *keepNote = new QLabel(workbench.isEmpty()
                                    ? tr("Your own address, so that you do not lock yourself out.")
                                    : tr("Your own address, so that you do not lock yourself out. The group's Workbench "
                                         "ranges are already listed: without them Workbench cannot connect."),
                                keep);
    keepNote->setWordWrap(true);
    keepLayout->addWidget(keepNote);
    keepLayout->addWidget(m_keep);
    m_detect->setObjectName(QStringLiteral("fixDetect"));
    m_detectState->setObjectName(QStringLiteral("fixDetectState"));
    m_detectState->setWordWrap(true);
    auto *detectRow = new QHBoxLayout;
    detectRow->addWidget(m_detect);
    detectRow->addWidget(m_detectState, 1);
    keepLayout->addLayout(detectRow);

    auto *choices = new QHBoxLayout;
    choices->addWidget(change, 1);
    choices->addWidget(keep, 1);

    // The proof and the changes, then before and after.
    m_summary->setObjectName(QStringLiteral("fixSummary"));
    m_summary->setWordWrap(true);
    m_proof->setObjectName(QStringLiteral("fixProof"));
    m_proof->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("fixChanges"));
    m_changes->setWordWrap(true);
    auto *lists = new QWidget(this);
    auto *listsLayout = new QHBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    const auto titled = [&](const QString &title, QWidget *content) {
        auto *box = new QWidget(lists);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
        layout->addWidget(label);
        layout->addWidget(content);
        listsLayout->addWidget(box, 1);
    };
    titled(tr("Lockout proof"), m_proof);
    titled(tr("Changes"), m_changes);
    auto *compareBox = new QWidget(this);
    compareBox->setLayout(m_compareLayout);
    m_compareLayout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("fixSplitter"));
    split->addWidget(lists);
    split->addWidget(compareBox);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    // The lists hold a few lines; before and after need the room.
    const int lines = fontMetrics().lineSpacing();
    for (QListWidget *list : {m_proof, m_changes})
        list->setMinimumHeight(lines * 3);
    split->setSizes({lines * 6, lines * 30});

    // Live mode: the fixed group through Apply to Alibaba Cloud's reviewed plan.
    m_applyToCloud->setObjectName(QStringLiteral("fixApplyToCloud"));
    const bool hasId = !g.ruleSet.group.securityGroupId.isEmpty() && checkGroupId(g.ruleSet.group.securityGroupId).isEmpty();
    m_applyToCloud->setText(hasId ? tr("Then appl&y the fixed group to Alibaba Cloud (%1), after a review")
                                        .arg(g.ruleSet.group.securityGroupId)
                                  : tr("Then appl&y the fixed group to Alibaba Cloud"));
    m_applyToCloud->setEnabled(hasId);
    if (!hasId)
        m_applyToCloud->setToolTip(tr("The group has no id: set it in Edit > Security Group to apply it"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply->setObjectName(QStringLiteral("fixApply"));
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_applyToCloud);
    addDialogButtons(this, layout, buttons);

    // A burst of typing is one computation.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &FixDialog::start);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &FixDialog::finished);
    connect(m_narrow, &QRadioButton::toggled, this, &FixDialog::choicesChanged);
    connect(m_sources, &QPlainTextEdit::textChanged, this, &FixDialog::choicesChanged);
    connect(m_keep, &QPlainTextEdit::textChanged, this, &FixDialog::choicesChanged);
    connect(m_detect, &QPushButton::clicked, this, &FixDialog::detectAddress);
    connect(m_detector, &AddressDetector::found, this, [this](const QString &address) {
        m_detect->setEnabled(true);
        m_detectState->setText(tr("Your public address: %1").arg(address));
        addKeptAddress(address);
    });
    connect(m_detector, &AddressDetector::failed, this, [this](const QString &reason) {
        m_detect->setEnabled(true);
        m_detectState->setText(reason);
    });

    // Room for both sides of the comparison, within the screen it opens on.
    QSize size(1100, 820);
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    choicesChanged();
    start(); // the first result without waiting for the debounce
}

FixDialog::~FixDialog()
{
    m_watcher.waitForFinished();
}

FixDialog::Mode FixDialog::mode() const
{
    return m_remove->isChecked() ? Mode::Remove : Mode::Narrow;
}

bool FixDialog::isBusy() const
{
    return m_problem.isEmpty() && m_shown != m_generation;
}

QList<Rule> FixDialog::fixedRules() const
{
    if (m_group < 0 || m_group >= m_result.workspace.groups.size())
        return {};
    return m_result.workspace.groups.at(m_group).ruleSet.rules;
}

bool FixDialog::applyToCloud() const
{
    return m_applyToCloud->isEnabled() && m_applyToCloud->isChecked();
}

QList<Endpoint> FixDialog::addressesOf(const QPlainTextEdit *edit, const QString &what, QStringList *problems) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QList<Endpoint> out;
    for (const QString &token : edit->toPlainText().split(separators, Qt::SkipEmptyParts)) {
        const Endpoint::ParseResult parsed = Endpoint::parse(token);
        if (!parsed.endpoint)
            *problems << tr("%1 \"%2\": %3").arg(what, token, parsed.error);
        else if (!parsed.endpoint->isAddress())
            *problems << tr("%1 \"%2\": give an IPv4 or IPv6 address or CIDR block").arg(what, token);
        else if (!out.contains(*parsed.endpoint))
            out << *parsed.endpoint;
    }
    return out;
}

void FixDialog::choicesChanged()
{
    m_sources->setEnabled(mode() == Mode::Narrow);
    QStringList problems;
    FixOptions options;
    options.threshold = Severity::Info; // the selected findings, whatever their level
    if (mode() == Mode::Narrow)
        options.replaceWith = addressesOf(m_sources, tr("Source"), &problems);
    options.keep = addressesOf(m_keep, tr("Kept address"), &problems);
    ++m_generation;
    m_options = options;
    m_problem = problems.join(u'\n');
    if (!m_problem.isEmpty()) {
        // Nothing to compute until the lists are addresses again; the last result is not applicable.
        m_debounce.stop();
        m_summary->setKind(MessageLabel::Kind::Error);
        m_summary->setText(LostMark + m_problem);
        m_apply->setEnabled(false);
        return;
    }
    m_summary->setKind(MessageLabel::Kind::Note);
    m_summary->setText(tr("Checking the fix…"));
    m_apply->setEnabled(false);
    if (!m_watcher.isRunning())
        m_debounce.start();
    // else finished() sees the newer generation and starts again
}

void FixDialog::start()
{
    if (!m_problem.isEmpty() || m_watcher.isRunning())
        return;
    const Workspace workspace = m_workspace;
    const int group = m_group;
    const QList<Finding> findings = m_findings;
    const FixOptions options = m_options;
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [workspace, group, findings, options, generation] {
        Outcome out;
        out.generation = generation;
        out.fix = Fixer(options).fixFindings(workspace, group, findings);
        out.comparison = CompareView::compare(workspace.groups.at(group).ruleSet, out.fix.workspace.groups.at(group).ruleSet);
        return out;
    }));
}

void FixDialog::finished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.generation != m_generation) {
        // The choices changed meanwhile: this fix is of other choices.
        if (m_problem.isEmpty())
            start();
        return;
    }
    display(outcome);
}

void FixDialog::display(const Outcome &outcome)
{
    m_result = outcome.fix;
    m_shown = outcome.generation;
    const RiskPalette palette(this->palette());

    m_proof->clear();
    const auto add = [&](QListWidget *list, const QString &text, bool bad) {
        auto *item = new QListWidgetItem(text, list);
        if (bad)
            item->setForeground(palette.errorText());
        item->setToolTip(text);
    };
    if (m_options.keep.isEmpty()) {
        add(m_proof, NoteMark + tr("No address to keep: nothing proves that you keep SSH and RDP. Add your own address "
                                   "(Detect My Address) to be sure the fix does not lock you out."),
            false);
    }
    for (const RefusedChange &refused : std::as_const(m_result.refused)) {
        add(m_proof, LostMark + tr("Not changed: %1 %2.").arg(Fixer::describe(refused.change, m_workspace), refused.reason), true);
    }
    for (const LockoutCheck &check : std::as_const(m_result.proof))
        add(m_proof, (check.kept() ? KeptMark : LostMark) + Fixer::describe(check), !check.kept());

    m_changes->clear();
    for (const FixChange &change : std::as_const(m_result.made))
        add(m_changes, Fixer::describe(change, m_workspace), false);
    const auto skipped = std::count_if(m_findings.cbegin(), m_findings.cend(), [](const Finding &f) { return !Fixer::isFixable(f); });
    if (skipped > 0) {
        add(m_changes, NoteMark + tr("%n finding(s) cannot be fixed by narrowing or removing rules (a missing description, "
                                     "an expired exemption, a finding about the group as a whole).",
                                     nullptr, int(skipped)),
            false);
    }

    int narrowed = 0;
    for (const FixChange &change : std::as_const(m_result.made))
        narrowed += change.kind == FixChange::Kind::Narrowed ? 1 : 0;
    const int removed = int(m_result.made.size()) - narrowed;
    QString summary = narrowed == 0 ? tr("The fix removes %n rule(s).", nullptr, removed)
        : removed == 0              ? tr("The fix narrows %n rule(s).", nullptr, narrowed)
                                    : tr("The fix narrows %1 and removes %2.")
                             .arg(tr("%n rule(s)", nullptr, narrowed), tr("%n rule(s)", nullptr, removed));
    if (!m_result.refused.isEmpty()) {
        summary = LostMark + tr("%n change(s) refused: they would lock a kept address out (see the lockout proof).", nullptr, int(m_result.refused.size()))
            + u' ' + (m_result.changed() ? summary : tr("Nothing else would change."));
        m_summary->setKind(MessageLabel::Kind::Error);
    } else if (!m_result.changed()) {
        summary = tr("Nothing would change.");
        m_summary->setKind(MessageLabel::Kind::Note);
    } else {
        if (!m_options.keep.isEmpty() && m_result.lockoutSafe())
            summary += u' ' + tr("Every kept address reaches SSH and RDP after the fix wherever it did before.");
        m_summary->setKind(MessageLabel::Kind::Note);
    }
    m_summary->setText(summary);

    delete m_compare;
    const QString key = m_workspace.groups.at(m_group).key();
    m_compare = new CompareView(outcome.comparison, tr("%1 now").arg(key), tr("%1 fixed").arg(key), this);
    m_compareLayout->addWidget(m_compare);

    m_apply->setEnabled(m_result.changed());
    Q_EMIT resultReady();
}

void FixDialog::detectAddress()
{
    // Nothing is sent anywhere before the user says so; declining uses this computer's own address.
    bool isPrivate = false;
    const QString local = AddressDetector::localGuess(&isPrivate);
    const QString localText = local.isEmpty() ? tr("none was found")
        : isPrivate                           ? tr("%1, a private address that the cloud does not see behind NAT").arg(local)
                                              : local;
    const auto answer = MessageBox::question(
        this, tr("Detect My Address — SG Assist"),
        tr("To learn the public address your connections come from, SG Assist can ask %1: it sends one HTTPS request "
           "to that service, which sees your address.\n\nAsk it now? Otherwise this computer's own address is used (%2).")
            .arg(AddressDetector::serviceUrl().host(), localText),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes,
        {{QMessageBox::Yes, tr("&Ask %1").arg(AddressDetector::serviceUrl().host())},
         {QMessageBox::No, tr("&Use This Computer's Address")},
         {QMessageBox::Cancel, tr("Cancel")}});
    if (answer == QMessageBox::Yes) {
        m_detect->setEnabled(false);
        m_detectState->setText(tr("Asking %1…").arg(AddressDetector::serviceUrl().host()));
        m_detector->lookUpPublic();
    } else if (answer == QMessageBox::No) {
        if (local.isEmpty()) {
            m_detectState->setText(tr("This computer has no address to use: type yours."));
            return;
        }
        m_detectState->setText(isPrivate ? tr("%1 is private: the cloud sees another address when you are behind NAT.").arg(local)
                                         : tr("This computer's address: %1").arg(local));
        addKeptAddress(local);
    }
}

void FixDialog::addKeptAddress(const QString &address)
{
    QString text = m_keep->toPlainText();
    if (text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts).contains(address))
        return;
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    m_keep->setPlainText(text + address);
}

} // namespace sg::ui
