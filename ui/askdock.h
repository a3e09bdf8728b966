// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/decision.h"
#include "core/ruleenums.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace sg::ui {

class DocumentController;
class MessageLabel;
class ValidatedLineEdit;

// "Can this source reach this port?": asks the same evaluator as `sgassist-cli explain`, with
// Alibaba's order (priority, then deny before allow), and names the deciding rule. For a network
// interface it evaluates the rules of all its groups together (EniEvaluator) and names the group
// that decides.
class AskDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AskDock(DocumentController *document, QWidget *parent = nullptr);

    // Fills the question in (for tests and for "ask about this rule").
    void ask(const QString &source, Protocol protocol, int port, Direction direction);
    // The last answer; nullopt when the question is incomplete.
    const std::optional<Decision> &answer() const { return m_answer; }
    // The key of the group whose rule decided the last answer; empty when a default decided.
    const QString &decidingGroup() const { return m_decidingGroup; }

Q_SIGNALS:
    // The rule (0-based row) that decided the answer, so the table can show it.
    void decidingRuleChanged(int row);

private:
    void evaluate();

    DocumentController *m_document;
    ValidatedLineEdit *m_source;
    QComboBox *m_protocol;
    QSpinBox *m_port;
    QComboBox *m_direction;
    QLabel *m_verdict;
    QLabel *m_scope;         // what is asked about: the group, or the interface and its groups
    QLabel *m_decidingLabel; // the group and rule that decided
    MessageLabel *m_explanation;
    std::optional<Decision> m_answer;
    QString m_decidingGroup;
};

} // namespace sg::ui
