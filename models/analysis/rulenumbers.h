// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <initializer_list>

class QDebug;

namespace sg {

// The rule numbers a finding names, in one 8-byte value: most findings name one rule or none, and
// that number is held inline; more are held in an array of their own. (A QList<int> takes three
// pointers and an allocation for a single number; 100,000 rules give 160,000 findings.)
// Copies are deep: lists of more than one number are rare and short.
class RuleNumbers
{
public:
    RuleNumbers() = default;
    RuleNumbers(std::initializer_list<int> numbers);
    RuleNumbers(const QList<int> &numbers);
    RuleNumbers(const RuleNumbers &other);
    RuleNumbers(RuleNumbers &&other) noexcept
        : m_words{other.m_words[0], other.m_words[1]} { other.m_words[0] = other.m_words[1] = 0; }
    RuleNumbers &operator=(const RuleNumbers &other);
    RuleNumbers &operator=(RuleNumbers &&other) noexcept
    {
        qSwap(m_words[0], other.m_words[0]);
        qSwap(m_words[1], other.m_words[1]);
        return *this;
    }
    ~RuleNumbers() { release(); }

    qsizetype size() const { return isInline() ? 1 : heap() ? heap()[Count]
                                                            : 0; }
    bool isEmpty() const { return size() == 0; }
    const int *begin() const { return isInline() ? &m_words[1 - Low] : heap() ? heap() + Header
                                                                              : nullptr; }
    const int *end() const { return begin() + size(); }
    const int *cbegin() const { return begin(); }
    const int *cend() const { return end(); }
    int at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < size());
        return begin()[i];
    }
    int operator[](qsizetype i) const { return at(i); }
    int first() const { return at(0); }
    int constFirst() const { return at(0); }
    int value(qsizetype i, int fallback = 0) const { return i >= 0 && i < size() ? begin()[i] : fallback; }
    bool contains(int number) const;
    QList<int> toList() const { return QList<int>(begin(), end()); }

    void append(int number);
    void reserve(qsizetype count);

    friend bool operator==(const RuleNumbers &a, const RuleNumbers &b);

private:
    // m_words: both 0, no number; the low word 1 (a pointer never is odd), one number in the other
    // word; otherwise a pointer to a block: count, capacity, the numbers.
    static constexpr int Low = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? 0 : 1;
    enum : int {
        Count = 0,
        Capacity = 1,
        Header = 2
    };

    bool isInline() const { return m_words[Low] & 1; }
    int *heap() const;
    void setHeap(int *block);
    void release();

    alignas(8) qint32 m_words[2] = {0, 0};
};

QDebug operator<<(QDebug debug, const RuleNumbers &numbers);

} // namespace sg

Q_DECLARE_TYPEINFO(sg::RuleNumbers, Q_RELOCATABLE_TYPE);
