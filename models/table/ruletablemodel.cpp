// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruletablemodel.h"

#include <QMetaMethod>

namespace sg {

RuleTableModel::RuleTableModel(const ServiceCatalogue &catalogue, QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(catalogue)
{
}

void RuleTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_searchText.clear();
    m_inferredNames.clear();
    if (!m_ruleSet.rules.isEmpty())
        Q_EMIT dataChanged(index(0, ServicesColumn), index(rowCount() - 1, ServicesColumn), {Qt::DisplayRole});
}

void RuleTableModel::setRuleSet(const RuleSet &ruleSet, QList<RowOrigin> origins)
{
    beginResetModel();
    m_ruleSet = ruleSet;
    m_origins = origins.size() == ruleSet.rules.size() ? std::move(origins) : QList<RowOrigin>();
    m_searchText.clear();
    m_analysis = {}; // of other rules
    ++m_revision;    // no dataChanged needed: the reset repaints everything
    endResetModel();
    Q_EMIT groupChanged();
}

void RuleTableModel::setGroup(const GroupInfo &group)
{
    m_ruleSet.group = group;
    changed();
    Q_EMIT groupChanged();
}

void RuleTableModel::changed()
{
    const bool wasCurrent = isAnalysisCurrent();
    ++m_revision;
    if (wasCurrent && rowCount() > 0 && !m_analysis.findings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {SeverityRole, FindingsRole, Qt::ToolTipRole, Qt::DisplayRole});
}

const AnalysisResult &RuleTableModel::analysis() const
{
    static const AnalysisResult none;
    return isAnalysisCurrent() ? m_analysis : none;
}

void RuleTableModel::insertRules(int row, const QList<Rule> &rules)
{
    if (rules.isEmpty())
        return;
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row + int(rules.size()) - 1);
    for (qsizetype i = 0; i < rules.size(); ++i)
        m_ruleSet.rules.insert(row + i, rules[i]);
    m_origins.clear(); // origins describe merged rules, which are never edited
    m_searchText.clear();
    endInsertRows();
    changed();
    // Positions after the insertion moved.
    if (row + rules.size() < rowCount())
        Q_EMIT dataChanged(index(row + int(rules.size()), 0), index(rowCount() - 1, ColumnCount - 1), {PositionRole});
}

void RuleTableModel::removeRulesAt(int row, int count)
{
    if (count <= 0 || row < 0 || row + count > rowCount())
        return;
    beginRemoveRows({}, row, row + count - 1);
    m_ruleSet.rules.remove(row, count);
    m_origins.clear();
    m_searchText.clear();
    endRemoveRows();
    changed();
    if (row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(rowCount() - 1, ColumnCount - 1), {PositionRole});
}

void RuleTableModel::replaceRule(int row, const Rule &rule)
{
    if (row < 0 || row >= rowCount())
        return;
    m_ruleSet.rules[row] = rule;
    if (row < m_searchText.size())
        m_searchText[row] = QString();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    changed();
}

void RuleTableModel::moveRules(int row, int count, int destination)
{
    if (count <= 0 || row < 0 || row + count > rowCount() || destination < 0 || destination + count > rowCount()
        || destination == row)
        return;
    // beginMoveRows takes the destination in terms of the list before the move.
    const int qtDestination = destination > row ? destination + count : destination;
    beginMoveRows({}, row, row + count - 1, {}, qtDestination);
    const QList<Rule> moving = m_ruleSet.rules.mid(row, count);
    m_ruleSet.rules.remove(row, count);
    for (int i = 0; i < count; ++i)
        m_ruleSet.rules.insert(destination + i, moving[i]);
    m_searchText.clear();
    endMoveRows();
    changed();
    const int first = std::min(row, destination);
    const int last = std::max(row, destination) + count - 1;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), {PositionRole});
}

RuleTableModel::EditResult RuleTableModel::withEdit(const Rule &original, Column column, const QVariant &value)
{
    Rule rule = original;
    const QString text = value.toString().trimmed();
    switch (column) {
    case DirectionColumn: {
        const auto direction = value.typeId() == QMetaType::Int ? std::optional(Direction(value.toInt()))
                                                                : directionFromString(text);
        if (!direction || (*direction != Direction::Ingress && *direction != Direction::Egress))
            return {std::nullopt, tr("\"%1\" is not a direction: use inbound or outbound").arg(text)};
        rule.direction = *direction;
        break;
    }
    case PolicyColumn: {
        const auto policy = value.typeId() == QMetaType::Int ? std::optional(Policy(value.toInt())) : policyFromString(text);
        if (!policy || (*policy != Policy::Accept && *policy != Policy::Drop))
            return {std::nullopt, tr("\"%1\" is not a policy: use accept or drop").arg(text)};
        rule.policy = *policy;
        break;
    }
    case ProtocolColumn: {
        const auto protocol = protocolFromString(text);
        if (!protocol)
            return {std::nullopt, tr("\"%1\" is not a protocol: use TCP, UDP, ICMP, ICMPv6, GRE or ALL").arg(text)};
        rule.protocol = *protocol;
        if (!hasPorts(*protocol)) {
            rule.ports = PortRange::none();
        } else if (rule.ports.isNone()) {
            return {std::nullopt, tr("%1 needs a port range, which this rule does not have: use Edit Rule to set the "
                                     "protocol and the ports together")
                                      .arg(toApiString(*protocol))};
        }
        break;
    }
    case PortsColumn: {
        if (!hasPorts(rule.protocol)) {
            if (text.isEmpty() || text == u"-1/-1")
                break;
            return {std::nullopt, tr("%1 takes no ports; change the protocol to TCP or UDP first").arg(toApiString(rule.protocol))};
        }
        const PortRange::ParseResult parsed = PortRange::parseLenient(text);
        if (!parsed.range)
            return {std::nullopt, parsed.error};
        rule.ports = *parsed.range;
        break;
    }
    case PeerColumn: {
        const EndpointParseResult parsed = Endpoint::parse(text);
        if (!parsed.endpoint)
            return {std::nullopt, parsed.error};
        rule.peer = *parsed.endpoint;
        break;
    }
    case PriorityColumn: {
        bool ok = false;
        const int priority = value.toInt(&ok);
        if (!ok)
            return {std::nullopt, tr("\"%1\" is not a whole number from 1 to 100").arg(text)};
        rule.priority = priority;
        break;
    }
    case DescriptionColumn:
        rule.description = value.toString();
        break;
    case ServicesColumn:
    case RiskColumn:
    case GroupColumn:
    case ColumnCount:
        return {std::nullopt, tr("this column cannot be edited")};
    }
    // Whatever the API would still refuse (priority range, ICMPv6 with an IPv4 peer, length, ...).
    const QList<Rule::Problem> problems = rule.problems();
    if (!problems.isEmpty())
        return {std::nullopt, problems.first().message};
    return {rule, {}};
}

bool RuleTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const EditResult result = withEdit(rule(index.row()), Column(index.column()), value);
    if (!result.rule) {
        Q_EMIT editRejected(index.row(), index.column(), result.error);
        return false;
    }
    if (*result.rule == rule(index.row()))
        return true;
    if (isSignalConnected(QMetaMethod::fromSignal(&RuleTableModel::ruleEditRequested)))
        Q_EMIT ruleEditRequested(index.row(), index.column(), *result.rule);
    else
        replaceRule(index.row(), *result.rule);
    return true;
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() != ServicesColumn && index.column() != RiskColumn
        && index.column() != GroupColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

void RuleTableModel::setAnalysis(const AnalysisResult &analysis)
{
    setAnalysis(analysis, m_revision);
}

bool RuleTableModel::setAnalysis(const AnalysisResult &analysis, quint64 revision)
{
    if (revision != m_revision)
        return false; // computed from rules that have changed since
    m_analysis = analysis;
    m_analysisRevision = revision;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {SeverityRole, FindingsRole, Qt::ToolTipRole, Qt::DisplayRole});
    return true;
}

QString RuleTableModel::searchText(int row) const
{
    if (m_searchText.size() != m_ruleSet.rules.size())
        m_searchText = QList<QString>(m_ruleSet.rules.size());
    QString &text = m_searchText[row];
    if (text.isNull()) {
        const Rule &rule = m_ruleSet.rules.at(row);
        text = searchTextOf(rule, serviceNames(rule), row < m_origins.size() ? m_origins.at(row).group : QString());
    }
    return text;
}

std::optional<Severity> RuleTableModel::severityOf(int row) const
{
    if (!isAnalysisCurrent())
        return std::nullopt;
    return row < m_analysis.ruleSeverity.size() ? m_analysis.ruleSeverity.at(row) : std::nullopt;
}

QStringList RuleTableModel::findingsOf(int row) const
{
    QStringList out;
    if (!isAnalysisCurrent() || row >= m_analysis.ruleFindings.size())
        return out;
    for (int index : m_analysis.ruleFindings.at(row)) {
        const Finding &finding = m_analysis.findings.at(index);
        QString text = QStringLiteral("%1: %2").arg(displayName(finding.severity), m_analysis.message(finding));
        if (finding.suppression()) {
            text += u' ' + tr("(Accepted until %1: %2.)").arg(finding.suppression()->expires.toString(Qt::ISODate), finding.suppression()->reason);
        }
        if (!finding.recommendation.isEmpty())
            text += u' ' + tr("Recommendation: %1").arg(finding.recommendation);
        out << text;
    }
    return out;
}

int RuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ruleSet.rules.size());
}

int RuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RuleTableModel::serviceNames(const Rule &rule) const
{
    return serviceNamesOf(rule, m_catalogue, m_locale, m_inferredNames);
}

QString RuleTableModel::serviceNamesOf(const Rule &rule, const ServiceCatalogue &catalogue, const QLocale &locale,
                                       QHash<quint64, QString> &cache)
{
    QStringList ids = rule.services;
    if (ids.isEmpty()) {
        // Rules read from the API carry no service: name the catalogue services whose ports it
        // covers. Large sets repeat a few protocols and ranges, so the names are kept per range.
        const quint64 key = ServiceCatalogue::rangeKey(rule.protocol, rule.ports);
        if (const auto cached = cache.constFind(key); cached != cache.cend())
            return *cached;
        ids = catalogue.serviceIdsOn(rule.protocol, rule.ports);
        QString inferred;
        if (!ids.isEmpty() && ids.size() == catalogue.services().size()) {
            inferred = tr("all services");
        } else {
            QStringList names;
            for (const QString &id : std::as_const(ids))
                names.append(catalogue.find(id)->name.text(locale));
            inferred = names.join(QStringLiteral(", "));
        }
        cache.insert(key, inferred);
        return inferred;
    }
    QStringList names;
    for (const QString &id : std::as_const(ids)) {
        const Service *service = catalogue.find(id);
        names.append(service ? service->name.text(locale) : id);
    }
    return names.join(QStringLiteral(", "));
}

QString RuleTableModel::searchTextOf(const Rule &rule, const QString &services, const QString &group)
{
    QString text = rule.ports.toDisplayString() + u'\n' + rule.peer.text() + u'\n' + services + u'\n'
        + rule.description + u'\n' + toApiString(rule.protocol) + u'\n' + rule.id;
    if (!group.isEmpty())
        text += u'\n' + group;
    return text;
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule &rule = m_ruleSet.rules.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::EditRole:
        switch (column) {
        case DirectionColumn: return int(rule.direction);
        case PolicyColumn: return int(rule.policy);
        case ProtocolColumn: return toApiString(rule.protocol);
        case PortsColumn: return rule.ports.toDisplayString();
        case PeerColumn: return rule.peer.text();
        case PriorityColumn: return rule.priority;
        case ServicesColumn: return rule.services.join(QStringLiteral(", "));
        case DescriptionColumn: return rule.description;
        case RiskColumn:
        case GroupColumn:
        case ColumnCount: break;
        }
        break;
    case Qt::DisplayRole:
        switch (column) {
        case DirectionColumn: return rule.isIngress() ? tr("Inbound") : tr("Outbound");
        case PolicyColumn: return rule.policy == Policy::Accept ? tr("Allow") : tr("Deny");
        case ProtocolColumn: return toApiString(rule.protocol);
        case PortsColumn: return rule.ports.isNone() ? tr("all") : rule.ports.toDisplayString();
        case PeerColumn: return rule.peer.text();
        case PriorityColumn: return rule.priority;
        case ServicesColumn: return serviceNames(rule);
        case DescriptionColumn: return rule.description;
        case RiskColumn: {
            const auto severity = severityOf(index.row());
            return severity ? displayName(*severity) : QString();
        }
        case GroupColumn: return index.row() < m_origins.size() ? m_origins.at(index.row()).group : QString();
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == GroupColumn && index.row() < m_origins.size())
            return tr("Rule %1 of %2").arg(m_origins.at(index.row()).position).arg(m_origins.at(index.row()).group);
        if (const QStringList findings = findingsOf(index.row()); !findings.isEmpty()) {
            QString tip = findings.join(QStringLiteral("\n\n"));
            if (column == PeerColumn)
                tip.prepend(tr("%1: %2").arg(rule.isIngress() ? tr("Source") : tr("Destination"),
                                             rule.peer.exposureDescription())
                            + QStringLiteral("\n\n"));
            return tip;
        }
        if (column == PeerColumn) {
            return tr("%1: %2").arg(rule.isIngress() ? tr("Source") : tr("Destination"),
                                    rule.peer.exposureDescription());
        }
        if (column == PortsColumn && !rule.ports.isNone())
            return rule.ports.toString();
        break;
    case Qt::TextAlignmentRole:
        if (column == PriorityColumn || column == PortsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RuleRole: return QVariant::fromValue(rule);
    case SortRole:
        switch (column) {
        case DirectionColumn: return int(rule.direction);
        case PolicyColumn: return int(rule.policy);
        case ProtocolColumn: return int(rule.protocol);
        case PortsColumn: return rule.ports.isNone() ? 0 : rule.ports.first();
        case PeerColumn:
            // Group by kind, then by address (IPv6 high bits, then low bits); 64 bits suffice for order.
            return rule.peer.isAddress() ? QVariant(QString::asprintf("%d%016llx%016llx", int(rule.peer.kind()),
                                                                      rule.peer.first().hi, rule.peer.first().lo))
                                         : QVariant(QString::number(int(rule.peer.kind())) + rule.peer.text());
        case PriorityColumn: return rule.priority;
        case ServicesColumn: return serviceNames(rule);
        case DescriptionColumn: return rule.description;
        case RiskColumn: {
            const auto severity = severityOf(index.row());
            return severity ? int(*severity) : -1;
        }
        case GroupColumn: return index.row() < m_origins.size() ? m_origins.at(index.row()).group : QString();
        case ColumnCount: break;
        }
        break;
    case SeverityRole: {
        const auto severity = severityOf(index.row());
        return severity ? int(*severity) : -1;
    }
    case FindingsRole: return findingsOf(index.row());
    case SearchTextRole: return searchText(index.row());
    case ExposureRole: return int(rule.peer.exposure());
    case WidePeerRole: return rule.policy == Policy::Accept && isWide(rule.peer.exposure());
    case PositionRole: return index.row() + 1;
    case ServicesInferredRole: return rule.services.isEmpty();
    default: break;
    }
    return {};
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case DirectionColumn: return tr("Direction");
    case PolicyColumn: return tr("Policy");
    case ProtocolColumn: return tr("Protocol");
    case PortsColumn: return tr("Ports");
    case PeerColumn: return role == Qt::ToolTipRole ? tr("Source of inbound rules, destination of outbound rules")
                                                    : tr("Source / destination");
    case PriorityColumn: return role == Qt::ToolTipRole ? tr("1 to 100; smaller numbers are evaluated first")
                                                        : tr("Priority");
    case ServicesColumn: return tr("Service");
    case DescriptionColumn: return tr("Description");
    case RiskColumn: return role == Qt::ToolTipRole ? tr("The most severe finding of the rule; hover a row for all of them")
                                                    : tr("Risk");
    case GroupColumn: return role == Qt::ToolTipRole ? tr("The security group the rule belongs to") : tr("Group");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> RuleTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RuleRole, "rule");
    names.insert(SortRole, "sortKey");
    names.insert(ExposureRole, "exposure");
    names.insert(WidePeerRole, "widePeer");
    names.insert(PositionRole, "position");
    names.insert(ServicesInferredRole, "servicesInferred");
    names.insert(SeverityRole, "severity");
    names.insert(FindingsRole, "findings");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace sg
