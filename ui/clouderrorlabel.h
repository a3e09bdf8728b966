// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelabel.h"

#include "cloud/ecserror.h"

#include <optional>

namespace sg::ui {

// Says why a live-account step failed: what was being done, then the API's Code, Message and
// RequestId on lines of their own (selectable, for a search or Alibaba Cloud's support), or
// what went wrong on the way when the API did not answer.
class CloudErrorLabel : public MessageLabel
{
    Q_OBJECT

public:
    explicit CloudErrorLabel(QWidget *parent = nullptr);

    // "Reading the groups failed." + the error's details.
    void showError(const QString &summary, const EcsError &error);
    // A problem found before anything was sent (no key, no region), or a note.
    void showMessage(const QString &text, Kind kind = Kind::Error);
    void clearMessage();

    const std::optional<EcsError> &error() const { return m_error; }
    // The error's details as plain lines ("Code: ...", "Message: ...", "Request id: ...").
    static QString details(const EcsError &error);

private:
    std::optional<EcsError> m_error;
};

} // namespace sg::ui
