// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "mainwindow.h"
#include "messagebox.h"
#include "settings.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
// Renders the window once it is laid out and highlighted, then quits.
void takeScreenshot(Promissa::MainWindow &window, const QString &outFile)
{
    window.resize(1200, 800);
    window.show();
    // Highlighting is queued by QSyntaxHighlighter; a short delay after the
    // window is exposed lets it and the layout settle before the grab.
    QTimer::singleShot(300, &window, [&window, outFile] {
        if (window.windowHandle() && !window.windowHandle()->isExposed())
            qWarning("promissa: the window was never exposed; the screenshot may be empty");
        const QPixmap pixmap = window.grab();
        if (pixmap.isNull() || !pixmap.save(outFile)) {
            std::fprintf(stderr, "promissa: could not write the screenshot to %s\n", qPrintable(QDir::toNativeSeparators(outFile)));
            QCoreApplication::exit(1);
            return;
        }
        QCoreApplication::exit(0);
    });
}

// The value of --language, read before the real parser exists: the parser's
// own help texts must already be translated when it is set up.
QString requestedLanguage(const QStringList &arguments)
{
    const QString option = u"--language"_s;
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
    QApplication::setWindowIcon(QIcon::fromTheme(u"view-calendar-tasks"_s));

    // --language overrides the desktop's choice (QLocale honours LANGUAGE too).
    const QString language = requestedLanguage(QApplication::arguments());
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
    parser.addPositionalArgument(u"files"_s, QApplication::translate("main", "Letters to open."), u"[FILE...]"_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s,
                                              QApplication::translate("main",
                                                                      "Show the window at 1200x800 with the given files, save it as "
                                                                      "<OUT.png> and exit (works with QT_QPA_PLATFORM=offscreen)."),
                                              u"OUT.png"_s);
    parser.addOption(screenshotOption);
    const QCommandLineOption languageOption(u"language"_s,
                                            //: Help for --language; keep "nl" and "en" as they are
                                            QApplication::translate("main", "Use this language for the user interface, for example nl or en."),
                                            u"LANG"_s);
    parser.addOption(languageOption);
    parser.process(app);

    const bool screenshot = parser.isSet(screenshotOption);
    if (screenshot) {
        // Nobody is there to close a dialog: report problems on stderr.
        Promissa::MessageBox::setHook([](const Promissa::MessageBox::Message &message) {
            std::fprintf(stderr, "promissa: %s\n", qPrintable(message.text));
        });
    }

    // The application owns these for its whole life; the window borrows them.
    KSyntaxHighlighting::Repository repository;
    Promissa::Settings settings;
    Promissa::MainWindow window(repository, settings);
    window.openFiles(parser.positionalArguments());

    if (screenshot) {
        takeScreenshot(window, QDir::current().absoluteFilePath(parser.value(screenshotOption)));
    } else {
        window.show();
    }
    return QApplication::exec();
}
