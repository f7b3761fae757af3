// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "dialogs/startup.h"
#include "letterview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "screenshots.h"
#include "session/trackersession.h"
#include "settings.h"
#include "tracker/tracker.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace
{
// A dark letter theme in a light window looks broken in a picture: with a
// dark theme, the screenshot's widgets are dark too (Fusion, which follows
// the palette everywhere).
void matchPaletteToTheme(const KSyntaxHighlighting::Repository &repository, const QString &themeName)
{
    const auto theme = repository.theme(themeName);
    const QColor base = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    if (!theme.isValid() || base.lightness() >= 128)
        return;
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette dark;
    const QColor window = base.lighter(115);
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    dark.setColor(QPalette::Disabled, QPalette::Text, text.darker(160));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, text.darker(160));
    dark.setColor(QPalette::PlaceholderText, text.darker(160));
    QApplication::setPalette(dark);
}

// The value of an option, read before the real parser exists: the parser's
// own help texts must already be translated when it is set up.
QString earlyOption(const QStringList &arguments, const QString &name)
{
    const QString option = u"--"_s + name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + u'='))
            return argument.mid(option.size() + 1);
    }
    return {};
}

// A tracker given where a letter could be (a double click on a shared
// .promissa file, "Open with"): by its extension, or by the SQLite header with
// Promissa's application_id ("PRMS" at byte 68), whatever the file is called.
bool isTrackerFile(const QString &path)
{
    if (path.endsWith(u".promissa"_s, Qt::CaseInsensitive))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(72);
    return header.size() == 72 && header.startsWith(QByteArrayView("SQLite format 3\0", 16)) && header.mid(68, 4) == "PRMS";
}

// macOS hands files opened from the Finder to the running application as
// events, not as arguments.
class FileOpenFilter : public QObject
{
public:
    FileOpenFilter(Promissa::MainWindow &window, Promissa::TrackerSession &session, const Promissa::Settings &settings)
        : QObject(&window)
        , m_window(window)
        , m_session(session)
        , m_settings(settings)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        if (!isTrackerFile(path)) {
            m_window.openFiles({path});
        } else if (auto opened = Promissa::Startup::openTracker(m_session, m_settings, path); !opened) {
            Promissa::MessageBox::critical(&m_window, QApplication::translate("main", "Could not open the tracker"), opened.error().message);
        }
        return true;
    }

private:
    Promissa::MainWindow &m_window;
    Promissa::TrackerSession &m_session;
    const Promissa::Settings &m_settings;
};

// Installs Promissa's catalogue and Qt's own for the first of the locale's UI
// languages that Promissa is translated into. Without a match the English
// catalogue is used, which holds the plural forms of the source strings.
void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *promissa = new QTranslator(&app);
    if (promissa->load(locale, u"promissa"_s, u"_"_s, u":/i18n"_s) || promissa->load(u"promissa_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(promissa);

    // Qt's strings (standard dialogs, --help) come from an installed package
    // that may be missing; the UI is usable without it.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Promissa"_s);
    QApplication::setApplicationName(u"Promissa"_s);
    QApplication::setApplicationVersion(QStringLiteral(PROMISSA_VERSION));
    // The desktop file's name lets Wayland compositors match the window to
    // its icon and entry; the icon is installed into hicolor under that name.
    QApplication::setDesktopFileName(u"org.promissa.Promissa"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.promissa.Promissa"_s, QIcon::fromTheme(u"view-calendar-tasks"_s)));

    const QStringList arguments = QApplication::arguments();
    const bool screenshot = !earlyOption(arguments, u"screenshot"_s).isEmpty();
    // A screenshot must not depend on (or change) the user's settings.
    QTemporaryDir scratch;
    auto settings = screenshot ? std::make_unique<Promissa::Settings>(scratch.filePath(u"settings.ini"_s)) : std::make_unique<Promissa::Settings>();

    // --language overrides the setting, which overrides the desktop's choice
    // (QLocale honours LANGUAGE too).
    QString language = earlyOption(arguments, u"language"_s);
    if (language.isEmpty())
        language = settings->language();
    if (!language.isEmpty()) {
        const QLocale forced(language);
        if (forced.language() == QLocale::C)
            std::fprintf(stderr, "promissa: unknown language \"%s\"; using the system's\n", qPrintable(language));
        else
            QLocale::setDefault(forced); // dates in the status bar follow the chosen language
    }
    installTranslators(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Finds the commitments in Dutch government letters to parliament."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"files"_s, QApplication::translate("main", "Letters to import into the tracker and show."), u"[FILE...]"_s);
    const QCommandLineOption databaseOption(u"database"_s,
                                            QApplication::translate("main",
                                                                    "Use this tracker for this run: a SQLite file (created when missing) "
                                                                    "or a postgresql:// address."),
                                            u"PATH"_s);
    parser.addOption(databaseOption);
    const QCommandLineOption screenshotOption(u"screenshot"_s,
                                              QApplication::translate("main",
                                                                      "Import the given files (or the example letter) into a temporary tracker, "
                                                                      "show the window at 1400x900, save it as <OUT> and exit; when <OUT> does "
                                                                      "not end in .png, save the window and each pane into that folder "
                                                                      "(works with QT_QPA_PLATFORM=offscreen)."),
                                              u"OUT"_s);
    parser.addOption(screenshotOption);
    const QCommandLineOption todayOption(u"today"_s,
                                         QApplication::translate("main", "With --screenshot: the day to count deadlines from (YYYY-MM-DD)."),
                                         u"DATE"_s);
    parser.addOption(todayOption);
    const QCommandLineOption themeOption(u"theme"_s,
                                         //: Help for --theme; keep "Breeze Dark" as it is
                                         QApplication::translate("main", "With --screenshot: the letter theme to use, for example \"Breeze Dark\"."),
                                         u"THEME"_s);
    parser.addOption(themeOption);
    const QCommandLineOption languageOption(u"language"_s,
                                            //: Help for --language; keep "nl" and "en" as they are
                                            QApplication::translate("main", "Use this language for the user interface, for example nl or en."),
                                            u"LANG"_s);
    parser.addOption(languageOption);
    parser.process(app);

    if (screenshot) {
        // Nobody is there to close a dialog: report problems on stderr.
        Promissa::MessageBox::setHook([](const Promissa::MessageBox::Message &message) {
            std::fprintf(stderr, "promissa: %s\n", qPrintable(message.text));
        });
        // Questions (a confirmed link's proposed status) are answered yes.
        Promissa::MessageBox::setAnswerHook([](const Promissa::MessageBox::Message &) {
            return true;
        });
    }

    // A tracker among the files is opened as the tracker (the first one, when
    // there are several); the other files are letters to import into it.
    QString trackerArgument;
    QStringList letterFiles;
    for (const QString &file : parser.positionalArguments()) {
        if (trackerArgument.isEmpty() && !screenshot && isTrackerFile(file))
            trackerArgument = QFileInfo(file).absoluteFilePath();
        else
            letterFiles << file;
    }

    // The application owns these for its whole life; the window borrows them.
    KSyntaxHighlighting::Repository repository;
    Promissa::TrackerSession session;
    if (screenshot && parser.isSet(themeOption)) {
        settings->setThemeName(parser.value(themeOption));
        matchPaletteToTheme(repository, parser.value(themeOption));
    }

    if (screenshot) {
        const QString location = scratch.filePath(u"screenshot.promissa"_s);
        Promissa::TrackerOptions options;
        // The history of the pictures names a person, not the build account.
        options.author = u"J. Bakker"_s;
        options.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (auto opened = session.open(location, options); !opened) {
            std::fprintf(stderr, "promissa: %s\n", qPrintable(opened.error().message));
            return 1;
        }
    } else if (parser.isSet(databaseOption) || !trackerArgument.isEmpty()) {
        const QString location = parser.isSet(databaseOption) ? parser.value(databaseOption) : trackerArgument;
        if (auto opened = Promissa::Startup::openTracker(session, *settings, location); !opened)
            Promissa::MessageBox::critical(nullptr, QApplication::translate("main", "Could not open the tracker"), opened.error().message);
    } else if (Promissa::Startup::isFirstRun(*settings)) {
        Promissa::Startup::offerFirstRun(nullptr, *settings, session);
    } else if (auto opened = Promissa::Startup::openTracker(session, *settings); !opened) {
        // The window opens anyway: Settings or File > Open Tracker can fix it.
        Promissa::MessageBox::critical(nullptr, QApplication::translate("main", "Could not open the tracker"), opened.error().message);
    }

    Promissa::MainWindow window(repository, *settings, session);
    if (screenshot) {
        auto *shooter = new Promissa::Screenshots(window, session, &window);
        shooter->populate(parser.positionalArguments());
        shooter->start(QDir::current().absoluteFilePath(parser.value(screenshotOption)));
    } else {
        window.openFiles(letterFiles);
        app.installEventFilter(new FileOpenFilter(window, session, *settings));
        window.show();
    }
    const int result = QApplication::exec();
    session.close();
    return result;
}
