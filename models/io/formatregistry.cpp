// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatregistry.h"

#include "formats.h"
#include "projectformat.h"

namespace sg {

FormatRegistry::FormatRegistry()
{
    // The order of DESIGN section 7; detection breaks ties in this order.
    m_formats.push_back(std::make_unique<ApiJsonFormat>());
    m_formats.push_back(std::make_unique<ConsoleJsonFormat>());
    m_formats.push_back(std::make_unique<ConsoleCsvFormat>());
    m_formats.push_back(std::make_unique<TerraformJsonFormat>());
    m_formats.push_back(std::make_unique<TerraformFormat>());
    m_formats.push_back(std::make_unique<RosFormat>());
    m_formats.push_back(std::make_unique<TerraformHclFormat>());
    m_formats.push_back(std::make_unique<AliyunCliFormat>());
    m_formats.push_back(std::make_unique<SdkRequestsFormat>());
    m_formats.push_back(std::make_unique<ProjectFormat>());
    m_formats.push_back(std::make_unique<NetworkInterfacesFormat>());
}

const FormatRegistry &FormatRegistry::instance()
{
    static const FormatRegistry registry;
    return registry;
}

QList<const RuleFormat *> FormatRegistry::formats() const
{
    return select(nullptr);
}

QList<const RuleFormat *> FormatRegistry::select(bool (RuleFormat::*can)() const) const
{
    QList<const RuleFormat *> out;
    for (const auto &format : m_formats) {
        if (!can || (format.get()->*can)())
            out.append(format.get());
    }
    return out;
}

QList<const RuleFormat *> FormatRegistry::readers() const
{
    return select(&RuleFormat::canRead);
}

QList<const RuleFormat *> FormatRegistry::writers() const
{
    return select(&RuleFormat::canWrite);
}

const RuleFormat *FormatRegistry::find(QStringView id) const
{
    for (const auto &format : m_formats) {
        if (format->id().compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return format.get();
    }
    return nullptr;
}

const RuleFormat *FormatRegistry::detect(QByteArrayView head) const
{
    if (head.startsWith("\xef\xbb\xbf")) // a UTF-8 byte order mark, removed once for all of them
        head = head.sliced(3);
    // Most files say what they are in their first lines (an API response its RequestId and
    // Permissions, a Terraform state its versions): look there first, and through the whole head
    // only when no format is sure of so little (a ROS template whose resources follow long
    // parameters). A region's folder is thousands of files, each sniffed by every format.
    constexpr qsizetype FirstLook = 4096;
    constexpr int Sure = 90;
    if (head.size() > FirstLook) {
        if (const auto [format, score] = mostConfident(head.first(FirstLook)); score >= Sure)
            return format;
    }
    return mostConfident(head).first;
}

std::pair<const RuleFormat *, int> FormatRegistry::mostConfident(QByteArrayView head) const
{
    // Keys and enum values are matched without regard to case: lower-case the head once here, not
    // in each format.
    const QByteArray lowered = head.toByteArray().toLower();
    const RuleFormat *best = nullptr;
    int bestScore = 0;
    for (const auto &format : m_formats) {
        if (!format->canRead())
            continue;
        const int score = format->sniff(lowered);
        if (score > bestScore) {
            best = format.get();
            bestScore = score;
        }
    }
    return {best, bestScore};
}

QString FormatRegistry::idList(bool readable) const
{
    QStringList ids;
    for (const RuleFormat *format : readable ? readers() : writers())
        ids.append(format->id());
    return ids.join(QStringLiteral(", "));
}

} // namespace sg
