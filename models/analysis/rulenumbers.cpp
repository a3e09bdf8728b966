// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulenumbers.h"

#include <QDebug>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace sg {
namespace {

int *allocateBlock(qsizetype capacity)
{
    auto *block = static_cast<int *>(std::malloc(sizeof(int) * size_t(2 + capacity)));
    if (!block)
        throw std::bad_alloc();
    block[0] = 0;
    block[1] = int(capacity);
    return block;
}

} // namespace

RuleNumbers::RuleNumbers(std::initializer_list<int> numbers)
{
    for (int number : numbers)
        append(number);
}

RuleNumbers::RuleNumbers(const QList<int> &numbers)
{
    for (int number : numbers)
        append(number);
}

RuleNumbers::RuleNumbers(const RuleNumbers &other)
{
    if (!other.heap()) {
        m_words[0] = other.m_words[0];
        m_words[1] = other.m_words[1];
        return;
    }
    const qsizetype n = other.size();
    int *block = allocateBlock(n);
    std::copy(other.begin(), other.end(), block + Header);
    block[Count] = int(n);
    setHeap(block);
}

RuleNumbers &RuleNumbers::operator=(const RuleNumbers &other)
{
    if (this != &other)
        *this = RuleNumbers(other);
    return *this;
}

int *RuleNumbers::heap() const
{
    if (isInline())
        return nullptr;
    int *block = nullptr;
    std::memcpy(&block, m_words, sizeof block);
    return block;
}

void RuleNumbers::setHeap(int *block)
{
    static_assert(sizeof block == sizeof m_words);
    std::memcpy(m_words, &block, sizeof block);
    Q_ASSERT(!isInline());
}

void RuleNumbers::release()
{
    std::free(heap());
    m_words[0] = m_words[1] = 0;
}

bool RuleNumbers::contains(int number) const
{
    return std::find(begin(), end(), number) != end();
}

void RuleNumbers::reserve(qsizetype count)
{
    const int *block = heap();
    if (count <= 1 || (block && count <= block[Capacity]))
        return;
    int *grown = allocateBlock(count);
    std::copy(begin(), end(), grown + Header);
    grown[Count] = int(size());
    release();
    setHeap(grown);
}

void RuleNumbers::append(int number)
{
    const qsizetype n = size();
    if (n == 0 && !heap()) {
        m_words[Low] = 1;
        m_words[1 - Low] = number;
        return;
    }
    const int *block = heap();
    if (!block || block[Count] == block[Capacity])
        reserve(std::max<qsizetype>(4, 2 * n));
    int *numbers = heap();
    numbers[Header + numbers[Count]++] = number;
}

bool operator==(const RuleNumbers &a, const RuleNumbers &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

QDebug operator<<(QDebug debug, const RuleNumbers &numbers)
{
    return debug << numbers.toList();
}

} // namespace sg
