// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcespage.h"

#include "catalogue/workbenchranges.h"
#include "core/endpoint.h"
#include "messagelabel.h"
#include "plan/rulebuilder.h"
#include "setupwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sg::ui {
namespace {

QStringList tokens(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// The services of the plan that draw their sources from `scope` (directly or by falling back).
QStringList serviceNamesFor(const SetupPlan &plan, Scope scope)
{
    QStringList names;
    const QLocale locale;
    for (const QString &id : plan.selectedServiceIds()) {
        const Service *service = ServiceCatalogue::builtIn().find(id);
        if (service && service->scope == scope)
            names << service->name.text(locale);
    }
    return names;
}

} // namespace

SourcesPage::SourcesPage(SetupWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_editorsLayout(new QVBoxLayout),
      m_pageProblem(new MessageLabel(this)),
      m_workbench(new QGroupBox(tr("Connect through &Workbench"))),
      m_workbenchSite(new QComboBox(m_workbench)),
      m_workbenchPublic(new QCheckBox(tr("Over the &public network"), m_workbench)),
      m_workbenchPrivate(new QCheckBox(tr("Over the p&rivate network (VPC)"), m_workbench)),
      m_workbenchRanges(new QLabel(m_workbench))
{
    setObjectName(QStringLiteral("sourcesPage"));
    setTitle(tr("Who May Connect"));
    setSubTitle(tr("One source per line: an IPv4 or IPv6 address or CIDR block (203.0.113.10/32, 2001:db8::/48), "
                   "a security group (sg-…) or a prefix list (pl-…)."));
    m_pageProblem->setObjectName(QStringLiteral("sourcesPageProblem"));
    m_pageProblem->setWordWrap(true);

    // Workbench reaches instances from Alibaba's own ranges, not from the user's computer: without
    // rules for them its remote connection fails, so the page says so and offers them.
    m_workbench->setObjectName(QStringLiteral("workbenchBox"));
    m_workbench->setCheckable(true);
    m_workbench->setChecked(false);
    m_workbenchSite->setObjectName(QStringLiteral("workbenchSite"));
    m_workbenchSite->addItem(tr("China site"), QStringLiteral("china"));
    m_workbenchSite->addItem(tr("International site"), QStringLiteral("international"));
    m_workbenchPublic->setObjectName(QStringLiteral("workbenchPublic"));
    m_workbenchPrivate->setObjectName(QStringLiteral("workbenchPrivate"));
    m_workbenchPublic->setChecked(true);
    m_workbenchRanges->setObjectName(QStringLiteral("workbenchRanges"));
    m_workbenchRanges->setWordWrap(true);
    m_workbenchRanges->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *why = new QLabel(tr("Workbench, the console's remote connection, reaches your instances from Alibaba Cloud's own "
                              "address ranges, not from your computer. Without rules for those ranges it cannot open SSH "
                              "(or RDP, when selected). The ranges differ by site and connection type."),
                           m_workbench);
    why->setWordWrap(true);
    auto *siteForm = new QFormLayout;
    siteForm->addRow(tr("&Site:"), m_workbenchSite);
    auto *workbenchLayout = new QVBoxLayout(m_workbench);
    workbenchLayout->addWidget(why);
    workbenchLayout->addLayout(siteForm);
    workbenchLayout->addWidget(m_workbenchPublic);
    workbenchLayout->addWidget(m_workbenchPrivate);
    workbenchLayout->addWidget(m_workbenchRanges);
    connect(m_workbench, &QGroupBox::toggled, this, &SourcesPage::store);
    connect(m_workbenchSite, &QComboBox::currentIndexChanged, this, &SourcesPage::store);
    connect(m_workbenchPublic, &QCheckBox::toggled, this, &SourcesPage::store);
    connect(m_workbenchPrivate, &QCheckBox::toggled, this, &SourcesPage::store);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_editorsLayout);
    contentLayout->addWidget(m_workbench);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    layout->addWidget(m_pageProblem);
}

void SourcesPage::initializePage()
{
    rebuildEditors();
    loadWorkbench();
    revalidate();
}

void SourcesPage::loadWorkbench()
{
    const std::optional<WorkbenchAccess> &access = m_wizard->plan().workbench;
    const QSignalBlocker blockBox(m_workbench);
    const QSignalBlocker blockSite(m_workbenchSite);
    const QSignalBlocker blockPublic(m_workbenchPublic);
    const QSignalBlocker blockPrivate(m_workbenchPrivate);
    m_workbench->setChecked(access.has_value());
    if (access) {
        m_workbenchSite->setCurrentIndex(std::max(0, m_workbenchSite->findData(access->site)));
        m_workbenchPublic->setChecked(access->via.contains(QStringLiteral("public")));
        m_workbenchPrivate->setChecked(access->via.contains(QStringLiteral("private")));
    }
    // The tab order continues from the last source list into the Workbench choices.
    QWidget *previous = m_editors.isEmpty() ? nullptr : m_editors.last().edit;
    for (QWidget *next : {static_cast<QWidget *>(m_workbench), static_cast<QWidget *>(m_workbenchSite),
                          static_cast<QWidget *>(m_workbenchPublic), static_cast<QWidget *>(m_workbenchPrivate)}) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
    updateWorkbenchRanges();
}

void SourcesPage::updateWorkbenchRanges()
{
    const WorkbenchRanges &ranges = WorkbenchRanges::builtIn();
    const QString site = m_workbenchSite->currentData().toString();
    QStringList blocks;
    for (const auto &[box, via] : {std::pair{m_workbenchPublic, QStringLiteral("public")}, std::pair{m_workbenchPrivate, QStringLiteral("private")}}) {
        if (!box->isChecked())
            continue;
        for (const Endpoint &block : ranges.blocks(site, via)) {
            if (!blocks.contains(block.canonical()))
                blocks << block.canonical();
        }
    }
    const bool rdp = m_wizard->plan().selectedServiceIds().contains(QStringLiteral("rdp"));
    m_workbenchRanges->setText(blocks.isEmpty()
                                   ? tr("Choose at least one connection type.")
                                   : (rdp ? tr("Opens SSH (22) and RDP (3389) to %1 (ranges as documented in %2).")
                                          : tr("Opens SSH (22) to %1 (ranges as documented in %2)."))
                                         .arg(blocks.join(QStringLiteral(", ")), ranges.taken()));
}

void SourcesPage::rebuildEditors()
{
    for (const ScopeEditor &editor : std::as_const(m_editors))
        delete editor.box;
    m_editors.clear();

    const SetupPlan &plan = m_wizard->plan();
    const bool enterprise = plan.groupType == GroupType::Enterprise;
    for (Scope scope : RuleBuilder().scopesNeeded(plan)) {
        ScopeEditor editor;
        editor.box = new QGroupBox(tr("%1 — for %2").arg(displayName(scope), serviceNamesFor(plan, scope).join(QStringLiteral(", "))));
        editor.box->setObjectName(QStringLiteral("scope_") + toId(scope));
        editor.edit = new QPlainTextEdit(editor.box);
        editor.edit->setObjectName(QStringLiteral("sources_") + toId(scope));
        editor.edit->setTabChangesFocus(true);
        editor.edit->setFixedHeight(editor.edit->fontMetrics().lineSpacing() * 4 + 12);
        editor.edit->setPlainText(plan.sources.value(scope).join(u'\n'));
        editor.hint = new QLabel(editor.box);
        editor.hint->setWordWrap(true);
        editor.problems = new MessageLabel(editor.box);
        editor.problems->setObjectName(QStringLiteral("problems_") + toId(scope));
        editor.problems->setWordWrap(true);
        editor.problems->setTextFormat(Qt::RichText);

        QString hint;
        if (const auto fallback = fallbackScope(scope))
            hint = tr("Leave empty to use the sources of %1.").arg(displayName(*fallback));
        if (scope == Scope::Cluster) {
            hint = enterprise ? tr("Enter the CIDR block of the cluster's vSwitch or a prefix list (pl-…) of its nodes. "
                                   "An enterprise group gives its members no access to each other and cannot name "
                                   "security groups, itself included, so the group cannot stand for the cluster nodes.")
                              : tr("Prefer the cluster nodes' security group (sg-…): traffic from a group is more "
                                   "precise than an IP range.");
            if (enterprise)
                editor.edit->setPlaceholderText(tr("10.0.0.0/24 (the cluster's vSwitch) or pl-…"));
        }
        if (scope == Scope::Monitoring)
            hint = tr("Only your monitoring servers: these ports expose internal performance data.");
        editor.hint->setText(hint);
        editor.hint->setVisible(!hint.isEmpty());

        auto *boxLayout = new QVBoxLayout(editor.box);
        boxLayout->addWidget(editor.hint);
        boxLayout->addWidget(editor.edit);
        boxLayout->addWidget(editor.problems);
        m_editorsLayout->addWidget(editor.box);
        connect(editor.edit, &QPlainTextEdit::textChanged, this, &SourcesPage::store);
        m_editors.insert(scope, editor);
    }
    // Tab order follows the page from top to bottom.
    QWidget *previous = nullptr;
    for (const ScopeEditor &editor : std::as_const(m_editors)) {
        if (previous)
            setTabOrder(previous, editor.edit);
        previous = editor.edit;
    }
}

void SourcesPage::store()
{
    SetupPlan &plan = m_wizard->plan();
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it)
        plan.sources[it.key()] = tokens(it.value().edit->toPlainText());
    if (m_workbench->isChecked()) {
        WorkbenchAccess access;
        access.site = m_workbenchSite->currentData().toString();
        if (m_workbenchPublic->isChecked())
            access.via << QStringLiteral("public");
        if (m_workbenchPrivate->isChecked())
            access.via << QStringLiteral("private");
        plan.workbench = access;
    } else {
        plan.workbench.reset();
    }
    updateWorkbenchRanges();
    revalidate();
}

void SourcesPage::revalidate()
{
    const SetupPlan &plan = m_wizard->plan();
    const Parsed<RuleSet> built = RuleBuilder().build(plan);
    QStringList pageLines;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        it->lines.clear();

    // Errors, from the builder, placed on the scope they concern.
    for (const Diagnostic &d : built.diagnostics) {
        if (!d.isError())
            continue;
        bool placed = false;
        for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
            const QString field = QStringLiteral("sources.") + toId(it.key());
            if (!d.location.field.startsWith(field))
                continue;
            QString message = d.message;
            if (d.location.field == field) {
                // "X needs sources": said in the page's own terms rather than the plan file's.
                const QString services = serviceNamesFor(plan, it.key()).join(QStringLiteral(", "));
                const auto fallback = fallbackScope(it.key());
                message = fallback && m_editors.contains(*fallback)
                    ? tr("Enter at least one source for %1, here or under %2.").arg(services, displayName(*fallback))
                    : tr("Enter at least one source for %1.").arg(services);
                if (it.key() == Scope::Cluster && plan.groupType == GroupType::Enterprise) {
                    message += u' ' + tr("In an enterprise group that is the CIDR block of the cluster's vSwitch or a "
                                         "prefix list of its nodes: the group itself cannot stand for them.");
                }
            }
            // One line per problem, even when several services report it.
            if (!it->lines.contains(QStringLiteral("\u2716 ") + message))
                it->lines << QStringLiteral("\u2716 ") + message;
            placed = true;
            break;
        }
        if (!placed)
            pageLines << d.message;
    }
    // Warnings on wide or public sources, which the builder accepts but a reviewer must see.
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        const QString services = serviceNamesFor(plan, it.key()).join(QStringLiteral(", "));
        for (const QString &text : plan.sources.value(it.key())) {
            const auto endpoint = Endpoint::parse(text).endpoint;
            if (!endpoint)
                continue;
            switch (endpoint->exposure()) {
            case Exposure::Internet:
                it->lines << QStringLiteral("\u26A0 ") + tr("%1 is the whole internet (or most of it): %2 would be "
                                                            "reachable from anywhere.")
                                                             .arg(text, services);
                break;
            case Exposure::PublicWide:
                it->lines << QStringLiteral("\u26A0 ") + tr("%1 is a wide public range: %2 would be reachable from "
                                                            "many hosts you do not control.")
                                                             .arg(text, services);
                break;
            default:
                break;
            }
            if (it.key() == Scope::Cluster && endpoint->isAddress() && plan.groupType == GroupType::Basic) {
                it->lines << QStringLiteral("\u2139 ") + tr("%1 is a CIDR block: a security group reference would "
                                                            "be more precise.")
                                                             .arg(text);
            }
        }
        QStringList escaped;
        for (const QString &line : std::as_const(it->lines))
            escaped << line.toHtmlEscaped();
        it->problems->setText(escaped.join(QStringLiteral("<br>")));
        it->problems->setVisible(!escaped.isEmpty());
        const bool hasError = std::any_of(it->lines.cbegin(), it->lines.cend(),
                                          [](const QString &l) { return l.startsWith(u'\u2716'); });
        it->problems->setKind(hasError ? MessageLabel::Kind::Error : MessageLabel::Kind::Warning);
    }
    // The lists may be scrolled out of sight: say at the bottom which ones still need attention.
    QStringList incomplete;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (std::any_of(it->lines.cbegin(), it->lines.cend(), [](const QString &l) { return l.startsWith(u'\u2716'); }))
            incomplete << displayName(it.key());
    }
    if (!incomplete.isEmpty())
        pageLines.prepend(QStringLiteral("\u2716 ") + tr("To continue, complete: %1.").arg(incomplete.join(QStringLiteral(", "))));
    m_pageProblem->setText(pageLines.join(u'\n'));
    m_pageProblem->setVisible(!pageLines.isEmpty());
    const bool complete = built.ok();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged();
    }
}

bool SourcesPage::isComplete() const
{
    return m_complete;
}

QStringList SourcesPage::problems(Scope scope) const
{
    return m_editors.value(scope).lines;
}

QString SourcesPage::pageProblem() const
{
    return m_pageProblem->text();
}

} // namespace sg::ui
