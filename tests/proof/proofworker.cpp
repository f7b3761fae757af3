// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// The other process of the proof tests: it edits a tracker and says on
// stdout, line by line, what it has committed, so that the test that kills it
// (or races it against others) knows exactly what must have survived.
//
//   promissa_proof_worker edit LOCATION AUTHOR SEED COUNT
//       COUNT edits (0: until killed) on the tracker's commitments, chosen
//       by SEED: a status change with a reason, or a note. After each
//       committed edit one line:
//         status <commitment id> <revision> <status name>
//         note <note id> <letter id>
//       An edit refused because somebody else changed the row first:
//         conflict <commitment id>
//   promissa_proof_worker import LOCATION FILE...
//       imports the files one by one (read, analyse, store), printing
//         imported <letter id> <commitments added> <file>
//       after each committed letter.
//
// Exit 0 when done, 1 on any error other than a conflict (message on stderr).

#include "analysis/analyzer.h"
#include "tracker/tracker.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int complain(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

// The line goes out before the next edit starts: what the parent reads was
// committed, whatever happens after.
void say(const QString &line)
{
    out() << line << '\n';
    out().flush();
    std::fflush(stdout);
}

int edit(const QStringList &args)
{
    if (args.size() != 4)
        return complain(u"usage: edit LOCATION AUTHOR SEED COUNT"_s);
    TrackerOptions options;
    options.author = args.at(1);
    options.create = false;
    auto tracker = Tracker::open(args.at(0), options);
    if (!tracker)
        return complain(tracker.error().message);
    QRandomGenerator random(args.at(2).toUInt());
    const int count = args.at(3).toInt();

    auto all = (*tracker)->commitments();
    if (!all)
        return complain(all.error().message);
    if (all->isEmpty())
        return complain(u"the tracker has no commitments to edit"_s);

    static const Status statuses[] = {Status::Open, Status::PartlyDone, Status::Done, Status::Lapsed};
    for (int i = 0; count == 0 || i < count; ++i) {
        const QString id = all->at(random.bounded(all->size())).id;
        // Read, then write on what was read: the optimistic-concurrency path
        // every user edit takes.
        auto current = (*tracker)->commitment(id);
        if (!current)
            return complain(current.error().message);
        if (random.bounded(3) == 0) {
            const TextRange range = current->span;
            auto note = (*tracker)->addNote(current->letterId, range, u"note %1 by %2"_s.arg(i).arg(args.at(1)), id);
            if (!note)
                return complain(note.error().message);
            say(u"note %1 %2"_s.arg(note->id).arg(current->letterId));
            continue;
        }
        Status next = statuses[random.bounded(4)];
        if (next == current->status)
            next = statuses[(int(next) + 1) % 4];
        CommitmentEdit change;
        change.id = id;
        change.baseRevision = current->revision;
        change.status = next;
        change.reason = u"edit %1 by %2"_s.arg(i).arg(args.at(1));
        auto saved = (*tracker)->updateCommitment(change);
        if (!saved) {
            if (saved.error().kind == Error::Kind::Conflict) {
                say(u"conflict "_s + id);
                continue;
            }
            return complain(saved.error().message);
        }
        say(u"status %1 %2 %3"_s.arg(saved->id).arg(saved->revision).arg(statusName(saved->status)));
    }
    return 0;
}

int import(const QStringList &args)
{
    if (args.size() < 2)
        return complain(u"usage: import LOCATION FILE..."_s);
    auto tracker = Tracker::open(args.at(0));
    if (!tracker)
        return complain(tracker.error().message);
    const Analyzer analyzer;
    for (const QString &file : args.mid(1)) {
        auto result = (*tracker)->importFile(file, analyzer);
        if (!result)
            return complain(result.error().message);
        say(u"imported %1 %2 %3"_s.arg(result->letterId).arg(result->commitmentsAdded).arg(file));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return complain(u"usage: promissa_proof_worker edit|import ..."_s);
    if (args.first() == u"edit")
        return edit(args.mid(1));
    if (args.first() == u"import")
        return import(args.mid(1));
    return complain(u"unknown mode "_s + args.first());
}
