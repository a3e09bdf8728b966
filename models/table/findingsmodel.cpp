// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "core/workerpool.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sg {
namespace {

// The finding's rule positions as text, the first `limit` of them (all with -1).
QStringList ruleNumbers(const Finding &finding, qsizetype limit = -1)
{
    const qsizetype count = limit < 0 ? finding.rules.size() : std::min(limit, finding.rules.size());
    QStringList numbers;
    numbers.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        numbers << QString::number(finding.rules.at(i));
    return numbers;
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void FindingsModel::setAnalysis(const AnalysisResult &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    m_madeMessages = QList<QByteArray>(analysis.findings.size());
    ++m_generation;
    m_branches.clear();
    for (Severity severity : allSeveritiesDescending()) {
        Branch branch{severity, {}};
        for (qsizetype i = 0; i < analysis.findings.size(); ++i) {
            if (analysis.findings[i].severity == severity)
                branch.findings.append(int(i));
        }
        if (!branch.findings.isEmpty())
            m_branches.append(branch);
    }
    endResetModel();
    makeMessagesAhead();
}

void FindingsModel::makeMessagesAhead()
{
    constexpr qsizetype Ahead = 2000; // fewer are made quickly enough when needed
    const auto made = [](const Finding &finding) { return finding.messageForm != MessageForm::Held; };
    if (std::count_if(m_analysis.findings.cbegin(), m_analysis.findings.cend(), made) < Ahead)
        return;
    auto *watcher = new QFutureWatcher<QList<QByteArray>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->isCanceled())
            return;
        const QList<QByteArray> messages = watcher->result();
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (m_madeMessages.at(i).isNull())
                m_madeMessages[i] = messages.at(i);
        }
    });
    // The worker reads its own copy of the analysis (shared, not copied, while neither changes).
    watcher->setFuture(QtConcurrent::run(workerPool(), [analysis = m_analysis, made] {
        QList<QByteArray> messages(analysis.findings.size());
        for (qsizetype i = 0; i < analysis.findings.size(); ++i) {
            if (made(analysis.findings.at(i)))
                messages[i] = madeMessage(analysis, i);
        }
        return messages;
    }));
}

QByteArray FindingsModel::madeMessage(const AnalysisResult &analysis, qsizetype i)
{
    QByteArray text = analysis.message(analysis.findings.at(i)).toUtf8();
    text.squeeze(); // toUtf8() makes room for three bytes a unit
    return text;
}

QString FindingsModel::messageIn(const AnalysisResult &analysis, const QList<QByteArray> &made, qsizetype i)
{
    const Finding &finding = analysis.findings.at(i);
    if (finding.messageForm == MessageForm::Held)
        return QString::fromUtf8(finding.messageUtf8);
    if (i < made.size() && !made.at(i).isNull())
        return QString::fromUtf8(made.at(i));
    return analysis.message(finding);
}

QString FindingsModel::messageOf(int findingIndex) const
{
    if (m_analysis.findings.at(findingIndex).messageForm != MessageForm::Held && m_madeMessages.at(findingIndex).isNull())
        m_madeMessages[findingIndex] = madeMessage(m_analysis, findingIndex);
    return messageIn(m_analysis, m_madeMessages, findingIndex);
}

QString FindingsModel::columnText(const Finding &finding, Column column, const QString &message)
{
    switch (column) {
    case MessageColumn: return message;
    case RulesColumn: return finding.rules.isEmpty() ? tr("group") : shortList(ruleNumbers(finding, ShortListItems), finding.rules.size());
    case CheckColumn: return finding.check;
    case ReachableColumn:
        if (!finding.reachableOn())
            return {};
        return finding.reachableOn()->isEmpty() ? tr("no interface") : shortList(*finding.reachableOn(), finding.reachableOn()->size());
    case AcceptedColumn:
        if (!finding.suppression())
            return {};
        return tr("until %1: %2").arg(finding.suppression()->expires.toString(Qt::ISODate), finding.suppression()->reason);
    case ColumnCount: break;
    }
    return {};
}

QList<bool> FindingsModel::findingsShowing(const AnalysisResult &analysis, const QList<QByteArray> &madeMessages, const QString &text)
{
    QList<bool> out(analysis.findings.size(), false);
    for (qsizetype i = 0; i < analysis.findings.size(); ++i) {
        const Finding &finding = analysis.findings.at(i);
        const QString message = messageIn(analysis, madeMessages, i);
        for (int column = 0; column < ColumnCount && !out[i]; ++column)
            out[i] = columnText(finding, Column(column), message).contains(text, Qt::CaseInsensitive);
    }
    return out;
}

bool FindingsModel::hasReachability() const
{
    return std::any_of(m_analysis.findings.cbegin(), m_analysis.findings.cend(),
                       [](const Finding &finding) { return finding.reachableOn().has_value(); });
}

bool FindingsModel::hasSuppressed() const
{
    return m_analysis.suppressedCount() > 0;
}

QModelIndex FindingsModel::indexOfFinding(int findingIndex) const
{
    for (qsizetype b = 0; b < m_branches.size(); ++b) {
        const qsizetype row = m_branches[b].findings.indexOf(findingIndex);
        if (row >= 0)
            return createIndex(int(row), 0, quintptr(b));
    }
    return {};
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, BranchId);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == BranchId)
        return {};
    return createIndex(int(child.internalId()), 0, BranchId);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_branches.size());
    if (parent.internalId() == BranchId && parent.column() == 0)
        return int(m_branches.at(parent.row()).findings.size());
    return 0;
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == BranchId) {
        const Branch &branch = m_branches.at(index.row());
        switch (role) {
        case Qt::DisplayRole: {
            if (index.column() != MessageColumn)
                return {};
            // Accepted findings are listed at their level but do not count: say how many there are.
            const auto accepted = std::count_if(branch.findings.cbegin(), branch.findings.cend(),
                                                [this](int f) { return m_analysis.findings.at(f).suppressed(); });
            return accepted == 0 ? tr("%1 (%2)").arg(displayName(branch.severity)).arg(branch.findings.size())
                                 : tr("%1 (%2, %3 accepted)").arg(displayName(branch.severity)).arg(branch.findings.size() - accepted).arg(accepted);
        }
        case SeverityRole: return int(branch.severity);
        case FindingIndexRole: return -1;
        default: return {};
        }
    }
    const int findingIndex = m_branches.at(int(index.internalId())).findings.at(index.row());
    const Finding &finding = m_analysis.findings.at(findingIndex);
    switch (role) {
    case Qt::DisplayRole: {
        const Column column = Column(index.column());
        return columnText(finding, column, column == MessageColumn ? messageOf(findingIndex) : QString());
    }
    case Qt::ToolTipRole: {
        QString tip = messageOf(findingIndex);
        if (finding.suppression()) {
            tip.prepend(tr("Accepted risk, until %1: %2").arg(finding.suppression()->expires.toString(Qt::ISODate), finding.suppression()->reason)
                        + u'\n' + tr("It does not count while the exemption applies.") + QStringLiteral("\n\n"));
        }
        if (finding.reachableOn()) {
            tip += QStringLiteral("\n\n")
                + (finding.reachableOn()->isEmpty()
                       ? tr("Reachable on no network interface: the other groups of every interface block it.")
                       : tr("Reachable on: %1").arg(finding.reachableOn()->join(QStringLiteral(", "))));
        }
        if (finding.rules.size() > ShortListItems) {
            // More rules than the column shows, up to a tooltip's worth; all of them are selected in
            // the table with the finding.
            constexpr qsizetype TipItems = 60;
            tip += QStringLiteral("\n\n") + tr("Rules: %1").arg(shortList(ruleNumbers(finding, TipItems), finding.rules.size(), TipItems));
            if (finding.rules.size() > TipItems)
                tip += u'\n' + tr("Selecting the finding selects all of them in the table.");
        }
        if (!finding.recommendation.isEmpty())
            tip += QStringLiteral("\n\n") + tr("Recommendation: %1").arg(finding.recommendation);
        return tip;
    }
    case SeverityRole: return int(finding.severity);
    case RulesRole: return QVariant::fromValue(finding.rules.toList());
    case CheckRole: return finding.check.toString();
    case FindingIndexRole: return findingIndex;
    case SuppressedRole: return finding.suppressed();
    default: return {};
    }
}

QString FindingsModel::shortList(const QStringList &items, qsizetype total, qsizetype shown)
{
    if (total <= shown)
        return items.join(QStringLiteral(", "));
    return tr("%1, … (%n in all)", nullptr, int(total)).arg(items.first(std::min(shown, items.size())).join(QStringLiteral(", ")));
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case MessageColumn: return tr("Finding");
    case RulesColumn: return tr("Rules");
    case CheckColumn: return tr("Check");
    case ReachableColumn: return tr("Reachable on");
    case AcceptedColumn: return tr("Accepted");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sg
