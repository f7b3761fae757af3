// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// Merging two trackers (Tracker::merge). Feeding random bytes to SQLite as
// "the other tracker" would mostly test SQLite's file parser, so the main
// mode reads the input as a small program that two users, anna (A) and bert
// (B), run on their own trackers: import letters, copy A's file to B (both
// then share letters and UUIDs, the case the merge handles field by field),
// edit, note, link, decide suggestions, re-analyse, import register records
// and merge in between. At the end B is merged into A and what a merge
// promises is checked (the second half of this file). The second mode hands the merge a
// B made of raw input bytes (a hostile or damaged file): it must be refused
// with an error naming the file and A left as it was, or be merged soundly.
//
// Input: byte 0 picks the mode (bit 0: a raw B file from byte 1 on), A's
// start state (bits 1-2) and B's (bits 3-4; bit 5: the same file as A's,
// with the same UUIDs). The start states are trackers made once per process
// (empty; two follow-up letters by anna; two by bert, one shared with anna's;
// the long example letter with a follow-up and some work), because making
// them for every input would take far longer than the merge. A program is
// up to MaxOps operations; each is an opcode byte (bit 7: run on B instead
// of A; the rest modulo OpCount, see Op) followed by its argument bytes. An
// input that runs out reads zeros, so every prefix is a program.

#include "analysis/analyzer.h"
#include "fuzzchecks.h"
#include "import/importer.h"
#include "import/letterparser.h"
#include "import/xml/toezeggingreader.h"
#include "tracker/tracker.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Promissa;
using namespace Promissa::FuzzChecks;

namespace
{

enum Op : quint8 {
    ImportLetter, // letter: one of the short fixture letters
    ImportText, // length, bytes: a letter of input text
    CopyToOther, // this side's file replaces the other side's
    MergeOther, // the other side merged into this one
    SetStatus, // commitment, value
    SetOwner, // commitment, value
    SetTags, // commitment, bit mask
    SetDeadline, // commitment, value (0: none)
    SetRejected, // commitment, value
    SetSpan, // commitment, start, length (in its sentence)
    SetKind, // commitment, value (kind and actor)
    AddNote, // letter, start, length, target (odd: about commitment target / 2)
    RemoveNote, // letter, note
    AddLink, // type, from (commitment; a letter for fulfils), to commitment
    RemoveLink, // commitment, link
    DecideSuggestion, // suggestion, action (confirm, reject, reopen an earlier one)
    Reanalyse, // letter, mask of detections to leave out (the first eight)
    AddManual, // letter, start, length, kind
    RemoveManual, // manual commitment
    ImportRegister, // count, then id, status, deadline per record
    OpCount,
};
constexpr int MaxOps = 48;

/// The input, read from the front; zeros once it is used up.
class Bytes
{
public:
    Bytes(const std::uint8_t *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    bool atEnd() const { return m_at >= m_size; }
    quint8 next() { return atEnd() ? 0 : m_data[m_at++]; }
    QByteArray take(std::size_t n)
    {
        n = std::min(n, m_size - std::min(m_at, m_size));
        const QByteArray out(reinterpret_cast<const char *>(m_data + m_at), qsizetype(n));
        m_at += n;
        return out;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

/// The k-th item, counted round; a copy, as lists here are mostly temporaries.
template<typename T>
std::optional<T> pick(const QList<T> &list, quint8 k)
{
    return list.isEmpty() ? std::nullopt : std::optional<T>(list.at(k % list.size()));
}

/// An operation may be refused (a stale revision, a span outside the text),
/// but never without saying why.
template<typename T>
void refusedClearly(const Expected<T> &r, const char *operation)
{
    if (!r && r.error().message.trimmed().isEmpty())
        violated("an operation failed without a message", QString::fromLatin1(operation));
}

/// Built once per process: the letters (analysed once), the folder and the
/// tracker files the two sides start from.
struct World {
    Analyzer analyzer;
    QList<std::pair<Letter, Analysis>> letters;
    QHash<QString, Analysis> analyses; ///< by letter text, for re-analysis
    QTemporaryDir dir{u"/dev/shm/promissa-fuzz-merge-XXXXXX"_s};
    QTemporaryDir fallbackDir;
    QString folder;
    QStringList states; ///< tracker files the two sides start from

    const Analysis &analysisOf(const Letter &letter)
    {
        if (analyses.size() > 256)
            analyses.clear(); // texts from the input would pile up
        auto it = analyses.find(letter.text);
        if (it == analyses.end())
            it = analyses.insert(letter.text, analyzer.analyze(letter));
        return *it;
    }
};
World *world = nullptr;

struct Side {
    QString path;
    QString author;
    std::unique_ptr<Tracker> tracker;
    QList<qint64> decided; ///< suggestions confirmed or rejected here, to reopen
};

void removeTracker(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

void open(Side &side)
{
    TrackerOptions options;
    options.author = side.author;
    options.today = QDate(2025, 6, 1);
    auto t = Tracker::open(side.path, options);
    if (!t)
        violated("a tracker this program made does not open again", t.error().message);
    side.tracker = std::move(*t);
}

qsizetype textLength(Tracker &t, qint64 letterId)
{
    auto letter = t.letter(letterId);
    return letter ? letter->text.size() : 0;
}

void copyTo(Side &from, Side &to)
{
    from.tracker.reset();
    to.tracker.reset();
    removeTracker(to.path);
    if (!QFile::copy(from.path, to.path))
        violated("cannot copy a tracker file", from.path);
    to.decided = from.decided;
    open(from);
    open(to);
}

void edit(Side &side, Bytes &in, Op op)
{
    static const QStringList owners{QString(), u"anna"_s, u"bert"_s, u"team-oekraine"_s, u"Directie Europa"_s};
    static const QStringList tagWords{u"munitie"_s, u"navo"_s, u"begroting"_s, u"prio"_s};
    static const QStringList actors{u"ik"_s, u"het kabinet"_s, u"de minister van Defensie"_s, QString()};
    const quint8 k = in.next();
    const quint8 v = in.next();
    const quint8 w = op == SetSpan ? in.next() : 0;
    const auto list = commitmentsOf(*side.tracker);
    const auto c = pick(list, k);
    if (!c)
        return;
    CommitmentEdit e;
    e.id = c->id;
    e.baseRevision = c->revision;
    e.reason = u"fuzz"_s;
    switch (op) {
    case SetStatus:
        e.status = Status(v % 4);
        break;
    case SetOwner:
        e.owner = owners.at(v % owners.size());
        break;
    case SetTags: {
        QStringList tags;
        for (int i = 0; i < tagWords.size(); ++i) {
            if (v & (1 << i))
                tags << tagWords.at(i);
        }
        e.tags = tags;
        break;
    }
    case SetDeadline: {
        Deadline d;
        if (v != 0) {
            d.date = QDate(2025, 1, 1).addDays(3 * v);
            d.text = u"uiterlijk "_s + d.date.toString(Qt::ISODate);
            d.precision = v & 1 ? Precision::Day : Precision::Month;
        }
        e.deadline = d;
        break;
    }
    case SetRejected:
        e.rejected = (v & 1) != 0;
        break;
    case SetSpan: {
        const TextRange sentence = c->sentenceRange;
        const qsizetype start = sentence.start + (sentence.length() > 0 ? v % sentence.length() : 0);
        e.span = TextRange{start, start + 1 + w};
        break;
    }
    default:
        e.kind = CommitmentKind(v % 5);
        e.actor = actors.at((v / 5) % actors.size());
        break;
    }
    refusedClearly(side.tracker->updateCommitment(e), "updateCommitment");
}

OfficialCommitment registerRecord(quint8 id, quint8 status, quint8 deadline)
{
    static const QStringList statuses{u"Openstaand"_s, u"Voldaan"_s, u"Deels voldaan"_s, u"Vervallen"_s, u"afgedaan"_s, u"in behandeling"_s};
    OfficialCommitment r;
    r.id = u"6f1c2d3e-0000-4000-8000-00000000000%1"_s.arg(id % 4);
    r.nummer = u"TZ202503-04%1"_s.arg(id % 4);
    r.tekst = u"De minister zegt toe de Kamer voor de zomer te informeren over de steun aan Oekraïne (%1)."_s.arg(id % 4);
    r.naam = u"C.C.J. Veldkamp"_s;
    r.functie = u"minister van Buitenlandse Zaken"_s;
    r.ministerie = u"Buitenlandse Zaken"_s;
    r.status = statuses.at(status % statuses.size());
    r.toegezegdAan = u"Lid Van der Molen"_s;
    r.activiteit = u"2025A01234"_s;
    if (deadline != 0)
        r.datumNakoming = QDate(2025, 1, 1).addDays(2 * deadline);
    r.aanmaakdatum = QDate(2025, 3, 4);
    return r;
}

void step(Side &side, Side &other, Bytes &in)
{
    const quint8 code = in.next();
    const Op op = Op((code & 0x7f) % OpCount);
    Tracker &t = *side.tracker;
    switch (op) {
    case ImportLetter: {
        const auto &[letter, analysis] = world->letters.at(in.next() % (world->letters.size() - 1)); // the last is the long one
        refusedClearly(t.importLetter(letter, analysis), "importLetter");
        break;
    }
    case ImportText: {
        const QString text = QString::fromUtf8(in.take(in.next()));
        if (auto letter = LetterParser::parse(text, u"fuzz-letter.txt"_s))
            refusedClearly(t.importLetter(*letter, world->analysisOf(*letter)), "importLetter");
        break;
    }
    case CopyToOther:
        copyTo(side, other);
        break;
    case MergeOther: {
        auto report = side.tracker->merge(other.path); // the other side stays open, as it may
        if (!report)
            violated("merging one tracker this program made into another failed", report.error().message);
        break;
    }
    case AddNote: {
        const quint8 l = in.next(), a = in.next(), b = in.next(), target = in.next();
        const auto letter = pick(lettersOf(t), l);
        if (!letter)
            break;
        const qsizetype start = textLength(t, letter->id) * a / 256;
        QString about;
        if (target & 1) {
            if (const auto c = pick(commitmentsOf(t), target >> 1))
                about = c->id;
        }
        refusedClearly(t.addNote(letter->id, TextRange{start, start + b}, u"notitie %1 van %2"_s.arg(target).arg(side.author), about), "addNote");
        break;
    }
    case RemoveNote: {
        const quint8 l = in.next(), j = in.next();
        if (const auto letter = pick(lettersOf(t), l)) {
            auto notes = t.notes(letter->id);
            if (const auto n = notes ? pick(*notes, j) : std::nullopt)
                refusedClearly(t.removeNote(n->id), "removeNote");
        }
        break;
    }
    case AddLink: {
        const quint8 type = in.next(), from = in.next(), to = in.next();
        const auto list = commitmentsOf(t);
        const auto target = pick(list, to);
        if (!target)
            break;
        CommitmentLink link;
        link.type = LinkType(type % 4);
        link.toCommitment = target->id;
        if (link.type == LinkType::Fulfils) {
            const auto letter = pick(lettersOf(t), from);
            link.fromLetter = letter ? letter->id : 0;
        } else {
            link.fromCommitment = pick(list, from)->id;
        }
        refusedClearly(t.addLink(link, u"fuzz"_s), "addLink");
        break;
    }
    case RemoveLink: {
        const quint8 k = in.next(), j = in.next();
        if (const auto c = pick(commitmentsOf(t), k)) {
            auto links = t.links(c->id);
            if (const auto l = links ? pick(*links, j) : std::nullopt)
                refusedClearly(t.removeLink(l->id, u"fuzz"_s), "removeLink");
        }
        break;
    }
    case DecideSuggestion: {
        const quint8 j = in.next(), action = in.next();
        if (action % 3 == 2) {
            if (const auto id = pick(side.decided, j))
                refusedClearly(t.reopenSuggestion(*id), "reopenSuggestion");
            break;
        }
        auto pending = t.suggestions();
        const auto s = pending ? pick(*pending, j) : std::nullopt;
        if (!s)
            break;
        if (action % 3 == 0)
            refusedClearly(t.confirmSuggestion(s->id), "confirmSuggestion");
        else
            refusedClearly(t.rejectSuggestion(s->id), "rejectSuggestion");
        side.decided << s->id;
        break;
    }
    case Reanalyse: {
        const quint8 l = in.next(), mask = in.next();
        const auto letter = pick(lettersOf(t), l);
        auto model = letter ? t.letterModel(letter->id) : Expected<Letter>(std::unexpected(Error{}));
        if (!model)
            break;
        Analysis analysis = world->analysisOf(*model);
        for (int i = std::min<int>(7, int(analysis.commitments.size()) - 1); i >= 0; --i) {
            if (mask & (1 << i))
                analysis.commitments.removeAt(i);
        }
        refusedClearly(t.reanalyze(letter->id, analysis), "reanalyze");
        break;
    }
    case AddManual: {
        const quint8 l = in.next(), a = in.next(), b = in.next(), kind = in.next();
        const auto letter = pick(lettersOf(t), l);
        if (!letter)
            break;
        NewCommitment c;
        c.letterId = letter->id;
        const qsizetype start = textLength(t, letter->id) * a / 256;
        c.span = TextRange{start, start + 1 + b};
        c.kind = CommitmentKind(kind % 5);
        c.actor = u"ik"_s;
        c.owner = side.author;
        refusedClearly(t.addCommitment(c), "addCommitment");
        break;
    }
    case RemoveManual: {
        const quint8 k = in.next();
        QList<TrackedCommitment> manual;
        for (const TrackedCommitment &c : commitmentsOf(t)) {
            if (c.origin == Origin::Manual)
                manual << c;
        }
        if (const auto c = pick(manual, k))
            refusedClearly(t.removeCommitment(c->id, c->revision, u"fuzz"_s), "removeCommitment");
        break;
    }
    case ImportRegister: {
        QList<OfficialCommitment> records;
        for (int n = 1 + in.next() % 3; n > 0; --n) {
            const quint8 id = in.next(), status = in.next(), deadline = in.next();
            records << registerRecord(id, status, deadline);
        }
        refusedClearly(t.importRegister(records, u"fuzz-register.json"_s), "importRegister");
        break;
    }
    default:
        edit(side, in, op);
        break;
    }
}

void run(Side &a, Side &b, Bytes &in)
{
    for (int i = 0; i < MaxOps && !in.atEnd(); ++i) {
        Bytes peek = in; // the opcode's bit 7 names the side; step() reads it again
        const bool onB = (peek.next() & 0x80) != 0;
        step(onB ? b : a, onB ? a : b, in);
    }
}

/// The end of a program: B merged into A. A opens again afterwards (the
/// open runs SQLite's quick_check and checks the schema objects).
void mergeFinal(Side &a, Side &b)
{
    const Contents before = contentsOf(*a.tracker);
    const Contents theirs = contentsOf(*b.tracker);
    auto report = a.tracker->merge(b.path);
    if (!report)
        violated("merging one tracker this program made into another failed", report.error().message);
    a.tracker.reset();
    open(a);
    QSet<QString> gone;
    for (const QString &uuid : before.commitments.keys() + theirs.commitments.keys())
        gone.insert(uuid);
    const Contents after = contentsOf(*a.tracker, true, gone);
    checkPresence(before, theirs, after, *a.tracker, *b.tracker);
    checkAgain(*a.tracker, b.path, after, gone);
}

/// A file of raw bytes as B: refused with an error that names it and A left
/// as it was, or merged as soundly as a real tracker.
void mergeHostile(Side &a, const QString &theirs)
{
    const Contents before = contentsOf(*a.tracker, true);
    auto report = a.tracker->merge(theirs);
    if (!report) {
        if (!report.error().message.contains(theirs))
            violated("a refused merge does not name the file", report.error().message);
        compare(before.lines, contentsOf(*a.tracker, true).lines, "a refused merge changed A", report.error().message);
        return;
    }
    a.tracker.reset();
    open(a);
    checkAgain(*a.tracker, theirs, contentsOf(*a.tracker, true), {});
}

void initialise(World &w)
{
    w.folder = w.dir.isValid() ? w.dir.path() : w.fallbackDir.path();
    const QString data = QStringLiteral(PROMISSA_TEST_DATA);
    // The short follow-ups for ImportLetter; the long example letter, which
    // they refer to, only in a start state (it takes long to import).
    for (const QString &name : {u"followups/kamerbrief-2025-04-15-bz-oekraine-herhaling.txt"_s,
                                u"followups/kamerbrief-2025-05-20-bz-oekraine-planning.txt"_s,
                                u"followups/kamerbrief-2025-06-10-bz-oekraine-herstelsteun.txt"_s,
                                u"followups/kamerbrief-2025-06-02-def-navo-top.txt"_s,
                                u"followups/kamerbrief-2025-04-22-ocw-laaggeletterdheid.txt"_s,
                                u"tracker/kamerbrief-2025-04-25-oekraine-financiering.txt"_s,
                                u"kamerbrief-2025-03-04-oekraine.txt"_s}) {
        auto letter = importLetter(data + u'/' + name);
        if (!letter)
            violated("a fixture letter does not import", letter.error().message);
        w.letters.append({*letter, w.analysisOf(*letter)});
    }
    // The start states, copied for every input: making the schema and
    // importing letters each time would cost far more than the merge.
    const auto state = [&w](const QString &name, const QString &author, QList<int> letters, std::initializer_list<std::uint8_t> program) {
        Side side{w.folder + u"/start-"_s + name + u".promissa"_s, author, {}, {}};
        Side scratch{w.folder + u"/scratch.promissa"_s, author, {}, {}};
        for (Side *s : {&side, &scratch}) {
            removeTracker(s->path);
            if (!w.states.isEmpty() && !QFile::copy(w.states.first(), s->path))
                violated("cannot copy the empty tracker", s->path);
            open(*s);
        }
        for (const int i : letters)
            checked(side.tracker->importLetter(w.letters.at(i).first, w.letters.at(i).second), "a fixture letter does not go into a tracker");
        const std::vector<std::uint8_t> bytes(program);
        Bytes in(bytes.data(), bytes.size());
        run(side, scratch, in);
        w.states << side.path;
    };
    state(u"empty"_s, u"anna"_s, {}, {});
    state(u"followups"_s, u"anna"_s, {0, 1}, {SetStatus, 0, 1});
    state(u"followups-bert"_s, u"bert"_s, {0, 2}, {SetOwner, 1, 2});
    state(u"example"_s, u"anna"_s, {6, 3}, {DecideSuggestion, 0, 0, AddNote, 0, 40, 30, 5, SetDeadline, 4, 60});
}

/// Side's file becomes a copy of `file`.
void start(Side &side, const QString &file)
{
    side.tracker.reset();
    removeTracker(side.path);
    if (!QFile::copy(file, side.path))
        violated("cannot copy a start state", file);
    open(side);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // Qt's SQL plugins want an application
    world = new World;
    initialise(*world);
    std::atexit([] {
        delete world; // removes the temporary folder
    });
    return 0;
}

// Byte 0: bit 0 the mode (raw B file), bits 1-2 A's start state, bits 3-4
// B's, bit 5: B starts as a copy of A (the same UUIDs).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Bytes in(data, size);
    const quint8 mode = in.next();
    Side a{world->folder + u"/a.promissa"_s, u"anna"_s, {}, {}};
    Side b{world->folder + u"/b.promissa"_s, u"bert"_s, {}, {}};
    start(a, world->states.at((mode >> 1) & 3));
    if (mode & 1) {
        removeTracker(b.path);
        QFile file(b.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(in.take(size)) < 0)
            violated("cannot write the raw tracker", b.path);
        file.close();
        mergeHostile(a, b.path);
        return 0;
    }
    start(b, world->states.at(mode & 0x20 ? (mode >> 1) & 3 : (mode >> 3) & 3));
    run(a, b, in);
    if (const QString keep = qEnvironmentVariable("PROMISSA_FUZZ_MERGE_SAVE_B"); !keep.isEmpty()) {
        // make-corpus.sh: B as a real tracker file, a seed of the raw mode.
        b.tracker.reset();
        QFile::remove(keep);
        if (!QFile::copy(b.path, keep))
            violated("cannot save B", keep);
        open(b);
    }
    mergeFinal(a, b);
    return 0;
}
