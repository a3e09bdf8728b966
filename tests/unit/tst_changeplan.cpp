// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The change plan: which revokes (by rule id), authorizations and modifications turn a live group
// into a target rule set, the calls that carry them, and the text a reviewer reads.

#include "cloud/changeplan.h"

#include "io/permissioncodec.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace sg;

namespace {

// "in tcp 22/22 10.0.0.0/8 p1 accept 'desc' #sgr-1": a rule in one line.
Rule rule(const QString &spec)
{
    Rule r;
    QString text = spec;
    const qsizetype hash = text.indexOf(u'#');
    if (hash >= 0) {
        r.id = text.mid(hash + 1).trimmed();
        text = text.left(hash);
    }
    const qsizetype quote = text.indexOf(u'\'');
    if (quote >= 0) {
        r.description = text.mid(quote + 1, text.lastIndexOf(u'\'') - quote - 1);
        text = text.left(quote);
    }
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    r.direction = parts[0] == "in" ? Direction::Ingress : Direction::Egress;
    r.protocol = *protocolFromString(parts[1]);
    r.ports = *PortRange::parse(parts[2]).range;
    r.peer = *Endpoint::parse(parts[3]).endpoint;
    for (const QString &part : parts.mid(4)) {
        if (part.startsWith(u'p'))
            r.priority = part.mid(1).toInt();
        else if (part == "drop")
            r.policy = Policy::Drop;
        else if (part == "internet")
            r.nicType = NicType::Internet;
    }
    return r;
}

RuleSet group(const QList<Rule> &rules, const QString &id = "sg-bp1live")
{
    RuleSet set;
    set.group.regionId = "cn-hangzhou";
    set.group.securityGroupId = id;
    set.rules = rules;
    return set;
}

// The rules as a multiset of content, ignoring ids and order: what "equals the file" means.
QStringList contents(const QList<Rule> &rules)
{
    QStringList out;
    for (const Rule &r : rules) {
        Rule copy = r;
        copy.id.clear();
        QString line;
        for (const auto &[field, value] : PermissionCodec::fields(copy, true))
            line += value + u'|';
        out.append(line);
    }
    out.sort();
    return out;
}

QString parameter(const ChangePlan::Call &call, const QString &name)
{
    for (const auto &[key, value] : call.parameters) {
        if (key == name)
            return value;
    }
    return "<absent>";
}

} // namespace

class TestChangePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalSetsNeedNothing();
    void orderAndIdsDoNotMatter();
    void addAndRemove();
    void changedValuesAreModifiedById();
    void descriptionOnlyChangeIsAModification();
    void clearingAFieldReplacesTheRule();
    void nicTypeOrPeerKindChangeReplacesTheRule();
    void idsFromAnotherGroupAreIgnored();
    void duplicateTargetRulesAreRefused();
    void innerAccessPolicyDifferenceIsAWarning();
    void callsAreBatchedByDirectionAndCarryTokens();
    void modifyCallCarriesTheTargetFields();
    void callOrderMakesBeforeBreaking();
    void textForReview();
    void randomPlansReachTheTarget();
};

void TestChangePlan::identicalSetsNeedNothing()
{
    const RuleSet live = group({rule("in tcp 22/22 10.0.0.0/8 'SSH' #sgr-1"), rule("out all -1/-1 0.0.0.0/0 #sgr-2")});
    const ChangePlan plan = ChangePlan::compute(live, live);
    QVERIFY(plan.isEmpty());
    QVERIFY(plan.canApply());
    QCOMPARE(plan.unchanged.size(), 2);
    QVERIFY(plan.calls("t").isEmpty());
    QVERIFY(plan.toText().startsWith("No change: sg-bp1live in cn-hangzhou already holds the 2 rule(s) of the file."));
}

void TestChangePlan::orderAndIdsDoNotMatter()
{
    const RuleSet live = group({rule("in tcp 22/22 10.0.0.1/32 'SSH' #sgr-1"), rule("in udp 53/53 10.0.0.0/8 #sgr-2")});
    // A file without ids, in another order, with an address the API prints as a CIDR.
    const RuleSet target = group({rule("in udp 53/53 10.0.0.0/8"), rule("in tcp 22/22 10.0.0.1 'SSH'")});
    QVERIFY(ChangePlan::compute(live, target).isEmpty());
}

void TestChangePlan::addAndRemove()
{
    const RuleSet live = group({rule("in tcp 22/22 10.0.0.0/8 #sgr-1"), rule("in tcp 3389/3389 0.0.0.0/0 #sgr-2")});
    const RuleSet target = group({rule("in tcp 22/22 10.0.0.0/8 #sgr-1"), rule("in tcp 443/443 0.0.0.0/0 'HTTPS'")});
    const ChangePlan plan = ChangePlan::compute(live, target);
    QCOMPARE(plan.revocations.size(), 1);
    QCOMPARE(plan.revocations[0].id, QString("sgr-2"));
    QCOMPARE(plan.authorizations.size(), 1);
    QCOMPARE(plan.authorizations[0].targetPosition, 2);
    QCOMPARE(plan.authorizations[0].rule.ports.toString(), QString("443/443"));
    QCOMPARE(plan.modifications.size(), 0);
    QCOMPARE(plan.changeCount(), 2);
}

void TestChangePlan::changedValuesAreModifiedById()
{
    const RuleSet live = group({rule("in tcp 22/22 10.0.0.0/8 p1 'SSH' #sgr-1")});
    const RuleSet target = group({rule("in tcp 2222/2222 10.1.0.0/16 p5 drop 'SSH moved' #sgr-1")});
    const ChangePlan plan = ChangePlan::compute(live, target);
    QCOMPARE(plan.modifications.size(), 1);
    QCOMPARE(plan.authorizations.size(), 0);
    QCOMPARE(plan.revocations.size(), 0);
    const ChangePlan::Modification &m = plan.modifications[0];
    QCOMPARE(m.before.id, QString("sgr-1"));
    QCOMPARE(m.fields, QStringList({"PortRange", "SourceCidrIp", "Policy", "Priority", "Description"}));
}

void TestChangePlan::descriptionOnlyChangeIsAModification()
{
    // Without ids: the rule of the same effect is found and only its description changes.
    const RuleSet live = group({rule("in tcp 22/22 10.0.0.0/8 'old' #sgr-1")});
    const RuleSet target = group({rule("in tcp 22/22 10.0.0.0/8 'new'")});
    const ChangePlan plan = ChangePlan::compute(live, target);
    QCOMPARE(plan.modifications.size(), 1);
    QCOMPARE(plan.modifications[0].fields, QStringList{"Description"});
}

void TestChangePlan::clearingAFieldReplacesTheRule()
{
    // ModifySecurityGroupRule cannot clear a description: the rule is replaced, old one first,
    // since the API may take the new one for the old.
    const RuleSet live = group({rule("in tcp 22/22 10.0.0.0/8 'old' #sgr-1")});
    const RuleSet target = group({rule("in tcp 22/22 10.0.0.0/8")});
    const ChangePlan plan = ChangePlan::compute(live, target);
    QCOMPARE(plan.modifications.size(), 0);
    QCOMPARE(plan.replacedFirst.size(), 1);
    QCOMPARE(plan.authorizations.size(), 1);
    const QList<ChangePlan::Call> calls = plan.calls("t");
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls[0].action, QString("RevokeSecurityGroup"));
    QCOMPARE(calls[1].action, QString("AuthorizeSecurityGroup"));
    QCOMPARE(contents(plan.expectedRules(live.rules)), contents(target.rules));
}

void TestChangePlan::nicTypeOrPeerKindChangeReplacesTheRule()
{
    const RuleSet live = group({rule("in tcp 22/22 10.0.0.0/8 #sgr-1"), rule("in tcp 80/80 10.0.0.0/8 #sgr-2")});
    const RuleSet target = group({rule("in tcp 22/22 10.0.0.0/8 internet #sgr-1"), rule("in tcp 80/80 sg-bp1other #sgr-2")});
    const ChangePlan plan = ChangePlan::compute(live, target);
    QCOMPARE(plan.modifications.size(), 0);
    QCOMPARE(plan.authorizations.size(), 2);
    QCOMPARE(plan.revocations.size(), 2);
    for (const ChangePlan::Addition &a : plan.authorizations)
        QVERIFY(a.rule.id.isEmpty());
}

void TestChangePlan::idsFromAnotherGroupAreIgnored()
{
    const RuleSet live = group({rule("in tcp 22/22 10.0.0.0/8 #sgr-1")});
    const RuleSet target = group({rule("in tcp 22/22 10.0.0.0/8 #sgr-elsewhere"), rule("in tcp 80/80 0.0.0.0/0 #sgr-gone")});
    const ChangePlan plan = ChangePlan::compute(live, target);
    QCOMPARE(plan.unchanged.size(), 1);
    QCOMPARE(plan.authorizations.size(), 1);
    QVERIFY(plan.authorizations[0].rule.id.isEmpty());
}

void TestChangePlan::duplicateTargetRulesAreRefused()
{
    const RuleSet live = group({});
    const RuleSet target = group({rule("in tcp 22/22 10.0.0.0/8 'a'"), rule("in udp 53/53 10.0.0.0/8"),
                                  rule("in tcp 22/22 10.0.0.0/8 'b'")});
    const ChangePlan plan = ChangePlan::compute(live, target);
    QVERIFY(!plan.canApply());
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems[0].location.rule, 3);
    QVERIFY(plan.problems[0].message.contains("rules 1 and 3"));
}

void TestChangePlan::innerAccessPolicyDifferenceIsAWarning()
{
    RuleSet live = group({});
    RuleSet target = group({});
    target.group.innerAccessPolicy = Policy::Drop;
    const ChangePlan plan = ChangePlan::compute(live, target);
    QVERIFY(plan.canApply());
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems[0].location.field, QString("InnerAccessPolicy"));
}

void TestChangePlan::callsAreBatchedByDirectionAndCarryTokens()
{
    QList<Rule> rules;
    for (int port = 1; port <= 230; ++port)
        rules.append(rule(QStringLiteral("in tcp %1/%1 10.0.0.0/8").arg(port)));
    for (int port = 1; port <= 3; ++port)
        rules.append(rule(QStringLiteral("out udp %1/%1 0.0.0.0/0").arg(port)));
    QList<Rule> liveRules;
    for (int n = 1; n <= 150; ++n)
        liveRules.append(rule(QStringLiteral("in tcp %1/%1 192.168.0.0/16 #sgr-%1").arg(n)));
    const ChangePlan plan = ChangePlan::compute(group(liveRules), group(rules));
    const QList<ChangePlan::Call> calls = plan.calls("apply-x");
    QStringList actions;
    QStringList tokens;
    for (const ChangePlan::Call &call : calls) {
        actions.append(call.action + u' ' + QString::number(call.changes));
        tokens.append(parameter(call, "ClientToken"));
        QCOMPARE(parameter(call, "RegionId"), QString("cn-hangzhou"));
        QCOMPARE(parameter(call, "SecurityGroupId"), QString("sg-bp1live"));
    }
    QCOMPARE(actions, QStringList({"AuthorizeSecurityGroup 100", "AuthorizeSecurityGroup 100", "AuthorizeSecurityGroup 30", "AuthorizeSecurityGroupEgress 3", "RevokeSecurityGroup 100", "RevokeSecurityGroup 50"}));
    QCOMPARE(tokens, QStringList({"apply-x-1", "apply-x-2", "apply-x-3", "apply-x-4", "apply-x-5", "apply-x-6"}));
    // Permissions are numbered 1..100 in each call, rule ids 1..100 in each revoke.
    QCOMPARE(parameter(calls[1], "Permissions.100.PortRange"), QString("200/200"));
    QCOMPARE(parameter(calls[1], "Permissions.101.PortRange"), QString("<absent>"));
    QCOMPARE(parameter(calls[1], "Permissions.1.Direction"), QString("<absent>"));
    QCOMPARE(parameter(calls[1], "Permissions.1.Priority"), QString("1"));
    QCOMPARE(parameter(calls[1], "Permissions.1.Policy"), QString("accept"));
    QCOMPARE(parameter(calls[3], "Permissions.1.DestCidrIp"), QString("0.0.0.0/0"));
    QCOMPARE(parameter(calls[5], "SecurityGroupRuleId.50"), QString("sgr-150"));
    // A long prefix is cut so that every token stays within the API's 64 characters.
    for (const ChangePlan::Call &call : plan.calls(QString(100, u'x')))
        QVERIFY(parameter(call, "ClientToken").size() <= 64);
}

void TestChangePlan::modifyCallCarriesTheTargetFields()
{
    const RuleSet live = group({rule("out tcp 443/443 0.0.0.0/0 p1 'web' #sgr-9")});
    const RuleSet target = group({rule("out tcp 443/443 203.0.113.0/24 p2 'web, narrowed' #sgr-9")});
    const QList<ChangePlan::Call> calls = ChangePlan::compute(live, target).calls("t");
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls[0].action, QString("ModifySecurityGroupEgressRule"));
    QCOMPARE(parameter(calls[0], "SecurityGroupRuleId"), QString("sgr-9"));
    QCOMPARE(parameter(calls[0], "DestCidrIp"), QString("203.0.113.0/24"));
    QCOMPARE(parameter(calls[0], "Priority"), QString("2"));
    QCOMPARE(parameter(calls[0], "Description"), QString("web, narrowed"));
    QCOMPARE(parameter(calls[0], "IpProtocol"), QString("TCP"));
    QCOMPARE(parameter(calls[0], "NicType"), QString("<absent>")); // cannot be changed
}

void TestChangePlan::callOrderMakesBeforeBreaking()
{
    const RuleSet live = group({rule("in tcp 22/22 0.0.0.0/0 #sgr-1"), rule("in tcp 80/80 10.0.0.0/8 p1 #sgr-2")});
    const RuleSet target = group({rule("in tcp 22/22 203.0.113.10/32 'admin'"), rule("in tcp 80/80 10.0.0.0/8 p3 #sgr-2")});
    QStringList actions;
    for (const ChangePlan::Call &call : ChangePlan::compute(live, target).calls("t"))
        actions.append(call.action);
    QCOMPARE(actions, QStringList({"ModifySecurityGroupRule", "AuthorizeSecurityGroup", "RevokeSecurityGroup"}));
}

void TestChangePlan::textForReview()
{
    const RuleSet live = group({rule("in tcp 22/22 10.0.0.0/8 p1 'SSH' #sgr-1"), rule("in tcp 3389/3389 0.0.0.0/0 'RDP' #sgr-2")});
    const RuleSet target = group({rule("in tcp 22/22 10.0.0.0/8 p2 'SSH' #sgr-1"), rule("out all -1/-1 0.0.0.0/0 drop")});
    const QString text = ChangePlan::compute(live, target).toText();
    QCOMPARE(text, QString("Plan for sg-bp1live in cn-hangzhou: 1 to modify, 1 to authorize, 1 to revoke; 0 unchanged.\n"
                           "  ~ modify sgr-1: ingress accept TCP 22/22 from 10.0.0.0/8, priority 1, \"SSH\"\n"
                           "      Priority: \"1\" -> \"2\"\n"
                           "  + authorize (file rule 2): egress drop ALL to 0.0.0.0/0, priority 1\n"
                           "  - revoke sgr-2: ingress accept TCP 3389/3389 from 0.0.0.0/0, priority 1, \"RDP\"\n"));
    // Descriptions are shown as they are, whatever they hold.
    const RuleSet hostile = group({rule("in tcp 22/22 10.0.0.0/8 '%1 %2 运维'")});
    QVERIFY(ChangePlan::compute(group({}), hostile).toText().contains(QString::fromUtf8("\"%1 %2 运维\"")));
}

void TestChangePlan::randomPlansReachTheTarget()
{
    // Random live groups and targets drawn from one small pool of rules (so that they overlap,
    // share ids and differ in single fields): the plan, applied as the API applies it, gives the
    // target, and every modification only sets fields the live rule already has.
    QRandomGenerator random(20261101);
    const QStringList peers{"10.0.0.0/8", "0.0.0.0/0", "sg-bp1peer", "2001:db8::/32", "pl-bp1list"};
    const QStringList descriptions{"", "a", "b"};
    for (int round = 0; round < 500; ++round) {
        const auto draw = [&](bool withIds, int count) {
            QList<Rule> out;
            QSet<QString> effects;
            for (int n = 0; n < count; ++n) {
                const QString spec = QStringLiteral("%1 %2 %3 %4 p%5 %6 '%7'")
                                         .arg(random.bounded(4) == 0 ? "out" : "in", random.bounded(2) ? "tcp" : "udp")
                                         .arg(QStringLiteral("%1/%1").arg(20 + random.bounded(4)))
                                         .arg(peers[random.bounded(int(peers.size()))])
                                         .arg(1 + random.bounded(3))
                                         .arg(random.bounded(3) == 0 ? "drop" : "accept")
                                         .arg(descriptions[random.bounded(3)]);
                Rule r = rule(spec);
                if (withIds || random.bounded(2))
                    r.id = QStringLiteral("sgr-%1").arg(random.bounded(12));
                Rule key = r;
                key.description.clear();
                key.id.clear();
                const QString effect = contents({key}).first();
                if (effects.contains(effect))
                    continue; // the API holds each rule once
                effects.insert(effect);
                out.append(r);
            }
            return out;
        };
        QList<Rule> liveRules = draw(true, random.bounded(10));
        // Live ids are unique.
        for (int n = 0; n < liveRules.size(); ++n)
            liveRules[n].id = QStringLiteral("sgr-%1").arg(n);
        const RuleSet live = group(liveRules);
        const RuleSet target = group(draw(false, random.bounded(10)));
        const ChangePlan plan = ChangePlan::compute(live, target);
        QVERIFY(plan.canApply());
        QCOMPARE(contents(plan.expectedRules(live.rules)), contents(target.rules));
        for (const ChangePlan::Modification &m : plan.modifications) {
            QCOMPARE(m.before.direction, m.after.direction);
            QCOMPARE(m.before.nicType, m.after.nicType);
            QVERIFY(!m.fields.isEmpty());
        }
        // Nothing is authorized that the group (after modifications) still holds unless it was revoked first.
        QCOMPARE(plan.unchanged.size() + plan.modifications.size() + plan.replacedFirst.size() + plan.revocations.size(),
                 live.rules.size());
    }
}

QTEST_APPLESS_MAIN(TestChangePlan)
#include "tst_changeplan.moc"
