// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers

#include "mainwindow.h"
#include "messagebox.h"
#include "settings.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>
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
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Promissa"_s);
    QApplication::setApplicationName(u"Promissa"_s);
    QApplication::setApplicationVersion(QStringLiteral(PROMISSA_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(u"view-calendar-tasks"_s));

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
