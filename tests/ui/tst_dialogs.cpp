// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "dialogs/conflictdialog.h"
#include "dialogs/markcommitmentdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/startup.h"
#include "messagebox.h"
#include "session/trackersession.h"
#include "settings.h"
#include "tracker/tracker.h"

#include "analysis/analyzer.h"
#include "import/importer.h"

#include <KSyntaxHighlighting/Repository>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
const QString s_example = QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");
} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testConnection_data();
    void testConnection();
    void settingsAreWrittenOnAccept();
    void authorDefaultsToTheAccountName();
    void conflictDialogChoices_data();
    void conflictDialogChoices();
    void proposalTakesActorAndDeadlineFromTheText();
    void proposalWithoutDetectionStillNamesAnActor();
    void firstRunCreatesATrackerWithTheExample();
    void firstRunDeclinedCreatesNothing();

private:
    QString freshFile(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<Settings> m_settings;
    QList<MessageBox::Message> m_messages;
    bool m_answer = false;
};

void TestDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setHook([this](const MessageBox::Message &message) {
        m_messages.append(message);
    });
    MessageBox::setAnswerHook([this](const MessageBox::Message &message) {
        m_messages.append(message);
        return m_answer;
    });
}

void TestDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_messages.clear();
    // The default tracker lives in the test-mode data folder; start without it.
    QFile::remove(Tracker::defaultLocation());
}

void TestDialogs::cleanup()
{
    QFile::remove(Tracker::defaultLocation());
    m_settings.reset();
    m_dir.reset();
}

QString TestDialogs::freshFile(const QString &name)
{
    return m_dir->filePath(name);
}

void TestDialogs::testConnection_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tracker-with-a-letter") << u"tracker"_s << u"Connected: a Promissa tracker with 1 letter"_s;
    QTest::newRow("missing-file-will-be-created") << u"missing"_s << u"Promissa will create it"_s;
    QTest::newRow("foreign-file-is-refused") << u"foreign"_s << u"Could not connect: "_s;
    QTest::newRow("nothing-entered") << u"empty"_s << u"Enter a file"_s;
}

void TestDialogs::testConnection()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString location = freshFile(u"test.promissa"_s);
    if (kind == u"tracker") {
        TrackerSession session;
        QVERIFY(session.open(location));
        QVERIFY(session.tracker()->importFile(s_example, session.analyzer()));
    } else if (kind == u"foreign") {
        QFile file(location);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dit is geen database maar een boodschappenlijst.\n");
    } else if (kind == u"empty") {
        location.clear();
    }
    m_settings->setDatabaseLocation(location);

    SettingsDialog dialog(*m_settings, m_repository);
    QVERIFY(dialog.findChild<QRadioButton *>(u"sqlite"_s)->isChecked());
    if (kind == u"empty")
        dialog.findChild<QLineEdit *>(u"databaseFile"_s)->clear();
    QCOMPARE(dialog.databaseLocation(), location);
    dialog.findChild<QPushButton *>(u"testConnection"_s)->click();
    const QString result = dialog.findChild<QLabel *>(u"testResult"_s)->text();
    QVERIFY2(result.contains(expected), qPrintable(result));
    if (kind == u"foreign")
        QVERIFY2(result.contains(u"test.promissa"_s), qPrintable(result));
    // Testing never creates or changes the file.
    QCOMPARE(QFile::exists(location), kind != u"missing" && kind != u"empty");
}

void TestDialogs::settingsAreWrittenOnAccept()
{
    SettingsDialog dialog(*m_settings, m_repository);
    // A PostgreSQL address is kept as written.
    dialog.findChild<QRadioButton *>(u"postgres"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"databaseUrl"_s)->setText(u"postgresql://team@db.example/promissa"_s);
    dialog.findChild<QLineEdit *>(u"author"_s)->setText(u"  Anna de Vries  "_s);
    auto *theme = dialog.findChild<QComboBox *>(u"theme"_s);
    QCOMPARE(theme->itemData(0).toString(), QString()); // automatic first
    QVERIFY(theme->count() > 5);
    theme->setCurrentIndex(theme->findData(u"Breeze Dark"_s));
    auto *language = dialog.findChild<QComboBox *>(u"language"_s);
    language->setCurrentIndex(language->findData(u"nl"_s));
    QVERIFY(m_settings->databaseLocation().isEmpty()); // nothing before OK
    dialog.apply();

    QCOMPARE(m_settings->databaseLocation(), u"postgresql://team@db.example/promissa"_s);
    QCOMPARE(m_settings->authorName(), u"Anna de Vries"_s);
    QCOMPARE(m_settings->themeName(), u"Breeze Dark"_s);
    QCOMPARE(m_settings->language(), u"nl"_s);

    // And they come back in a new dialog.
    SettingsDialog again(*m_settings, m_repository);
    QVERIFY(again.findChild<QRadioButton *>(u"postgres"_s)->isChecked());
    QCOMPARE(again.databaseLocation(), u"postgresql://team@db.example/promissa"_s);
    QCOMPARE(again.themeName(), u"Breeze Dark"_s);
    QCOMPARE(again.language(), u"nl"_s);
}

void TestDialogs::authorDefaultsToTheAccountName()
{
    const QByteArray saved = qgetenv("USER");
    qputenv("USER", "jansen");
    QCOMPARE(Settings::accountName(), u"jansen"_s);
    QCOMPARE(m_settings->authorName(), u"jansen"_s);
    SettingsDialog dialog(*m_settings, m_repository);
    QCOMPARE(dialog.authorName(), u"jansen"_s);
    m_settings->setAuthorName(u"pietersen"_s);
    QCOMPARE(m_settings->authorName(), u"pietersen"_s);
    qputenv("USER", saved);
}

void TestDialogs::conflictDialogChoices_data()
{
    QTest::addColumn<QString>("mine");
    QTest::addColumn<bool>("keep");
    QTest::newRow("keep-mine") << u"Set status of PR-2025-0001 to Done"_s << true;
    QTest::newRow("reload") << u"Set status of PR-2025-0001 to Done"_s << false;
    QTest::newRow("nothing-to-keep") << QString() << false;
}

void TestDialogs::conflictDialogChoices()
{
    QFETCH(QString, mine);
    QFETCH(bool, keep);
    TrackedCommitment theirs;
    theirs.number = u"PR-2025-0001"_s;
    theirs.status = Status::Lapsed;
    theirs.owner = u"bert"_s;
    theirs.changedBy = u"bert"_s;
    theirs.changedAt = QDateTime(QDate(2025, 3, 6), QTime(14, 0), QTimeZone::UTC);
    ConflictDialog dialog(theirs, mine, u"PR-2025-0001 was changed by bert at 2025-03-06 14:00 UTC"_s);
    QVERIFY(dialog.windowTitle().contains(u"PR-2025-0001"_s));
    QCOMPARE(dialog.findChild<QLabel *>(u"conflictMessage"_s)->text(), u"PR-2025-0001 was changed by bert at 2025-03-06 14:00 UTC"_s);
    QCOMPARE(dialog.keepMineButton()->isEnabled(), !mine.isEmpty());
    if (!mine.isEmpty())
        QCOMPARE(dialog.findChild<QLabel *>(u"mine"_s)->text(), mine);

    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.show();
    (keep ? dialog.keepMineButton() : dialog.reloadButton())->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(dialog.choice(), keep ? ConflictDialog::Choice::KeepMine : ConflictDialog::Choice::Reload);
    QCOMPARE(dialog.result(), keep ? int(QDialog::Accepted) : int(QDialog::Rejected));
}

void TestDialogs::proposalTakesActorAndDeadlineFromTheText()
{
    const auto letter = importLetter(s_example);
    QVERIFY(letter);
    const Analyzer analyzer;
    const Analysis analysis = analyzer.analyze(*letter);
    // A detected commitment with a deadline: select its sentence.
    const auto it = std::ranges::find_if(analysis.commitments, [](const Commitment &c) {
        return c.deadline.has_value() && !c.actor.isEmpty();
    });
    QVERIFY(it != analysis.commitments.cend());
    const TextRange sentence = letter->sentences.at(it->sentence).range;
    const NewCommitment proposal = MarkCommitmentDialog::propose(*letter, analysis, sentence, analyzer);
    QCOMPARE(proposal.span, sentence);
    QCOMPARE(proposal.actor, it->actor);
    QCOMPARE(proposal.kind, it->kind);
    // The deadline is a time phrase of the selection.
    QVERIFY(!proposal.deadline.text.isEmpty());
    QVERIFY2(letter->slice(sentence).contains(proposal.deadline.text), qPrintable(proposal.deadline.text));

    MarkCommitmentDialog dialog(proposal, letter->slice(sentence).toString());
    QCOMPARE(dialog.findChild<QLineEdit *>(u"actor"_s)->text(), it->actor);
    QCOMPARE(dialog.commitment().deadline.text, proposal.deadline.text);
    // An edited deadline replaces the proposed one, phrase and date.
    dialog.findChild<QLineEdit *>(u"deadlineText"_s)->setText(u"na de zomer"_s);
    QCOMPARE(dialog.commitment().deadline.text, u"na de zomer"_s);
}

void TestDialogs::proposalWithoutDetectionStillNamesAnActor()
{
    const auto letter = importLetter(s_example);
    QVERIFY(letter);
    const Analyzer analyzer;
    const Analysis analysis = analyzer.analyze(*letter);
    const auto free = std::ranges::find_if(letter->sentences, [&analysis](const Sentence &s) {
        return s.range.length() > 60 && std::ranges::none_of(analysis.commitments, [&s](const Commitment &c) {
                   return c.phrase.overlaps(s.range);
               });
    });
    QVERIFY(free != letter->sentences.cend());
    const NewCommitment proposal = MarkCommitmentDialog::propose(*letter, analysis, free->range, analyzer);
    QVERIFY2(!proposal.actor.isEmpty() || letter->metadata.signatories.isEmpty(), qPrintable(letter->slice(free->range).toString()));
    QCOMPARE(proposal.span, free->range);
}

void TestDialogs::firstRunCreatesATrackerWithTheExample()
{
    QVERIFY(Startup::isFirstRun(*m_settings));
    m_answer = true;
    TrackerSession session;
    QVERIFY(Startup::offerFirstRun(nullptr, *m_settings, session));
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.constFirst().icon, MessageBox::Icon::Question);
    QVERIFY(session.isOpen());
    QCOMPARE(session.location(), Tracker::defaultLocation());
    QCOMPARE(m_settings->databaseLocation(), Tracker::defaultLocation());
    const auto letters = session.tracker()->letters();
    QVERIFY(letters);
    QCOMPARE(letters->size(), 1);
    // The bundled example is the example letter of the tests, analysed.
    const auto stored = session.tracker()->letterModel(letters->constFirst().id);
    QVERIFY(stored);
    QCOMPARE(stored->text, importLetter(s_example)->text);
    QVERIFY(letters->constFirst().openCommitments > 0);
    QVERIFY(!Startup::isFirstRun(*m_settings));
}

void TestDialogs::firstRunDeclinedCreatesNothing()
{
    m_answer = false;
    TrackerSession session;
    QVERIFY(!Startup::offerFirstRun(nullptr, *m_settings, session));
    QVERIFY(!session.isOpen());
    QVERIFY(!QFile::exists(Tracker::defaultLocation()));
    QVERIFY(m_settings->databaseLocation().isEmpty());
    QVERIFY(Startup::isFirstRun(*m_settings));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
