// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sg::returnLargeBuffersPromptly(): after a large buffer is freed, buffers of a few MiB are still
// mapped on their own (and so given back to the system when freed), not carved from the heap.

#include "core/processmemory.h"

#include <QTest>

#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__SANITIZE_ADDRESS__) // GCC
#define SG_ASAN 1
#elif defined(__has_feature) // clang
#if __has_feature(address_sanitizer)
#define SG_ASAN 1
#endif
#endif

class TestProcessMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buffersOfAFewMiBStayMappedAfterALargeOneIsFreed()
    {
#if !defined(__GLIBC__)
        QSKIP("glibc's allocator only");
#elif defined(SG_ASAN)
        QSKIP("AddressSanitizer replaces the allocator");
#else
        sg::returnLargeBuffersPromptly();
        // Freeing a 24 MiB mapping would raise glibc's threshold to 24 MiB...
        void *large = std::malloc(24 << 20);
        QVERIFY(large);
        std::free(large);
        // ...and the next buffer of 2 MiB would come from the heap: it must be a mapping of its own.
        const size_t mappedBefore = mallinfo2().hblks;
        void *buffer = std::malloc(2 << 20);
        QVERIFY(buffer);
        const size_t mappedWith = mallinfo2().hblks;
        std::free(buffer);
        QCOMPARE(mappedWith, mappedBefore + 1);
        QCOMPARE(mallinfo2().hblks, mappedBefore);
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "tst_processmemory.moc"
