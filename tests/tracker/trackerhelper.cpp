// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

// A second process for the tracker tests, and the maker of their fixtures.
//
//   promissa_tracker_helper update LOCATION AUTHOR COMMITMENT REVISION STATUS GO_FILE
//       opens the tracker, prints "ready", waits until GO_FILE exists, then
//       sets the status based on REVISION. Exit 0: saved; 3: conflict (the
//       message on stdout); 1: any other failure.
//   promissa_tracker_helper make-v1 PATH
//       writes tests/data/tracker/v1-example.promissa: a tracker of schema
//       version 1 holding the example letter and two edits.

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "tracker/tracker.h"
#include "tracker/trackerprivate.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{

int update(const QStringList &args)
{
    QTextStream out(stdout);
    if (args.size() != 6) {
        out << "usage: update LOCATION AUTHOR COMMITMENT REVISION STATUS GO_FILE\n";
        return 1;
    }
    TrackerOptions options;
    options.author = args.at(1);
    options.create = false;
    auto tracker = Tracker::open(args.at(0), options);
    if (!tracker) {
        out << tracker.error().message << '\n';
        return 1;
    }
    const auto status = statusFromName(args.at(4));
    if (!status) {
        out << "unknown status " << args.at(4) << '\n';
        return 1;
    }
    out << "ready\n";
    out.flush();
    // Both processes are open and have read before either writes.
    for (int waited = 0; !QFile::exists(args.at(5)); waited += 5) {
        if (waited > 30000) {
            out << "no go after 30 s\n";
            return 1;
        }
        QThread::msleep(5);
    }
    CommitmentEdit edit;
    edit.id = args.at(2);
    edit.baseRevision = args.at(3).toInt();
    edit.status = *status;
    edit.reason = u"set by "_s + args.at(1);
    auto result = (*tracker)->updateCommitment(edit);
    if (!result) {
        out << result.error().message << '\n';
        return result.error().kind == Error::Kind::Conflict ? 3 : 1;
    }
    out << "saved revision " << result->revision << '\n';
    return 0;
}

int makeVersion1(const QStringList &args)
{
    QTextStream err(stderr);
    if (args.size() != 1) {
        err << "usage: make-v1 PATH\n";
        return 1;
    }
    const QString path = args.at(0);
    QFile::remove(path);
    TrackerOptions options;
    options.author = u"fixture"_s;
    auto tracker = openTrackerAtSchema(path, options, 1);
    if (!tracker) {
        err << tracker.error().message << '\n';
        return 1;
    }
    auto letter = importLetter(QStringLiteral(PROMISSA_TEST_DATA) + u"/kamerbrief-2025-03-04-oekraine.txt"_s);
    if (!letter) {
        err << letter.error().message << '\n';
        return 1;
    }
    auto imported = (*tracker)->importLetter(*letter, Analyzer().analyze(*letter));
    if (!imported) {
        err << imported.error().message << '\n';
        return 1;
    }
    CommitmentEdit done;
    done.id = u"PR-2025-0003"_s;
    done.baseRevision = 1;
    done.status = Status::Done;
    done.reason = u"fixture: made at schema 1"_s;
    CommitmentEdit owner;
    owner.id = u"PR-2025-0005"_s;
    owner.baseRevision = 1;
    owner.owner = u"team-oekraine"_s;
    for (const CommitmentEdit &edit : {done, owner}) {
        if (auto r = (*tracker)->updateCommitment(edit); !r) {
            err << r.error().message << '\n';
            return 1;
        }
    }
    err << "wrote " << path << ": schema " << (*tracker)->schemaVersion() << ", " << imported->commitmentsAdded << " commitments\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == u"update")
        return update(args);
    if (command == u"make-v1")
        return makeVersion1(args);
    QTextStream(stderr) << "usage: promissa_tracker_helper update|make-v1 ...\n";
    return 2;
}
