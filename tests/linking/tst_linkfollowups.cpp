// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Linking across letters, end to end: the example letter is imported and
// analysed and its commitments tracked in memory; then each follow-up letter
// in tests/data/followups is imported and analysed, its references resolved
// and its links suggested, and the result is held against
// tests/data/followups/expectations.json (repeats, changes, supplements,
// fulfils, and a letter on another topic that must get nothing).

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "tracker/linking/linksuggester.h"
#include "tracker/linking/referenceresolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

QString followupPath(const QString &name)
{
    return QStringLiteral(PROMISSA_TEST_DATA "/followups/") + name;
}

std::optional<LinkType> linkType(const QString &name)
{
    if (name == u"repeats")
        return LinkType::Repeats;
    if (name == u"supplements")
        return LinkType::Supplements;
    if (name == u"changes")
        return LinkType::Changes;
    if (name == u"fulfils")
        return LinkType::Fulfils;
    return std::nullopt;
}

TrackedLetter trackedLetter(const QJsonObject &o)
{
    TrackedLetter l;
    l.id = o.value(u"id"_s).toInteger();
    l.hash = u"fixture-"_s + QString::number(l.id);
    l.date = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
    l.subject = o.value(u"subject"_s).toString();
    l.ministry = o.value(u"ministry"_s).toString();
    l.kamerstuk = o.value(u"kamerstuk"_s).toString();
    l.documentNumber = o.value(u"documentNumber"_s).toString();
    return l;
}

QString sentenceOf(const Letter &letter, const Commitment &c)
{
    const TextRange range = c.sentence >= 0 && c.sentence < letter.sentences.size() ? letter.sentences.at(c.sentence).range : c.phrase;
    return letter.slice(range).toString().simplified();
}

QString describe(const QList<LinkSuggestion> &list)
{
    QStringList lines;
    for (const LinkSuggestion &s : list)
        lines << QString::number(int(s.type)) + u' ' + (s.fromCommitment.isEmpty() ? u"letter"_s : s.fromCommitment) + u" -> "_s + s.toCommitment + u' ' +
                QString::number(s.score, 'f', 2) + u" ["_s + s.evidence.join(u"; "_s) + u']';
    return lines.join(u'\n');
}

} // namespace

class TestLinkFollowups : public QObject
{
    Q_OBJECT

    Analyzer m_analyzer;
    QJsonObject m_expectations;
    Letter m_example;
    Analysis m_exampleAnalysis;
    QList<TrackedLetter> m_letters; ///< what the tracker holds: the example letter and the others
    QList<LinkCandidate> m_candidates;

    struct FollowUp {
        Letter letter;
        Analysis analysis;
        TrackedLetter tracked;
        NewLetterContext context;
        QList<qint64> resolved; ///< parallel to analysis.references
    };

    // Imports, analyses and resolves one follow-up as Tracker::importLetter would.
    bool load(const QJsonObject &expectation, FollowUp &f)
    {
        const auto letter = importLetter(followupPath(expectation.value(u"file"_s).toString()));
        if (!letter) {
            qWarning().noquote() << letter.error().message;
            return false;
        }
        f.letter = *letter;
        f.analysis = m_analyzer.analyze(f.letter);
        f.tracked.id = expectation.value(u"id"_s).toInteger();
        f.tracked.hash = u"followup-"_s + QString::number(f.tracked.id);
        f.tracked.date = f.analysis.letterDate.date;
        f.tracked.subject = f.letter.metadata.subject;
        f.tracked.ministry = f.letter.metadata.ministry;
        f.tracked.signatories = f.letter.metadata.signatories;
        for (const Reference &r : std::as_const(f.analysis.references)) {
            const qint64 id = ReferenceResolver::resolve(r, f.tracked, m_letters);
            f.resolved << id;
            if (id != 0 && !f.context.referencedLetters.contains(id))
                f.context.referencedLetters << id;
        }
        f.context.letterId = f.tracked.id;
        f.context.letter = &f.letter;
        f.context.analysis = &f.analysis;
        for (qsizetype i = 0; i < f.analysis.commitments.size(); ++i)
            f.context.commitmentIds << u"L"_s + QString::number(f.tracked.id) + u"-c"_s + QString::number(i);
        return true;
    }

    // The tracked commitments whose sentence holds one of the anchors.
    QStringList targets(const QJsonArray &anchors)
    {
        QStringList ids;
        for (const QJsonValue &a : anchors) {
            const QString anchor = a.toString();
            bool found = false;
            for (const LinkCandidate &c : std::as_const(m_candidates)) {
                if (c.commitment.text.contains(anchor)) {
                    ids << c.commitment.id;
                    found = true;
                }
            }
            if (!found)
                qWarning().noquote() << "no commitment of the example letter stands in a sentence with" << anchor;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile file(followupPath(u"expectations.json"_s));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        m_expectations = QJsonDocument::fromJson(file.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        const QJsonObject tracked = m_expectations.value(u"tracked"_s).toObject();
        const auto example = importLetter(followupPath(tracked.value(u"file"_s).toString()));
        if (!example)
            QFAIL(qPrintable(example.error().message));
        m_example = *example;
        m_exampleAnalysis = m_analyzer.analyze(m_example);
        QVERIFY(!m_exampleAnalysis.commitments.isEmpty());

        TrackedLetter letter = trackedLetter(tracked);
        letter.signatories = m_example.metadata.signatories;
        QCOMPARE(m_exampleAnalysis.letterDate.date, letter.date);
        m_letters << letter;
        for (const QJsonValue &v : m_expectations.value(u"otherLetters"_s).toArray())
            m_letters << trackedLetter(v.toObject());

        // Each commitment as the store would track it.
        for (qsizetype i = 0; i < m_exampleAnalysis.commitments.size(); ++i) {
            const Commitment &c = m_exampleAnalysis.commitments.at(i);
            LinkCandidate lc;
            lc.letter = letter;
            TrackedCommitment &t = lc.commitment;
            t.id = u"c"_s + QString::number(i);
            t.letterId = letter.id;
            t.sentence = c.sentence;
            t.sentenceRange = m_example.sentences.value(c.sentence).range;
            t.span = c.phrase;
            t.text = sentenceOf(m_example, c);
            t.phrase = m_example.slice(c.phrase).toString();
            t.kind = c.kind;
            t.actor = c.actor;
            t.condition = c.condition;
            if (c.deadline)
                t.deadline = Deadline::fromTime(*c.deadline);
            t.status = Status::Open;
            t.confidence = c.confidence;
            m_candidates << lc;
        }
    }

    // Commitments of letters on other topics, tracked beside the example
    // letter, attract no suggestion from any follow-up.
    void otherTopicsAttractNothing()
    {
        QList<LinkCandidate> candidates = m_candidates;
        QSet<QString> others;
        qint64 id = 100;
        for (const QJsonValue &v : m_expectations.value(u"otherTopics"_s).toArray()) {
            const auto letter = importLetter(followupPath(v.toString()));
            if (!letter)
                QFAIL(qPrintable(letter.error().message));
            const Analysis analysis = m_analyzer.analyze(*letter);
            ++id;
            for (qsizetype i = 0; i < analysis.commitments.size(); ++i) {
                LinkCandidate lc;
                lc.letter.id = id;
                lc.letter.date = analysis.letterDate.date;
                lc.letter.subject = letter->metadata.subject;
                lc.letter.ministry = letter->metadata.ministry;
                lc.letter.signatories = letter->metadata.signatories;
                lc.commitment.id = u"other-"_s + QString::number(id) + u"-"_s + QString::number(i);
                lc.commitment.letterId = id;
                lc.commitment.text = sentenceOf(*letter, analysis.commitments.at(i));
                lc.commitment.phrase = letter->slice(analysis.commitments.at(i).phrase).toString();
                lc.commitment.actor = analysis.commitments.at(i).actor;
                if (analysis.commitments.at(i).deadline)
                    lc.commitment.deadline = Deadline::fromTime(*analysis.commitments.at(i).deadline);
                others.insert(lc.commitment.id);
                candidates << lc;
            }
        }
        QVERIFY(others.size() > 10);
        for (const QJsonValue &v : m_expectations.value(u"followups"_s).toArray()) {
            FollowUp f;
            QVERIFY(load(v.toObject(), f));
            const QList<LinkSuggestion> list = LinkSuggester::suggest(f.context, candidates);
            for (const LinkSuggestion &s : list)
                QVERIFY2(!others.contains(s.toCommitment), qPrintable(f.letter.fileName + u":\n"_s + describe(list)));
        }
    }

    void followUp_data()
    {
        QTest::addColumn<QJsonObject>("expectation");
        for (const QJsonValue &v : m_expectations.value(u"followups"_s).toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(u"file"_s).toString())) << o;
        }
    }

    void followUp()
    {
        QFETCH(QJsonObject, expectation);
        FollowUp f;
        QVERIFY(load(expectation, f));

        // References: the ones named resolve to the tracked letter.
        for (const QJsonValue &v : expectation.value(u"references"_s).toArray()) {
            const QJsonObject r = v.toObject();
            const QString text = r.value(u"text"_s).toString();
            const auto it = std::find_if(f.analysis.references.cbegin(), f.analysis.references.cend(), [&](const Reference &ref) {
                return ref.text.simplified() == text;
            });
            QVERIFY2(it != f.analysis.references.cend(), qPrintable(u"no reference "_s + text));
            QCOMPARE(f.resolved.at(it - f.analysis.references.cbegin()), r.value(u"target"_s).toInteger());
        }

        const QList<LinkSuggestion> list = LinkSuggester::suggest(f.context, m_candidates);
        qInfo().noquote() << describe(list);

        // Every suggestion is ordered, in range, and says why.
        for (qsizetype i = 0; i < list.size(); ++i) {
            const LinkSuggestion &s = list.at(i);
            QVERIFY(s.score >= 0.35 && s.score <= 1.0);
            QVERIFY(i == 0 || list.at(i - 1).score >= s.score);
            QCOMPARE(s.fromLetter, f.tracked.id);
            QVERIFY(std::any_of(s.evidence.cbegin(), s.evidence.cend(), [](const QString &e) {
                return e.startsWith(u"shared terms: ") && e.size() > 15;
            }));
        }

        const QJsonArray links = expectation.value(u"links"_s).toArray();
        if (links.isEmpty())
            QVERIFY2(list.isEmpty(), qPrintable(describe(list)));

        for (const QJsonValue &v : links) {
            const QJsonObject link = v.toObject();
            const std::optional<LinkType> type = linkType(link.value(u"type"_s).toString());
            QVERIFY(type.has_value());
            const QStringList wanted = targets(link.value(u"to"_s).toArray());
            QVERIFY(!wanted.isEmpty());

            // The new commitment the link starts from; none for a letter that fulfils.
            QString from;
            if (!link.value(u"from"_s).isNull()) {
                const QString anchor = link.value(u"from"_s).toString();
                for (qsizetype i = 0; i < f.analysis.commitments.size() && from.isEmpty(); ++i) {
                    if (sentenceOf(f.letter, f.analysis.commitments.at(i)).contains(anchor))
                        from = f.context.commitmentIds.at(i);
                }
                QVERIFY2(!from.isEmpty(), qPrintable(u"no commitment in a sentence with "_s + anchor));
            }
            const auto first = std::find_if(list.cbegin(), list.cend(), [&](const LinkSuggestion &s) {
                return s.fromCommitment == from && (!from.isEmpty() || s.type == LinkType::Fulfils);
            });
            // On failure, show everything the suggester weighed, threshold or not.
            const QString what =
                (from.isEmpty() ? u"the letter"_s : from) + u"; all scores:\n"_s + describe(LinkSuggester::suggest(f.context, m_candidates, 5, 0.0));
            QVERIFY2(first != list.cend(), qPrintable(u"no suggestion for "_s + what));
            QVERIFY2(first->type == *type, qPrintable(u"wrong type first for "_s + what));
            QVERIFY2(wanted.contains(first->toCommitment), qPrintable(u"wrong target first for "_s + what));
            for (const QJsonValue &e : link.value(u"evidence"_s).toArray()) {
                const QString prefix = e.toString();
                QVERIFY2(std::any_of(first->evidence.cbegin(),
                             first->evidence.cend(),
                             [&](const QString &line) {
                                 return line.startsWith(prefix);
                             }),
                    qPrintable(u"no evidence '"_s + prefix + u"' for "_s + what));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLinkFollowups)
#include "tst_linkfollowups.moc"
