// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

// The sgassist-cli commands, one class each (DESIGN section 8). makeCommands() lists them.
namespace sg::cli {

std::unique_ptr<Command> makeCatalogueCommand();
std::unique_ptr<Command> makeBuildCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeExplainCommand();
std::unique_ptr<Command> makeConvertCommand();
std::unique_ptr<Command> makeDiffCommand();
std::unique_ptr<Command> makeFixCommand();
std::unique_ptr<Command> makeProbeCommand();
std::unique_ptr<Command> makePullCommand();
std::unique_ptr<Command> makeApplyCommand();
std::unique_ptr<Command> makeChecksCommand();

} // namespace sg::cli
