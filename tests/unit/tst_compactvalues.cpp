// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The compact values findings are made of: RuleNumbers (one number inline, more in an array of
// their own) and InternedText (one pointer to a text held once).

#include "analysis/finding.h"
#include "core/internedtext.h"

#include <QSet>
#include <QTest>
#include <QtConcurrent>

using namespace sg;

class TestCompactValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleNumbersHoldWhatWasAppended_data()
    {
        QTest::addColumn<QList<int>>("numbers");
        QTest::newRow("none") << QList<int>{};
        QTest::newRow("one") << QList<int>{7};
        QTest::newRow("zero and negative") << QList<int>{0, -3};
        QTest::newRow("past the first block") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    }

    void ruleNumbersHoldWhatWasAppended()
    {
        QFETCH(QList<int>, numbers);
        RuleNumbers appended;
        for (int n : numbers)
            appended.append(n);
        const RuleNumbers converted(numbers);
        for (const RuleNumbers &r : {appended, converted}) {
            QCOMPARE(r.toList(), numbers);
            QCOMPARE(r.size(), numbers.size());
            QCOMPARE(r.isEmpty(), numbers.isEmpty());
            QCOMPARE(QList<int>(r.begin(), r.end()), numbers);
            for (qsizetype i = 0; i < numbers.size(); ++i) {
                QCOMPARE(r.at(i), numbers.at(i));
                QVERIFY(r.contains(numbers.at(i)));
            }
            QCOMPARE(r.value(numbers.size(), -99), -99);
            QVERIFY(!r.contains(1000));
        }
        QCOMPARE(appended, converted);
    }

    void ruleNumbersCopiesAreIndependent()
    {
        RuleNumbers one{4};
        RuleNumbers many{1, 2, 3};
        RuleNumbers copyOfOne = one;
        RuleNumbers copyOfMany = many;
        copyOfOne.append(5);
        copyOfMany.append(4);
        QCOMPARE(one.toList(), QList<int>{4});
        QCOMPARE(many.toList(), (QList<int>{1, 2, 3}));
        QCOMPARE(copyOfOne.toList(), (QList<int>{4, 5}));
        QCOMPARE(copyOfMany.toList(), (QList<int>{1, 2, 3, 4}));

        RuleNumbers moved = std::move(copyOfMany);
        QCOMPARE(moved.toList(), (QList<int>{1, 2, 3, 4}));
        copyOfOne = moved;
        moved.append(9);
        QCOMPARE(copyOfOne.toList(), (QList<int>{1, 2, 3, 4}));
        copyOfOne = RuleNumbers{8};
        QCOMPARE(copyOfOne.toList(), QList<int>{8});
        QVERIFY(one != many);
        QVERIFY(!(RuleNumbers{1, 2} == RuleNumbers{1}));
    }

    void ruleNumbersReservedThenAppended()
    {
        RuleNumbers r;
        r.reserve(3);
        QVERIFY(r.isEmpty());
        r.append(2);
        r.append(1);
        QCOMPARE(r.toList(), (QList<int>{2, 1}));
        QCOMPARE(r.first(), 2);
    }

    void findingsAreCompact()
    {
        // What the memory figures of docs/benchmarks.md rest on: a finding is nine words, and the
        // numbers of one rule take no allocation.
        QCOMPARE(sizeof(RuleNumbers), sizeof(void *));
        QVERIFY(sizeof(Finding) <= 9 * sizeof(void *));
    }

    void internedTextsAreHeldOnce()
    {
        const InternedText a(QStringLiteral("exposed-ssh"));
        const InternedText b(QLatin1StringView("exposed-ssh"));
        const InternedText c(QStringLiteral("exposed-rdp"));
        QCOMPARE(a.toString(), QStringLiteral("exposed-ssh"));
        QCOMPARE(&a.toString(), &b.toString());
        QVERIFY(a == b);
        QVERIFY(!(a == c));
        QVERIFY(a == QStringLiteral("exposed-ssh"));
        QVERIFY(a == QLatin1StringView("exposed-ssh"));
        QCOMPARE(QString(a + u'|' + c), QStringLiteral("exposed-ssh|exposed-rdp"));
        QVERIFY(InternedText().isEmpty());
        QVERIFY(InternedText(QString()) == InternedText());
        QCOMPARE(InternedText().toString(), QString());
    }

    void internedTextsAreHeldOnceAcrossThreads()
    {
        QList<int> keys(2000);
        std::iota(keys.begin(), keys.end(), 0);
        const auto intern = [](int key) {
            return quintptr(&InternedText(QStringLiteral("text %1").arg(key % 50)).toString());
        };
        const QList<quintptr> first = QtConcurrent::blockingMapped(keys, intern);
        const QList<quintptr> second = QtConcurrent::blockingMapped(keys, intern);
        QCOMPARE(first, second);
        QCOMPARE(QSet<quintptr>(first.cbegin(), first.cend()).size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestCompactValues)
#include "tst_compactvalues.moc"
