// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "common/error.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "session/trackersession.h"
#include "settings.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Promissa;

namespace
{
const QString s_example = QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");
const QString s_translations = QStringLiteral(PROMISSA_TEST_DATA "/../../translations");
const char *const s_context = "Promissa::MainWindow";

// One <message> of a .ts file, as far as completeness checks need it.
struct TsMessage {
    QString source;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // the translation, or each numerus form
    bool numerus = false;
};

Expected<QList<TsMessage>> readTsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1: %2"_s.arg(path, file.errorString()));

    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    TsMessage current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "message"_L1) {
            current = TsMessage{};
            current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.translationType = xml.attributes().value("type"_L1).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        current.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        return fail(u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString()));
    return messages;
}

// The placeholders (%1..%99, %n) of a string, in order of appearance.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d{1,2}|n)"_s);
    QStringList result;
    for (const auto &match : pattern.globalMatch(text))
        result.append(match.captured());
    result.sort();
    return result;
}

// True when the text marks a keyboard accelerator ("&&" is a literal "&").
bool hasAccelerator(QString text)
{
    text.remove(u"&&"_s);
    return text.contains(u'&');
}

QAction *findAction(const QList<QAction *> &actions, const QString &objectName)
{
    for (QAction *action : actions) {
        if (action->objectName() == objectName)
            return action;
        if (action->menu()) {
            if (QAction *found = findAction(action->menu()->actions(), objectName))
                return found;
        }
    }
    return nullptr;
}

// The menu bar entry whose menu (or one of its submenus) holds the action.
QAction *menuBarEntryHolding(QMenuBar *bar, const QString &objectName)
{
    const auto entries = bar->actions();
    for (QAction *entry : entries) {
        if (entry->menu() && findAction(entry->menu()->actions(), objectName))
            return entry;
    }
    return nullptr;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void mainWindowSpeaksDutch_data();
    void mainWindowSpeaksDutch();
    void statusBarUsesDutchPlurals();
    void pluralForms_data();
    void pluralForms();

private:
    void install(const QString &language);

    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<QTranslator> m_translator;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // A failed open would otherwise block the test in a modal dialog.
    MessageBox::setHook([](const MessageBox::Message &message) {
        qWarning("unexpected message: %s", qPrintable(message.text));
    });
}

void TestTranslations::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

// Loads the catalogue the way the application does: from the resource
// compiled into promissa_ui.
void TestTranslations::install(const QString &language)
{
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(u"promissa_"_s + language, u":/i18n"_s), qPrintable(u"no :/i18n/promissa_%1.qm"_s.arg(language)));
    QCOMPARE(m_translator->language(), language);
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("onlyPlurals");
    QTest::newRow("dutch-translates-every-string") << u"promissa_nl.ts"_s << false;
    QTest::newRow("english-fills-every-plural") << u"promissa_en.ts"_s << true;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, file);
    QFETCH(bool, onlyPlurals);

    const auto messages = readTsFile(s_translations + u'/' + file);
    QVERIFY2(messages.has_value(), qPrintable(messages ? QString() : messages.error().message));
    QVERIFY2(!messages->isEmpty(), "the catalogue holds no messages; run the update_translations target");

    for (const TsMessage &message : *messages) {
        const QString where = file + u": "_s + message.source;
        QVERIFY2(message.translationType.isEmpty(), qPrintable(where + u" is marked "_s + message.translationType));
        if (onlyPlurals)
            QVERIFY2(message.numerus, qPrintable(where + u" is not a plural; the English file holds only plurals"_s));
        // Both languages have a singular and a plural form.
        QCOMPARE(message.forms.size(), message.numerus ? 2 : 1);
        for (const QString &form : message.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where + u" has an empty translation"_s));
            QVERIFY2(!message.numerus || form.contains(u"%n"_s), qPrintable(where + u" drops %n in: "_s + form));
            if (message.numerus)
                continue;
            QVERIFY2(placeholders(form) == placeholders(message.source), qPrintable(where + u" changes the placeholders: "_s + form));
            QVERIFY2(hasAccelerator(form) == hasAccelerator(message.source), qPrintable(where + u" adds or drops the accelerator: "_s + form));
        }
    }
}

void TestTranslations::mainWindowSpeaksDutch_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<bool>("menuBarEntry");
    QTest::addColumn<QString>("expected");

    QTest::newRow("file-menu") << u"actionOpenTracker"_s << true << u"&Bestand"_s;
    QTest::newRow("edit-menu") << u"actionUndo"_s << true << u"Be&werken"_s;
    QTest::newRow("view-menu") << u"theme:"_s << true << u"Beel&d"_s;
    QTest::newRow("go-menu") << u"actionNextCommitment"_s << true << u"&Ga"_s;
    QTest::newRow("open-tracker-action") << u"actionOpenTracker"_s << false << u"Tracker &openen…"_s;
    QTest::newRow("import-action") << u"actionImport"_s << false << u"Brieven &importeren…"_s;
    QTest::newRow("print-action") << u"actionPrint"_s << false << u"Af&drukken…"_s;
    QTest::newRow("quit-action") << u"actionQuit"_s << false << u"&Afsluiten"_s;
    QTest::newRow("mark-action") << u"actionMarkCommitment"_s << false << u"Als toezegging &markeren…"_s;
    QTest::newRow("next-action") << u"actionNextCommitment"_s << false << u"&Volgende toezegging"_s;
    QTest::newRow("status-done") << u"actionStatus_done"_s << false << u"&Afgedaan"_s;
    QTest::newRow("automatic-theme") << u"theme:"_s << false << u"&Automatisch (volgt licht/donker)"_s;
}

void TestTranslations::mainWindowSpeaksDutch()
{
    QFETCH(QString, objectName);
    QFETCH(bool, menuBarEntry);
    QFETCH(QString, expected);

    install(u"nl"_s);
    Settings settings(m_dir.filePath(u"settings.ini"_s));
    TrackerSession session;
    MainWindow window(m_repository, settings, session);

    QAction *action = menuBarEntry ? menuBarEntryHolding(window.menuBar(), objectName) : findAction(window.menuBar()->actions(), objectName);
    QVERIFY2(action, qPrintable(u"no menu entry for "_s + objectName));
    QCOMPARE(action->text(), expected);
}

void TestTranslations::statusBarUsesDutchPlurals()
{
    install(u"nl"_s);
    Settings settings(m_dir.filePath(u"settings.ini"_s));
    TrackerSession session;
    MainWindow window(m_repository, settings, session);

    auto *placeholder = window.findChild<QLabel *>(u"placeholder"_s);
    QVERIFY(placeholder);
    QVERIFY2(placeholder->text().contains(u"Geen tracker geopend"_s), qPrintable(placeholder->text()));
    QVERIFY(session.open(m_dir.filePath(u"vertaling.promissa"_s)));
    QVERIFY2(placeholder->text().contains(u"Geen brief geopend"_s), qPrintable(placeholder->text()));

    QCOMPARE(window.openFiles({s_example}), 1);
    const QString message = window.statusBar()->currentMessage();
    // The example letter has many paragraphs and several footnotes.
    static const QRegularExpression dutch(u"\\b\\d+ alinea's\\b.*\\b\\d+ voetnoten\\b.*\\b\\d+ toezeggingen\\b"_s);
    QVERIFY2(dutch.match(message).hasMatch(), qPrintable(message));
    QVERIFY(window.windowTitle().endsWith(u" — Promissa"_s));
}

void TestTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("paragraphs");
    QTest::addColumn<QString>("letters");

    QTest::newRow("dutch-one") << u"nl"_s << 1 << u"1 alinea"_s << u"Kan 1 brief niet openen"_s;
    QTest::newRow("dutch-many") << u"nl"_s << 3 << u"3 alinea's"_s << u"Kan 3 brieven niet openen"_s;
    QTest::newRow("english-one-is-singular") << u"en"_s << 1 << u"1 paragraph"_s << u"Could not open 1 letter"_s;
    QTest::newRow("english-many") << u"en"_s << 2 << u"2 paragraphs"_s << u"Could not open 2 letters"_s;
}

void TestTranslations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, paragraphs);
    QFETCH(QString, letters);

    install(language);
    QCOMPARE(QCoreApplication::translate(s_context, "%n paragraphs", nullptr, count), paragraphs);
    QCOMPARE(QCoreApplication::translate(s_context, "Could not open %n letters", nullptr, count), letters);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
