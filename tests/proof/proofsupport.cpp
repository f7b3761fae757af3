// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "proofsupport.h"

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "trackertestsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace Proof
{

QString cliPath()
{
    return QStringLiteral(PROMISSA_BIN_DIR) + u"/promissa-cli"_s;
}

QString workerPath()
{
    return QStringLiteral(PROMISSA_BIN_DIR) + u"/promissa_proof_worker"_s;
}

namespace
{

// Letters of several ministries and shapes: the seed letter, the composed
// ones in PDF-to-text layout, the blind set and the follow-ups.
const QList<QByteArray> &corpus()
{
    static const QList<QByteArray> texts = [] {
        QList<QByteArray> result;
        const QString data = QStringLiteral(PROMISSA_TEST_DATA);
        QStringList files{data + u"/kamerbrief-2025-03-04-oekraine.txt"_s};
        for (const QString &sub : {u"letters"_s, u"blind"_s, u"followups"_s}) {
            QDirIterator it(data + u'/' + sub, {u"*.txt"_s}, QDir::Files);
            QStringList found;
            while (it.hasNext())
                found << it.next();
            found.sort();
            files << found;
        }
        for (const QString &path : files) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                result << f.readAll();
        }
        return result;
    }();
    return texts;
}

} // namespace

QStringList makeLetters(const QString &folder, const QString &tag, int count)
{
    QStringList paths;
    const auto &texts = corpus();
    if (texts.isEmpty())
        return paths;
    for (int i = 0; i < count; ++i) {
        const QString path = u"%1/%2-%3.txt"_s.arg(folder, tag).arg(i, 3, 10, QLatin1Char('0'));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        // The mark goes into the body, as a paragraph of its own in the
        // middle of the letter: a closing "Kenmerk" line would be read as
        // letterhead and leave the text (and so its hash) unchanged.
        QByteArray text = texts.at(i % texts.size());
        const QByteArray mark = "Dit is proefbrief " + tag.toUtf8() + " nummer " + QByteArray::number(i) + ".";
        qsizetype at = text.indexOf("\n\n", text.size() / 2);
        if (at < 0)
            at = text.size();
        text.insert(at, "\n\n" + mark);
        f.write(text);
        paths << path;
    }
    return paths;
}

QHash<QString, int> expectedCommitments(const QStringList &paths)
{
    static const Analyzer analyzer;
    QHash<QString, int> expected;
    for (const QString &path : paths) {
        auto letter = importLetter(path);
        if (!letter)
            continue;
        expected.insert(QFileInfo(path).fileName(), int(analyzer.analyze(*letter).commitments.size()));
    }
    return expected;
}

QString integrityCheck(const QString &location)
{
    if (location.startsWith(u"postgres"))
        return u"ok"_s;
    TrackerTest::RawConnection raw(location);
    if (!raw.isOpen())
        return u"could not open: "_s + raw.error();
    return raw.scalar(u"PRAGMA integrity_check"_s).toString();
}

QString checkWholeLetters(Tracker &tracker, const QHash<QString, int> &expected, QSet<qint64> *letterIds)
{
    auto letters = tracker.letters();
    if (!letters)
        return letters.error().message;
    for (const TrackedLetter &letter : *letters) {
        if (letterIds)
            letterIds->insert(letter.id);
        const auto want = expected.constFind(letter.fileName);
        if (want == expected.cend())
            continue;
        auto commitments = tracker.commitments(TrackerTest::filterFor(letter.id, true));
        if (!commitments)
            return commitments.error().message;
        if (commitments->size() != *want)
            return u"letter %1 (%2) holds %3 commitments, a fresh analysis finds %4"_s.arg(letter.id).arg(letter.fileName).arg(commitments->size()).arg(*want);
    }
    return {};
}

void start(QProcess &process, const QString &program, const QStringList &args, const std::function<void()> &childModifier)
{
    if (childModifier)
        process.setChildProcessModifier(childModifier);
    process.start(program, args);
}

} // namespace Proof
