// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GUI tests of the live account share: an account in the fake ECS API (fakeecs.h), the
// environment that points SG Assist at it, rules to compare with what the fake holds, and the
// steps of the dialogs that wait for the fake's answer.

#include "guitesthelpers.h"

#include "applytoclouddialog.h"
#include "cloudaccount.h"
#include "core/ruleset.h"
#include "fakeecs.h"
#include "openfromclouddialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace cloudtest {

inline QJsonObject permission(int port, const QString &source, const QString &description)
{
    return {{"Direction", "ingress"}, {"IpProtocol", "TCP"}, {"PortRange", QStringLiteral("%1/%1").arg(port)}, {"SourceCidrIp", source}, {"Policy", "Accept"}, {"Priority", 1}, {"NicType", "intranet"}, {"Description", description}};
}

// cn-hangzhou: sg-bp1web (SSH, HTTPS, and RDP to be removed), sg-bp1hpc (12 rules, two pages),
// sg-bp1empty; two network interfaces.
inline QJsonObject accountState()
{
    const QJsonArray web{permission(22, "203.0.113.10/32", "SSH"), permission(443, "0.0.0.0/0", "HTTPS"),
                         permission(3389, "0.0.0.0/0", "RDP, to be removed")};
    QJsonArray hpc;
    for (int n = 0; n < 12; ++n)
        hpc.append(permission(6800 + n, "10.0.0.0/8", QStringLiteral("rule %1").arg(n)));
    const auto group = [](const QString &id, const QString &name, const QString &type, const QJsonArray &rules) {
        return QJsonObject{{"SecurityGroupId", id}, {"SecurityGroupName", name}, {"VpcId", "vpc-bp1"}, {"SecurityGroupType", type}, {"Permissions", rules}};
    };
    QJsonArray interfaces;
    for (int n = 0; n < 2; ++n) {
        interfaces.append(QJsonObject{{"NetworkInterfaceId", QStringLiteral("eni-bp1%1").arg(n)},
                                      {"InstanceId", QStringLiteral("i-bp1%1").arg(n)},
                                      {"PrivateIpAddress", QStringLiteral("10.0.0.%1").arg(10 + n)},
                                      {"SecurityGroupIds", QJsonObject{{"SecurityGroupId", QJsonArray{"sg-bp1web", "sg-bp1hpc"}}}},
                                      {"Type", "Primary"},
                                      {"VpcId", "vpc-bp1"}});
    }
    return {{"accessKeys", FakeEcs::accessKeys()},
            {"maxPageSize", 10},
            {"regions", QJsonObject{{"cn-hangzhou", QJsonObject{{"groups", QJsonArray{group("sg-bp1web", "web", "normal", web), group("sg-bp1hpc", "hpc", "enterprise", hpc), group("sg-bp1empty", "empty", "normal", {})}}, {"networkInterfaces", interfaces}}}}}};
}

// The environment SG Assist sees: HOME without an aliyun configuration, and (withKey) the fake's
// key and endpoint in the ALIBABA_CLOUD_ variables.
inline QProcessEnvironment environment(const FakeEcs &fake, const QString &home, bool withKey = true,
                                       const QString &secret = QString::fromLatin1(FakeEcs::Secret))
{
    QProcessEnvironment env;
    env.insert("HOME", home);
    env.insert("ALIBABA_CLOUD_ECS_ENDPOINT", fake.endpoint());
    if (withKey) {
        env.insert("ALIBABA_CLOUD_ACCESS_KEY_ID", FakeEcs::KeyId);
        env.insert("ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret);
    }
    return env;
}

// An account on the fake whose retries are quick (a throttled call is tried again at once).
inline std::unique_ptr<sg::ui::CloudAccount> account(const QProcessEnvironment &env)
{
    auto out = std::make_unique<sg::ui::CloudAccount>(env, nullptr);
    out->setConfigPath(env.value("HOME") + "/.aliyun/config.json");
    sg::EcsClient::Options options;
    options.initialBackoffMs = 10;
    out->setClientOptions(options);
    return out;
}

// The fake server and a work folder that a test's functions share: start() in initTestCase(),
// reset() in init().
struct Fixture
{
    std::unique_ptr<FakeEcs> fake;
    QTemporaryDir work;

    // Starts the server; false when it did not start.
    bool start()
    {
        return FakeEcs::start(fake) && work.isValid();
    }
    // The account as accountState() describes it again, and no settings.
    bool reset()
    {
        QSettings().clear();
        return fake->setState(accountState());
    }
    // An account on the fake, the work folder as HOME (see environment()).
    std::unique_ptr<sg::ui::CloudAccount> openAccount(bool withKey = true, const QString &secret = QString::fromLatin1(FakeEcs::Secret)) const
    {
        return account(environment(*fake, work.path(), withKey, secret));
    }
};

// Open from Alibaba Cloud: lists the groups of cn-hangzhou; true once they are listed, false when
// the listing failed or never finished.
inline bool listGroups(sg::ui::OpenFromCloudDialog &dialog)
{
    child<QComboBox>(dialog, "cloudRegion")->setCurrentText("cn-hangzhou");
    QSignalSpy listed(&dialog, &sg::ui::OpenFromCloudDialog::listingFinished);
    dialog.listGroups();
    return (!listed.isEmpty() || listed.wait(60000)) && listed.first().first().toBool();
}

// Open from Alibaba Cloud: pulls the ticked groups into `folder`; true once they are pulled.
inline bool pullInto(sg::ui::OpenFromCloudDialog &dialog, const QString &folder)
{
    child<QLineEdit>(dialog, "cloudFolder")->setText(folder);
    QSignalSpy pulled(&dialog, &sg::ui::OpenFromCloudDialog::pullFinished);
    dialog.pull();
    return (!pulled.isEmpty() || pulled.wait(60000)) && pulled.first().first().toBool();
}

// Apply to Alibaba Cloud: reads the live group; true once the plan is shown.
inline bool readLiveGroup(sg::ui::ApplyToCloudDialog &dialog)
{
    QSignalSpy planned(&dialog, &sg::ui::ApplyToCloudDialog::planShown);
    dialog.readLiveGroup();
    return (!planned.isEmpty() || planned.wait(60000)) && planned.first().first().toBool();
}

inline sg::Rule tcpRule(int port, const QString &source, const QString &description)
{
    sg::Rule r;
    r.protocol = sg::Protocol::Tcp;
    r.ports = *sg::PortRange::parse(QStringLiteral("%1/%1").arg(port)).range;
    r.peer = *sg::Endpoint::parse(source).endpoint;
    r.description = description;
    return r;
}

// The rules of a fake group or a rule set as sorted "port source description" lines.
inline QStringList contents(const QJsonArray &permissions)
{
    QStringList out;
    for (const QJsonValue &p : permissions)
        out << QStringLiteral("%1 %2 %3").arg(p["PortRange"].toString(), p["SourceCidrIp"].toString(), p["Description"].toString());
    out.sort();
    return out;
}
inline QStringList contents(const sg::RuleSet &set)
{
    QStringList out;
    for (const sg::Rule &r : set.rules)
        out << QStringLiteral("%1 %2 %3").arg(r.ports.toString(), r.peer.text(), r.description);
    out.sort();
    return out;
}

// Writes of any kind in the fake's request log.
inline int writesIn(const QJsonArray &log)
{
    int writes = 0;
    for (const QJsonValue &entry : log) {
        const QString action = entry["action"].toString();
        if (!action.startsWith("Describe"))
            ++writes;
    }
    return writes;
}

} // namespace cloudtest
