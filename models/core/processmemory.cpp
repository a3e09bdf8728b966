// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmemory.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace sg {

void returnLargeBuffersPromptly()
{
#if defined(__GLIBC__)
    // glibc maps a request of 128 KiB or more on its own and unmaps it when freed, but the first
    // time such a mapping is freed it raises that threshold to the freed size (up to 32 MiB): from
    // then on, buffers below it come from the heap, where what is freed stays with the process
    // unless it happens to lie at the top. Reading and analysing a large group frees many buffers of
    // a few MiB (a reader's columns, lists and indexes that grew by doubling), so the dynamic
    // threshold kept 30 MB of freed memory resident at 100,000 rules (docs/benchmarks.md). Setting
    // the threshold turns the adjustment off. Growing such a buffer stays cheap: glibc grows a
    // mapping with mremap, without copying.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

} // namespace sg
