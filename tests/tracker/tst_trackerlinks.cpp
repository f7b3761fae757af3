// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Links between commitments, and the suggestions a new letter brings:
// confirming, rejecting and reopening them.

#include "trackertestsupport.h"

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Promissa;
using namespace TrackerTest;

namespace
{

QStringList fields(const QList<HistoryEntry> &history)
{
    QStringList out;
    for (const HistoryEntry &h : history)
        out << h.field;
    return out;
}

} // namespace

class TestTrackerLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void links();
    void suggestionsFromAFollowUpLetter();
    void reopeningASuggestion();

private:
    /// Imports the follow-up letter and returns its fulfils suggestion for
    /// the commitment about the financial details.
    std::optional<LinkSuggestion> importFollowUp(qint64 *letterId);

    std::unique_ptr<FreshLocation> m_fresh;
    std::unique_ptr<Tracker> m_tracker;
    qint64 m_letter = 0;
};

void TestTrackerLinks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(exampleAnalysis().commitments.size(), 20);
}

void TestTrackerLinks::init()
{
    m_fresh = std::make_unique<FreshLocation>();
    QVERIFY2(m_fresh->isValid(), qPrintable(m_fresh->error()));
    TrackerOptions options;
    options.author = u"anna"_s;
    QString error;
    m_tracker = openTracker(m_fresh->location(), options, &error);
    QVERIFY2(m_tracker, qPrintable(error));
    auto imported = m_tracker->importLetter(exampleLetter(), exampleAnalysis());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    m_letter = imported->letterId;
}

void TestTrackerLinks::cleanup()
{
    m_tracker.reset();
    m_fresh.reset();
}

std::optional<LinkSuggestion> TestTrackerLinks::importFollowUp(qint64 *letterId)
{
    auto imported = m_tracker->importLetter(followUpLetter(), followUpAnalysis());
    if (!imported)
        return std::nullopt;
    *letterId = imported->letterId;
    auto pending = m_tracker->suggestions();
    if (!pending)
        return std::nullopt;
    for (const LinkSuggestion &s : std::as_const(*pending)) {
        if (s.type == LinkType::Fulfils && m_tracker->commitment(s.toCommitment)->text.contains(u"financiële invulling"_s))
            return s;
    }
    return std::nullopt;
}

void TestTrackerLinks::links()
{
    CommitmentLink link;
    link.type = LinkType::Repeats;
    link.fromCommitment = u"PR-2025-0015"_s;
    link.toCommitment = u"PR-2025-0001"_s;
    auto made = m_tracker->addLink(link, u"dezelfde belofte"_s);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QVERIFY(made->id > 0);
    const QString from = m_tracker->commitment(u"PR-2025-0015"_s)->id;
    const QString to = m_tracker->commitment(u"PR-2025-0001"_s)->id;
    QCOMPARE(made->fromCommitment, from);
    QCOMPARE(made->toCommitment, to);
    QCOMPARE(made->author, u"anna"_s);

    auto again = m_tracker->addLink(link);
    QVERIFY(again);
    QCOMPARE(again->id, made->id); // the same link twice is one link
    for (const QString &side : {u"PR-2025-0015"_s, u"PR-2025-0001"_s}) {
        auto listed = m_tracker->links(side);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, made->id);
        QCOMPARE(fields(*m_tracker->history(side)).count(u"link"_s), 1);
    }

    link.toCommitment = link.fromCommitment;
    QVERIFY(!m_tracker->addLink(link));
    link.toCommitment = u"PR-2025-9999"_s;
    QCOMPARE(m_tracker->addLink(link).error().kind, Error::Kind::NotFound);

    QVERIFY(m_tracker->removeLink(made->id, u"toch niet"_s));
    QVERIFY(m_tracker->links(u"PR-2025-0001"_s)->isEmpty());
    auto history = m_tracker->history(u"PR-2025-0001"_s);
    QCOMPARE(history->last().field, u"link"_s);
    QCOMPARE(history->last().reason, u"toch niet"_s);
    QCOMPARE(m_tracker->removeLink(made->id).error().kind, Error::Kind::NotFound);
}

void TestTrackerLinks::suggestionsFromAFollowUpLetter()
{
    auto imported = m_tracker->importLetter(followUpLetter(), followUpAnalysis());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    const qint64 followUp = imported->letterId;

    // "de Kamerbrief van 4 maart 2025" is the example letter, already here.
    auto refs = m_tracker->references(followUp);
    QVERIFY(refs);
    QVERIFY(std::any_of(refs->cbegin(), refs->cend(), [&](const ResolvedReference &r) {
        return r.targetLetter == m_letter;
    }));

    auto pending = m_tracker->suggestions();
    QVERIFY(pending);
    QVERIFY2(imported->suggestionsAdded > 0, "the follow-up letter should get suggestions");
    QCOMPARE(pending->size(), imported->suggestionsAdded);
    for (qsizetype i = 0; i < pending->size(); ++i) {
        const LinkSuggestion &s = pending->at(i);
        QCOMPARE(s.fromLetter, followUp);
        QVERIFY(!s.evidence.isEmpty());
        QCOMPARE(m_tracker->commitment(s.toCommitment)->letterId, m_letter);
        if (i > 0)
            QVERIFY(pending->at(i - 1).score >= s.score);
    }

    // The letter fulfils the commitment about the financial details.
    const auto fulfils = std::find_if(pending->cbegin(), pending->cend(), [&](const LinkSuggestion &s) {
        return s.type == LinkType::Fulfils && m_tracker->commitment(s.toCommitment)->text.contains(u"financiële invulling"_s);
    });
    QVERIFY2(fulfils != pending->cend(), "a fulfils suggestion for the Voorjaarsnota commitment");
    const LinkSuggestion suggestion = *fulfils;
    auto target = m_tracker->commitment(suggestion.toCommitment);
    auto proposed = m_tracker->confirmSuggestion(suggestion.id);
    QVERIFY2(proposed, qPrintable(proposed ? QString() : proposed.error().message));
    QCOMPARE(*proposed, std::optional<Status>(Status::Done));
    auto after = m_tracker->commitment(suggestion.toCommitment);
    QCOMPARE(after->fulfilledByLetter, followUp);
    QCOMPARE(after->status, Status::Open); // proposed, not set: a person decides
    QCOMPARE(after->revision, target->revision + 1);
    auto links = m_tracker->links(after->id);
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->first().type, LinkType::Fulfils);
    QCOMPARE(links->first().fromLetter, followUp);
    QCOMPARE(fields(*m_tracker->history(after->id)).last(), u"link"_s);

    auto twice = m_tracker->confirmSuggestion(suggestion.id);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, Error::Kind::Conflict);
    QVERIFY(twice.error().message.contains(u"anna"_s));

    auto left = m_tracker->suggestions();
    QCOMPARE(left->size(), pending->size() - 1);
    if (!left->isEmpty()) {
        QVERIFY(m_tracker->rejectSuggestion(left->first().id));
        QCOMPARE(m_tracker->suggestions()->size(), left->size() - 1);
    }
    QCOMPARE(m_tracker->rejectSuggestion(987654).error().kind, Error::Kind::NotFound);
}

void TestTrackerLinks::reopeningASuggestion()
{
    qint64 followUp = 0;
    const auto fulfils = importFollowUp(&followUp);
    QVERIFY2(fulfils, "a fulfils suggestion for the Voorjaarsnota commitment");
    const int pending = int(m_tracker->suggestions()->size());
    auto before = m_tracker->commitment(fulfils->toCommitment);
    QVERIFY(m_tracker->confirmSuggestion(fulfils->id));
    QCOMPARE(m_tracker->commitment(fulfils->toCommitment)->fulfilledByLetter, followUp);

    // Undo of the confirmation: link gone, kamerbriefNakoming cleared, pending again.
    QVERIFY(m_tracker->reopenSuggestion(fulfils->id));
    auto after = m_tracker->commitment(fulfils->toCommitment);
    QCOMPARE(after->fulfilledByLetter, 0);
    QVERIFY(m_tracker->links(after->id)->isEmpty());
    QCOMPARE(int(m_tracker->suggestions()->size()), pending);
    QCOMPARE(fields(*m_tracker->history(after->id)).count(u"link"_s), 2); // made and removed
    QVERIFY(after->revision > before->revision);

    // Undo of a rejection; reopening what is pending changes nothing.
    QVERIFY(m_tracker->rejectSuggestion(fulfils->id));
    QCOMPARE(int(m_tracker->suggestions()->size()), pending - 1);
    QVERIFY(m_tracker->reopenSuggestion(fulfils->id));
    QVERIFY(m_tracker->reopenSuggestion(fulfils->id));
    QCOMPARE(int(m_tracker->suggestions()->size()), pending);
    QCOMPARE(m_tracker->reopenSuggestion(424242).error().kind, Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestTrackerLinks)
#include "tst_trackerlinks.moc"
