// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

// The sgassist-cli commands, one class each (DESIGN section 8), made with their Usage records by
// makeCommands() (commandlist.cpp, the command list).
namespace sg::cli {

std::unique_ptr<Command> makeCatalogueCommand(Usage usage);
std::unique_ptr<Command> makeBuildCommand(Usage usage);
std::unique_ptr<Command> makeCheckCommand(Usage usage);
std::unique_ptr<Command> makeExplainCommand(Usage usage);
std::unique_ptr<Command> makeConvertCommand(Usage usage);
std::unique_ptr<Command> makeDiffCommand(Usage usage);
std::unique_ptr<Command> makeFixCommand(Usage usage);
std::unique_ptr<Command> makeProbeCommand(Usage usage);
std::unique_ptr<Command> makePullCommand(Usage usage);
std::unique_ptr<Command> makeApplyCommand(Usage usage);
std::unique_ptr<Command> makeChecksCommand(Usage usage);

} // namespace sg::cli
