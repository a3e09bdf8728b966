// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sg {

// Has the C library give every large buffer (128 KiB or more) back to the system when it is freed.
// Call once, first thing in main(). See processmemory.cpp for why; a no-op off glibc.
void returnLargeBuffersPromptly();

} // namespace sg
