// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Changing what the tracker holds: edits with their history, conflicts
// between two users and two processes, removal, notes, and re-analysis that
// keeps people's work.

#include "trackertestsupport.h"

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
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

class TestTrackerEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void updateWritesHistory();
    void editingTheSpanMovesThePhrase();
    void rejectedStayOutOfListings();
    void staleRevisionIsAConflict();
    void twoProcessesUpdateOneCommitment();
    void historyIsAppendOnly();
    void notes();
    void removingACommitment();
    void reanalysisKeepsPeoplesWork();
    void reanalysisWithTheSameResultChangesNothing();

private:
    std::unique_ptr<Tracker> open(const QString &author);

    std::unique_ptr<FreshLocation> m_fresh;
    std::unique_ptr<Tracker> m_tracker;
    qint64 m_letter = 0;
};

void TestTrackerEdits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(exampleAnalysis().commitments.size(), 20);
    QVERIFY(QFile::exists(helperPath()));
}

std::unique_ptr<Tracker> TestTrackerEdits::open(const QString &author)
{
    TrackerOptions options;
    options.author = author;
    QString error;
    auto tracker = openTracker(m_fresh->location(), options, &error);
    if (!tracker)
        qWarning("%s", qPrintable(error));
    return tracker;
}

void TestTrackerEdits::init()
{
    m_fresh = std::make_unique<FreshLocation>();
    QVERIFY2(m_fresh->isValid(), qPrintable(m_fresh->error()));
    m_tracker = open(u"anna"_s);
    QVERIFY(m_tracker);
    auto imported = m_tracker->importLetter(exampleLetter(), exampleAnalysis());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    m_letter = imported->letterId;
}

void TestTrackerEdits::cleanup()
{
    m_tracker.reset();
    m_fresh.reset();
}

void TestTrackerEdits::updateWritesHistory()
{
    auto before = m_tracker->commitment(u"PR-2025-0008"_s);
    QVERIFY(before);
    CommitmentEdit edit;
    edit.id = u"PR-2025-0008"_s;
    edit.baseRevision = before->revision;
    edit.status = Status::PartlyDone;
    edit.owner = u"directie Europa"_s;
    edit.tags = QStringList{u"navo"_s, u"defensie"_s};
    edit.deadline = Deadline{u"uiterlijk 24 juni 2025"_s, QDate(2025, 6, 24), Precision::Day, u"NAVO-top 2025"_s};
    edit.reason = u"besproken in het overleg"_s;
    auto after = m_tracker->updateCommitment(edit);
    QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
    QCOMPARE(after->revision, before->revision + 1);
    QCOMPARE(after->status, Status::PartlyDone);
    QCOMPARE(after->owner, u"directie Europa"_s);
    QCOMPARE(after->tags, (QStringList{u"navo"_s, u"defensie"_s}));
    QCOMPARE(after->deadline.date, QDate(2025, 6, 24));
    QCOMPARE(after->deadline.event, u"NAVO-top 2025"_s);
    QVERIFY(after->touched);
    QCOMPARE(after->changedBy, u"anna"_s);
    QCOMPARE(m_tracker->commitment(u"PR-2025-0008"_s)->status, Status::PartlyDone); // stored, not just returned

    auto history = m_tracker->history(u"PR-2025-0008"_s);
    QVERIFY(history);
    QCOMPARE(fields(*history), (QStringList{u"created"_s, u"status"_s, u"deadline"_s, u"owner"_s, u"tags"_s}));
    const HistoryEntry &status = history->at(1);
    QCOMPARE(status.oldValue, u"open"_s);
    QCOMPARE(status.newValue, u"partly-done"_s);
    QCOMPARE(status.author, u"anna"_s);
    QCOMPARE(status.reason, u"besproken in het overleg"_s);
    QCOMPARE(status.at.timeSpec(), Qt::UTC);
    QVERIFY(history->at(2).newValue.contains(u"2025-06-24"_s));
    QCOMPARE(history->at(4).newValue, u"navo, defensie"_s);

    // Setting what is already there changes nothing and records nothing.
    edit.baseRevision = after->revision;
    auto same = m_tracker->updateCommitment(edit);
    QVERIFY(same);
    QCOMPARE(same->revision, after->revision);
    QCOMPARE(m_tracker->history(u"PR-2025-0008"_s)->size(), history->size());

    edit.id = u"PR-2031-0001"_s;
    QCOMPARE(m_tracker->updateCommitment(edit).error().kind, Error::Kind::NotFound);
}

void TestTrackerEdits::editingTheSpanMovesThePhrase()
{
    auto c = m_tracker->commitment(u"PR-2025-0002"_s);
    QVERIFY(c);
    const Letter &letter = exampleLetter();
    const TextRange wider{c->sentenceRange.start, c->span.end};
    QVERIFY(wider != c->span);
    CommitmentEdit edit;
    edit.id = c->id;
    edit.baseRevision = c->revision;
    edit.span = wider;
    auto after = m_tracker->updateCommitment(edit);
    QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
    QCOMPARE(after->span, wider);
    QCOMPARE(after->phrase, letter.slice(wider).toString());
    QCOMPARE(after->sentence, c->sentence);
    QCOMPARE(fields(*m_tracker->history(c->id)).last(), u"span"_s);

    edit.baseRevision = after->revision;
    edit.span = TextRange{letter.text.size() - 1, letter.text.size() + 10};
    auto outside = m_tracker->updateCommitment(edit);
    QVERIFY(!outside);
    QVERIFY(outside.error().message.contains(u"PR-2025-0002"_s));
}

void TestTrackerEdits::rejectedStayOutOfListings()
{
    auto c = m_tracker->commitment(u"PR-2025-0010"_s);
    QVERIFY(c);
    CommitmentEdit edit;
    edit.id = c->id;
    edit.baseRevision = c->revision;
    edit.rejected = true;
    edit.reason = u"geen toezegging"_s;
    QVERIFY(m_tracker->updateCommitment(edit));
    auto listed = m_tracker->commitments();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 19);
    QVERIFY(std::none_of(listed->cbegin(), listed->cend(), [&](const TrackedCommitment &x) {
        return x.id == c->id;
    }));
    auto all = m_tracker->commitments(filterFor(0, true));
    QCOMPARE(all->size(), 20);
    auto still = m_tracker->commitment(c->id);
    QVERIFY(still->rejected);
    QVERIFY(!still->isOverdue(QDate(2100, 1, 1)));
}

void TestTrackerEdits::staleRevisionIsAConflict()
{
    auto bert = open(u"bert"_s);
    QVERIFY(bert);
    auto readByAnna = m_tracker->commitment(u"PR-2025-0006"_s);
    auto readByBert = bert->commitment(u"PR-2025-0006"_s);
    QVERIFY(readByAnna && readByBert);
    QCOMPARE(readByAnna->revision, readByBert->revision);

    CommitmentEdit annas;
    annas.id = readByAnna->id;
    annas.baseRevision = readByAnna->revision;
    annas.status = Status::Done;
    annas.reason = u"afgerond"_s;
    QVERIFY(m_tracker->updateCommitment(annas));

    CommitmentEdit berts;
    berts.id = readByBert->id;
    berts.baseRevision = readByBert->revision;
    berts.owner = u"bert"_s;
    berts.status = Status::Lapsed;
    auto conflict = bert->updateCommitment(berts);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
    const QString message = conflict.error().message;
    for (const QString &part : {u"PR-2025-0006"_s, u"anna"_s, u"status"_s, u"open"_s, u"done"_s, u"not saved"_s})
        QVERIFY2(message.contains(part), qPrintable(message));

    // Nothing of Bert's was written; Anna's change stands.
    auto now = bert->commitment(u"PR-2025-0006"_s);
    QCOMPARE(now->status, Status::Done);
    QCOMPARE(now->owner, QString());
    QCOMPARE(now->changedBy, u"anna"_s);
    QCOMPARE(fields(*bert->history(u"PR-2025-0006"_s)), (QStringList{u"created"_s, u"status"_s}));

    // Read again, Bert's change goes through.
    berts.baseRevision = now->revision;
    berts.status.reset();
    auto retried = bert->updateCommitment(berts);
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
    QCOMPARE(retried->owner, u"bert"_s);
    QCOMPARE(retried->status, Status::Done);
}

void TestTrackerEdits::twoProcessesUpdateOneCommitment()
{
    auto c = m_tracker->commitment(u"PR-2025-0012"_s);
    QVERIFY(c);
    QTemporaryDir folder;
    const QString go = folder.filePath(u"go"_s);
    const QList<std::pair<QString, QString>> people{{u"anna"_s, u"done"_s}, {u"bert"_s, u"lapsed"_s}};
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const auto &[author, status] : people) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(helperPath(), {u"update"_s, m_fresh->location(), author, c->number, QString::number(c->revision), status, go});
        QVERIFY2(p->waitForStarted(), qPrintable(p->errorString()));
        processes.push_back(std::move(p));
    }
    // Both have opened the tracker before either writes.
    for (auto &p : processes) {
        QVERIFY(p->waitForReadyRead(30000));
        QCOMPARE(p->readLine().trimmed(), QByteArray("ready"));
    }
    QFile goFile(go);
    QVERIFY(goFile.open(QIODevice::WriteOnly));
    goFile.close();

    int winner = -1, loser = -1;
    QString loserMessage;
    for (int i = 0; i < 2; ++i) {
        QProcess &p = *processes.at(std::size_t(i));
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAll());
        if (p.exitCode() == 0) {
            winner = i;
        } else {
            QCOMPARE(p.exitCode(), 3); // a conflict, nothing else
            loser = i;
            loserMessage = out;
        }
    }
    QVERIFY2(winner >= 0 && loser >= 0, "exactly one process must win");
    const QString winnerName = people.at(winner).first;
    const QString loserName = people.at(loser).first;
    QVERIFY2(loserMessage.contains(winnerName) && loserMessage.contains(c->number), qPrintable(loserMessage));

    auto after = m_tracker->commitment(c->number);
    QCOMPARE(statusName(after->status), people.at(winner).second);
    QCOMPARE(after->changedBy, winnerName);
    QCOMPARE(after->revision, c->revision + 1);

    // The loser reads again and tries once more: both changes end in the history.
    QProcess retry;
    retry.setProcessChannelMode(QProcess::MergedChannels);
    retry.start(helperPath(), {u"update"_s, m_fresh->location(), loserName, c->number, QString::number(after->revision), people.at(loser).second, go});
    QVERIFY(retry.waitForFinished(60000));
    QVERIFY2(retry.exitCode() == 0, retry.readAll().constData());
    auto history = m_tracker->history(c->number);
    QVERIFY(history);
    QStringList statusChanges;
    for (const HistoryEntry &h : std::as_const(*history)) {
        if (h.field == u"status")
            statusChanges << h.author + u':' + h.oldValue + u'>' + h.newValue;
    }
    QCOMPARE(statusChanges,
             (QStringList{winnerName + u":open>"_s + people.at(winner).second,
                          loserName + u':' + people.at(winner).second + u'>' + people.at(loser).second}));
}

void TestTrackerEdits::historyIsAppendOnly()
{
    auto c = m_tracker->commitment(u"PR-2025-0001"_s);
    QVERIFY(c);
    RawConnection raw(m_fresh->location());
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    QVERIFY(!raw.exec(u"UPDATE history SET author = 'mallory'"_s));
    QVERIFY2(raw.error().contains(u"append-only"_s), qPrintable(raw.error()));
    QVERIFY(!raw.exec(u"DELETE FROM history"_s));
    QCOMPARE(m_tracker->history(c->id)->first().author, u"anna"_s);
}

void TestTrackerEdits::notes()
{
    auto c = m_tracker->commitment(u"PR-2025-0016"_s);
    QVERIFY(c);
    auto onText = m_tracker->addNote(m_letter, TextRange{0, 20}, u"opening van de brief"_s);
    QVERIFY2(onText, qPrintable(onText ? QString() : onText.error().message));
    auto onCommitment = m_tracker->addNote(m_letter, c->span, u"navragen bij de directie"_s, c->number);
    QVERIFY2(onCommitment, qPrintable(onCommitment ? QString() : onCommitment.error().message));
    QCOMPARE(onCommitment->commitmentId, c->id);

    auto listed = m_tracker->notes(m_letter);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).text, u"opening van de brief"_s); // by position in the text
    QCOMPARE(listed->at(1).range, c->span);
    QCOMPARE(listed->at(1).author, u"anna"_s);
    QVERIFY(listed->at(1).at.isValid());
    QCOMPARE(listed->at(1).id, onCommitment->id);

    QVERIFY(!m_tracker->addNote(m_letter, TextRange{10, exampleLetter().text.size() + 1}, u"te lang"_s));
    QVERIFY(!m_tracker->addNote(m_letter, TextRange{0, 5}, u"   "_s));
    QCOMPARE(m_tracker->addNote(4711, TextRange{0, 5}, u"x"_s).error().kind, Error::Kind::NotFound);

    QVERIFY(m_tracker->removeNote(onText->id));
    QCOMPARE(m_tracker->removeNote(onText->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_tracker->notes(m_letter)->size(), 1);
}

void TestTrackerEdits::removingACommitment()
{
    NewCommitment manual;
    manual.letterId = m_letter;
    manual.span = exampleLetter().sentences.at(0).range;
    auto byHand = m_tracker->addCommitment(manual);
    QVERIFY(byHand);
    QVERIFY(m_tracker->addNote(m_letter, byHand->span, u"eigen markering"_s, byHand->id));

    // Stale: nothing removed.
    auto stale = m_tracker->removeCommitment(byHand->id, byHand->revision + 1);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY(m_tracker->commitment(byHand->id));

    // A manual one goes; its note stays on the text, its history says so.
    QVERIFY(m_tracker->removeCommitment(byHand->id, byHand->revision, u"verkeerd gemarkeerd"_s));
    QCOMPARE(m_tracker->commitment(byHand->id).error().kind, Error::Kind::NotFound);
    auto notes = m_tracker->notes(m_letter);
    QCOMPARE(notes->size(), 1);
    QVERIFY(notes->first().commitmentId.isEmpty());
    auto history = m_tracker->history(byHand->id);
    QVERIFY(history);
    QCOMPARE(history->last().field, u"removed"_s);
    QCOMPARE(history->last().reason, u"verkeerd gemarkeerd"_s);

    // A detected one is only ever rejected.
    auto detected = m_tracker->commitment(u"PR-2025-0004"_s);
    QVERIFY(m_tracker->removeCommitment(detected->id, detected->revision));
    auto kept = m_tracker->commitment(detected->id);
    QVERIFY(kept);
    QVERIFY(kept->rejected);
    QCOMPARE(kept->revision, detected->revision + 1);
}

void TestTrackerEdits::reanalysisKeepsPeoplesWork()
{
    const Letter &letter = exampleLetter();
    const Analysis &analysis = exampleAnalysis();
    const auto number = [](int i) {
        return u"PR-2025-%1"_s.arg(i + 1, 4, 10, QChar(u'0'));
    };
    // Work on four detections the better detector no longer finds.
    auto touched = m_tracker->commitment(number(0));
    CommitmentEdit own;
    own.id = touched->id;
    own.baseRevision = touched->revision;
    own.owner = u"team oekraine"_s;
    QVERIFY(m_tracker->updateCommitment(own));
    auto rejected = m_tracker->commitment(number(1));
    CommitmentEdit reject;
    reject.id = rejected->id;
    reject.baseRevision = rejected->revision;
    reject.rejected = true;
    QVERIFY(m_tracker->updateCommitment(reject));
    auto annotated = m_tracker->commitment(number(2));
    QVERIFY(m_tracker->addNote(m_letter, annotated->span, u"zie ook de brief van 17 februari"_s, annotated->id));
    auto vanishing = m_tracker->commitment(number(5));
    NewCommitment manual;
    manual.letterId = m_letter;
    manual.span = letter.sentences.at(0).range;
    auto byHand = m_tracker->addCommitment(manual);
    QVERIFY(byHand);

    // The better detector: four gone, one with moved edges, one new.
    Analysis better = analysis;
    Commitment moved = better.commitments.at(6);
    moved.phrase.start += 1;
    better.commitments[6] = moved;
    QSet<int> used;
    for (const Commitment &c : analysis.commitments)
        used.insert(c.sentence);
    int spare = -1;
    for (int s = 1; s < letter.sentences.size() && spare < 0; ++s) {
        if (!used.contains(s) && letter.sentences.at(s).range.length() > 30)
            spare = s;
    }
    QVERIFY(spare > 0);
    Commitment fresh;
    fresh.sentence = spare;
    fresh.phrase = {letter.sentences.at(spare).range.start, letter.sentences.at(spare).range.start + 25};
    fresh.kind = CommitmentKind::Intent;
    fresh.actor = u"het kabinet"_s;
    fresh.confidence = 0.5;
    better.commitments.append(fresh);
    for (int i : {5, 2, 1, 0})
        better.commitments.removeAt(i);

    auto result = m_tracker->reanalyze(m_letter, better);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->removed, 1);
    QCOMPARE(result->added, 1);
    QCOMPARE(result->kept, 20);

    QCOMPARE(m_tracker->commitment(touched->id)->owner, u"team oekraine"_s);
    QVERIFY(m_tracker->commitment(rejected->id)->rejected);
    QVERIFY(m_tracker->commitment(annotated->id));
    QCOMPARE(m_tracker->notes(m_letter)->size(), 1);
    QCOMPARE(m_tracker->notes(m_letter)->first().commitmentId, annotated->id);
    QCOMPARE(m_tracker->commitment(byHand->id)->origin, Origin::Manual);
    QCOMPARE(m_tracker->commitment(vanishing->id).error().kind, Error::Kind::NotFound);
    auto gone = m_tracker->history(vanishing->id);
    QVERIFY2(gone, qPrintable(gone ? QString() : gone.error().message));
    QCOMPARE(gone->last().field, u"removed"_s);

    auto shifted = m_tracker->commitment(number(6));
    QCOMPARE(shifted->span, moved.phrase);
    QCOMPARE(shifted->phrase, letter.slice(moved.phrase).toString());
    QCOMPARE(fields(*m_tracker->history(number(6))).last(), u"span"_s);
    QVERIFY(!shifted->touched);

    auto added = m_tracker->commitment(u"PR-2025-0022"_s);
    QVERIFY(added);
    QCOMPARE(added->span, fresh.phrase);
    QCOMPARE(added->origin, Origin::Detected);
    QCOMPARE(m_tracker->commitments(filterFor(m_letter, true))->size(), 21);
}

void TestTrackerEdits::reanalysisWithTheSameResultChangesNothing()
{
    auto before = m_tracker->commitments();
    auto result = m_tracker->reanalyze(m_letter, exampleAnalysis());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->added, 0);
    QCOMPARE(result->removed, 0);
    QCOMPARE(result->kept, 20);
    auto after = m_tracker->commitments();
    QCOMPARE(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i) {
        QCOMPARE(after->at(i).id, before->at(i).id);
        QCOMPARE(after->at(i).revision, before->at(i).revision);
    }
    QCOMPARE(m_tracker->reanalyze(4711, exampleAnalysis()).error().kind, Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestTrackerEdits)
#include "tst_trackeredits.moc"
