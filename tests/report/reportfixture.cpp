// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "reportfixture.h"

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

const QString dataDir = QStringLiteral(PROMISSA_TEST_DATA);

QString fixedId(int copy, int index)
{
    return u"00000000-0000-4000-8000-%1%2"_s.arg(copy, 4, 10, QLatin1Char('0')).arg(index, 8, 10, QLatin1Char('0'));
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::UTC);
}

TrackedLetter trackedLetter(qint64 id, const Letter &letter)
{
    TrackedLetter t;
    t.id = id;
    t.hash = QString::fromLatin1(QCryptographicHash::hash(letter.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    t.fileName = QFileInfo(letter.fileName).fileName();
    t.date = letter.metadata.date;
    t.subject = letter.metadata.subject;
    t.ministry = letter.metadata.ministry;
    t.signatories = letter.metadata.signatories;
    t.referenceNumbers = letter.metadata.references;
    t.kamerstuk = letter.metadata.kamerstuk;
    t.documentNumber = letter.metadata.documentNumber;
    t.text = letter.text;
    t.importedBy = u"anna"_s;
    t.importedAt = utc(2025, 3, 5, 8, 15);
    return t;
}

// Deadlines a user set by hand on commitments the analysis left without a day.
const Deadline manualDeadlines[] = {
    {u"voor het zomerreces"_s, QDate(2025, 7, 4), Precision::Day, u"zomerreces 2025"_s},
    {u"Prinsjesdag"_s, QDate(2025, 9, 16), Precision::Day, u"Prinsjesdag 2025"_s},
    {u"eind 2025"_s, QDate(2025, 12, 31), Precision::Year, QString()},
};

} // namespace

Expected<ReportFixture> makeReportFixture()
{
    auto example = importLetter(dataDir + u"/kamerbrief-2025-03-04-oekraine.txt"_s);
    if (!example)
        return std::unexpected(example.error());
    auto followUp = importLetter(dataDir + u"/followups/kamerbrief-2025-06-10-bz-oekraine-herstelsteun.txt"_s);
    if (!followUp)
        return std::unexpected(followUp.error());

    // The example text prints no letterhead; tests/data/followups/expectations.json
    // states how it stands in a tracker, and so does this fixture.
    example->metadata.date = QDate(2025, 3, 4);
    example->metadata.subject = u"Actualisatie Nederlandse inzet ten aanzien van de Russische oorlog tegen Oekraïne"_s;
    example->metadata.ministry = u"Ministerie van Buitenlandse Zaken"_s;
    example->metadata.kamerstuk = u"21501-20-2215"_s;
    example->metadata.documentNumber = u"2025D09120"_s;

    ReportFixture f;
    f.today = QDate(2025, 6, 20);
    f.generated = QDateTime(f.today, QTime(10, 0), QTimeZone::UTC);
    const TrackedLetter letter = trackedLetter(1, *example);
    f.letters.insert(1, letter);
    TrackedLetter fulfilling = trackedLetter(2, *followUp);
    fulfilling.text.clear(); // a listing's letter: only the one the commitments stand in needs its text
    f.letters.insert(2, fulfilling);

    const Analyzer analyzer;
    AnalyzerOptions options;
    options.letterDate = example->metadata.date;
    const Analysis analysis = analyzer.analyze(*example, options);
    if (analysis.commitments.size() < 8)
        return fail(u"the example letter gave %1 commitments; the fixture needs at least 8"_s.arg(analysis.commitments.size()));

    // Statuses in a fixed pattern that leaves dated open commitments overdue
    // (1 June) and due soon (the NAVO-top); the second commitment is the one
    // the follow-up letter fulfils, so it is done whatever the pattern says.
    static const Status statuses[] = {Status::Open, Status::Done, Status::Open, Status::PartlyDone, Status::Open, Status::Lapsed};
    static const char16_t *const reasons[] = {
        u"",
        u"Toegezegde informatie gegeven in het commissiedebat",
        u"",
        u"Eerste deel in het commissiedebat toegelicht",
        u"",
        u"Achterhaald door het besluit van de Europese Raad",
    };
    int manual = 0;
    for (qsizetype i = 0; i < analysis.commitments.size(); ++i) {
        const Commitment &a = analysis.commitments.at(i);
        TrackedCommitment c;
        c.id = fixedId(0, int(i + 1));
        c.number = u"PR-2025-%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
        c.letterId = 1;
        c.sentence = a.sentence;
        c.sentenceRange = example->sentences.at(a.sentence).range;
        c.span = a.phrase;
        c.text = example->slice(c.sentenceRange).toString();
        c.phrase = example->slice(a.phrase).toString();
        c.kind = a.kind;
        c.actor = a.actor;
        c.condition = a.condition;
        c.confidence = a.confidence;
        c.toegezegdAan = u"Tweede Kamer"_s;
        const bool defence = i % 3 == 2;
        c.ministry = defence ? u"Defensie"_s : u"Buitenlandse Zaken"_s;
        c.actorFunction = defence ? u"De minister van Defensie"_s : u"De minister van Buitenlandse Zaken"_s;
        c.actorName = defence ? u"Ruben Brekelmans"_s : u"Caspar Veldkamp"_s;
        if (a.deadline)
            c.deadline = Deadline::fromTime(*a.deadline);
        if (!c.deadline.date.isValid() && i % 2 == 1 && manual < 3) {
            c.deadline = manualDeadlines[manual++];
            c.touched = true;
        }
        const qsizetype pattern = (i + 1) % 6;
        c.status = i == 1 ? Status::Done : statuses[pattern];
        c.owner = i % 4 == 0 ? u"anna"_s : i % 4 == 2 ? u"bert"_s : QString();
        c.tags = i % 5 == 0 ? QStringList{u"oekraïne"_s, u"steun"_s} : QStringList{};
        c.revision = 1;
        c.changedBy = u"anna"_s;
        c.changedAt = utc(2025, 3, 5, 8, 15);
        if (c.status != Status::Open) {
            const QDateTime at = utc(2025, 6, 12, 9, 30).addDays(-int(i));
            f.lastStatusChange.insert(c.id,
                                      HistoryEntry{0, c.id, u"status"_s, statusName(Status::Open), statusName(c.status), i % 4 == 1 ? u"bert"_s : u"anna"_s, at,
                                                   i == 1 ? u"Afgedaan met de brief van 10 juni 2025"_s : QString::fromUtf16(reasons[pattern])});
            c.revision = 2;
            c.changedAt = at;
        }
        f.commitments.append(c);
        f.numbers.insert(c.id, c.number);
    }

    auto link = [&f](LinkType type, const QString &from, qint64 fromLetter, const QString &to) {
        const CommitmentLink l{qint64(f.links.size() + 1), type, from, fromLetter, to, u"anna"_s, utc(2025, 6, 12, 9, 0)};
        if (!from.isEmpty())
            f.links[from].append(l);
        f.links[to].append(l);
    };
    for (qsizetype i = 0; i < analysis.commitments.size(); ++i) {
        const int repeats = analysis.commitments.at(i).repeats;
        if (repeats >= 0)
            link(LinkType::Repeats, f.commitments.at(i).id, 0, f.commitments.at(repeats).id);
    }
    link(LinkType::Supplements, f.commitments.at(4).id, 0, f.commitments.at(2).id);
    // The follow-up letter fulfils the second commitment, which is done.
    link(LinkType::Fulfils, QString(), 2, f.commitments.at(1).id);
    f.commitments[1].fulfilledByLetter = 2;
    return f;
}

ReportFixture ReportFixture::scaled(int copies) const
{
    ReportFixture s;
    s.today = today;
    s.generated = generated;
    const TrackedLetter base = letters.value(1);
    const qsizetype perCopy = commitments.size();
    for (int k = 0; k < copies; ++k) {
        TrackedLetter l = base;
        l.id = 100 + k;
        l.date = base.date.addDays(7 * k);
        l.hash = QString::fromLatin1(QCryptographicHash::hash(QByteArray(QByteArray::number(k) + l.hash.toLatin1()), QCryptographicHash::Sha256).toHex());
        s.letters.insert(l.id, l);
        QHash<QString, QString> ids;
        for (qsizetype i = 0; i < perCopy; ++i) {
            TrackedCommitment c = commitments.at(i);
            ids.insert(c.id, fixedId(k + 1, int(i + 1)));
            c.id = ids.value(c.id);
            c.number = u"PR-2025-%1"_s.arg(k * perCopy + i + 1, 4, 10, QLatin1Char('0'));
            c.letterId = l.id;
            c.fulfilledByLetter = 0;
            // Spread the deadlines over two years, two weeks further per copy.
            if (c.deadline.date.isValid())
                c.deadline.date = c.deadline.date.addDays(14 * k);
            if (const auto h = lastStatusChange.constFind(commitments.at(i).id); h != lastStatusChange.constEnd()) {
                HistoryEntry e = *h;
                e.commitmentId = c.id;
                s.lastStatusChange.insert(c.id, e);
            }
            s.commitments.append(c);
            s.numbers.insert(c.id, c.number);
        }
        for (auto it = links.cbegin(); it != links.cend(); ++it) {
            for (CommitmentLink l2 : it.value()) {
                if (l2.type == LinkType::Fulfils || !ids.contains(l2.fromCommitment) || !ids.contains(l2.toCommitment))
                    continue;
                l2.fromCommitment = ids.value(l2.fromCommitment);
                l2.toCommitment = ids.value(l2.toCommitment);
                s.links[ids.value(it.key())].append(l2);
            }
        }
    }
    return s;
}

bool matchesReference(const QByteArray &actual, const QString &name)
{
    const QString path = dataDir + u"/report/"_s + name;
    if (QProcessEnvironment::systemEnvironment().value(u"PROMISSA_UPDATE_REFERENCES"_s) == u"1") {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(actual) != actual.size()) {
            qWarning("cannot write %s", qPrintable(path));
            return false;
        }
        qInfo("rewrote %s", qPrintable(path));
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("%s is missing; run tests/data/report/regenerate.sh", qPrintable(path));
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    // Show what changed as a unified diff, the way a reviewer reads it.
    QTemporaryDir dir;
    QFile current(dir.filePath(name.section(u'/', -1)));
    if (current.open(QIODevice::WriteOnly)) {
        current.write(actual);
        current.close();
        QProcess diff;
        diff.start(u"diff"_s, {u"-u"_s, path, current.fileName()});
        diff.waitForFinished();
        qWarning().noquote() << QString::fromUtf8(diff.readAllStandardOutput());
    }
    qWarning("%s differs from the output (see the diff above); run tests/data/report/regenerate.sh if the change is intended",
             qPrintable(path));
    return false;
}

} // namespace Promissa
