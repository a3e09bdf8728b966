// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ruleset.h"
#include "plan/setupplan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sg {

// Where a security group was read from: the file, the line of its definition where the format
// tells, and its name in that source (ROS logical id "WebSg", Terraform address
// "alicloud_security_group.head"); the name is empty for API output, which is the group itself.
struct GroupSource
{
    QString file;
    int line = 0;
    QString name;

    friend bool operator==(const GroupSource &, const GroupSource &) = default;
};

// A value a configuration or template leaves open: an unset variable or parameter, a data source,
// an attribute known only once the cloud creates it. Nothing is guessed: a rule whose protocol,
// ports, peer, policy or priority is open is kept but matches no traffic until the value is given
// (`inert`), and the workspace analysis reports every one (unresolved-value).
struct UnresolvedValue
{
    QString resource;   // the rule's Rule::resource; empty when the value belongs to the group
    QString field;      // the argument or property as the file names it: "cidr_ip", "SourceCidrIp"
    QString expression; // as written: "var.users_cidr", {"Ref":"AdminCidr"}
    QString reason;     // why it is open: "var.users_cidr has no value"
    QString file;       // the file it is written in (a module's rule may be in another file than its group); empty: the group's
    int line = 0;       // in that file, 0 when unknown
    int column = 0;
    bool suppliable = false; // --var / --param (or a tfvars file) can give it
    bool inert = false;      // the rule matches no traffic until the value is known
    // The variable or parameter whose value would supply it (a WorkspaceInput of the workspace);
    // empty when none can. `inputIsValue`: the expression is that input alone (var.x, {"Ref": "x"}),
    // so the input's value becomes the field's value and must be valid for the field.
    QString input;
    bool inputIsValue = false;

    friend bool operator==(const UnresolvedValue &, const UnresolvedValue &) = default;
};

// A Terraform variable or ROS template parameter that the files leave without a value while an open
// value needs it: what --var / --param, a tfvars file or the window's Supply Values… can give. Listed
// once per file that declares it (or, undeclared, uses it), as the file describes it, so that a
// person can be asked for it; the open values it would supply name it in UnresolvedValue::input.
struct WorkspaceInput
{
    enum class Kind : quint8 {
        Variable,
        Parameter
    };

    Kind kind = Kind::Variable;
    QString name; // "users_cidr", "UsersCidr", "ALIYUN::StackName"
    QString file; // the file that declares it, or that uses it when none does
    int line = 0; // of the declaration; 0 when unknown (a JSON template) or undeclared
    bool declared = true;
    QString type;              // as written: "string", "list(string)", "String", "CommaDelimitedList"; empty for none
    QString description;       // Terraform description, ROS Description (or Label)
    QStringList allowedValues; // ROS AllowedValues
    QString allowedPattern;    // ROS AllowedPattern
    bool sensitive = false;    // Terraform sensitive = true, ROS NoEcho: not to be shown or kept

    friend bool operator==(const WorkspaceInput &, const WorkspaceInput &) = default;
};

// One security group of a workspace: its rules with its metadata, and where it came from.
struct WorkspaceGroup
{
    RuleSet ruleSet;
    GroupSource source;
    QList<UnresolvedValue> unresolved = {}; // the group's own first, then in rule order

    // How reports and the CLI name the group: its id, or its name in the source while it has none
    // (a template's group is created with the stack). Unique within a workspace.
    QString key() const
    {
        return ruleSet.group.securityGroupId.isEmpty() ? source.name : ruleSet.group.securityGroupId;
    }

    friend bool operator==(const WorkspaceGroup &, const WorkspaceGroup &) = default;
};

// A network interface (ENI) and the groups it carries, in the order the API lists them. Alibaba
// Cloud evaluates the rules of all these groups together (reference sections 2 and 6.6).
struct NetworkInterface
{
    QString id;         // eni-...
    QString instanceId; // empty for an interface attached to no instance
    QStringList privateIps;
    QStringList groupIds;
    QString type; // "Primary", "Secondary", ...
    QString vpcId;
    QString file; // the file it was read from

    friend bool operator==(const NetworkInterface &, const NetworkInterface &) = default;
};

// Every group SG Assist has open, the network interfaces that carry them, and the plan and notes of
// a project. The unit of analysis is the group; the unit of reachability is the interface.
struct Workspace
{
    QList<WorkspaceGroup> groups;
    QList<NetworkInterface> interfaces;
    // True once a DescribeNetworkInterfaces or DescribeInstances response was read (even an empty
    // one): only then can "attached to no interface" be said of a group.
    bool attachmentsKnown = false;
    std::optional<SetupPlan> plan;
    QString notes;
    // The variables and parameters the open values of the groups wait for, in the order first met.
    QList<WorkspaceInput> inputs = {};

    // The group with that key (id, or name in the source), or -1.
    qsizetype indexOfGroup(QStringView key) const;
    // The interface with that id, or -1.
    qsizetype indexOfInterface(QStringView id) const;
    // The interfaces of an instance, in file order.
    QList<qsizetype> interfacesOfInstance(QStringView instanceId) const;
    qsizetype ruleCount() const;
    // The open values that an input (by name: a value given for a name reaches every file) would
    // supply, with the index of their group, in group order.
    QList<std::pair<qsizetype, UnresolvedValue>> usesOfInput(QStringView name) const;

    // Adds another workspace's groups, interfaces and inputs. A group already present (same key) is
    // not added twice: its key is reported through `duplicates`. An interface seen twice is one, an
    // input of the same kind, name and file too. To merge
    // many workspaces, use a WorkspaceMerger, which keeps its indexes between calls.
    void merge(Workspace other, QStringList *duplicates = nullptr);

    friend bool operator==(const Workspace &, const Workspace &) = default;
};

// Merges workspaces into one, keeping hash indexes of keys and interface ids between calls, so
// that a region of thousands of files merges in linear time.
class WorkspaceMerger
{
public:
    explicit WorkspaceMerger(Workspace &target);

    void add(Workspace other, QStringList *duplicates = nullptr);
    // The index of the group with that key in the target, or -1.
    qsizetype indexOfGroup(const QString &key) const { return m_keys.value(key, -1); }

private:
    Workspace &m_target;
    QHash<QString, qsizetype> m_keys;
    QHash<QString, qsizetype> m_interfaces;
    QSet<QString> m_inputs;
};

} // namespace sg
